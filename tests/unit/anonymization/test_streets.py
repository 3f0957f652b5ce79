"""Streets with their house numbers and inner words (house_numbers.py, street_shapes.py, street_spans.py):
made-up streets written as addresses are written, and numbers beside capitalised words that are no
address (rooms, counts, years)."""

from __future__ import annotations

import pytest
import regex

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.house_numbers import number_after, number_before, with_house_number
from shared_code.anonymization.numbered_streets import numbered_streets
from shared_code.anonymization.span_types import Candidate
from shared_code.anonymization.street_shapes import STREET_NAME, german_streets, in_date
from shared_code.anonymization.street_spans import with_streets


@pytest.mark.parametrize("text, street, number", [
    ("Via Roma n. 12, per favore", "Via Roma", "Via Roma n. 12"),
    ("C/ Mayor nº 5", "C/ Mayor", "C/ Mayor nº 5"),
    ("Rua Augusta, n.º 120", "Rua Augusta", "Rua Augusta, n.º 120"),
    ("ul. Piotrkowska 100 m. 4.", "ul. Piotrkowska", "ul. Piotrkowska 100 m. 4"),
    ("Rua Conde de Redondo 91-A tem", "Rua Conde de Redondo", "Rua Conde de Redondo 91-A"),
    ("Via Gramsci 5/B, scala C", "Via Gramsci", "Via Gramsci 5/B, scala C"),
    ("Mariahilfer Straße 45/3/12 in Wien", "Mariahilfer Straße", "Mariahilfer Straße 45/3/12"),
    ("Wilhelminalaan 3-bis.", "Wilhelminalaan", "Wilhelminalaan 3-bis"),
    ("calle Fray Luis de León número 19", "calle Fray Luis de León", "calle Fray Luis de León número 19"),
    ("Calle Mayor 12, 3º B, Madrid", "Calle Mayor", "Calle Mayor 12, 3º B"),           # floor and door
    ("Calle Real 45 Piso 3", "Calle Real", "Calle Real 45 Piso 3"),
    ("Rua Augusta 5, 4.º esq.", "Rua Augusta", "Rua Augusta 5, 4.º"),
    ("Str. Lăpușneanu nr. 14, bl. B2, sc. 1, ap. 3.", "Str. Lăpușneanu", "Str. Lăpușneanu nr. 14, bl. B2, sc. 1, ap. 3"),
    ("Via Roma 3 int. 5", "Via Roma", "Via Roma 3 int. 5"),
    ("Calle Mayor 12, 3 personas", "Calle Mayor", "Calle Mayor 12"),                 # a count is no floor
])
def test_number_after(text: str, street: str, number: str) -> None:
    assert text[: number_after(text, len(street))] == number


@pytest.mark.parametrize("text", ["Esperamos en la Plaza Mayor 3 horas.", "We waited at Kenyatta Avenue 3 hours."])
def test_a_count_is_no_house_number(text: str) -> None:
    assert number_after(text, text.index(" 3")) is None


def test_a_postcode_is_no_house_number() -> None:
    text = "Adresse : 24 allée des Tilleuls, 69003 Lyon."
    start = text.index("allée")
    end = start + len("allée des Tilleuls")
    assert number_after(text, end) is None
    assert text[slice(*with_house_number(text, start, end))] == "24 allée des Tilleuls"


@pytest.mark.parametrize("text, street, found", [
    ("The family at No. 4 Mombasa Road", "Mombasa Road", "No. 4 Mombasa Road"),
    ("Le centre du 3 bis, boulevard Saint-Michel", "boulevard Saint-Michel", "3 bis, boulevard Saint-Michel"),
    ("J'habite 10 rue du Général Leclerc.", "rue du Général Leclerc", "10 rue du Général Leclerc"),
])
def test_number_before(text: str, street: str, found: str) -> None:
    start = text.index(street)
    assert text[number_before(text, start) : start + len(street)] == found


def test_a_number_after_a_capitalised_word_ends_that_street() -> None:
    text = "Vivimos en Cerrada Hidalgo 14, colonia Centro."
    assert number_before(text, text.index("colonia")) is None


