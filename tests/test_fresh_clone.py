"""The repository stands alone: a clone with nothing beside it runs the data-dependent tests without a
skip, and no file points at a path outside the repository."""

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The tests and benchmarks that read test data (corpus, coding framework) or run a benchmark on it.
DATA_DEPENDENT = [
    "tests/test_repository_data.py",
    "tests/test_docs.py",
    "tests/test_benchmark_scripts.py",
    "tests/unit/grouping",
    "tests/unit/anonymization/test_engine.py",
    "tests/unit/anonymization/test_evalset.py",
    "tests/http/test_single_record_http.py::test_assign_codes_on_the_corpus_framework_uses_at_most_two_calls",
]

# What `grep -rn "shared" + "/"` finds: the repository has no folder of that name, so every hit would
# point outside it (the sibling folder a development machine may have); shared_code/ does not match.
# Spelt in two parts so that this file itself is no hit.
OUTSIDE = re.compile("shared" + "/")


def test_a_clone_with_nothing_beside_it_runs_the_data_dependent_tests_without_skipping(tmp_path):
    clone = tmp_path / "qfa"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, timeout=120)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["qfa"] and not (clone.parent / "shared").exists()
    report = tmp_path / "report.xml"
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
           "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={report}",
                          *DATA_DEPENDENT], cwd=clone, env=env, capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    suite = ET.parse(report).getroot().find("testsuite")
    assert int(suite.get("skipped")) == 0 and int(suite.get("tests")) >= 40, out.stdout[-2000:]
    assert str(clone) in out.stdout or "passed" in out.stdout


def test_no_file_points_outside_the_repository():
    files = subprocess.run(["git", "ls-files", "*.py", "*.md"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split()
    assert files
    hits = [f"{name}:{n}: {line.strip()}" for name in files
            for n, line in enumerate((ROOT / name).read_text(encoding="utf-8").splitlines(), 1)
            if OUTSIDE.search(line)]
    assert hits == []
