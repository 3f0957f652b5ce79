"""QFA core: use cases, domain and adapters behind small ports.

Nothing in this package imports ``azure.functions`` except :mod:`shared_code.http_glue`.
"""

__version__ = "0.1.0"  # the only place the version is written (pyproject.toml reads it)
