"""Test support code shared by the test suites (fake servers, fixtures)."""
