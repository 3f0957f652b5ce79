"""Administration of tenants and database API keys (docs/api.md § Administration, docs/operating.md § 1. Keys and tenants): the service the
admin HTTP routes and the ops CLI share, and its PostgreSQL adapter."""
