"""Share of words removed from the hand-written clean probes (tests/unit/anonymization/clean_probes.py).

    .venv/bin/python tests/benchmarks/clean_probe.py [-v] [--probes MODULE]

Per language: words inside a span / words, and, over all languages, the removed words per recogniser
and entity type (a span is put down to every raw recogniser result overlapping it; the place recogniser's
rules without a cue show as ``QfaLocationCue/anywhere``). ``-v`` lists each removed span with its
recognisers (made-up probe data only: no record text). Last, the names and places of ``NAMED`` found
(sentences with that vocabulary and people: what the clean-text rules must not lose). ``--probes
clean_probes_2`` reads another probe module of ``tests/unit/anonymization`` (same ``CLEAN`` and ``NAMED``)."""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import shared_code.runtime_env  # noqa: E402,F401
from shared_code.anonymization import worker  # noqa: E402
from shared_code.anonymization.config import EngineConfig  # noqa: E402
from shared_code.anonymization.location import LocationCueRecognizer  # noqa: E402
from shared_code.settings import Settings  # noqa: E402
from tests.benchmarks._probes import probe_module  # noqa: E402

_WORD = re.compile(r"\w+")


def _recording(engine, raw: list) -> None:
    """Keep the analyser's raw results of the last text in ``raw`` (the anywhere rules' spans tagged)."""
    analyze = engine.analyzer.analyze

    def wrapped(text, language, **kwargs):  # noqa: ANN001, ANN202
        results = analyze(text, language=language, **kwargs)
        anywhere = set()
        for recognizer in engine.analyzer.registry.get_recognizers(language, all_fields=True):
            if isinstance(recognizer, LocationCueRecognizer) and recognizer._anywhere:
                anywhere = set(recognizer._anywhere.find(text, set()))
        raw[:] = [(r.start, r.end, r.entity_type, _name(r, anywhere)) for r in results]
        return results

    engine.analyzer.analyze = wrapped


def _name(result, anywhere: set) -> str:  # noqa: ANN001
    name = (result.recognition_metadata or {}).get("recognizer_name", "?")
    return name + "/anywhere" if name == "QfaLocationCue" and (result.start, result.end) in anywhere else name


def main(verbose: bool, module: ModuleType) -> None:
    engine = worker.get_engine(EngineConfig.from_settings(Settings.model_construct()))
    raw: list = []
    _recording(engine, raw)
    removed: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    causes: Counter = Counter()
    for language, text in module.CLEAN:
        (analysis,) = engine.analyze_batch([text])
        for word in _WORD.finditer(text):
            removed[language][0] += any(s <= word.start() < e for s, e, _ in analysis.spans)
            removed[language][1] += 1
        for start, end, kind in analysis.spans:
            sources = sorted({f"{src}:{typ}" for s, e, typ, src in raw if s < end and start < e}) or ["propagation"]
            words = len(_WORD.findall(text[start:end]))
            for source in sources:
                causes[source] += words
            if verbose:
                print(f"REMOVED {language} {kind}: {text[start:end]!r} by {', '.join(sources)} in {text!r}")
    for language, (gone, total) in removed.items():
        print(f"{language} {gone}/{total} = {100 * gone / total:.1f} %")
    gone = sum(v[0] for v in removed.values())
    print(f"all {gone}/{sum(v[1] for v in removed.values())}; by recogniser:",
          ", ".join(f"{k} {v}" for k, v in causes.most_common()))
    _named(engine, module.NAMED, verbose)


def _named(engine, named: list, verbose: bool) -> None:  # noqa: ANN001
    """Names and places of ``NAMED`` covered by a span: what the clean rules must leave found."""
    found = 0
    for language, text, values in named:
        (analysis,) = engine.analyze_batch([text])
        for value in values:
            start = text.index(value)
            hit = all(any(s <= i < e for s, e, _ in analysis.spans) for i in range(start, start + len(value)))
            found += hit
            if verbose and not hit:
                print(f"MISS {language}: {value!r} in {text!r}")
    print(f"named found {found}/{sum(len(v) for _, _, v in named)}")


if __name__ == "__main__":
    args = sys.argv[1:]
    main("-v" in args, probe_module(args, "clean_probes"))
