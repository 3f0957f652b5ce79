"""PII recall and over-redaction of the anonymiser on the labelled corpus.

    .venv/bin/python tests/benchmarks/pii_eval.py [--corpus PATH] [--split tune|heldout] [--limit N] [--misses N]

Runs the real batch API (``anonymize_texts``, one registry per chunk of records) and maps every
placeholder of the envelope-ready output back to its span of the original text. Per language and per
entity type it reports how many planted (gold) spans were fully covered by placeholders (``recall``: any
placeholder type; ``recall_same_type``: placeholders of the planted type only, which is what the
analyze-bulk restore policy needs for PERSON) and how many placeholders covered no planted span
(``over_redacted``, an over-redaction estimate: the corpus guarantees no personal data outside its
spans). ``leak_rate`` counts a span as leaked when any of its words stays in the output. Records of kind
``clean`` (no personal data) give ``clean_words_removed``, the share of their words replaced (and
``clean_words_removed_not_org``, not counting ORGANIZATION placeholders: aid-agency names).
The default corpus is the in-repo evaluation set (tests/data/pii_evalset.jsonl). The JSON summary is the last line of stdout. ``--misses N`` prints up to N missed spans per
language/type to stderr (synthetic data only).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import shared_code.runtime_env  # noqa: E402,F401
from _corpus import load_evalset  # noqa: E402

from shared_code.anonymization.factory import build_anonymizer  # noqa: E402
from shared_code.domain.pseudonyms import PlaceholderRegistry, escape_text, normalize_value  # noqa: E402
from shared_code.usecases.preparation import anonymize_texts  # noqa: E402

CHUNK = 500
_WORD = re.compile(r"\w+")
TARGET_TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS", "URL", "LOCATION")


def placeholder_spans(text: str, output: str, registry: PlaceholderRegistry) -> list[tuple[int, int, str]]:
    """Map the placeholders of ``output`` (the anonymised ``text``) back to ``(start, end, type)``."""
    spans: list[tuple[int, int, str]] = []
    pos = out = 0
    while out < len(output):
        if output[out] != "<":
            escaped = escape_text(text[pos])
            if not output.startswith(escaped, out):
                raise ValueError("anonymised text does not match its input outside placeholders")
            pos, out = pos + 1, out + len(escaped)
            continue
        close = output.index(">", out)
        placeholder = output[out : close + 1]
        entity_type, index = placeholder[1:-1].rsplit("_", 1)
        target = normalize_value(registry.original(entity_type, int(index)) or "")
        end = _span_end(text, pos, target, output, close + 1)
        spans.append((pos, end, entity_type))
        pos, out = end, close + 1
    return spans


def _span_end(text: str, pos: int, target: str, output: str, after: int) -> int:
    for end in range(pos + 1, min(len(text), pos + 3 * len(target) + 16) + 1):
        if normalize_value(text[pos:end]) != target:
            continue
        if after == len(output) and end == len(text):
            return end
        if end < len(text) and (output.startswith(escape_text(text[end]), after) or output.startswith("<", after)):
            return end
    raise ValueError("placeholder does not correspond to its registry value")


def covered(gold: dict, spans: list[tuple[int, int, str]], same_type: bool) -> bool:
    """Every non-space character of the gold span lies inside a placeholder span (of its type)."""
    usable = [(s, e) for s, e, t in spans if not same_type or t == gold["type"]]
    return all(
        ch.isspace() or any(s <= i < e for s, e in usable)
        for i, ch in zip(range(gold["start"], gold["end"]), gold["text"])
    )


def evaluate(records: list[dict], outputs: list[str | None], registries: list[PlaceholderRegistry], misses: int):
    stats = defaultdict(lambda: defaultdict(lambda: {"planted": 0, "covered": 0, "covered_same_type": 0, "leaked": 0}))
    clean = defaultdict(lambda: {"words": 0, "removed": 0, "removed_not_org": 0})
    placeholders = defaultdict(lambda: defaultdict(lambda: {"placeholders": 0, "over_redacted": 0}))
    failures, shown = 0, defaultdict(int)
    for record, output, registry in zip(records, outputs, registries):
        lang = record["language"]
        spans = [] if output is None else placeholder_spans(record["content"], output, registry)
        failures += output is None
        if record.get("kind") == "clean":
            words = _words(record["content"], 0, len(record["content"]))
            clean[lang]["words"] += len(words)
            clean[lang]["removed"] += sum(any(s <= ws and we <= e for s, e, _ in spans) for ws, we in words)
            clean[lang]["removed_not_org"] += sum(any(s <= ws and we <= e for s, e, t in spans if t != "ORGANIZATION")
                                                  for ws, we in words)
        for gold in record["pii"]:
            cell = stats[lang][gold["type"]]
            cell["planted"] += 1
            cell["leaked"] += any(not any(s <= ws and we <= e for s, e, _ in spans)
                                  for ws, we in _words(record["content"], gold["start"], gold["end"]))
            hit = covered(gold, spans, same_type=False)
            cell["covered"] += hit
            cell["covered_same_type"] += covered(gold, spans, same_type=True)
            if not hit and shown[(lang, gold["type"])] < misses:
                shown[(lang, gold["type"])] += 1
                ctx = record["content"][max(0, gold["start"] - 40) : gold["end"] + 20].replace("\n", " ")
                print(f"MISS {lang} {gold['type']} {gold['text']!r} | {ctx}", file=sys.stderr)
        for start, end, entity_type in spans:
            cell = placeholders[lang][entity_type]
            cell["placeholders"] += 1
            if not any(g["start"] < end and start < g["end"] for g in record["pii"]):
                cell["over_redacted"] += 1
                if misses and shown[(lang, "FP")] < misses:
                    shown[(lang, "FP")] += 1
                    print(f"OVER {lang} {entity_type} {record['content'][start:end]!r}", file=sys.stderr)
    return stats, placeholders, failures, clean


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def summarise(stats, placeholders, clean=None) -> dict:
    by_language: dict = {}
    for lang in sorted(set(stats) | set(placeholders)):
        entry: dict = {}
        for entity_type, cell in sorted(stats[lang].items()):
            planted = cell["planted"]
            entry[entity_type] = {**cell, "recall": round(cell["covered"] / planted, 4) if planted else None,
                                  "leak_rate": round(cell["leaked"] / planted, 4) if planted else None,
                                  "recall_same_type": round(cell["covered_same_type"] / planted, 4) if planted else None}
        total = sum(c["placeholders"] for c in placeholders[lang].values())
        over = sum(c["over_redacted"] for c in placeholders[lang].values())
        entry["_placeholders"] = {"total": total, "over_redacted": over,
                                  "over_redaction_rate": round(over / total, 4) if total else 0.0,
                                  "by_type": {t: dict(c) for t, c in sorted(placeholders[lang].items())}}
        if clean and clean[lang]["words"]:
            entry["clean_words_removed"] = round(clean[lang]["removed"] / clean[lang]["words"], 4)
            entry["clean_words_removed_not_org"] = round(clean[lang]["removed_not_org"] / clean[lang]["words"], 4)
        by_language[lang] = entry
    by_type: dict = {}
    for lang_stats in stats.values():
        for entity_type, cell in lang_stats.items():
            agg = by_type.setdefault(entity_type, {"planted": 0, "covered": 0, "covered_same_type": 0, "leaked": 0})
            for key in agg:
                agg[key] += cell[key]
    for cell in by_type.values():
        cell["recall"] = round(cell["covered"] / cell["planted"], 4)
        cell["recall_same_type"] = round(cell["covered_same_type"] / cell["planted"], 4)
        cell["leak_rate"] = round(cell["leaked"] / cell["planted"], 4)
    return {"by_language": by_language, "by_type": dict(sorted(by_type.items()))}


async def run(records: list[dict]) -> tuple[list[str | None], list[PlaceholderRegistry], float]:
    anonymizer = build_anonymizer()
    await anonymizer.start()
    outputs: list[str | None] = []
    registries: list[PlaceholderRegistry] = []
    started = time.perf_counter()
    for offset in range(0, len(records), CHUNK):
        chunk = records[offset : offset + CHUNK]
        registry = PlaceholderRegistry()
        batch = await anonymize_texts(anonymizer, [r["content"] for r in chunk], registry)
        outputs += batch.texts
        registries += [registry] * len(chunk)
    elapsed = time.perf_counter() - started
    await anonymizer.aclose()
    return outputs, registries, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=None, help="JSONL corpus (default tests/data/pii_evalset.jsonl)")
    parser.add_argument("--split", choices=("tune", "heldout"), default=None, help="one half of the set only")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--misses", type=int, default=0, help="print up to N misses per language/type to stderr")
    args = parser.parse_args()
    records = load_evalset(args.corpus, args.limit, args.split)
    outputs, registries, elapsed = asyncio.run(run(records))
    stats, placeholders, failures, clean = evaluate(records, outputs, registries, args.misses)
    summary = {"records": len(records), "failures": failures, "seconds": round(elapsed, 2),
               **summarise(stats, placeholders, clean)}
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
