"""QFA core: use cases, domain and adapters behind small ports.

Nothing in this package imports ``azure.functions`` except :mod:`shared_code.http_glue`.
"""

__version__ = "0.1.0"
