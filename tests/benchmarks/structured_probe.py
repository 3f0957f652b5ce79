"""Found/missed counts of the hand-written structured-PII probes (tests/unit/anonymization/structured_probes.py).

    .venv/bin/python tests/benchmarks/structured_probe.py [-v] [--probes MODULE]

Per type (EMAIL, PHONE, IBAN, CARD, IP) and language: PII strings whose every letter and digit is inside a
span of any type / PII strings (punctuation and spaces around or between the digits are not counted); then
the ordinary numbers (``NUMBERS``) with a letter or digit inside a span, over all of them. ``-v`` lists the
missed strings and the removed numbers (made-up probe data only). ``--probes structured_probes_check``
reads another probe module of ``tests/unit/anonymization``. The last line is the figures as JSON."""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks._probes import covered, probe_module, ratios, spans_of  # noqa: E402

Spans = list[tuple[int, int, str]]


def locate(text: str, value: str) -> int:
    """Offset of ``value`` in ``text`` as a whole token (no letter or digit on either side), else its first
    occurrence."""
    found = re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text)
    return found.start() if found else text.index(value)


def alnum_covered(text: str, value: str, spans: Spans) -> list[bool]:
    """For each letter and digit of ``value`` (where :func:`locate` finds it), whether a span covers it."""
    start = locate(text, value)
    return [covered(text, i, 1, spans) for i in range(start, start + len(value)) if text[i].isalnum()]


def found_items(items: list[tuple[str, str, str, list[str]]], verbose: bool) -> dict[str, dict[str, list[int]]]:
    """``{type: {language: [found, all]}}``; ``verbose`` prints each miss with the spans."""
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for language, kind, text, values in items:
        spans = spans_of(text)
        for value in values:
            hit = all(alnum_covered(text, value, spans))
            table[kind][language][0] += hit
            table[kind][language][1] += 1
            if verbose and not hit:
                print(f"MISS {kind} {language}: {value!r} in {text!r} spans={[(text[s:e], t) for s, e, t in spans]}")
    return table


def removed_numbers(numbers: list[tuple[str, str, list[str]]], verbose: bool) -> dict[str, list[int]]:
    """``{language: [numbers with a character inside a span, numbers]}``; ``verbose`` prints each."""
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for language, text, values in numbers:
        spans = spans_of(text)
        for value in values:
            removed = any(alnum_covered(text, value, spans))
            table[language][0] += removed
            table[language][1] += 1
            if verbose and removed:
                print(f"REMOVED {language}: {value!r} in {text!r} spans={[(text[s:e], t) for s, e, t in spans]}")
    return table


def main(verbose: bool, module: ModuleType) -> None:
    found = found_items(module.ITEMS, verbose)
    for kind in sorted(found):
        print(f"{kind} found:", ratios(found[kind]))
    by_language: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for table in found.values():
        for language, (hit, total) in table.items():
            by_language[language][0] += hit
            by_language[language][1] += total
    print("all types found:", ratios(by_language))
    removed = removed_numbers(module.NUMBERS, verbose)
    print("ordinary numbers wrongly covered:", ratios(removed))
    print(json.dumps({
        "probes": module.__name__.rsplit(".", 1)[-1],
        "found": {kind: {k: v for k, v in sorted(t.items())} for kind, t in sorted(found.items())},
        "found_all": [sum(v[0] for v in by_language.values()), sum(v[1] for v in by_language.values())],
        "numbers_covered": [sum(v[0] for v in removed.values()), sum(v[1] for v in removed.values())],
    }))


if __name__ == "__main__":
    args = sys.argv[1:]
    if "--help" in args or "-h" in args:
        print(__doc__)
    else:
        main("-v" in args, probe_module(args, "structured_probes"))
