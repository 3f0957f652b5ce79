"""Thin HTTP adapters, one Blueprint module per operation: parse, auth, validate, call, render."""
