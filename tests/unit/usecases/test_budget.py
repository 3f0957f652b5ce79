"""Token pre-check: the tokenizer runs only when the byte bound cannot prove the input fits."""

import pytest

from shared_code.errors import PayloadTooLargeError
from shared_code.ports import ChatMessage
from shared_code.usecases import budget


class CountingLLM:
    """Counts like a tokenizer that maps every 4 characters to a token, and records each use."""

    def __init__(self):
        self.calls = 0

    def count_tokens(self, messages):
        self.calls += 1
        return sum(len(m.content) // 4 + 4 for m in messages)


async def test_small_inputs_skip_the_tokenizer():
    llm = CountingLLM()
    ok, _ = await budget.within_budget(llm, [ChatMessage("user", "é" * 100)], limit=300)
    assert ok and llm.calls == 0


async def test_large_inputs_are_counted_and_rejected_with_the_count():
    llm = CountingLLM()
    ok, count = await budget.within_budget(llm, [ChatMessage("user", "x" * 2000)], limit=600)
    assert ok and llm.calls == 1 and count == 504
    with pytest.raises(PayloadTooLargeError) as info:
        await budget.require_budget(llm, [ChatMessage("user", "x" * 4000)], 600, suggest_hierarchical=True)
    assert info.value.message == ('Estimated input of 1004 tokens exceeds the limit of 600 tokens; '
                                  'use mode "hierarchical" for large corpora')
