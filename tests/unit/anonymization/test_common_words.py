"""The common-word layer (common_words.py) and the rules that read it (spans.py, names.py).

Toy lexicons and word lists are written for the tests; names here are made up, none comes from the
evaluation set. The engine-level tests at the end use the shipped files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from shared_code.anonymization.common_words import (
    ANY_LANGUAGE, COMMON_PATH, CommonWords, build_file, common_key, language_bit, load, ordinary_bits_test,
)
from shared_code.anonymization.lexicon import FIRST, FIRST_POPULAR, LAST, LOWER, PLACE, Lexicon, normalise, weak_bit
from shared_code.anonymization.names import LexiconRecognizer
from shared_code.anonymization.spans import Candidate, LanguageRules, plausible_ner

EN, FR, TR, SW = (language_bit(code) for code in ("en", "fr", "tr", "sw"))


def common(tmp_path: Path, words: dict[str, int]) -> CommonWords:
    path = tmp_path / "common.txt.gz"
    build_file({common_key(word): bits for word, bits in words.items()}, path)
    return load(path)


def test_the_file_round_trips_and_lookups_fold_case_and_turkish_dotted_i(tmp_path: Path) -> None:
    words = common(tmp_path, {"water": EN, "savon": FR, "için": TR, "kayıt": TR, "ölçü": TR, "zzz": 0})
    assert words.flags("Water") == EN and words.flags("SAVON") == FR
    assert words.flags("İÇİN") == TR and words.flags("KAYIT") == TR and words.flags("Ölçü") == TR
    assert words.flags("Wanjiru") == 0 and words.flags("wate") == 0 and words.flags("waterx") == 0
    assert len(words) == 6


def test_ordinary_bits_trust_the_lexicon_for_names(tmp_path: Path) -> None:
    lexicon = Lexicon({"cross": LAST | weak_bit("en"), "demir": LAST, "klinik": FIRST, "odette": FIRST})
    words = common(tmp_path, {"demir": TR, "klinik": TR, "mobile": EN | FR, "odette": 0})
    bits = ordinary_bits_test("en", lexicon, words)
    assert bits("Cross") == ANY_LANGUAGE  # weak in English: ordinary everywhere
    assert bits("Demir") == 0  # a surname counts only in the routed language (Turkish surnames are words)
    assert bits("Klinik") == TR  # a given name that is a Turkish word
    assert bits("Mobile") == EN | FR and bits("Odette") == 0 and bits("Zylberstein") == 0


def rules(words: dict[str, int]) -> LanguageRules:
    return LanguageRules(stop_words=frozenset({"and", "et", "y"}), place_prepositions=frozenset({"from", "de"}),
                         ordinary=lambda word: words.get(word.casefold(), 0), apparent_language=lambda text: EN)


@pytest.mark.parametrize("text, tagged, kind, kept", [
    ("with Water, Soap and Blankets.", "Water, Soap and Blankets", "PERSON", None),  # all ordinary in English
    ("Great work by the Mobile Clinic today", "Mobile Clinic", "ORGANIZATION", None),
    ("Mobil Klinik harika", "Mobil Klinik", "PERSON", None),  # Turkish words in a text routed to English
    ("I met Water Zylberstein", "Water Zylberstein", "PERSON", "Water Zylberstein"),  # one word nobody knows
    ("I met Mobile Klinik", "Mobile Klinik", "PERSON", "Mobile Klinik"),  # ordinary, but in two languages
    ("Complaint from Soap today", "Soap", "LOCATION", "Soap"),  # a place after a place preposition stays
    ("Yesterday Soap Water got blankets", "Soap Water", "LOCATION", "Soap Water"),  # a town of two words
    ("Yesterday Soap got blankets", "Soap", "LOCATION", None),
])
def test_an_ner_span_of_ordinary_words_of_one_language_is_dropped(text: str, tagged: str, kind: str,
                                                                   kept: str | None) -> None:
    words = {"water": EN, "soap": EN, "blankets": EN, "mobile": EN, "clinic": EN, "mobil": TR, "klinik": TR}
    start = text.index(tagged)
    result = plausible_ner(text, Candidate(start, start + len(tagged), kind, 0.85, "ner"), rules(words))
    assert (None if result is None else text[result.start : result.end]) == kept


F = FIRST | FIRST_POPULAR


def found(language: str, text: str, lexicon: dict[str, int], words: CommonWords) -> list[tuple[str, str]]:
    toy = Lexicon({normalise(word): flags for word, flags in lexicon.items()})
    results = LexiconRecognizer(language, lexicon=toy, common=words).analyze(text, ["PERSON", "LOCATION"])
    return [(text[r.start : r.end], r.entity_type) for r in results]


def test_a_lower_case_name_that_is_an_ordinary_word_somewhere_is_no_name(tmp_path: Path) -> None:
    words = common(tmp_path, {"gitti": TR, "geldi": TR})  # geldi: an ordinary word, so no surname
    lexicon = {"gitti": F | LOWER, "wanjiru": F | LOWER}
    assert found("en", "o sabah gitti ve wanjiru geldi", lexicon, words) == [("wanjiru", "PERSON")]


def test_an_unseen_word_after_a_given_name_is_a_surname_and_an_ordinary_one_is_not(tmp_path: Path) -> None:
    words = common(tmp_path, {"hope": EN, "house": EN, "programı": TR})
    lexicon = {"hope": FIRST | weak_bit("en"), "nakit": FIRST}
    assert found("en", "We met Hope Zandvlieter yesterday", lexicon, words) == [("Hope Zandvlieter", "PERSON")]
    assert found("en", "We met Hope House yesterday", lexicon, words) == []


def test_two_unseen_shouted_words_are_a_name(tmp_path: Path) -> None:
    words = common(tmp_path, {"thank": EN, "you": EN, "for": EN, "food": EN, "parcel": EN, "the": EN})
    assert found("en", "THANK YOU KEMUNTO OBWOGI FOR THE FOOD PARCEL", {}, words) == [("KEMUNTO OBWOGI", "PERSON")]
    assert found("en", "THANK YOU FOR THE FOOD PARCEL AND THE UNHCR", {}, words) == []


def test_given_names_that_are_words_of_the_texts_apparent_language_are_weak(tmp_path: Path) -> None:
    words = common(tmp_path, {w: TR for w in ("mobil", "klinik", "harika", "iş", "çıkardı", "demir", "ve", "geldi")})
    lexicon = {"mobil": FIRST, "klinik": FIRST, "demir": LAST, "ayşen": F}
    text = "Mobil Klinik harika iş çıkardı ve Ayşen Demir geldi"  # Turkish, routed to English
    assert found("en", text, lexicon, words) == [("Ayşen Demir", "PERSON")]


def test_arabic_family_links_and_lone_article_words(tmp_path: Path) -> None:
    words = common(tmp_path, {})
    assert found("ar", "جاء زهران آل قنديلي إلى المركز", {}, words) == [("زهران آل قنديلي", "PERSON")]
    assert found("ar", "شكرا سهيلة أبو غزالة", {}, words) == [("سهيلة أبو غزالة", "PERSON")]
    assert found("ar", "جاء الصليب الأحمر والمفوضية", {"الأحمر": LAST}, words) == []


def test_lower_case_ukrainian_given_names_unless_ordinary_words(tmp_path: Path) -> None:
    words = common(tmp_path, {})
    lexicon = {"оксана": FIRST, "надія": FIRST | weak_bit("uk")}
    assert found("uk", "допоможіть будь ласка оксана, надія тільки на вас", lexicon, words) == [("оксана", "PERSON")]


def test_the_shipped_common_word_list_loads() -> None:
    words = load(COMMON_PATH)
    assert len(words) > 100_000
    for word, language in (("blankets", EN), ("couvertures", FR), ("battaniye", TR), ("malalamiko", SW)):
        assert words.flags(word) & language, word
    assert not words.flags("Zylberstein")


NO_PERSONAL_DATA = [
    "Hygiene Kits, Jerry Cans and Mosquito Nets were handed out at the Community Centre.",
    "Please ask the Camp Management about the Cash Assistance Programme.",
    "Le Comité de Gestion et la Cellule Protection ont parlé des Couvertures et des Matelas.",
    "Faltan Medicinas, Comida y Agua Potable en el Centro de Salud.",
    "Voedsel, Drinkwater en Medicijnen ontbreken in het Gezondheidscentrum.",
    "Lebensmittel, Trinkwasser und Medikamente fehlen im Gesundheitszentrum.",
    "Mancano Medicine, Cibo e Acqua Potabile al Centro Sanitario.",
    "Sağlık Merkezinde İlaç, Yiyecek ve İçme Suyu eksik.",
    "Kamati ya Maji na Kitengo cha Ulinzi walizungumza na Familia.",
    "Brakuje Leków, Żywności i Wody Pitnej w Ośrodku Zdrowia.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NO_PERSONAL_DATA)
def test_common_noun_phrases_in_many_languages_are_not_redacted(spans_of, text: str) -> None:
    assert spans_of(text) == []


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("Hygiene Kits and Mosquito Nets were handed out by Amina Hassan at the Community Centre.", "Amina Hassan"),
    ("Faltan Medicinas y Agua Potable, dice Carmen López en el Centro de Salud.", "Carmen López"),
    ("Sağlık Merkezinde İlaç eksik, Ayşe Yılmaz yardım istedi.", "Ayşe Yılmaz"),
    ("Kamati ya Maji na Kitengo cha Ulinzi walizungumza na Wanjiru Kamau.", "Wanjiru Kamau"),
])
def test_names_inside_common_noun_phrases_are_still_found(spans_of, text: str, name: str) -> None:
    assert spans_of(text) == [(name, "PERSON")]


def test_the_file_is_byte_for_byte_reproducible(tmp_path: Path) -> None:
    first, second = tmp_path / "a.gz", tmp_path / "b.gz"
    build_file({"water": EN, "savon": FR}, first)
    build_file({"savon": FR, "water": EN}, second)
    assert first.read_bytes() == second.read_bytes()


def test_two_unseen_title_case_words_inside_a_sentence_are_a_name(tmp_path: Path) -> None:
    words = common(tmp_path, {w: language_bit("de") for w in ("der", "helfer", "wollte", "geld", "gestern", "kam")})
    assert found("de", "Gestern kam der Helfer Gundrun Zwirnhalter und wollte Geld.", {}, words) \
        == [("Gundrun Zwirnhalter", "PERSON")]
    assert found("de", "Gundrun Zwirnhalter kam gestern.", {}, words) == []  # a sentence start needs more


def test_the_apparent_language_is_the_one_most_words_belong_to() -> None:
    from shared_code.anonymization.common_words import apparent_language

    assert apparent_language([TR, TR | EN, TR, 0, EN], EN) == TR
    assert apparent_language([EN, EN | TR, TR, 0], EN) == EN  # a tie keeps the routed language
    assert apparent_language([0, 0], 0) == 0


def test_a_place_made_of_another_languages_words_stays_in_a_text_of_its_own_language() -> None:
    words = {"sucre": FR, "queja": language_bit("es"), "desde": language_bit("es")}
    spanish = LanguageRules(ordinary=lambda word: words.get(word.casefold(), 0),
                            apparent_language=lambda text: language_bit("es"))
    text = "La queja llegó. Sucre pide agua."
    start = text.index("Sucre")
    assert plausible_ner(text, Candidate(start, start + 5, "LOCATION", 0.85, "ner"), spanish) is not None
    french = LanguageRules(ordinary=spanish.ordinary, apparent_language=lambda text: FR)
    assert plausible_ner(text, Candidate(start, start + 5, "LOCATION", 0.85, "ner"), french) is None


def test_plural_forms_of_ordinary_words_are_weak_names_and_popular_names_stay_strong(tmp_path: Path) -> None:
    words = common(tmp_path, {"manta": language_bit("es"), "mantas": language_bit("es"), "agua": language_bit("es"),
                              "llegaron": language_bit("es"), "y": language_bit("es")})
    lexicon = {"mantas": F | LAST, "lucía": F}
    assert found("es", "llegaron Agua y Mantas", lexicon, words) == []
    assert found("es", "llegaron Agua y Lucía", lexicon, words) == [("Lucía", "PERSON")]


def test_an_unseen_word_before_a_name_is_its_given_name(tmp_path: Path) -> None:
    words = common(tmp_path, {w: language_bit("de") for w in ("der", "helfer", "wollte", "geld", "kam")})
    lexicon = {"hande": F}
    assert found("de", "Es kam der Helfer Gundrun Hande und wollte Geld.", lexicon, words) \
        == [("Gundrun Hande", "PERSON")]
    assert found("de", "Es kam der Helfer Hande und wollte Geld.", lexicon, words) == [("Hande", "PERSON")]


def test_unseen_words_after_a_name_and_its_unknown_surname_join_the_name(tmp_path: Path) -> None:
    words = common(tmp_path, {w: SW for w in ("asante", "kwa", "chakula")})
    assert found("sw", "ASANTE ODETTE ZANGWE KIPRONOTI KWA CHAKULA!!", {"odette": F}, words) \
        == [("ODETTE ZANGWE KIPRONOTI", "PERSON")]


def test_a_name_that_is_an_ordinary_word_in_a_list_of_ordinary_words_is_an_item(tmp_path: Path) -> None:
    words = common(tmp_path, {w: TR for w in ("ekipler", "getirdi", "su", "sabun", "ve", "battaniye", "umut", "geldi")})
    lexicon = {"su": F | weak_bit("tr"), "umut": F | weak_bit("tr"), "ayşen": F}
    # Turkish, routed to English: water, soap and blankets
    assert found("en", "Ekipler getirdi Su, Sabun ve Battaniye", lexicon, words) == []
    # the same name next to a name, or alone, is still a name
    assert found("en", "Ekipler getirdi Su ve Ayşen geldi", lexicon, words) == [("Su", "PERSON"), ("Ayşen", "PERSON")]
    assert found("en", "Ekipler getirdi Umut geldi", lexicon, words) == [("Umut", "PERSON")]
    # a weak name in the routed language's own list
    assert found("en", "They brought Water, Hope and Soap", {"hope": F | weak_bit("en")},
                 common(tmp_path, {"water": EN, "soap": EN, "they": EN, "brought": EN})) == []


def test_a_run_is_no_person_on_names_that_are_words_of_the_texts_apparent_language(tmp_path: Path) -> None:
    words = common(tmp_path, {w: TR for w in ("mobil", "klinik", "harika", "iş", "çıkardı", "su", "deposu", "bozuk",
                                              "ve", "geldi", "umut", "demir")})
    weak_tr = weak_bit("tr")
    lexicon = {"mobil": FIRST | PLACE | weak_tr, "klinik": FIRST | weak_tr, "su": F | LAST | weak_tr,
               "umut": F | weak_tr, "demir": LAST | weak_tr, "yılmaz": LAST}
    # Turkish, routed to English: mobile clinic, water tank
    assert found("en", "Mobil Klinik harika iş çıkardı", lexicon, words) == []
    assert found("en", "Bu Su Deposu bozuk", lexicon, words) == []
    # a given name and a surname stay a name even when both are words; so does a strong name beside one
    assert found("en", "Umut Demir geldi ve Su Yılmaz geldi", lexicon, words) == [
        ("Umut Demir", "PERSON"), ("Su Yılmaz", "PERSON")]


def test_a_multi_word_town_inside_a_longer_name_is_no_place(tmp_path: Path) -> None:
    from shared_code.anonymization.lexicon import PLACE as TOWN

    es = language_bit("es")
    words = common(tmp_path, {"vinieron": es, "ayer": es, "móvil": es})
    lexicon = {"la_cruz": TOWN, "santa_cruz": TOWN, "roja": LAST | weak_bit("es")}
    # the Red Cross, a mobile unit named after nothing: a capitalised ordinary word follows the town's name
    assert found("es", "La Cruz Roja vinieron ayer", lexicon, words) == []
    assert found("es", "Santa Cruz Móvil vinieron ayer", lexicon, words) == []
    # the town on its own, or before a lower-case word or punctuation, stays
    assert found("es", "Vinieron de La Cruz ayer", lexicon, words) == [("La Cruz", "LOCATION")]
    assert found("es", "Vinieron de Santa Cruz, Ayer", lexicon, words) == [("Santa Cruz", "LOCATION")]


@pytest.mark.parametrize("text, word, kept", [
    ("Nous avons reçu du Savon, du Sucre et de l'Huile.", "Savon", False),  # listed with ordinary words
    ("Il faut plus de Seaux pour l'eau.", "Seaux", False),  # the plural of an ordinary word
    ("Il vient de Creuse et de Corrèze.", "Creuse", True),  # listed with a place
    ("Il vient de Manche depuis lundi.", "Manche", True),  # an ordinary word alone: a place
])
def test_an_ner_place_after_a_preposition_stays_unless_it_is_an_item(text: str, word: str, kept: bool) -> None:
    words = {w: FR for w in ("savon", "sucre", "huile", "seau", "seaux", "manche", "creuse")}
    rules = LanguageRules(ordinary=lambda w: words.get(w.casefold(), 0), apparent_language=lambda text: FR,
                          place_prepositions=frozenset({"de", "du"}), known_word=lambda w: False,
                          proper_word=lambda w: False)
    start = text.index(word)
    found = plausible_ner(text, Candidate(start, start + len(word), "LOCATION", 0.85, "ner"), rules)
    assert (found is not None) == kept


def test_an_ordinary_word_before_a_surname_is_not_its_given_name(tmp_path: Path) -> None:
    words = common(tmp_path, {w: TR for w in ("bu", "kentteki", "geldi", "ve", "bugün")})
    lexicon = {"yılmaz": LAST | FIRST_POPULAR}
    # Turkish, routed to English: "in the town" is an ordinary word of the text's apparent language
    assert found("en", "Bu Kentteki Yılmaz geldi ve bugün geldi", lexicon, words) == [("Yılmaz", "PERSON")]
    # a word nobody's lists know still joins as the given name
    assert found("en", "Bu Görgünay Yılmaz geldi ve bugün geldi", lexicon, words) == [("Görgünay Yılmaz", "PERSON")]
