"""Leaked/total name tokens of the hand-written PERSON probes (tests/unit/anonymization/name_probes.py).

    .venv/bin/python tests/benchmarks/name_probe.py [-v] [--probes MODULE]

Per language: name tokens (every whole-word occurrence of each listed name, an apostrophe suffix
allowed: ``Yıldız'ın``) with a character outside every span, over all name tokens; and the share of the
clean probes' words inside a span. ``-v`` lists the leaked tokens and removed words (made-up probe data
only). ``--probes name_probes_lower`` reads another probe module of ``tests/unit/anonymization``
(its ``NAMES`` and ``CLEAN``)."""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks._probes import covered, probe_module, ratios, removed_words, spans_of  # noqa: E402


def occurrences(text: str, name: str) -> list[int]:
    """Start offsets of ``name`` as a whole word (an apostrophe suffix after it allowed)."""
    pattern = r"(?<![\w'’-])" + re.escape(name) + r"(?![\w-])"
    return [m.start() for m in re.finditer(pattern, text)]


def main(verbose: bool, module: ModuleType) -> None:
    leaked: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for language, text, names in module.NAMES:
        spans = spans_of(text)
        for name in names:
            for start in occurrences(text, name):
                hit = covered(text, start, len(name), spans)
                leaked[language][0] += not hit
                leaked[language][1] += 1
                if verbose and not hit:
                    print(f"LEAK {language}: {name!r} in {text!r}")
    print("name tokens leaked:", ratios(leaked))
    print("clean words removed:", ratios(removed_words(module.CLEAN, verbose)))


if __name__ == "__main__":
    args = sys.argv[1:]
    main("-v" in args, probe_module(args, "name_probes"))
