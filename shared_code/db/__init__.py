"""PostgreSQL adapters: connection pool, Entra token auth, migrations and repositories (operations.md §2-§4).

Importing this package is cheap: asyncpg is imported only by the modules that talk to the database.
"""
