"""Calls the worker-process tests submit: importable by the child interpreter (tests/unit/anonymization/test_worker_process.py)."""

from __future__ import annotations

import os
import sys


class _Unpicklable(Exception):
    def __init__(self) -> None:
        super().__init__("secret record text")
        self.hook = lambda: None  # a lambda does not pickle


def raise_unpicklable() -> None:
    raise _Unpicklable()


def shout_and_return(value: str) -> str:
    """Prints to stdout (as a library might) and returns ``value``: the reply must still arrive intact."""
    print("noise on stdout " * 100)
    sys.stdout.flush()
    return value


def set_env(name: str, value: str) -> None:
    os.environ[name] = value


def get_env(name: str) -> str | None:
    return os.environ.get(name)
