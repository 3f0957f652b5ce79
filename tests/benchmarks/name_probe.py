"""Leaked/total name tokens of the hand-written PERSON probes (tests/unit/anonymization/name_probes.py).

    .venv/bin/python tests/benchmarks/name_probe.py [-v]

Per language: name tokens (every whole-word occurrence of each listed name, an apostrophe suffix
allowed: ``Yıldız'ın``) with a character outside every span, over all name tokens; and the share of the
clean probes' words inside a span. ``-v`` lists the leaked tokens and removed words (made-up probe data
only)."""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import shared_code.runtime_env  # noqa: E402,F401
from shared_code.anonymization import worker  # noqa: E402
from shared_code.anonymization.config import EngineConfig  # noqa: E402
from shared_code.settings import Settings  # noqa: E402
from tests.unit.anonymization.name_probes import CLEAN, NAMES  # noqa: E402

_WORD = re.compile(r"\w+")


def occurrences(text: str, name: str) -> list[int]:
    """Start offsets of ``name`` as a whole word (an apostrophe suffix after it allowed)."""
    pattern = r"(?<![\w'’-])" + re.escape(name) + r"(?![\w-])"
    return [m.start() for m in re.finditer(pattern, text)]


def main(verbose: bool) -> None:
    engine = worker.get_engine(EngineConfig.from_settings(Settings.model_construct()))
    leaked: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for language, text, names in NAMES:
        (analysis,) = engine.analyze_batch([text])
        spans = [(s, e) for s, e, _ in analysis.spans]
        for name in names:
            for start in occurrences(text, name):
                hit = all(any(s <= i < e for s, e in spans) for i in range(start, start + len(name)))
                leaked[language][0] += not hit
                leaked[language][1] += 1
                if verbose and not hit:
                    print(f"LEAK {language}: {name!r} in {text!r}")
    removed: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for language, text in CLEAN:
        (analysis,) = engine.analyze_batch([text])
        for word in _WORD.finditer(text):
            inside = any(s <= word.start() < e for s, e, _ in analysis.spans)
            removed[language][0] += inside
            removed[language][1] += 1
            if verbose and inside:
                print(f"REMOVED {language}: {word.group()!r} in {text!r}")
    for title, table in (("name tokens leaked", leaked), ("clean words removed", removed)):
        total = [sum(v[0] for v in table.values()), sum(v[1] for v in table.values())]
        print(f"{title}:", " ".join(f"{k} {v[0]}/{v[1]} ({v[0] / v[1]:.1%})" for k, v in sorted(table.items())),
              f"| all {total[0]}/{total[1]}")


if __name__ == "__main__":
    main("-v" in sys.argv)
