"""What reaches the LLM: the evaluation set sent through /v1/summarize-bulk, counted at the fake LLM.

    .venv/bin/python tests/benchmarks/pii_blackbox.py [--corpus PATH] [--split heldout|tune] [--chunk 200]

Black box: the app runs in the dev host (real HTTP server, real anonymiser, real LiteLLM client) against
the local fake LLM, which records every request. Each record's text is found in the LLM's user messages
by its ``<feedback_record id="…">`` envelope. Per language and type:

- ``leak_rate``: share of planted spans with at least one of their words (two or more characters) in
  the text the LLM received (a word that also occurs in the record outside the span is not counted);
  ``recall`` = 1 - leak_rate; ``STREET`` counts the LOCATION spans with a house number again on their
  own (streets and towns leak in different ways);
- ``clean_words_removed``: share of the words of no-PII messages that did not reach the LLM
  (over-redaction; aid-agency names count as removed when they are redacted as organisations).

Prints a per-language table to stderr and the JSON summary as the last line of stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import html
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from tests.benchmarks._corpus import load_evalset  # noqa: E402
from tests.http.conftest import USER_KEY, app_env  # noqa: E402
from tests.support.devhost import DevHost  # noqa: E402
from tests.support.fake_llm import FakeLLMServer  # noqa: E402
from tests.support.llm_responders import EchoResponder  # noqa: E402

WORD = re.compile(r"\w\w+")
ENVELOPE = re.compile(r'<feedback_record id="([^"]*)">(.*?)</feedback_record>', re.S)
TYPES = ("PERSON", "LOCATION", "STREET", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS")
STREET = "STREET"
"""Not a type of the set: the LOCATION spans that carry a house number (streets), counted again on their
own so that streets and towns can be told apart (they leak in different ways)."""


def seen_texts(requests) -> dict[str, str]:
    """Record id -> the record's text as the LLM saw it (first occurrence)."""
    seen: dict[str, str] = {}
    for request in requests:
        for record_id, body in ENVELOPE.findall(request.user):
            seen.setdefault(html.unescape(record_id), html.unescape(body))
    return seen


def leaked(record: dict, gold: dict, seen: str) -> bool:
    content = record["content"]
    outside = content[: gold["start"]] + " " + content[gold["end"] :]
    outside_words = {w.casefold() for w in WORD.findall(outside)}
    seen_words = {w.casefold() for w in WORD.findall(seen)}
    return any(w.casefold() in seen_words for w in WORD.findall(gold["text"]) if w.casefold() not in outside_words)


def score(records: list[dict], seen: dict[str, str]) -> dict:
    cells: dict = defaultdict(lambda: defaultdict(lambda: {"planted": 0, "leaked": 0}))
    clean: dict = defaultdict(lambda: {"words": 0, "removed": 0})
    missing = 0
    for record in records:
        text = seen.get(record["id"])
        if text is None:
            missing += 1
            continue
        lang = record["language"]
        for gold in record["pii"]:
            leak = leaked(record, gold, text)
            for kind in _kinds(gold):
                cells[lang][kind]["planted"] += 1
                cells[lang][kind]["leaked"] += leak
        if record.get("kind") == "clean":
            words = Counter(w.casefold() for w in WORD.findall(record["content"]))
            arrived = Counter(w.casefold() for w in WORD.findall(text))
            clean[lang]["words"] += sum(words.values())
            clean[lang]["removed"] += sum((words - arrived).values())
    return summarise(cells, clean, missing, len(records))


def _kinds(gold: dict) -> tuple[str, ...]:
    """The cells a gold span counts in: its type, and ``STREET`` too for a place with a house number."""
    street = gold["type"] == "LOCATION" and any(c.isdigit() for c in gold["text"])
    return (gold["type"], STREET) if street else (gold["type"],)


def summarise(cells, clean, missing: int, total: int) -> dict:
    by_language = {}
    totals: dict = defaultdict(lambda: {"planted": 0, "leaked": 0})
    for lang in sorted(set(cells) | set(clean)):
        entry = {}
        for kind, cell in sorted(cells[lang].items()):
            entry[kind] = {**cell, "leak_rate": round(cell["leaked"] / cell["planted"], 4)}
            totals[kind]["planted"] += cell["planted"]
            totals[kind]["leaked"] += cell["leaked"]
        if clean[lang]["words"]:
            entry["clean_words_removed"] = round(clean[lang]["removed"] / clean[lang]["words"], 4)
        by_language[lang] = entry
    by_type = {k: {**v, "leak_rate": round(v["leaked"] / v["planted"], 4)} for k, v in sorted(totals.items())}
    return {"records": total, "records_not_seen_by_llm": missing, "by_language": by_language, "by_type": by_type}


def table(summary: dict) -> str:
    lines = ["lang " + " ".join(f"{t[:8]:>8}" for t in TYPES) + "  clean_removed"]
    for lang, entry in summary["by_language"].items():
        cells = [f"{entry[t]['leak_rate']:>8.3f}" if t in entry else f"{'-':>8}" for t in TYPES]
        lines.append(f"{lang:4} " + " ".join(cells) + f"  {entry.get('clean_words_removed', '-')}")
    return "\n".join(lines)


async def run(records: list[dict], chunk: int) -> dict[str, str]:
    with FakeLLMServer() as llm:
        llm.responder = EchoResponder()
        env = app_env(llm.url, None, RATE_LIMIT_PER_MINUTE="0", MAX_BULK_RECORDS="10000", LOG_LEVEL="WARNING")
        with DevHost(env, startup_timeout=120) as host:
            async with httpx.AsyncClient(base_url=host.url, timeout=600,
                                         headers={"Authorization": f"Bearer {USER_KEY}"}) as client:
                for offset in range(0, len(records), chunk):
                    part = [{"id": r["id"], "content": r["content"]} for r in records[offset : offset + chunk]]
                    response = await client.post("/v1/summarize-bulk", json={"feedback_records": part})
                    response.raise_for_status()
        return seen_texts(llm.requests)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=None, help="JSONL set (default tests/data/pii_evalset.jsonl)")
    parser.add_argument("--split", choices=("tune", "heldout"), default="heldout")
    parser.add_argument("--chunk", type=int, default=200, help="records per summarize-bulk request")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    records = load_evalset(args.corpus, args.limit, args.split)
    summary = {"split": args.split, **score(records, asyncio.run(run(records, args.chunk)))}
    print(table(summary), file=sys.stderr)
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
