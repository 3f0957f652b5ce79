#!/usr/bin/env python3
"""Cold start: process start → first 200 of /v1/summarize, per language, with memory and phases.

Starts the app in the dev host N times (a real HTTP server, the real anonymiser and LiteLLM client, an
instant fake LLM, no database) and, for each start:

- ``first_200_s``: process start → first 200 of ``/v1/summarize`` for an English record (polled from the
  moment the process starts, so connection refusals while it starts count), then one record in each
  other language, each timed from process start (``since_start_s``) and on its own (``request_s``);
- ``cpu_at_first_200_s``: CPU seconds the app had used by then, all its processes (less sensitive to other
  load), and ``app_process_cpu_at_first_200_s`` the app process's alone (with the anonymiser in its own
  process on a free core, that process's CPU is the critical path);
- ``listen_s``: process start → first 200 of ``/v1/health``;
- peak RSS and PSS of the app and all its child processes (psutil, sampled every 50/500 ms), and both
  again after every language was served and the warm-up finished (``settled``);
- ``phases_ms`` and ``phases_cpu_ms``: the app's own ``event=warm_up phase=… duration_ms=… cpu_ms=…``
  log lines (shared_code/warm_up.py; CPU of the warm-up thread in that phase, where the app logs it).

Every run of the candidate (this tree, default settings or ``--env`` ones) is interleaved with a run of the baseline in
the same process: ``--baseline-tree PATH`` (a checkout of main: ``git worktree add /tmp/qfa-base main``),
else this tree with ``--baseline-env`` settings (default: the old ``ANONYMIZER_EXECUTOR=process``).
Both use this interpreter. Medians are printed; the last line is JSON.

    .venv/bin/python tests/benchmarks/coldstart_bench.py [--runs 5] [--baseline-tree PATH]
        [--baseline-env K=V ...] [--env K=V ...] [--cpus 0] [--languages en,fr,...] [--no-baseline]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psutil  # noqa: E402

from tests.http.conftest import USER_KEY, app_env  # noqa: E402
from tests.support.devhost import free_port  # noqa: E402
from tests.support.fake_llm import FakeLLMServer  # noqa: E402
from tests.support.llm_responders import EchoResponder  # noqa: E402

RECORDS = {  # synthetic feedback, one per supported language, each with a name
    "en": "Please call Peter Mwangi back: the water tank at the school has been empty for a week.",
    "fr": "Appelez Jean-Pierre Kaboré, le camion d'eau n'est pas venu depuis trois jours à Bouaké.",
    "es": "Llamen a María José Pérez, la ayuda no llegó y esperamos cinco horas en la clínica.",
    "nl": "Bel mevrouw Sanne de Vries terug, de toiletten bij blok C zijn sinds maandag op slot.",
    "de": "Bitte rufen Sie Frau Anna Schneider zurück, die Toiletten sind seit drei Tagen verschlossen.",
    "pt": "Liguem para a senhora Ana Costa, a cesta básica nunca chegou ao bloco C.",
    "it": "Richiamate la signora Giulia Rossi, i bagni del blocco C sono chiusi da lunedì.",
    "uk": "Передзвоніть пані Вірі Руденко, у блоці В немає води вже тиждень.",
    "ru": "Перезвоните Ольге Смирновой, в блоке В нет воды уже неделю.",
    "ar": "اتصلوا بالسيدة آمنة يونس، لا يوجد ماء في المخيم منذ أسبوع.",
}
PHASE = re.compile(r"event=warm_up phase=(\w+) duration_ms=(\d+)(?: cpu_ms=(\d+))?")


class TreeSampler(threading.Thread):
    """Peak RSS (every 50 ms) and PSS (every 500 ms) of a process and its descendants."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.peak_rss = self.peak_pss = 0
        self.stop = threading.Event()

    def measure(self, pss: bool) -> tuple[int, int]:
        rss = uss_pss = 0
        try:
            procs = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return 0, 0
        for proc in procs:
            try:
                if pss:
                    info = proc.memory_full_info()
                    rss, uss_pss = rss + info.rss, uss_pss + info.pss
                else:
                    rss += proc.memory_info().rss
            except psutil.Error:
                continue
        return rss, uss_pss

    def run(self) -> None:
        tick = 0
        while not self.stop.wait(0.05):
            rss, pss = self.measure(pss=tick % 10 == 0)
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            tick += 1


def summarize_body(language: str) -> dict:
    return {"feedback_record": {"id": f"cold-{language}", "content": RECORDS[language]}}


