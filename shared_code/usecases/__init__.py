"""Use cases: one module per operation. They depend on ports and the domain, never on adapters."""
