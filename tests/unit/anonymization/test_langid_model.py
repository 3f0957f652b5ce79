"""The detector's derived model (data/langid_model.npz): current, equivalent, and used only where it fits."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from shared_code.anonymization import language
from shared_code.anonymization.language import LanguageRouter

ROOT = Path(__file__).resolve().parents[3]
TEXTS = [
    "The water point near the school has been broken for a week and nobody came.",
    "L'eau du réservoir est jaune et sent mauvais, les enfants ont mal au ventre.",
    "Solo funciona un grifo para todo el sector y las mujeres esperan horas.",
    "Die Toiletten sind seit drei Tagen verschlossen und niemand kommt.",
    "A cesta básica nunca chegou ao bloco C e as crianças estão com fome.",
    "Мене звати Віра Руденко, ми цілий день чекали на видачу.",
    "Меня зовут Ольга, мы весь день ждали раздачи.",
    "Vattnet i tanken har varit slut i en vecka och ingen har kommit.",
]


def _build_script():
    spec = importlib.util.spec_from_file_location("build_langid_model", ROOT / "scripts" / "build_langid_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_derived_model_is_built_from_the_installed_py3langid() -> None:
    expected = _build_script().derived_arrays()
    with np.load(language.DERIVED_MODEL_PATH, allow_pickle=False) as shipped:
        assert sorted(shipped.files) == sorted(expected)
        for name, array in expected.items():
            assert np.array_equal(shipped[name], array), f"{name}: run scripts/build_langid_model.py"


@pytest.mark.parametrize("languages", [["en", "fr", "es", "nl", "de", "pt", "it", "uk", "ru", "ar"],
                                       ["en", "sv", "fr"]])
def test_routers_on_the_derived_and_the_full_model_detect_alike(monkeypatch, languages: list[str]) -> None:
    derived = LanguageRouter(languages, {}, "en")
    monkeypatch.setattr(language, "_read_derived", lambda: None)
    full = LanguageRouter(languages, {}, "en")
    assert [derived.detect(text) for text in TEXTS] == [full.detect(text) for text in TEXTS]


def test_the_derived_model_is_taken_only_when_it_holds_every_known_candidate() -> None:
    derived_classes = language._read_derived()[2]
    assert language._take_model({"en", "fr", "xx"})[2] == derived_classes  # "xx": unknown to py3langid
    assert "sv" not in derived_classes and "sv" in language._take_model({"en", "sv"})[2]  # full model


def test_a_derived_model_of_another_py3langid_version_is_ignored(monkeypatch, tmp_path: Path) -> None:
    with np.load(language.DERIVED_MODEL_PATH, allow_pickle=False) as shipped:
        arrays = {name: shipped[name] for name in shipped.files}
    arrays["version"] = np.array("0.0.1")
    np.savez_compressed(tmp_path / "model.npz", **arrays)
    monkeypatch.setattr(language, "DERIVED_MODEL_PATH", tmp_path / "model.npz")
    assert language._read_derived() is None
    monkeypatch.setattr(language, "DERIVED_MODEL_PATH", tmp_path / "missing.npz")
    assert language._read_derived() is None


def test_the_shared_byte_class_automaton_scores_exactly_as_py3langid_on_the_full_model(monkeypatch) -> None:
    """The derived model's rows hold one column per class of bytes and every identifier shares one row-offset
    array: the raw scores over many texts (every script, odd bytes) must be py3langid's own."""
    from py3langid.langid import LanguageIdentifier

    from shared_code.anonymization.language import _read_full

    ptc, pc, classes, nextmove, row, output, _, _ = _read_full()
    wanted = [index for index, label in enumerate(classes) if label in ("en", "fr", "de", "uk", "ru", "ar")]
    reference = LanguageIdentifier(np.ascontiguousarray(ptc[:, wanted]), np.asarray(pc)[wanted],
                                   [classes[i] for i in wanted], nextmove, output, norm_probs=True, tk_row=row)
    ours = language._build_detectors({"mixed": ["en", "fr", "de", "uk", "ru", "ar"]})["mixed"]
    assert ours.nb_classes == reference.nb_classes
    texts = [*TEXTS, "مرحبا، لا يوجد ماء في المخيم منذ ثلاثة أيام", "ŻÓŁW ĆMA €100 🙂 \x00\x7f", "x" * 500,
             *(" ".join(TEXTS[i % len(TEXTS)][j:] for i in range(3)) for j in range(0, 60, 7))]
    for text in texts:
        encoded = LanguageIdentifier._encode(text)
        assert np.array_equal(ours._raw_score(encoded), reference._raw_score(encoded)), text
