"""The Anonymizer port implementation (detection: batching, dedup, fail closed, logging) and the domain's
rendering of its spans (numbering, escaping), as the use cases combine them (``anonymize_texts``)."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from shared_code.anonymization import worker
from shared_code.anonymization.batch import PresidioAnonymizer
from shared_code.anonymization.factory import build_anonymizer
from shared_code.domain.pseudonyms import KEEP_PERSON, PlaceholderRegistry, restore
from shared_code.errors import AnonymizationError
from shared_code.settings import Settings
from shared_code.usecases.preparation import anonymize_texts

pytestmark = pytest.mark.slow

GRACE = "Caller: Grace Otieno, +44 7700 900123. The payment has not arrived."
AMINA = "My name is Amina Yusuf; write to amina.yusuf@example.org."


async def test_text_is_envelope_ready_and_restores_to_raw_values(anonymizer: PresidioAnonymizer) -> None:
    registry = PlaceholderRegistry()
    text = "I typed <PERSON_0> & <b>. My name is Grace Otieno; l'eau est sale."
    batch = await anonymize_texts(anonymizer, [text], registry)
    (out,) = batch.texts
    assert out == "I typed &lt;PERSON_0&gt; &amp; &lt;b&gt;. My name is <PERSON_0>; l'eau est sale."
    assert registry.original("PERSON", 0) == "Grace Otieno"
    model_output = "<PERSON_0> says l'eau est sale & [person_0] agrees."
    assert restore(model_output, registry) == "Grace Otieno says l'eau est sale & Grace Otieno agrees."
    assert restore(model_output, registry, keep_types=KEEP_PERSON) == "<PERSON_0> says l'eau est sale & <PERSON_0> agrees."


async def test_identical_texts_are_analysed_once_and_numbering_follows_input_order(
    anonymizer: PresidioAnonymizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    original = worker.analyze

    def counting(config, texts, use_ner):  # noqa: ANN001
        seen.extend(texts)
        return original(config, texts, use_ner)

    monkeypatch.setattr(worker, "analyze", counting)
    registry = PlaceholderRegistry()
    batch = await anonymize_texts(anonymizer, [GRACE, AMINA, GRACE, "", "  "], registry)
    assert sorted(seen) == sorted([GRACE, AMINA])
    assert batch.texts[0] == batch.texts[2] == "Caller: <PERSON_0>, <PHONE_NUMBER_0>. The payment has not arrived."
    assert batch.texts[1] == "My name is <PERSON_1>; write to <EMAIL_ADDRESS_0>."
    assert batch.texts[3:] == ["", "  "]
    reversed_registry = PlaceholderRegistry()
    again = await anonymize_texts(anonymizer, [AMINA, GRACE], reversed_registry)
    assert again.texts == ["My name is <PERSON_0>; write to <EMAIL_ADDRESS_0>.",
                           "Caller: <PERSON_1>, <PHONE_NUMBER_0>. The payment has not arrived."]


async def test_one_registry_across_calls_keeps_placeholders_stable(anonymizer: PresidioAnonymizer) -> None:
    registry = PlaceholderRegistry()
    first = await anonymize_texts(anonymizer, ["Contact: Grace Otieno, grace@example.org"], registry)
    ids = await anonymize_texts(anonymizer, ["grace@example.org", "fb-000123"], registry, use_ner=False)
    assert first.texts == ["Contact: <PERSON_0>, <EMAIL_ADDRESS_0>"]
    assert ids.texts == ["<EMAIL_ADDRESS_0>", "fb-000123"]


async def test_patterns_only_leave_names_but_not_numbers(anonymizer: PresidioAnonymizer) -> None:
    batch = await anonymize_texts(anonymizer, ["Grace Otieno +44 7700 900123", "2025-03-14 10:22:05"],
                                             PlaceholderRegistry(), use_ner=False)
    assert batch.texts == ["Grace Otieno <PHONE_NUMBER_0>", "2025-03-14 10:22:05"]


async def test_a_failure_confined_to_one_text_yields_none(
    anonymizer: PresidioAnonymizer, analysis_engine, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    original = analysis_engine.analyze_text

    def flaky(text, route, artifacts, *, use_ner=True):  # noqa: ANN001
        if "Amina" in text:
            raise RuntimeError("boom")
        return original(text, route, artifacts, use_ner=use_ner)

    monkeypatch.setattr(analysis_engine, "analyze_text", flaky)
    with caplog.at_level(logging.INFO, logger="qfa.anonymize"):
        batch = await anonymize_texts(anonymizer, [GRACE, AMINA, AMINA], PlaceholderRegistry())
    assert batch.texts[1] is None and batch.texts[2] is None and batch.failures == 2
    assert batch.texts[0] is not None and "<PERSON_0>" in batch.texts[0]
    assert any("failures=2" in r.getMessage() for r in caplog.records)


async def test_engine_that_cannot_be_built_raises(engine_config) -> None:
    broken = PresidioAnonymizer(replace(engine_config, models=(("en", "xx_no_such_model"),)), executor="thread")
    with pytest.raises(AnonymizationError):
        await anonymize_texts(broken, [GRACE], PlaceholderRegistry())
    with pytest.raises(AnonymizationError):  # tried again on the next call, still failing closed
        await broken.start()


async def test_broken_executor_raises_then_recovers(anonymizer: PresidioAnonymizer) -> None:
    await anonymizer.start()
    anonymizer._executor.shutdown(wait=True)  # simulate an executor that died
    with pytest.raises(AnonymizationError):
        await anonymize_texts(anonymizer, [GRACE], PlaceholderRegistry())
    batch = await anonymize_texts(anonymizer, [GRACE], PlaceholderRegistry())
    assert batch.texts[0].startswith("Caller: <PERSON_0>")
    await anonymizer.aclose()


async def test_log_line_has_counts_only(anonymizer: PresidioAnonymizer, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="qfa.anonymize"):
        await anonymize_texts(anonymizer, [GRACE, AMINA, GRACE], PlaceholderRegistry())
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("event=anonymize ")]
    assert len(lines) == 1
    line = lines[0]
    assert line.startswith("event=anonymize texts=3 distinct=2 entities=EMAIL_ADDRESS:1,PERSON:2,PHONE_NUMBER:1 ")
    assert " languages=en:2 " in line and " duration_ms=" in line and line.endswith(" failures=0")
    for value in ("Grace", "Otieno", "Amina", "7700", "example.org"):
        assert value not in "".join(r.getMessage() for r in caplog.records)


async def test_jobs_in_flight_never_exceed_the_workers(
    anonymizer: PresidioAnonymizer, corpus: list[dict], monkeypatch: pytest.MonkeyPatch
) -> None:
    active, peak, lock = 0, 0, threading.Lock()
    original = worker.analyze

    def tracking(config, texts, use_ner):  # noqa: ANN001
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        try:
            return original(config, texts, use_ner)
        finally:
            with lock:
                active -= 1

    monkeypatch.setattr(worker, "analyze", tracking)
    texts = [r["content"] for r in corpus[:300]]
    batch = await anonymize_texts(anonymizer, texts, PlaceholderRegistry())
    assert batch.failures == 0 and len(batch.texts) == 300
    assert 1 <= peak <= anonymizer.workers


async def test_the_event_loop_keeps_running_during_a_batch(anonymizer: PresidioAnonymizer, corpus: list[dict]) -> None:
    await anonymizer.start()
    ticks = 0
    done = asyncio.Event()

    async def ticker() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            await asyncio.sleep(0.005)

    task = asyncio.create_task(ticker())
    started = asyncio.get_running_loop().time()
    await anonymize_texts(anonymizer, [r["content"] for r in corpus[300:500]], PlaceholderRegistry())
    elapsed = asyncio.get_running_loop().time() - started
    done.set()
    await task
    assert ticks >= max(3, int(elapsed / 0.005 * 0.2))  # the loop was free most of the time


async def test_process_pool_gives_the_same_result_as_the_thread_pool(engine_config, anonymizer) -> None:
    texts = [GRACE, AMINA, "Je m'appelle Marie-Claire Rousseau, 06 12 34 56 78.", "اسمي آمنة يونس. رقمي: ٠٩٧٣ ١٦٠ ٥٢٩"]
    pool = PresidioAnonymizer(engine_config, executor="process")
    try:
        in_processes = await anonymize_texts(pool, texts, PlaceholderRegistry())
    finally:
        await pool.aclose()
    in_threads = await anonymize_texts(anonymizer, texts, PlaceholderRegistry())
    assert in_processes.texts == in_threads.texts


async def test_a_killed_pool_worker_fails_closed_then_a_new_one_answers(engine_config) -> None:
    """One worker (spawned, no forkserver): SIGKILL it as the host's recycling would; the call in flight
    fails closed and the next one gets a fresh worker."""
    import os
    import signal

    import psutil

    pool = PresidioAnonymizer(replace(engine_config, workers=1), executor="process")
    before = {c.pid for c in psutil.Process().children()}  # e.g. another test's forkserver
    try:
        assert (await pool.detect_batch([GRACE]))[0]
        (child,) = [c for c in psutil.Process().children()
                    if c.pid not in before and "resource_tracker" not in " ".join(c.cmdline())]
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        with pytest.raises(AnonymizationError):
            await pool.detect_batch([GRACE])
        assert (await pool.detect_batch([GRACE]))[0]
    finally:
        await pool.aclose()


def test_build_anonymizer_is_light_and_uses_the_configured_executor() -> None:
    anonymizer = build_anonymizer(Settings.model_construct(anonymizer_workers=3, anonymizer_executor="thread"))
    assert anonymizer.executor_kind == "thread" and anonymizer.workers == 3
    code = (
        "import sys; from shared_code.anonymization.factory import build_anonymizer; from shared_code.settings import Settings; "
        "build_anonymizer(Settings.model_construct()); "
        "assert not [m for m in sys.modules if m.split('.')[0] in ('presidio_analyzer', 'spacy', 'lingua', 'py3langid')], 'heavy import'"
    )
    root = Path(__file__).resolve().parents[3]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root, timeout=60)


def test_with_a_process_pool_the_app_process_never_imports_the_engine() -> None:
    """The workers' results unpickle in the app process: they must not pull Presidio, spaCy or numpy in
    (they did, ~85 MB and ~0.6 s of CPU on the first answer, when the result type lived in engine.py)."""
    code = (
        "import asyncio, sys; from shared_code.anonymization.factory import build_anonymizer; from shared_code.settings import Settings; "
        "a = build_anonymizer(Settings.model_construct(anonymizer_workers=1), executor='process'); "
        "found = asyncio.run(a.detect_batch(['Caller: Grace Otieno, +44 7700 900123.'])); "
        "assert found[0], found; asyncio.run(a.aclose()); "
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'presidio_analyzer', 'spacy', 'numpy', 'thinc', 'py3langid'}); "
        "assert not heavy, heavy"
    )
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, timeout=300, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]


async def test_per_text_flags_mix_ner_and_patterns_in_one_call_in_input_order(anonymizer: PresidioAnonymizer) -> None:
    registry = PlaceholderRegistry()
    content = "My name is Grace Otieno, call +44 7700 900123."
    ident = "Grace Otieno +44 7700 900456"
    batch = await anonymize_texts(anonymizer, [content, ident, content], registry, use_ner=[True, False, False])
    assert batch.texts[0] == "My name is <PERSON_0>, call <PHONE_NUMBER_0>."
    assert batch.texts[1] == "Grace Otieno <PHONE_NUMBER_1>"  # patterns only: the name stays
    assert batch.texts[2] == "My name is Grace Otieno, call <PHONE_NUMBER_0>."  # same text, other flag
    with pytest.raises(ValueError):
        await anonymize_texts(anonymizer, [content], registry, use_ner=[True, False])
