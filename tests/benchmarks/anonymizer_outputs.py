"""Output-equality harness for speed work: the anonymiser's language and spans for every text of
``tests/data/pii_evalset.jsonl`` and every probe text of ``tests/unit/anonymization/*probes*.py``.

    .venv/bin/python tests/benchmarks/anonymizer_outputs.py OUT.json
    .venv/bin/python tests/benchmarks/anonymizer_outputs.py NEW.json --compare BASE.json [--show]

Runs the in-process engine (``analyze_batch`` in chunks of 64, as the worker does) and writes one
entry per text: its source (``tune``, ``heldout`` or the probe module), language and spans. With
``--compare`` it prints the number of differing texts per source; ``--show`` also prints the differing
texts and spans, except those of the held-out half, which are only ever counted.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks._corpus import REPO_ROOT, load_evalset  # noqa: E402

PROBE_DIR = REPO_ROOT / "tests" / "unit" / "anonymization"


def probe_texts() -> list[tuple[str, str]]:
    """``(module, text)`` for every text of the probe modules' module-level lists (deduplicated)."""
    found: dict[str, str] = {}
    for path in sorted(PROBE_DIR.glob("*probes*.py")):
        if path.name.startswith("test_"):
            continue
        module = importlib.import_module(f"tests.unit.anonymization.{path.stem}")
        for value in vars(module).values():
            if not isinstance(value, list):
                continue
            for item in value:
                for text in (item,) if isinstance(item, str) else item if isinstance(item, tuple) else ():
                    if isinstance(text, str) and len(text) > 3:
                        found.setdefault(text, path.stem)
    return [(source, text) for text, source in found.items()]


def all_texts() -> list[tuple[str, str]]:
    """``(source, text)``: the evaluation set in file order, then the probe texts."""
    evalset = [(record.get("split", "?"), record["content"]) for record in load_evalset()]
    return evalset + probe_texts()


def outputs(texts: list[str]) -> list[dict]:
    """The in-process engine's language and spans for each text (``None`` when a text failed)."""
    import shared_code.runtime_env  # noqa: F401
    from shared_code.anonymization import worker
    from shared_code.anonymization.config import EngineConfig
    from shared_code.settings import Settings

    config = EngineConfig.from_settings(Settings.model_construct())
    engine = worker.get_engine(config)
    worker.preload(config)
    results = []
    for start in range(0, len(texts), 64):
        for analysis in engine.analyze_batch(texts[start:start + 64]):
            results.append(None if analysis is None else
                           {"language": analysis.language, "spans": [list(span) for span in analysis.spans]})
    return results


def compare(new: list[dict], base: list[dict], show: bool) -> int:
    """Print the differing texts' count per source (details with ``show``, never for held-out texts)."""
    if len(new) != len(base):
        print(f"different number of texts: {len(new)} vs {len(base)}")
        return 1
    differing: Counter = Counter()
    for index, (mine, theirs) in enumerate(zip(new, base)):
        if mine["output"] == theirs["output"]:
            continue
        differing[mine["source"]] += 1
        if show and mine["source"] != "heldout":
            print(f"[{index} {mine['source']}] {mine['text']!r}\n  base {theirs['output']}\n  new  {mine['output']}")
    print("differences:", sum(differing.values()), dict(differing))
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--compare", metavar="FILE")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    sources = all_texts()
    results = outputs([text for _, text in sources])
    entries = [{"source": source, "text": "" if source == "heldout" else text, "output": output}
               for (source, text), output in zip(sources, results)]
    Path(args.out).write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    print(f"{len(entries)} texts written to {args.out}")
    if args.compare:
        return compare(entries, json.loads(Path(args.compare).read_text(encoding="utf-8")), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
