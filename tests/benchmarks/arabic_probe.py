"""Found/missed counts of the hand-written Arabic probes (tests/unit/anonymization/arabic_probes.py).

    .venv/bin/python tests/benchmarks/arabic_probe.py [-v] [--probes MODULE]

Names found / names, places found / places (a string is found when each of its characters is inside a
span of any type, as a leak is counted), and the clean sentences' words inside a span. ``-v`` lists the
misses and the removed words (made-up probe data only). ``--probes arabic_probes_streets`` reads another
probe module of ``tests/unit/anonymization``; when it has ``STREETS``, ``TOWNS`` and ``NAMES`` lists, the
places of the first two are counted apart (``streets``, ``towns``)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks._probes import probe_module, removed_words, spans_of, tally  # noqa: E402


def main(verbose: bool, module: ModuleType) -> None:
    streets = {text for text, _, _ in getattr(module, "STREETS", ())}
    counts = {"names": [0, 0], "places": [0, 0]}
    if streets:
        counts = {"names": [0, 0], "streets": [0, 0], "towns": [0, 0]}
    for text, people, places in module.PROBES:
        spans = spans_of(text)
        tally(counts, "names", text, people, spans, verbose)
        tally(counts, ("streets" if text in streets else "towns") if streets else "places", text, places, spans, verbose)
    counts["removed"] = removed_words((("ar", text) for text in module.CLEAN), verbose)["ar"]
    print(" | ".join(f"{k} {v[0]}/{v[1]}" for k, v in counts.items()))


if __name__ == "__main__":
    args = sys.argv[1:]
    main("-v" in args, probe_module(args, "arabic_probes"))
