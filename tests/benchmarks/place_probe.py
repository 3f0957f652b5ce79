"""Found/missed counts of the hand-written place probes (tests/unit/anonymization/place_probes.py).

    .venv/bin/python tests/benchmarks/place_probe.py [-v] [--without-anywhere] [--probes MODULE]

Per language: places covered by any span / places, and the share of the no-PII probes' words inside a
span. ``-v`` lists the missed places and the removed words (made-up probe data only);
``--without-anywhere`` switches the rules of ``places_anywhere.py`` off (the figures before them);
``--probes place_probes_gp`` reads another probe module of ``tests/unit/anonymization``."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shared_code.anonymization.location import LocationCueRecognizer  # noqa: E402
from tests.benchmarks._probes import engine, probe_module, ratios, removed_words, spans_of, tally  # noqa: E402


def main(verbose: bool, anywhere: bool, module: ModuleType) -> None:
    if not anywhere:
        registry = engine().analyzer.registry
        registry.ensure(registry.supported_languages)
        for recognizer in registry.recognizers:
            if isinstance(recognizer, LocationCueRecognizer):
                recognizer._anywhere = None
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for language, text, places in module.PLACES:
        tally(found, language, text, places, spans_of(text), verbose)
    print("places found:", ratios(found))
    print("no-PII words removed:", ratios(removed_words(module.NO_PII, verbose)))


if __name__ == "__main__":
    args = sys.argv[1:]
    main("-v" in args, "--without-anywhere" not in args, probe_module(args, "place_probes"))
