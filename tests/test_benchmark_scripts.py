"""The benchmark scripts stay runnable: each parses its documented flags (--corpus, --limit), and the
data-dependent ones run on the repository's own corpus (tests/data)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = sorted(p for p in (ROOT / "tests" / "benchmarks").glob("*.py") if not p.name.startswith("_"))


def test_there_are_benchmarks():
    assert {p.name for p in SCRIPTS} >= {"operations_bench.py", "anonymizer_bench.py", "pii_eval.py",
                                         "hierarchical_bench.py"}


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_help_lists_the_flags(script):
    out = subprocess.run([sys.executable, str(script), "--help"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    if script.name in {"operations_bench.py", "anonymizer_bench.py", "pii_eval.py", "hierarchical_bench.py",
                       "grouping_bench.py"}:
        assert "--corpus" in out.stdout and "--limit" in out.stdout


def test_pii_eval_prints_its_figures_as_the_last_json_line():
    import json

    out = subprocess.run([sys.executable, "tests/benchmarks/pii_eval.py", "--limit", "40"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    assert figures["by_type"] and all(0.0 <= t["recall"] <= 1.0 for t in figures["by_type"].values())


def test_coldstart_bench_times_each_language_from_process_start():
    import json

    out = subprocess.run([sys.executable, "tests/benchmarks/coldstart_bench.py", "--runs", "1", "--languages", "en,fr",
                          "--no-baseline", "--timeout", "300"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    figures = json.loads(out.stdout.strip().splitlines()[-1])["candidate"]
    assert 0 < figures["listen_s"] <= figures["first_200_s"] <= figures["since_start_s"]["fr"]
    from shared_code.anonymization.config import choose_executor

    in_a_worker = choose_executor("auto", 1)[0] == "process"  # the default on this machine's CPUs
    assert figures["peak_rss_mb"] >= figures["settled_rss_mb"] > 0 and figures["processes"] == 1 + in_a_worker
    phases = ({"start_anonymizer", "worker_languages"} if in_a_worker else {"engine", "models", "languages"})
    assert phases | {"import_litellm", "llm_call_path"} <= set(figures["phases_ms"])


def test_grouping_bench_runs_on_the_repository_corpus_and_beats_random_groups():
    import json

    out = subprocess.run([sys.executable, "tests/benchmarks/grouping_bench.py", "--scale", "1000"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    assert figures["records"] > 500 and figures["cost"]["records"] == 1000
    assert figures["groups"]["tfidf"]["ami"] > figures["groups"]["random"]["ami"] + 0.2


def test_pii_blackbox_counts_a_street_as_a_place_and_as_a_street_and_a_leaked_house_number_as_a_leak():
    sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
    from pii_blackbox import score

    content = "Ana Ruiz vive en Calle Mayor 12 cerca de Toledo."
    record = {"id": "r1", "language": "es", "kind": "pii", "content": content,
              "pii": [{"start": 0, "end": 8, "type": "PERSON", "text": "Ana Ruiz"},
                      {"start": 17, "end": 31, "type": "LOCATION", "text": "Calle Mayor 12"},
                      {"start": 41, "end": 47, "type": "LOCATION", "text": "Toledo"}]}
    seen = "<PERSON_1> vive en <LOCATION_1> 12 cerca de <LOCATION_2>."
    cells = score([record], {"r1": seen})["by_language"]["es"]
    assert cells["PERSON"] == {"planted": 1, "leaked": 0, "leak_rate": 0.0}
    assert cells["LOCATION"] == {"planted": 2, "leaked": 1, "leak_rate": 0.5}
    assert cells["STREET"] == {"planted": 1, "leaked": 1, "leak_rate": 1.0}


def test_paired_alternation_reports_the_median_round_and_alternates_who_goes_first():
    import asyncio

    from tests.benchmarks._paired import interleave

    calls: list[tuple[str, int, int]] = []
    slow_round = {"n": 0}

    def ours(chunk):
        calls.append(("ours", len(chunk), len(calls)))
        return 1.0

    def theirs(chunk):
        calls.append(("theirs", len(chunk), len(calls)))
        slow_round["n"] += 1
        return 4.0 if slow_round["n"] <= 2 else 2.0  # the first round's two chunks ran on a busy core

    found = asyncio.run(interleave(["t"] * 300, ours, theirs, repeat=3, chunk=256))
    assert found["chunks"] == 2 and [c[1] for c in calls[:2]] == [256, 256] and calls[2][1] == 44
    assert [c[0] for c in calls[:4]] == ["ours", "theirs", "theirs", "ours"]  # who goes first alternates
    assert found["round_ratios"] == [4.0, 2.0, 2.0] and found["ratio"] == 2.0  # the busy round is outvoted
    assert found["least_chunks_ratio"] == 2.0 and found["ours_s"] == 2.0 and found["theirs_s"] == 4.0


def test_structured_probe_counts_letters_and_digits_only_and_finds_a_number_as_a_whole_token():
    sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
    from structured_probe import alnum_covered, locate

    text = "Tel. (030) 2847 1936, tent 3 since 2023"
    phone = text.index("030")
    assert alnum_covered(text, "(030) 2847 1936", [(phone, phone + 14, "PHONE_NUMBER")]) == [True] * 11
    assert alnum_covered(text, "(030) 2847 1936", [(phone + 4, phone + 14, "PHONE_NUMBER")]).count(False) == 3
    assert locate(text, "3") == text.index("tent 3") + 5  # not the 3 inside the phone number
