"""Places in German, Dutch and Polish sentence shapes no earlier rule was tuned for (polish_places.py and
the rules named per case): samples of the hand-written probes of place_probes_gp.py (made-up people,
real places), and no-PII sentences that must keep their words. Polish texts are read with a neighbour
language's rules (``en`` here, as the router does)."""

from __future__ import annotations

import pytest

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.location import LocationCueRecognizer

_RECOGNIZERS: dict[str, LocationCueRecognizer] = {}


def places(language: str, text: str) -> list[str]:
    recognizer = _RECOGNIZERS.setdefault(language, LocationCueRecognizer(language))
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["LOCATION"])]


@pytest.mark.parametrize("language, text, place", [
    ("en", "Nasz obóz jest pod Poznaniem.", "Poznaniem"),                # a case form after any Polish preposition
    ("en", "Przed Częstochową autobus się zepsuł.", "Częstochową"),      # ... at a sentence start
    ("en", "Mamy pokój w hostelu koło Olsztyna.", "Olsztyna"),
    ("en", "Pociąg z Sosnowca był opóźniony.", "Sosnowca"),              # the fleeting e (inflection.py)
    ("en", "Byliśmy już w Gnieźnie i w urzędzie nic nie wiedzą.", "Gnieźnie"),  # a softened locative
    ("en", "mieszkamy w gdyni u siostry", "gdyni"),                      # a lower-case case form
    ("en", "mieszkamy w krakowie od roku", "krakowie"),                  # ... whose other candidate is a case form
    ("en", "MIESZKAMY W WIELICZCE OD ROKU", "WIELICZCE"),               # an all-caps case form
    ("en", "Z Podlasia przyjechało dziesięć rodzin.", "Podlasia"),       # a case form of a region
    ("en", "Podkarpackie przyjęło najwięcej rodzin w marcu.", "Podkarpackie"),  # a province before its verb
])
def test_places_by_polish_grammar(language: str, text: str, place: str) -> None:
    assert place in places(language, text)


@pytest.mark.parametrize("language, text", [
    ("en", "Pod Mostem było bardzo zimno w nocy."),        # most: a bridge, and a town elsewhere
    ("en", "Przy Kasie nikt nam nie pomógł."),
    ("en", "Przed Domem czekaliśmy dwie godziny."),
    ("en", "Do Końca miesiąca czekamy na pieniądze."),     # końce: a word; its o/ó form a region's key
    ("en", "mieszkamy w domu, a na miejscu nie ma pracy"),  # lower-case common nouns after prepositions
    ("en", "MIESZKAMY W DOMU I CZEKAMY NA POMOC"),
    ("en", "Śląskie miasta są daleko od nas."),            # a province's adjective before its noun
    ("en", "Polskie paszporty mamy od roku."),
    ("en", "Mieszkamy teraz w Porcie i czekamy na pomoc."),      # porto, market: towns, and words elsewhere
    ("en", "Byliśmy w Markecie, ale karta nie działała."),
])
def test_no_place_in_polish_common_nouns(language: str, text: str) -> None:
    assert places(language, text) == []


@pytest.mark.parametrize("text, place", [
    ("Wir haben Biberach im Winter verlassen.", "Biberach"),      # a toponymic ending, after a verb
    ("Schwandorf ist sehr weit weg von hier.", "Schwandorf"),     # ... at a sentence start
    ("Das Büro hat uns nach Eichstätt geschickt.", "Eichstätt"),  # ... after nach
    ("Der Zug von Miesbach hatte Verspätung.", "Miesbach"),
    ("Wir kommen aus Kempten, Biberach und Miesbach.", "Biberach"),
    ("Wir sind gestern aus Kempten gekommen.", "Kempten"),        # no such ending, after a German preposition
])
def test_german_towns_the_gazetteer_marks_as_words(text: str, place: str) -> None:
    assert place in places("de", text)


@pytest.mark.parametrize("text", [
    "Meine Mutter lebt im Altenheim in der Nähe.",           # an article: a noun
    "Die Altstadt ist schön, die Vorstadt nicht.",
    "Wohnheim, Kinderheim und Altenheim sind voll.",         # a list of nouns
    "Wir arbeiten im Weinberg und im Garten.",
])
def test_no_german_town_in_nouns_with_a_toponymic_ending(text: str) -> None:
    assert places("de", text) == []


@pytest.mark.parametrize("language, text, place", [
    ("de", "Die Karte kam nie in Sachsen-Anhalt an.", "Sachsen-Anhalt"),      # a place and a name, hyphenated
    ("de", "Niedersachsen schickt keine Busse mehr.", "Niedersachsen"),     # a position word and a weak place
    ("de", "Wir kommen aus Ostfriesland und suchen Arbeit.", "Ostfriesland"),  # ... and a region
    ("nl", "Zuid-Holland stuurt ons naar een ander kantoor.", "Zuid-Holland"),  # ... and a place that is a surname
])
def test_compounds_of_a_place(language: str, text: str, place: str) -> None:
    assert place in places(language, text)


