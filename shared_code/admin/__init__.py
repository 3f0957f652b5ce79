"""Administration of tenants and database API keys (docs/api.md § Administration, docs/operating.md § 1. Keys
and tenants): the use case the admin HTTP routes and the ops CLI share. Its store is the ``AdminStore``
port (PostgreSQL: :mod:`shared_code.db.admin_repository`)."""
