"""Full names in lower case (:mod:`shared_code.anonymization.lowercase_names`), read by the lexicon
recogniser: made-up people from ``name_probes_lower.py`` and clean lower-case phrases."""

from __future__ import annotations

import pytest

from shared_code.anonymization.names import LexiconRecognizer


def people(language: str, text: str) -> list[str]:
    results = LexiconRecognizer(language).analyze(text, ["PERSON"])
    return [text[r.start : r.end] for r in results if r.entity_type == "PERSON"]


@pytest.mark.parametrize(("language", "text", "name"), [
    ("fr", "le paiement de sébastien moreau n'est jamais arrivé", "sébastien moreau"),  # both plain
    ("en", "pls help, kevin marsh from the blue tent has no food", "kevin marsh"),  # marsh: an English word
    ("es", "pregunten a silvia medina por las mantas", "silvia medina"),
    ("en", "we registered tomasz wiśniewski and his kids", "tomasz wiśniewski"),  # a Polish text routed to en
    ("en", "am vorbit ieri cu ioana dumitrescu despre chirie", "ioana dumitrescu"),  # -escu
    ("nl", "vrijwilliger lotte van leeuwen was erg onvriendelijk", "lotte van leeuwen"),  # a Germanic particle
    ("en", "komşum volkan keskin hasta ve yalnız", "volkan keskin"),  # both Turkish words, after "komşum"
    ("en", "jirani yangu fatuma njeri ni mgonjwa", "fatuma njeri"),  # a rarer given name, an unseen surname
    ("en", "miadi na salim kariuki jumanne", "salim kariuki"),  # no Turkish form in a Swahili text
    ("pt", "inscrevemos duarte vasconcelos e os filhos", "duarte vasconcelos"),  # no weak bits in Portuguese
    ("nl", "de betaling voor koen van der linden is nooit gekomen", "koen van der linden"),
    ("pt", "obrigado a bruno valente pela ajuda rápida", "bruno valente"),  # bruno: no weak bit in Portuguese
    ("de", "wir haben rüdiger haas und ihre kinder angemeldet", "rüdiger haas"),
    ("en", "mjitolea mwanaisha odhiambo alikuwa mkali sana", "mwanaisha odhiambo"),  # after "volunteer"
    ("en", "tulimsajili idrisa magesa na watoto wake", "idrisa magesa"),  # we registered him
])
def test_a_lower_case_full_name_is_found(language: str, text: str, name: str) -> None:
    assert name in people(language, text)


@pytest.mark.parametrize(("language", "text"), [
    ("es", "tengo dolores de cabeza todo el día"),  # "de" is no Germanic particle
    ("es", "los santos de la iglesia son antiguos"),
    ("en", "viorica din grădină a înflorit"),  # a short ordinary word is no surname unless plain
    ("en", "will the bus come today or not"),
    ("en", "faith and hope keep us going"),
    ("en", "hema letu limeharibika kwa sababu ya mvua"),  # a Swahili verb is no surname
    ("en", "fomu ya usajili ni ndefu sana na kadi ya ufuatiliaji imepotea"),  # "ya" is too short a name
    ("en", "biuro iom jest zamknięte w święto niepodległości"),
    ("it", "la dottoressa ha detto che manca l'insulina"),
    ("nl", "de roos van de buurvrouw is dood"),
    ("en", "jirani yangu ni mgonjwa sana"),  # "ni", is, is a surname too
    ("en", "nilimwona daktari leo asubuhi"),
])
def test_ordinary_lower_case_words_are_no_full_name(language: str, text: str) -> None:
    assert not any(" " in found for found in people(language, text))


@pytest.mark.parametrize(("text", "name"), [
    ("gökhan yıldız için ödeme gelmedi", "gökhan yıldız"),
    ("dün murat karaca ile konuştum", "murat karaca"),
    ("lütfen yardım edin, ramazan kaya çadırda", "ramazan kaya"),
    ("lütfen yardım edin, özlem kurt çadırda", "özlem kurt"),  # no longer read as two ordinary words
])
def test_a_popular_turkish_given_name_and_surname_are_a_name_whatever_their_weak_bits(text: str, name: str) -> None:
    assert name in people("en", text)


@pytest.mark.parametrize("text", [
    "hala demir kapı kırık duruyor",  # hala: still, and aunt
    "umut kaya gibi sağlam olmalı",  # compared: like a rock
    "mavi deniz güzel",  # deniz: a popular surname too, güzel a given name too
    "bahar çiçek açtı, bahçe çok güzel",
    "Hakan abi dedi ki yarın kamyon gelecek.",  # ki: a surname of two letters
])
def test_turkish_words_that_are_popular_names_stay_in_a_kinship_word_comparison_or_short_word(text: str) -> None:
    assert people("en", text) in ([], ["Hakan"])


@pytest.mark.parametrize(("text", "name"), [
    ("asante kwa athumani kamau kwa msaada", "athumani kamau"),  # athumani: a surname only in the lexicon
    ("tafadhali mpigieni athumani chepkemoi leo", "athumani chepkemoi"),
    ("nilimpigia simu hamisi mwakasege jana", "hamisi mwakasege"),
])
def test_swahili_words_only_a_person_follows_lead_a_lower_case_name(text: str, name: str) -> None:
    assert name in people("en", text)


@pytest.mark.parametrize("text", [
    "asante kwa msaada wenu wa chakula",
    "nimeongea na mwalimu jana kuhusu ada",
    "mpigieni simu daktari leo asubuhi",
])
def test_ordinary_swahili_words_after_those_leads_stay(text: str) -> None:
    assert people("en", text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("puteți să o sunați pe cristian stoica pentru dosar", "cristian stoica"),
    ("am înscris-o pe alina gheorghiu și copiii ei", "alina gheorghiu"),
])
def test_a_surname_weak_only_by_word_frequency_and_in_no_common_list_is_plain(text: str, name: str) -> None:
    assert name in people("en", text)
