"""Found/missed counts of the hand-written Arabic probes (tests/unit/anonymization/arabic_probes.py).

    .venv/bin/python tests/benchmarks/arabic_probe.py [-v]

Names found / names, places found / places (a string is found when each of its characters is inside a
span of any type, as a leak is counted), and the clean sentences' words inside a span. ``-v`` lists the
misses and the removed words (made-up probe data only)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks._probes import removed_words, spans_of, tally  # noqa: E402
from tests.unit.anonymization.arabic_probes import CLEAN, PROBES  # noqa: E402


def main(verbose: bool) -> None:
    counts = {"names": [0, 0], "places": [0, 0]}
    for text, people, places in PROBES:
        spans = spans_of(text)
        tally(counts, "names", text, people, spans, verbose)
        tally(counts, "places", text, places, spans, verbose)
    counts["removed"] = removed_words((("ar", text) for text in CLEAN), verbose)["ar"]
    print(" | ".join(f"{k} {v[0]}/{v[1]}" for k, v in counts.items()))


if __name__ == "__main__":
    main("-v" in sys.argv)
