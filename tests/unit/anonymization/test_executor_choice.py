"""ANONYMIZER_EXECUTOR=auto (shared_code/anonymization/config.py): what runs, by the CPUs this process may use."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from shared_code.anonymization.factory import build_anonymizer
from shared_code.anonymization.config import EngineConfig, choose_executor, usable_cpus
from shared_code.settings import Settings


@pytest.mark.parametrize(("cpus", "expected"), [(1, ("thread", 4)), (1.5, ("thread", 4)), (2, ("process", 1)), (8, ("process", 1))])
def test_auto_is_one_worker_process_from_two_cpus_and_threads_below(cpus, expected) -> None:
    assert choose_executor("auto", 4, cpus=cpus) == expected


def test_an_explicit_setting_is_kept_whatever_the_cpus() -> None:
    assert choose_executor("thread", 4, cpus=8) == ("thread", 4)
    assert choose_executor("process", 3, cpus=1) == ("process", 3)


def test_auto_is_the_default_and_the_adapter_and_warm_up_read_the_same_choice() -> None:
    settings = Settings.model_construct()
    assert settings.anonymizer_executor == "auto"
    config = EngineConfig.from_settings(settings)
    assert config.executor == choose_executor("auto", settings.anonymizer_workers)[0]
    assert build_anonymizer(settings).executor_kind == config.executor


def _cgroup(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


def test_a_cgroup_v2_quota_caps_the_cpus(tmp_path) -> None:
    affinity = len(os.sched_getaffinity(0))
    assert usable_cpus(_cgroup(tmp_path, {"cpu.max": "100000 100000\n"})) == min(affinity, 1.0)
    assert usable_cpus(_cgroup(tmp_path, {"cpu.max": "max 100000\n"})) == affinity


def test_a_cgroup_v1_quota_caps_the_cpus(tmp_path) -> None:
    root = _cgroup(tmp_path, {"cpu/cpu.cfs_quota_us": "50000\n", "cpu/cpu.cfs_period_us": "100000\n"})
    assert usable_cpus(root) == 0.5
    assert usable_cpus(_cgroup(tmp_path / "none", {"cpu/cpu.cfs_quota_us": "-1\n", "cpu/cpu.cfs_period_us": "100000\n"})) \
        == len(os.sched_getaffinity(0))


def test_no_cgroup_files_means_the_affinity(tmp_path) -> None:
    assert usable_cpus(tmp_path) == len(os.sched_getaffinity(0))
