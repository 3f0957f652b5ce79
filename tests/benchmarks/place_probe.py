"""Found/missed counts of the hand-written place probes (tests/unit/anonymization/place_probes.py).

    .venv/bin/python tests/benchmarks/place_probe.py [-v] [--without-anywhere] [--probes MODULE]

Per language: places covered by any span / places, and the share of the no-PII probes' words inside a
span. ``-v`` lists the missed places and the removed words (made-up probe data only);
``--without-anywhere`` switches the rules of ``places_anywhere.py`` off (the figures before them);
``--probes place_probes_gp`` reads another probe module of ``tests/unit/anonymization``."""

from __future__ import annotations

import importlib
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import shared_code.runtime_env  # noqa: E402,F401
from shared_code.anonymization import worker  # noqa: E402
from shared_code.anonymization.config import EngineConfig  # noqa: E402
from shared_code.anonymization.location import LocationCueRecognizer  # noqa: E402
from shared_code.settings import Settings  # noqa: E402

_WORD = re.compile(r"\w+")


def main(verbose: bool, anywhere: bool, probes: str) -> None:
    module = importlib.import_module(f"tests.unit.anonymization.{probes}")
    PLACES, NO_PII = module.PLACES, module.NO_PII  # noqa: N806
    engine = worker.get_engine(EngineConfig.from_settings(Settings.model_construct()))
    if not anywhere:
        engine.analyzer.registry.ensure(engine.analyzer.registry.supported_languages)
        for recognizer in engine.analyzer.registry.recognizers:
            if isinstance(recognizer, LocationCueRecognizer):
                recognizer._anywhere = None
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for language, text, places in PLACES:
        (analysis,) = engine.analyze_batch([text])
        spans = [(s, e) for s, e, _ in analysis.spans]
        for place in places:
            start = text.index(place)
            hit = all(any(s <= i < e for s, e in spans) for i in range(start, start + len(place)))
            found[language][0] += hit
            found[language][1] += 1
            if verbose and not hit:
                print(f"MISS {language}: {place!r} in {text!r}")
    removed: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for language, text in NO_PII:
        (analysis,) = engine.analyze_batch([text])
        for word in _WORD.finditer(text):
            inside = any(s <= word.start() < e for s, e, _ in analysis.spans)
            removed[language][0] += inside
            removed[language][1] += 1
            if verbose and inside:
                print(f"REMOVED {language}: {word.group()!r} in {text!r}")
    total = [sum(v[0] for v in found.values()), sum(v[1] for v in found.values())]
    print("places found:", " ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(found.items())), f"| all {total[0]}/{total[1]}")
    gone = [sum(v[0] for v in removed.values()), sum(v[1] for v in removed.values())]
    print("no-PII words removed:", " ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(removed.items())),
          f"| all {gone[0]}/{gone[1]}")


if __name__ == "__main__":
    args = sys.argv[1:]
    probes = args[args.index("--probes") + 1] if "--probes" in args else "place_probes"
    main("-v" in args, "--without-anywhere" not in args, probes)