@pytest.mark.parametrize("language, text", [
    ("de", "Die Niederlage war schlimm für uns alle."),              # Lage is a town; the word an ordinary one
    ("de", "Der Berlin-Besuch und der Holland-Urlaub fielen aus."),  # a place and an ordinary noun
    ("de", "Wir waren in Südamerika und Nordafrika."),
    ("de", "Der Oberarzt hat die Unterkunft besucht."),
])
def test_no_place_in_compounds_of_ordinary_words(language: str, text: str) -> None:
    assert places(language, text) == []


@pytest.mark.parametrize("text, place", [
    ("Dokkum is erg ver van hier.", "Dokkum"),                  # weak in Dutch by its frequency only
    ("Wij kennen Budel goed, maar daar is niets.", "Budel"),
    ("Utrecht is te ver voor ons.", "Utrecht"),                 # a weak surname, a German word only
])
def test_dutch_towns_weak_by_frequency(text: str, place: str) -> None:
    assert place in places("nl", text)


def test_a_dutch_town_that_is_a_dutch_word_stays() -> None:
    assert places("nl", "Wij kregen kaas, Gouda en brood van de voedselbank.") == []


@pytest.mark.parametrize("language, text, place", [
    ("de", "Wir wohnen Am Markt 5 in Celle.", "Am Markt 5"),        # a street named by a preposition
    ("de", "Meine Adresse ist An der Kirche 3.", "An der Kirche 3"),
    ("de", "Adresse: Lindenweg 4", "Lindenweg 4"),                  # a house number after a label's name
    ("en", "Address: Kilimani 14", "Kilimani 14"),
])
def test_streets_with_their_house_number(language: str, text: str, place: str) -> None:
    assert place in places(language, text)


@pytest.mark.parametrize("language, text", [
    ("de", "Am Ende 2 Wochen gewartet, dann kam die Karte."),    # a count, not a house number
    ("de", "Wir wohnen im Zimmer 4."),                           # lower-case: no street name
])
def test_no_street_in_numbers_after_a_preposition(language: str, text: str) -> None:
    assert places(language, text) == []


@pytest.mark.parametrize("text, place", [
    ("Stuur het naar Burgemeester de Withstraat 9.", "Burgemeester de Withstraat 9"),  # a title and a particle
    ("Wij wonen op de Van Goghlaan 2.", "Van Goghlaan 2"),              # a name before the street
    ("Wij wonen op de Nieuwe Binnenweg 33.", "Nieuwe Binnenweg 33"),     # an adjective of street names
    ("Wij wonen aan de Laan van Meerdervoort 50.", "Laan van Meerdervoort 50"),  # a street word first
    ("Oude Gracht 101 is ons adres.", "Oude Gracht 101"),              # a street word as a second word
])
def test_dutch_streets_of_several_words(text: str, place: str) -> None:
    assert place in places("nl", text)


def test_a_dutch_institution_before_a_street_is_no_part_of_it() -> None:
    assert "Voedselbank" not in " ".join(places("nl", "Wij gaan naar de Voedselbank Stationsweg 8 in Ede."))


@pytest.mark.parametrize("text, place", [
    ("wir wohnen jetzt in bamberg und brauchen hilfe", "bamberg"),   # lower case after a German preposition
    ("meine cousine kommt aus biberach", "biberach"),
    ("WIR KOMMEN AUS BIBERACH UND HABEN NICHTS", "BIBERACH"),         # all caps
])
def test_german_towns_in_any_letter_case(text: str, place: str) -> None:
    assert place in places("de", text)


def test_no_german_town_in_lower_case_nouns_after_prepositions() -> None:
    assert places("de", "wir kommen aus angst nicht nach hause, ab morgen sind wir in not") == []


@pytest.mark.parametrize("text, place", [
    ("wij wonen nu in harderwijk en hebben hulp nodig", "harderwijk"),  # a Dutch town in the common-word list
    ("mijn nicht komt uit hoogeveen", "hoogeveen"),
])
def test_dutch_towns_in_lower_case(text: str, place: str) -> None:
    assert place in places("nl", text)


def test_no_dutch_town_in_lower_case_nouns() -> None:
    assert places("nl", "wij wonen in het centrum en praten over leningen bij de kerk") == []


def test_an_all_caps_german_town_anywhere() -> None:
    assert "BIBERACH" in places("de", "WIR HABEN BIBERACH IM WINTER VERLASSEN")
    assert places("de", "WOHNHEIM, KINDERHEIM UND ALTENHEIM SIND VOLL, WIR SIND IM ALTENHEIM") == []


@pytest.mark.parametrize("text, place", [
    ("MIJN NICHT KOMT UIT BUDEL", "BUDEL"),     # the preposition after another all-caps pair ("KOMT UIT")
    ("WIJ WONEN NU IN GELDERLAND EN HEBBEN HULP NODIG", "GELDERLAND"),  # a region, a compound of a word
])
def test_all_caps_places_after_a_preposition(text: str, place: str) -> None:
    assert place in places("nl", text)