@pytest.mark.parametrize("text, name", [
    ("Calle Virgen de los Peligros 8", "Calle Virgen de los Peligros"),      # particles inside
    ("Rua Dr. António José de Almeida 12", "Rua Dr. António José de Almeida"),  # a title, five words
    ("Bd. Carol I nr. 34", "Bd. Carol I"),                                    # a Roman numeral
    ("Via XX Settembre 41", "Via XX Settembre"),
    ("Calle 2 de Mayo 14", "Calle 2 de Mayo"),                                # a date
    ("ul. 3 Maja 22", "ul. 3 Maja"),
    ("Bulevardul Ștefan cel Mare 45", "Bulevardul Ștefan cel Mare"),
    ("33 rue de l'Église", "rue de l'Église"),                                # an elided article
])
def test_street_names(text: str, name: str) -> None:
    match = regex.search(rf"(?i:calle|rua|bd\.|via|ul\.|bulevardul|rue)[ \t]+{STREET_NAME}", text)
    assert match and match.group() == name


def test_ordinary_words_before_a_house_number_stay_in_the_street() -> None:
    from shared_code.anonymization.location import LocationCueRecognizer

    text = "Moramos na Travessa da Boa Hora 4, 1.º, em Lisboa."
    found = [text[r.start : r.end] for r in LocationCueRecognizer("pt").analyze(text, ["LOCATION"])]
    assert "Travessa da Boa Hora 4, 1.º" in found


def test_a_month_in_a_street_name_is_kept() -> None:
    text = "Calle 2 de Mayo"
    assert in_date(text, 0, text.index("Mayo"))
    assert not in_date("Calle Mayor", 0, 6)


@pytest.mark.parametrize("text, street", [
    ("Wir wohnen Am Markt 5 in Celle.", "Am Markt 5"),
    ("Die Unterkunft Zur Mühle 3a hat kein Warmwasser.", "Zur Mühle 3a"),   # a lower-case word after the number
    ("Wir sind Im Winkel 6 untergebracht.", "Im Winkel 6"),
    ("Die Ausgabe Unter den Linden 7 war geschlossen.", "Unter den Linden 7"),
    ("Wir wohnen jetzt Alte Landstraße 4, zweiter Stock.", "Alte Landstraße 4"),   # an adjective first
    ("Wir wohnen Neue Straße 21 in Ulm.", "Neue Straße 21"),
    ("Meine Adresse: kleine Bergstraße 4, Zürich.", "kleine Bergstraße 4"),
    ("Die Behörde am Platz der Republik 1 antwortet nicht.", "Platz der Republik 1"),
])
def test_german_streets(text: str, street: str) -> None:
    assert [text[s:e] for s, e in german_streets(text)] == [street]


@pytest.mark.parametrize("text", [
    "Am Ende 2 Wochen gewartet.",          # a count before a noun
    "Im Zimmer 12 ist es kalt.",           # a sentence start: the number must end the phrase
    "Im Jahr 2015 kamen wir.",             # a year
    "Die alte Straße 5 mal gesperrt.",     # a lower-case adjective before the bare noun
])
def test_no_german_streets(text: str) -> None:
    assert german_streets(text) == []


def _spans(text: str, *parts: tuple[str, str]) -> list[Candidate]:
    return [Candidate(text.index(p), text.index(p) + len(p), kind, 0.85, "ner") for p, kind in parts]


@pytest.mark.parametrize("text, parts, street", [
    ("A senhora da Rua Visconde de Santarém 15 ajudou-nos.", [("Rua Visconde de Santarém", "LOCATION")],
     "Rua Visconde de Santarém 15"),                                       # an NER street takes its number
    ("Moro na Rua Dr. António José de Almeida 12.", [("António José de Almeida", "PERSON")],
     "Rua Dr. António José de Almeida 12"),                                # a person a street is named after
    ("Mi casa está en Vía Mateo Soler 8.", [("Vía", "LOCATION"), ("Mateo Soler", "PERSON")], "Vía Mateo Soler 8"),
    ("We wonen aan de Grote Markt 4 boven.", [("Grote Markt", "PERSON")], "Grote Markt 4"),
    ("Adres: Dr. Lelykade 12, Den Haag.", [("Lelykade", "PERSON")], "Lelykade 12"),
    ("Mieszkam pod adresem Leśna 4, Kraków.", [("Leśna", "LOCATION")], "Leśna 4"),  # number, comma, town
    ("Vivo en Calle Mayor 12, 28013 Toledo.", [("Calle Mayor 12", "LOCATION")], "Calle Mayor 12, 28013"),  # postcode
    ("Adres: Kerkstraat 12, 1234 AB Epe", [("Kerkstraat 12", "LOCATION"), ("AB Epe", "PERSON")],
     "Kerkstraat 12, 1234 AB Epe"),                                        # an overlapped span is taken in
])
def test_streets_any_layer_found(text: str, parts: list[tuple[str, str]], street: str) -> None:
    grown = with_streets(text, _spans(text, *parts))
    assert [(text[s.start : s.end], s.entity_type) for s in grown] == [(street, "LOCATION")]


