"""Secret sources (operations.md §5): Key Vault with a TTL cache, or plain settings values."""