def one_start(tree: Path, env: dict[str, str], languages: list[str], timeout: float, cpus: str | None = None) -> dict:
    port = free_port()
    log_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"qfa-coldstart-{port}.log"
    url = f"http://127.0.0.1:{port}"
    with open(log_path, "wb") as log:
        started = time.perf_counter()
        pin = ["taskset", "-c", cpus] if cpus else []  # the app and every process it starts, on these CPUs only
        proc = subprocess.Popen([*pin, sys.executable, str(tree / "scripts" / "devhost.py"), "--port", str(port)],
                                cwd=tree, env=env, stdout=log, stderr=subprocess.STDOUT)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        try:
            try:
                result = _drive(url, started, languages, timeout, proc)
            except (httpx.HTTPStatusError, RuntimeError) as exc:  # the app's own log says why (it holds no record text)
                log.flush()
                tail = log_path.read_text(encoding="utf-8", errors="replace")[-4000:]
                raise RuntimeError(f"{exc}\n--- the app's log, last 4000 characters ---\n{tail}") from exc
            _wait_for_warm_up(log_path, timeout=30)
            time.sleep(0.5)
            rss, pss = sampler.measure(pss=True)
            result.update(settled_rss_mb=round(rss / 2**20), settled_pss_mb=round(pss / 2**20),
                          processes=1 + len(psutil.Process(proc.pid).children(recursive=True)))
        finally:
            sampler.stop.set()
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
    text = log_path.read_text(encoding="utf-8", errors="replace")
    log_path.unlink(missing_ok=True)
    result.update(peak_rss_mb=round(sampler.peak_rss / 2**20), peak_pss_mb=round(sampler.peak_pss / 2**20),
                  phases_ms={name: int(ms) for name, ms, _ in PHASE.findall(text)},
                  phases_cpu_ms={name: int(cpu) for name, _, cpu in PHASE.findall(text) if cpu})
    return result


def _drive(url: str, started: float, languages: list[str], timeout: float, proc: subprocess.Popen) -> dict:
    headers = {"Authorization": f"Bearer {USER_KEY}"}
    out: dict = {"languages": {}}
    with httpx.Client(base_url=url, timeout=timeout, headers=headers) as client:
        while "listen_s" not in out or languages[0] not in out["languages"]:
            if proc.poll() is not None or time.perf_counter() - started > timeout:
                raise RuntimeError(f"the app did not answer within {timeout}s (exit code {proc.poll()})")
            try:
                if "listen_s" not in out:
                    if client.get("/v1/health").status_code == 200:
                        out["listen_s"] = round(time.perf_counter() - started, 3)
                    continue
                sent = time.perf_counter()
                response = client.post("/v1/summarize", json=summarize_body(languages[0]))
                response.raise_for_status()
                out["first_200_s"] = round(time.perf_counter() - started, 3)
                out["cpu_at_first_200_s"] = round(_tree_cpu(proc.pid), 3)
                out["app_process_cpu_at_first_200_s"] = round(sum(psutil.Process(proc.pid).cpu_times()[:2]), 3)
                out["languages"][languages[0]] = {"since_start_s": out["first_200_s"],
                                                  "request_s": round(time.perf_counter() - sent, 3)}
            except httpx.TransportError:
                time.sleep(0.01)
        for language in languages[1:]:
            sent = time.perf_counter()
            client.post("/v1/summarize", json=summarize_body(language)).raise_for_status()
            now = time.perf_counter()
            out["languages"][language] = {"since_start_s": round(now - started, 3), "request_s": round(now - sent, 3)}
    return out


