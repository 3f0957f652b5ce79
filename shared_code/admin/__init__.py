"""Administration of tenants and database API keys (api.md §4.8, operations.md §6): the service the
admin HTTP routes and the ops CLI share, and its PostgreSQL adapter."""