@pytest.mark.parametrize("text, parts", [
    ("Recebemos o apoio via Multibanco, obrigado.", [("Multibanco", "LOCATION")]),  # via: by
    ("Nos atendió Maria Plaza, 34 años.", [("Maria Plaza", "PERSON")]),            # an age after a comma
    ("Rua Marquês de Sá da Bandeira, 84 frente", [("Rua Marquês de Sá da Bandeira, 84", "LOCATION")]),
    ("Rua Augusta 12, 1000-042 Lisboa", [("Rua Augusta 12", "LOCATION"), ("1000-042", "PHONE_NUMBER")]),  # a phone
])
def test_no_street_growth(text: str, parts: list[tuple[str, str]]) -> None:
    spans = _spans(text, *parts)
    assert with_streets(text, spans) == spans


@pytest.mark.parametrize("text, street", [
    ("Nos alojamos en la Calle 2 de Mayo 14 con otra familia.", "Calle 2 de Mayo 14"),
    ("Dormimos en Calle Virgen de los Peligros 8 porque no hay sitio.", "Calle Virgen de los Peligros 8"),
    ("Wir leben in der Hans-Böckler-Str. 12 seit dem Sommer.", "Hans-Böckler-Str. 12"),
    ("Unsere Wohnung in der Karl-Marx-Allee 90 ist zu klein.", "Karl-Marx-Allee 90"),
    ("Pokój mamy przy ul. Piotrkowskiej 100 m. 4.", "ul. Piotrkowskiej 100 m. 4"),
    ("Moja mama mieszka w bloku przy ul. Zielonej 22 m 5.", "ul. Zielonej 22 m 5"),
    ("Mi casa está en Acceso de Ana Belén Pastor 22, piso 3.", "Acceso de Ana Belén Pastor 22, piso 3"),
    ("Wir wohnen in der Von-der-Tann-Str. 5 seit Mai.", "Von-der-Tann-Str. 5"),
    ("Moro na Rua Professor Doutor Francisco Gentil Martins 7.", "Rua Professor Doutor Francisco Gentil Martins 7"),
    ("Locuim pe Bd. Carol I nr. 34.", "Bd. Carol I nr. 34"),
    ("Adres zamieszkania: Długa 5, Kraków", "Długa 5"),                   # a home-address label
    ("Domicilio: Mayor 12, Toledo", "Mayor 12"),
    ("MORO NA RUA DR. ANTÓNIO JOSÉ DE ALMEIDA 12 E NINGUÉM VEIO.", "RUA DR. ANTÓNIO JOSÉ DE ALMEIDA 12"),  # caps
    ("VIVO EN LA CALLE VIRGEN DE LOS PELIGROS 8", "CALLE VIRGEN DE LOS PELIGROS 8"),
    ("wir wohnen in der karl-marx-allee 90", "karl-marx-allee 90"),
    ("WE LIVE AT 12 MARKET STREET", "12 MARKET STREET"),
    ("Buongiorno, abito in Via Lorenzo il Magnifico 23 e basta.", "Via Lorenzo il Magnifico 23"),  # il inside
    ("Sto in P.zza Garibaldi 5.", "P.zza Garibaldi 5"),
    ("Vivo no Largo do Rato 2.", "Largo do Rato 2"),               # routed to a neighbour: any-Latin words
    ("Abito in Via dell'Indipendenza 22.", "Via dell'Indipendenza 22"),                  # an elided article first
    ("Via Andrea Doria civico 5", "Via Andrea Doria civico 5"),
    ("Abito in Strada Provinciale 12 km 3.", "Strada Provinciale 12"),                    # km: a marker, no count                               # an abbreviated street word
    ("Am fost trimiși la Bulevardul 1 Decembrie 1918 nr. 10.", "Bulevardul 1 Decembrie 1918 nr. 10"),  # a year
    ("Zeeboulevard 31 is ons adres.", "Zeeboulevard 31"),                                # Dutch -boulevard
    ("Moramos na Av de Roma 134 desde maio.", "Av de Roma 134"),                         # Av without its dot
    ("Moramos na Tv. do Carmo 12.", "Tv. do Carmo 12"),                                  # Travessa
    ("Fico na R. Conselheiro Furtado 210 com a minha filha.", "R. Conselheiro Furtado 210"),  # R. for Rua
    ("La casa nueva es Vial Joaquín Costa 31, bajo.", "Vial Joaquín Costa 31"),          # Spanish Vial
    ("Canale Marco Polo 9, terzo piano: casa nostra.", "Canale Marco Polo 9"),                # Italian Canale
])
def test_streets_in_sentences(spans_of, text: str, street: str) -> None:
    assert (street, "LOCATION") in spans_of(text)