def _tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its children: less sensitive to other
    load on the machine than wall time (with one busy thread at a time, it is the idle machine's wall)."""
    total = 0.0
    root = psutil.Process(pid)
    for proc in [root, *root.children(recursive=True)]:
        try:
            times = proc.cpu_times()
            total += times.user + times.system
        except psutil.Error:
            continue
    return total


def _wait_for_warm_up(log_path: Path, timeout: float) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        text = log_path.read_text(encoding="utf-8", errors="replace")
        if "event=warm_up_done" in text or "event=warm_up_failed" in text or "event=warm_up " not in text:
            return
        time.sleep(0.2)


def summary(runs: list[dict], languages: list[str]) -> dict:
    def med(values: list[float]) -> float:
        return round(statistics.median(values), 3) if values else 0.0

    phases = sorted({name for run in runs for name in run["phases_ms"]}, key=lambda n: runs[0]["phases_ms"].get(n, 0))
    return {
        "runs": len(runs),
        "first_200_s": med([r["first_200_s"] for r in runs]),
        "cpu_at_first_200_s": med([r["cpu_at_first_200_s"] for r in runs]),
        "app_process_cpu_at_first_200_s": med([r["app_process_cpu_at_first_200_s"] for r in runs]),
        "listen_s": med([r["listen_s"] for r in runs]),
        "since_start_s": {lang: med([r["languages"][lang]["since_start_s"] for r in runs]) for lang in languages},
        "request_s": {lang: med([r["languages"][lang]["request_s"] for r in runs]) for lang in languages},
        "peak_rss_mb": med([r["peak_rss_mb"] for r in runs]), "peak_pss_mb": med([r["peak_pss_mb"] for r in runs]),
        "settled_rss_mb": med([r["settled_rss_mb"] for r in runs]),
        "settled_pss_mb": med([r["settled_pss_mb"] for r in runs]),
        "processes": max(r["processes"] for r in runs),
        "phases_ms": {name: med([r["phases_ms"][name] for r in runs if name in r["phases_ms"]]) for name in phases},
        "phases_cpu_ms": {name: med([r["phases_cpu_ms"][name] for r in runs if name in r["phases_cpu_ms"]])
                          for name in phases if any(name in r["phases_cpu_ms"] for r in runs)},
        "all_cpu_at_first_200_s": [r["cpu_at_first_200_s"] for r in runs],
        "all_first_200_s": [r["first_200_s"] for r in runs],
    }


def base_env(llm_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("LLM_", "DB_", "AUTH_", "USAGE_", "KEY_VAULT", "ANONYMIZER_", "WARM_UP"))}
    env.update({"LITELLM_LOCAL_MODEL_COST_MAP": "True", "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "", "HF_HUB_OFFLINE": "1",
                "QFA_DEVHOST_NO_LOCAL_SETTINGS": "1", "LOG_LEVEL": "INFO", "LOG_LEVEL_3RDPARTY": "WARNING"})
    env.update(app_env(llm_url, None, RATE_LIMIT_PER_MINUTE="0"))
    return env


def run(args: argparse.Namespace) -> dict:
    languages = [lang.strip() for lang in args.languages.split(",") if lang.strip()]
    configs = {"candidate": (ROOT, dict(item.split("=", 1) for item in args.env or ()))}
    load_at_start = round(os.getloadavg()[0], 2)
    if not args.no_baseline:
        tree = Path(args.baseline_tree).resolve() if args.baseline_tree else ROOT
        overrides = dict(item.split("=", 1) for item in args.baseline_env) if args.baseline_env else (
            {} if args.baseline_tree else {"ANONYMIZER_EXECUTOR": "process"})
        configs["baseline"] = (tree, overrides)
    results: dict[str, list[dict]] = {name: [] for name in configs}
    with FakeLLMServer() as llm:
        llm.responder = EchoResponder()
        for index in range(args.runs):
            for name, (tree, overrides) in configs.items():
                run_result = one_start(tree, {**base_env(llm.url), **overrides}, languages, args.timeout, args.cpus)
                results[name].append(run_result)
                print(f"{name} run {index + 1}: first 200 {run_result['first_200_s']} s "
                      f"(CPU {run_result['cpu_at_first_200_s']} s), "
                      f"languages {json.dumps({k: v['since_start_s'] for k, v in run_result['languages'].items()})}, "
                      f"peak RSS {run_result['peak_rss_mb']} MB, settled RSS {run_result['settled_rss_mb']} MB "
                      f"PSS {run_result['settled_pss_mb']} MB, phases {json.dumps(run_result['phases_ms'])}, "
                      f"phase CPU {json.dumps(run_result['phases_cpu_ms'])}",
                      file=sys.stderr, flush=True)
    return {"benchmark": "coldstart", "load_avg_1m_at_start": load_at_start, "load_avg_1m_at_end": round(os.getloadavg()[0], 2), "cpus": os.cpu_count(),
            "languages": languages,
            **{name: {"tree": str(configs[name][0]), "settings": configs[name][1], **summary(runs, languages)}
               for name, runs in results.items()}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--languages", default=",".join(RECORDS), help="comma-separated; the first is timed cold")
    parser.add_argument("--baseline-tree", help="a checkout of the baseline (e.g. main) to start the same way")
    parser.add_argument("--baseline-env", action="append", help="K=V settings of the baseline (repeatable)")
    parser.add_argument("--env", action="append", help="K=V settings of the candidate (repeatable)")
    parser.add_argument("--cpus", help="pin each app (all its processes) to these CPUs, e.g. 0 for one core (taskset)")
    parser.add_argument("--no-baseline", action="store_true", help="only the candidate (smoke runs)")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds per start")
    args = parser.parse_args()
    unknown = set(args.languages.split(",")) - set(RECORDS)
    if unknown:
        parser.error(f"no record for {sorted(unknown)}")
    print(json.dumps(run(args)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
