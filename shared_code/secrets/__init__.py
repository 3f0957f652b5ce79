"""Secret sources (docs/database.md § Key Vault): Key Vault with a TTL cache, or plain settings values."""
