"""Bearer-key authentication: keys from AUTH_API_KEYS (digest map) and from the api_keys table."""
