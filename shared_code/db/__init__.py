"""PostgreSQL adapters: connection pool, Entra token auth, migrations and repositories (docs/database.md § Schema, § Connection and Entra authentication).

Importing this package is cheap: asyncpg is imported only by the modules that talk to the database.
"""
