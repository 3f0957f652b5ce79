"""Found/missed counts of the hand-written Arabic probes (tests/unit/anonymization/arabic_probes.py).

    .venv/bin/python tests/benchmarks/arabic_probe.py [-v]

Names found / names, places found / places (a string is found when each of its characters is inside a
span of any type, as a leak is counted), and the clean sentences' words inside a span. ``-v`` lists the
misses and the removed words (made-up probe data only)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import shared_code.runtime_env  # noqa: E402,F401
from shared_code.anonymization import worker  # noqa: E402
from shared_code.anonymization.config import EngineConfig  # noqa: E402
from shared_code.settings import Settings  # noqa: E402
from tests.unit.anonymization.arabic_probes import CLEAN, PROBES  # noqa: E402

_WORD = re.compile(r"\w+")


def _covered(text: str, part: str, spans: list[tuple[int, int, str]]) -> bool:
    start = text.index(part)
    return all(any(s <= i < e for s, e, _ in spans) for i in range(start, start + len(part)) if not text[i].isspace())


def main(verbose: bool) -> None:
    engine = worker.get_engine(EngineConfig.from_settings(Settings.model_construct()))
    counts = {"names": [0, 0], "places": [0, 0], "removed": [0, 0]}
    for text, people, places in PROBES:
        (analysis,) = engine.analyze_batch([text])
        spans = list(analysis.spans)
        for kind, items in (("names", people), ("places", places)):
            for item in items:
                hit = _covered(text, item, spans)
                counts[kind][0] += hit
                counts[kind][1] += 1
                if verbose and not hit:
                    print(f"MISS {kind}: {item!r} in {text!r} spans={[text[s:e] for s, e, _ in spans]}")
    for text in CLEAN:
        (analysis,) = engine.analyze_batch([text])
        for word in _WORD.finditer(text):
            inside = any(s <= word.start() < e for s, e, _ in analysis.spans)
            counts["removed"][0] += inside
            counts["removed"][1] += 1
            if verbose and inside:
                print(f"REMOVED: {word.group()!r} in {text!r}")
    print(" | ".join(f"{k} {v[0]}/{v[1]}" for k, v in counts.items()))


if __name__ == "__main__":
    main("-v" in sys.argv)
