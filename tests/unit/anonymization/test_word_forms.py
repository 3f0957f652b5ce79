"""Inflected forms of ordinary words (word_forms.py, common_words.ordinary_form_test) and the NER span rule
that reads them (spans._ordinary_phrase): over-redaction of title-cased aid vocabulary, issue 12.

Toy lexicons and word lists for the rule tests; the engine-level sentences at the end are made up (names
and aid vocabulary written for these tests, none from the evaluation set) and use the shipped files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from shared_code.anonymization.common_words import (
    CommonWords, build_file, common_key, language_bit, load, ordinary_form_test, proper_word_test, weak_name_test,
)
from shared_code.anonymization.lexicon import FIRST, LAST, PLACE, Lexicon, weak_bit, weak_place_bit
from shared_code.anonymization.spans import Candidate, LanguageRules, plausible_ner
from shared_code.anonymization.word_form_names import function_words_inside, inflected_phrase
from shared_code.anonymization.word_forms import base_forms

EN, ES, TR, PL, RO = (language_bit(code) for code in ("en", "es", "tr", "pl", "ro"))


@pytest.mark.parametrize("word, language, base", [
    ("çadırlarımızda", "tr", "çadır"),  # tent + plural + our + locative
    ("merkezinde", "tr", "merkez"),
    ("kitabı", "tr", "kitap"),  # softened final consonant
    ("koców", "pl", "koc"),
    ("czerwonego", "pl", "czerwony"),
    ("krzyżowi", "pl", "krzyż"),
    ("norweska", "pl", "norweski"),
    ("latarek", "pl", "latarka"),
    ("pieluch", "pl", "pielucha"),  # bare genitive plural of a feminine -a noun
    ("pieluch", "pl", "pieluchy"),  # ... whose list may hold the plural only
    ("szczepieniu", "pl", "szczepienie"),
    ("infolinii", "pl", "infolinia"),
    ("zakupowe", "pl", "zakup"),
    ("sectorul", "ro", "sector"),
    ("comitetului", "ro", "comitet"),
    ("clinica", "ro", "clinică"),
    ("mujeres", "es", "mujer"),
    ("colchões", "pt", "colchão"),
    ("coperte", "it", "coperta"),
])
def test_base_forms_undo_regular_endings(word: str, language: str, base: str) -> None:
    assert base in base_forms(word, language)


def test_base_forms_are_bounded_and_language_specific() -> None:
    assert base_forms("merkezinde", "de") == []  # no table: no guess
    assert all(len(form) >= 3 for form in base_forms("suda", "tr"))
    assert "merkezinde" not in base_forms("merkezinde", "tr")


def common(tmp_path: Path, words: dict[str, int]) -> CommonWords:
    path = tmp_path / "common.txt.gz"
    build_file({common_key(word): bits for word, bits in words.items()}, path)
    return load(path)


def test_ordinary_forms_need_an_unknown_word_and_a_base_form_that_is_no_name(tmp_path: Path) -> None:
    lexicon = Lexicon({"kutlu": LAST | weak_bit("tr"), "turk": FIRST, "kamp": LAST | weak_bit("tr"),
                       "yildirim": LAST, "lublin": PLACE, "warszawa": PLACE | weak_place_bit("pl"),
                       "aydın": FIRST | PLACE | weak_bit("tr")})
    words = common(tmp_path, {"çadır": TR, "turk": TR, "kamp": TR, "yıldır": TR, "lublin": PL, "koc": PL,
                              "warszawa": PL})
    test = ordinary_form_test(lexicon, words)
    assert test("Çadırlarımızda", TR) == TR
    assert test("Çadırlarımızda", EN) == 0  # only the languages asked for (the text's apparent one)
    assert test("Kamptaki", TR) == TR  # a base form the lexicon marks as an ordinary Turkish word
    assert test("Turkana", TR) == 0  # base form "turk" is a name
    assert test("Lublinie", PL) == 0  # base form is a town
    assert test("Warszawy", PL) == 0  # a town, even one frequent enough to be weak
    assert test("Aydın", TR) == 0  # a name that is an ordinary word, but also a town
    assert test("Kutlu", TR) == 0  # a lexicon word: its weak bits speak (weak_name_test)
    assert test("Yildirim", TR) == 0
    weak = weak_name_test(lexicon)
    assert weak("Kutlu", TR) == TR and weak("Kutlu", PL) == 0 and weak("Yildirim", TR) == 0
    assert weak("Aydın", TR) == 0  # also a town, not marked as an ordinary word as a town
    assert test("Koców", PL | TR) == PL


def rules(apparent: int, lexicon: Lexicon, common_words: CommonWords) -> LanguageRules:
    return LanguageRules(stop_words=frozenset({"ve", "i"}), ordinary=common_words.flags,
                         apparent_language=lambda text: apparent,
                         ordinary_form=ordinary_form_test(lexicon, common_words), weak_name=weak_name_test(lexicon))


@pytest.mark.parametrize("text, tagged, apparent, kept", [
    ("Çadırlarımızda Isıtıcı yok", "Çadırlarımızda Isıtıcı", TR, None),  # inflected Turkish nouns
    ("Su Noktası bozuk", "Su Noktası", TR, None),  # a name that is a Turkish word, and an inflected noun
    ("Yesterday Su Noktası came", "Su Noktası", EN, "Su Noktası"),  # English text: a name
    ("Kutlu Olsun bayramınız", "Kutlu Olsun", TR, "Kutlu Olsun"),  # no inflected form: names stay names
    ("Gönüllü Kutlu Aslan geldi", "Kutlu Aslan", TR, "Kutlu Aslan"),
    ("Punkt Czerwonego Krzyża jest zamknięty", "Czerwonego Krzyża", PL, None),
    ("Dzisiaj Czerwonego Zylberstein", "Czerwonego Zylberstein", PL, "Czerwonego Zylberstein"),  # unknown word
])
def test_an_ner_span_of_ordinary_forms_of_the_apparent_language_is_dropped(
        tmp_path: Path, text: str, tagged: str, apparent: int, kept: str | None) -> None:
    lexicon = Lexicon({"kutlu": LAST | weak_bit("tr"), "su": FIRST | weak_bit("tr"), "aslan": LAST | weak_bit("tr")})
    listed = common(tmp_path, {"ısıtıcı": TR, "olsun": TR, "çadır": TR, "czerwony": PL, "krzyż": PL, "nokta": TR})
    start = text.index(tagged)
    result = plausible_ner(text, Candidate(start, start + len(tagged), "PERSON", 0.85, "ner"),
                           rules(apparent, lexicon, listed))
    assert (None if result is None else text[result.start : result.end]) == kept


NO_PERSONAL_DATA = [
    "Gracias al Comité de Mujeres por la Ayuda Alimentaria.",
    "Çadırlarımızda Isıtıcı yok, Çocuklar üşüyor.",
    "Alışveriş Kartları Dayanışma Marketinde çalışmıyor.",
    "Brakuje Koców, Materacy i Latarek w Schronisku.",
    "Bony Zakupowe nie działają w Sklepie Socjalnym.",
    "Stołówka Społeczna zamknięta, Dzieci bez Obiadu.",
    "Kartları Dayanışma Marketinde çalışmıyor, Çadırlarımızda Isıtıcı yok.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NO_PERSONAL_DATA)
def test_inflected_aid_vocabulary_is_not_redacted(spans_of, text: str) -> None:
    assert spans_of(text) == []


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Komşum Hatice Karabulut Gaziantep'e taşındı.", [("Hatice Karabulut", "PERSON"), ("Gaziantep", "LOCATION")]),
    ("Koce i Materace przywiozła Agnieszka Zielińska.", [("Agnieszka Zielińska", "PERSON")]),
    ("Pani Bożena Wiśniewska mieszka w Lublinie.", [("Bożena Wiśniewska", "PERSON"), ("Lublinie", "LOCATION")]),
    ("Pături și Saltele aduse de Luminița Ionescu.", [("Luminița Ionescu", "PERSON")]),
    ("Maji na Chakula vililetwa na Neema Wanjiku.", [("Neema Wanjiku", "PERSON")]),
    ("Przyjechaliśmy z Lublina do Warszawy.", [("Lublina", "LOCATION"), ("Warszawy", None)]),  # any type
    ("Gönüllü Kutlu Aslan yardım etti.", [("Kutlu Aslan", "PERSON")]),  # names that are Turkish words
    ("Selamlar, Yeter Kayalar buraya geldi.", [("Yeter Kayalar", "PERSON")]),
    ("Spotkałem Krzysztofa Lewandowskiego w punkcie.", [("Krzysztofa Lewandowskiego", "PERSON")]),
])
def test_names_and_places_beside_inflected_aid_vocabulary_are_still_found(spans_of, text: str, expected) -> None:
    found = spans_of(text)
    assert all(any(value in span and entity in (kind, None) for span, kind in found) for value, entity in expected), found
    assert len(found) == len(expected)  # the aid vocabulary around them stays


@pytest.mark.parametrize("text, tagged, dropped", [
    ("Punkt Czerwonego Krzyża jest zamknięty", "Czerwonego Krzyża", True),  # two inflected Polish words
    ("Punkt Czerwony Krzyż jest zamknięty", "Czerwony Krzyż", False),  # plain words: the lists' own business
    ("Dzisiaj Czerwonego Zylberstein", "Czerwonego Zylberstein", False),  # one word is no ordinary form
    ("Punkt Czerwonego Kutlu jest zamknięty", "Czerwonego Kutlu", False),  # a lexicon name: the name rules decide
])
def test_a_lexicon_person_of_unknown_inflected_ordinary_words_is_dropped(
        tmp_path: Path, text: str, tagged: str, dropped: bool) -> None:
    lexicon = Lexicon({"kutlu": LAST | weak_bit("pl")})
    listed = common(tmp_path, {"czerwony": PL, "krzyż": PL, "punkt": PL})
    start = text.index(tagged)
    test_rules = LanguageRules(ordinary=listed.flags, apparent_language=lambda _: PL,
                               ordinary_form=ordinary_form_test(lexicon, listed),
                               known_word=lambda word: bool(lexicon.flags(word.casefold())))
    assert inflected_phrase(text, start, start + len(tagged), test_rules) is dropped


@pytest.mark.parametrize("text, tagged, dropped", [
    ("AJUTOARELE PROMISE NU AU MAI VENIT", "PROMISE NU AU MAI VENIT", True),  # nu, au, mai inside
    ("PĂTURILE NU AU FOST ÎMPĂRȚITE", "NU AU FOST", True),  # most of its words are function words
    ("THANK YOU JEBET ETYANG FOR THE FOOD", "YOU JEBET ETYANG FOR", False),  # at its ends only: trimmed later
    ("Am vorbit cu Ioana Popescu si cu Maria", "Ioana Popescu si cu Maria", False),  # lower case
    ("Familia Ion de la Mai", "Ion de la Mai", False),  # name particles do not count
    ("NU MAI AVEM OREZ SI ULEI", "OREZ SI ULEI", True),  # one inside, the others ordinary words
    ("AM VORBIT CU IOANA SI MARIA", "IOANA SI MARIA", False),  # one inside, but names
])
def test_a_person_holding_function_words_of_the_apparent_language_is_a_clause(
        text: str, tagged: str, dropped: bool) -> None:
    language = EN if text.startswith("THANK") else RO
    start = text.index(tagged)
    ordinary = {"orez": RO, "ulei": RO}
    rules = LanguageRules(apparent_language=lambda _: language, ordinary=lambda w: ordinary.get(w.casefold(), 0))
    assert function_words_inside(text, start, start + len(tagged), rules) is dropped


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "AJUTOARELE PROMISE NU AU MAI VENIT",
    "Pachetele Nu Au Mai Ajuns La Noi",
])
def test_shouted_and_title_case_clauses_are_no_names(spans_of, text: str) -> None:
    assert spans_of(text) == []


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Punkt Czerwonego Krzyża jest zamknięty.",
    "Dziękujemy Obronie Cywilnej i Czerwonemu Krzyżowi za Namioty.",
])
def test_inflected_noun_phrases_are_no_unknown_names(spans_of, text: str) -> None:
    assert spans_of(text) == []


@pytest.mark.parametrize("text, tagged, kept", [
    ("plus de Couvertures, de Bâches et de Jerrycans", "Bâches", None),  # a plural the list lacks, listed
    ("nous venons de Bâchesville", "Bâchesville", "Bâchesville"),  # no form of an ordinary word
    ("Bâches et Couvertures sont arrivées", "Bâches", None),  # a plural listed with an ordinary word
    ("Nous partons vers Bâches demain", "Bâches", "Bâches"),  # elsewhere places stay strict
    ("plus de Couvertures et de Lorient", "Lorient", "Lorient"),  # a proper word of the lexicon
    ("plus de Couvertures et de Riz", "Riz", None),  # a name and a town weak in French: an item
])
def test_a_place_after_a_preposition_may_be_an_inflected_item(tmp_path: Path, text: str, tagged: str,
                                                              kept: str | None) -> None:
    FR = language_bit("fr")
    listed = common(tmp_path, {"couvertures": FR, "bâche": FR, "de": FR, "et": FR, "riz": FR, "lorient": FR})
    test_rules = LanguageRules(ordinary=listed.flags, apparent_language=lambda _: FR, own_model=True,
                               place_prepositions=frozenset({"de"}), stop_words=frozenset({"de", "et"}),
                               ordinary_form=ordinary_form_test(Lexicon({}), listed),
                               known_word=lambda w: w in ("Lorient", "Riz"), proper_word=lambda w: w == "Lorient")
    start = text.index(tagged)
    result = plausible_ner(text, Candidate(start, start + len(tagged), "LOCATION", 0.85, "ner"), test_rules)
    assert (None if result is None else text[result.start : result.end]) == kept


FR_BIT = language_bit("fr")
_FR_WORDS = {"centre": FR_BIT, "santé": FR_BIT, "comité": FR_BIT, "pays": FR_BIT, "nord": FR_BIT}


@pytest.mark.parametrize("text, tagged, kind, kept", [
    ("Le Centre de Santé ferme à midi", "Centre de Santé", "LOCATION", None),  # particle, ordinary words
    ("Nous vivons dans le Pays de la Loire", "Pays de la Loire", "LOCATION", "Pays de la Loire"),  # Loire: no word
    ("Nous vivons dans le Nord de Lomé", "Nord de Lomé", "LOCATION", "Nord de Lomé"),  # a lexicon town inside
    ("merci à Josiane du Comité", "Comité", "ORGANIZATION", None),  # an organisation of ordinary words
    ("merci à Josiane du Nord", "Nord", "ORGANIZATION", "Nord"),  # a lexicon word: read as a place
])
def test_article_and_preposition_phrases_of_ordinary_words(text: str, tagged: str, kind: str, kept: str | None) -> None:
    known = {"lomé", "nord", "de", "la", "du"}  # particles are lexicon words too
    test_rules = LanguageRules(ordinary=lambda w: _FR_WORDS.get(w.casefold(), 0), apparent_language=lambda _: FR_BIT,
                               place_prepositions=frozenset({"de", "du", "à"}), stop_words=frozenset({"de", "la", "du"}),
                               known_word=lambda w: w.casefold() in known)
    start = text.index(tagged)
    result = plausible_ner(text, Candidate(start, start + len(tagged), kind, 0.85, "ner"), test_rules)
    assert (None if result is None else text[result.start : result.end]) == kept


def test_proper_words_are_lexicon_names_or_towns_that_are_no_ordinary_words() -> None:
    lexicon = Lexicon({"riz": FIRST | PLACE | weak_bit("fr") | weak_place_bit("fr"), "lorient": PLACE,
                       "grace": FIRST | weak_bit("en"), "nice": PLACE | weak_place_bit("en")})
    test = proper_word_test("fr", lexicon)
    assert not test("Riz") and test("Lorient") and test("Grace") and test("Nice") and not test("Savon")
    assert not proper_word_test("en", lexicon)("Grace") and not proper_word_test("en", lexicon)("Nice")


def test_only_short_words_stand_between_listed_items() -> None:
    from shared_code.anonymization.common_words import in_item_list

    ordinary = lambda word: word in ("Valle", "Riz", "Huile")  # noqa: E731
    text = "Abitiamo in Puglia, i nonni in Valle d'Aosta."
    start = text.index("Puglia")
    assert not in_item_list(text, start, start + len("Puglia"), ordinary)  # "nonni" is no article
    text = "du Savon, du Riz et de l'Huile"
    start = text.index("Savon")
    assert in_item_list(text, start, start + len("Savon"), ordinary)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "A Bomba de Água está quebrada desde Dezembro.",
    "Cartões bloqueados desde a Sexta, o Posto fecha na Quarta.",
    "Carte Prepagate bloccate da Venerdì.",
    "La Pompa è rotta da Dicembre, torniamo a Gennaio.",
])
def test_portuguese_and_italian_calendar_words_are_no_places_or_names(spans_of, text: str) -> None:
    assert spans_of(text) == []


def test_turkish_plurals_are_plurals_only_in_turkish() -> None:
    from shared_code.anonymization.common_words import plural_of_ordinary

    bits = {"bidon": TR | language_bit("fr"), "kaya": TR}.get
    ordinary = lambda word: bits(word.casefold(), 0)  # noqa: E731
    assert plural_of_ordinary("Bidonlar", ordinary, TR) and plural_of_ordinary("Kayalar", ordinary, TR)
    assert not plural_of_ordinary("Bidonlar", ordinary, language_bit("fr"))  # -lar is no French plural
    assert not plural_of_ordinary("Lar", ordinary, TR)


@pytest.mark.slow
def test_a_turkish_plural_listed_with_inflected_items_is_no_place(spans_of) -> None:
    assert spans_of("Hijyen Kitleri, Bidonlar ve Cibinlikler Okulda dağıtıldı.") == []


@pytest.mark.slow
@pytest.mark.parametrize("text, word, kept", [
    ("Ateliers de Nutrition dans la Salle chaque jeudi.", "Nutrition", False),  # an NER place qualifying a title
    ("Ne trebuie Pături și Haine de Iarnă pentru Copii.", "Iarnă", False),
    ("Ateliers de Bamako fermés.", "Bamako", True),  # a town of the lexicon stays
    ("Il Comune di Pistoia non risponde.", "Pistoia", True),
])
def test_an_ner_place_qualifying_a_title_is_no_place(spans_of, text: str, word: str, kept: bool) -> None:
    assert any(word in value and kind == "LOCATION" for value, kind in spans_of(text)) is kept