@pytest.mark.parametrize("text", [
    "La reunión es en la Sala 3 a las 10.", "Zimmer 12 ist zu klein für 6 Personen.", "We take Bus 7 to the centre.",
    "Phase 3 of the Programme started on April 12.", "La Linea 5 della metro non funziona.",
    "Esperamos en la Plaza Mayor 3 horas sin agua.", "Strada e închisă de 3 zile.",   # counts, in any case
])
def test_numbers_beside_words_stay(spans_of, text: str) -> None:
    assert not any(any(c.isdigit() for c in value) for value, _ in spans_of(text))


@pytest.mark.parametrize("text, street", [
    ("Mieszkam na Polnej 7 i nikt nie przyszedł.", "Polnej 7"),       # a Polish street name alone
    ("Mieszkam przy Długiej 5.", "Długiej 5"),
    ("We wonen aan de Vismarkt 4.", "Vismarkt 4"),                    # a compound a number makes a street
    ("Wir wohnen am Neumarkt 5 in Regensburg.", "Neumarkt 5"),
    ("j'habite 4 rue des écoles depuis un an", "4 rue des écoles"),   # number first, lower case
    ("we live at 7 station road since may", "7 station road"),
    ("on habite 4 place de la gare", "4 place de la gare"),
])
def test_numbered_streets(text: str, street: str) -> None:
    assert [text[s:e] for s, e in numbered_streets(text)] == [street]


@pytest.mark.parametrize("text", [
    "Spotkanie jest w Sali 3 o 10.", "Przy Okienku 5 czekaliśmy.", "Na Pierwszej 2 razy nikt nie przyszedł.",
    "De Arbeidsmarkt 2024 is slecht.", "Vismarkt 2 Kisten", "we saw 3 rues plus loin", "there are 2 main roads here",
    "Der Supermarkt 3 km weiter ist zu.", "il reste 3 place libre", "Na Kolejnej 3 stronie jest podpis.",
])
def test_no_numbered_streets(text: str) -> None:
    assert numbered_streets(text) == []


@pytest.mark.parametrize("text, street", [
    ("Dormimos en Calle Virgen de los Peligros 8 porque no hay sitio.", "Calle Virgen de los Peligros 8"),
    ("We met the volunteers at Moi Avenue yesterday.", "Moi Avenue"),
    ("Die Ausgabe ist jetzt in der Rotkreuzstraße 4.", "Rotkreuzstraße 4"),
])
def test_a_street_is_no_feast_agency_or_noun_phrase(text: str, street: str) -> None:
    from shared_code.anonymization.clean_spans import named_thing
    from shared_code.anonymization.street_spans import addressed
    from shared_code.anonymization.span_types import LanguageRules

    span = Candidate(text.index(street), text.index(street) + len(street), "LOCATION", 0.9, "test")
    assert addressed(text, span) and not named_thing(text, span, LanguageRules())
    assert not addressed(text, Candidate(span.start, span.end, "PERSON", 0.9, "test"))
