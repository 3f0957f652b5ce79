"""The token budget, owned by the LLM client: the tokenizer runs only when the byte bound cannot prove
the input fits; over the limit → 413 before any provider call. In process: a counting backend, no HTTP."""

import pytest

from shared_code.errors import PayloadTooLargeError
from shared_code.llm.client import LiteLLMClient
from shared_code.ports import ChatMessage
from tests.unit.llm.helpers import make_settings


class CountingBackend:
    """Counts like a tokenizer that maps every 4 characters to a token; records each count and call."""

    def __init__(self):
        self.counts = 0
        self.completions = 0

    def count_tokens(self, model, messages, chars_per_token):
        self.counts += 1
        return sum(len(m["content"]) // 4 + 4 for m in messages)

    async def acompletion(self, **kwargs):
        self.completions += 1
        raise AssertionError("no provider call expected")


def client(limit: int) -> tuple[LiteLLMClient, CountingBackend]:
    backend = CountingBackend()
    return LiteLLMClient(make_settings(llm_max_total_tokens=limit), backend), backend


async def test_small_inputs_skip_the_tokenizer():
    llm, backend = client(300)
    await llm.check_budget([ChatMessage("user", "é" * 100)])  # 200 bytes + 32 allowance ≤ 300
    assert backend.counts == 0


async def test_large_inputs_are_counted_and_rejected_with_the_count():
    llm, backend = client(600)
    await llm.check_budget([ChatMessage("user", "x" * 2000)])  # bound 2032 > 600, exact count 504 fits
    assert backend.counts == 1
    with pytest.raises(PayloadTooLargeError) as info:
        await llm.check_budget([ChatMessage("user", "x" * 4000)], suggest_hierarchical=True)
    assert info.value.status == 413
    assert info.value.message == ('Estimated input of 1004 tokens exceeds the limit of 600 tokens; '
                                  'use mode "hierarchical" for large corpora')


async def test_an_explicit_limit_overrides_the_setting():
    llm, _ = client(100_000)
    with pytest.raises(PayloadTooLargeError) as info:
        await llm.check_budget([ChatMessage("user", "x" * 4000)], limit=600)
    assert "limit of 600 tokens" in info.value.message and "hierarchical" not in info.value.message


async def test_a_call_over_the_budget_never_reaches_the_provider():
    llm, backend = client(600)
    with pytest.raises(PayloadTooLargeError):
        await llm.complete_text([ChatMessage("user", "x" * 4000)], call_kind="summary")
    assert backend.completions == 0
