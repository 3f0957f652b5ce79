"""Places with no preposition before them (places_anywhere.py): samples of the hand-written probes of
place_probes.py (made-up people, real places), and no-PII sentences that must keep their words."""

from __future__ import annotations

import pytest

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.location import LocationCueRecognizer

_RECOGNIZERS: dict[str, LocationCueRecognizer] = {}


def places(language: str, text: str) -> list[str]:
    recognizer = _RECOGNIZERS.setdefault(language, LocationCueRecognizer(language))
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["LOCATION"])]


@pytest.mark.parametrize("language, text, place", [
    ("it", "La Lombardia non ci ha dato aiuto.", "Lombardia"),          # unseen word inside a sentence
    ("ro", "Am venit ieri, Transilvania e departe.", "Transilvania"),
    ("es", "Nos mandaron a la zona Putumayo sin aviso.", "Putumayo"),
    ("pt", "A família ficou em casa, Tarouca não tem abrigo.", "Tarouca"),  # a small place, no preposition
    ("de", "Aus Köln, Bonn und Aachen kamen Familien.", "Bonn"),         # a German compound-part town in a list
    ("nl", "Groningen, Assen en Emmen hebben een azc.", "Assen"),       # a weak town listed with towns
    ("ro", "Brașov, Sibiu și Constanța nu au centre.", "Sibiu"),
    ("pl", "Przyjechaliśmy z Lublina i Rzeszowa.", "Rzeszowa"),          # a Polish case form in a list
    ("pt", "moramos em mealhada desde janeiro", "mealhada"),             # a lower-case small place
    ("en", "Wczoraj pomoc dla regionu Małopolskie znowu się spóźniła.", "Małopolskie"),  # a Polish province
    ("es", "Putumayo: nadie vino a la distribución.", "Putumayo"),      # an unseen heading
    ("es", "La ayuda para Villanueva de la Serena no llegó.", "Villanueva de la Serena"),  # several words
    ("pt", "Ontem Castelo de Vide ficou sem luz.", "Castelo de Vide"),   # weak by its words' frequency
    ("es", "AYUDA POR FAVOR, VIVIMOS EN GUAINÍA SIN AGUA", "GUAINÍA"),    # all caps: unseen after en
    ("pl", "MIESZKAM W KRAKOWIE OD LUTEGO", "KRAKOWIE"),                # all caps: a Polish case form
    ("de", "WIR SIND IN MALLERSDORF OHNE HILFE", "MALLERSDORF"),        # all caps: a small place
])
def test_places_without_a_preposition(language: str, text: str, place: str) -> None:
    assert place in places(language, text)


@pytest.mark.parametrize("language, text", [
    ("en", "The distribution is on Saturday for Sudanese and Ukrainian families."),  # English proper adjectives
    ("de", "Die Arbeit im Bargeldprogramm und die Schulspeisung sind gut."),          # German nouns, compounds
    ("nl", "Het Geldprogramma en de Schoolmaaltijden zijn gestopt."),                 # Dutch compounds
    ("fr", "Merci à la Croix-Rouge pour les Couvertures."),                            # hyphenated ordinary words
    ("es", "Ayer Gundrun Zwirnhalter trajo Mantas."),                                  # unseen words of a name
    ("es", "Esperanza y Paciencia es lo que pedimos."),
    ("pt", "Transfiram o dinheiro amanhã, por favor."),                                # verb at a sentence start
    ("nl", "Wij kregen hulp van de gemeente en het Leger des Heils."),                 # an article is no list glue
    ("es", "Vivo en la ciudad de Cúcuta y Pedro no vino."),                            # a name is no list item
    ("en", "Wróciliśmy do Domu, a potem z Banku."),                                    # a Polish case form
    ("es", "pagamos en efectivo y dormimos en colchonetas de espuma"),                 # rare lower-case words
    ("de", "WIR SIND IN NOT UND WARTEN AUF HILFE"),                                    # all caps: ordinary words
    ("es", "NECESITAMOS AYUDA EN CASA Y EN LA ESCUELA YA"),
    ("en", "Jesteśmy z Polski i mamy Polskie paszporty."),   # an adjective before its noun
    ("en", "To było Wojewódzkie biuro."),
    ("nl", "We kregen een Tikkie en een pakket."),                # an indefinite article: no place
    ("es", "Ayer La Cruz Roja trajo mantas."),                   # a town that does not end its run
])
def test_no_place_in_ordinary_capitalised_words(language: str, text: str) -> None:
    assert [p for p in places(language, text) if p not in ("Cúcuta",)] == []


@pytest.mark.parametrize("language, text, street", [
    ("es", "Mi dirección es Ronda de Segovia 45, cerca del parque.", "Ronda de Segovia 45"),
    ("es", "Estamos en Urbanización Los Pinos 7 desde enero.", "Urbanización Los Pinos 7"),
    ("pt", "Moramos no Largo do Carmo 5 com os meninos.", "Largo do Carmo 5"),
    ("it", "Abito in Contrada San Marco 4 da un anno.", "Contrada San Marco 4"),
    ("en", "Mieszkamy na os. Piastowskim 12 od zimy.", "os. Piastowskim 12"),    # Polish, routed to a neighbour
    ("en", "Locuim pe Șoseaua Kiseleff 20 acum.", "Șoseaua Kiseleff 20"),      # Romanian, routed to a neighbour
    ("de", "Die Adresse ist Berliner Straße 12, bitte schnell.", "Berliner Straße 12"),
    ("de", "Wir wohnen Müller-Straße 7 seit Jahren.", "Müller-Straße 7"),
    ("nl", "Het adres is Jansensteeg 4 in de stad.", "Jansensteeg 4"),
    ("es", "Vivimos en Cerrada Hidalgo 14, colonia Centro.", "Cerrada Hidalgo 14"),
])
def test_street_words_of_each_language(language: str, text: str, street: str) -> None:
    assert street in places(language, text)


@pytest.mark.parametrize("language, text", [
    ("en", "The Market is closed today."),
    ("en", "Our Street is dark at night."),
    ("de", "Die Straße ist kaputt und die Gasse dunkel."),
    ("de", "Unsere Straße ist seit Montag gesperrt."),
])
def test_a_stop_word_and_a_street_type_are_no_street(language: str, text: str) -> None:
    assert places(language, text) == []


@pytest.mark.parametrize("language, text, street", [
    ("es", "porfa vivo en calle mayor 12 sin agua", "calle mayor 12"),
    ("es", "vivimos en la calle de la paz 5 con mi hermana", "calle de la paz 5"),
    ("pt", "MORAMOS NA RUA AUGUSTA 120 SEM LUZ", "RUA AUGUSTA 120"),
    ("it", "ABITIAMO IN VIA GARIBALDI 21 SENZA ACQUA", "VIA GARIBALDI 21"),
    ("de", "wir wohnen in der bahnhofstraße 7 seit märz", "bahnhofstraße 7"),
    ("de", "WIR WOHNEN IN DER BAHNHOFSTRASSE 7 OHNE STROM", "BAHNHOFSTRASSE 7"),
])
def test_streets_in_lower_case_and_all_caps_with_a_house_number(language: str, text: str, street: str) -> None:
    assert street in places(language, text)


@pytest.mark.parametrize("language, text", [
    ("es", "dormimos en la calle hace 2 noches"),   # a short stop word
    ("es", "en la calle desde 2023 no hay luz"),     # a year is no house number
    ("it", "abbiamo pagato via bonifico 3 volte"),   # via, by: a street word only in all caps
    ("es", "dormimos en la calle mayor parte del tiempo"),  # no house number
])
def test_no_uncased_street_without_its_signs(language: str, text: str) -> None:
    assert places(language, text) == []


@pytest.mark.parametrize("language, text, town", [
    ("de", "Wir wohnen in 91550 Dinkelsbühl seit Mai.", "Dinkelsbühl"),
    ("nl", "Adres: Dorpsstraat 4, 1234 AB Epe.", "Epe"),
    ("en", "Adres: ul. Długa 5, 00-950 Warszawa.", "Warszawa"),
    ("ro", "Cod poștal 400001 Cluj-Napoca.", "Cluj-Napoca"),
])
def test_the_town_after_a_postcode(language: str, text: str, town: str) -> None:
    assert town in places(language, text)


@pytest.mark.parametrize("language, text", [
    ("de", "Wir brauchen 12000 Euro und 15000 Decken."),
    ("es", "Hay 25000 Personas esperando."),
])
def test_an_amount_is_no_postcode(language: str, text: str) -> None:
    assert places(language, text) == []


@pytest.mark.parametrize("language, text, region", [
    ("es", "Extremadura tiene pocos centros de salud.", "Extremadura"),    # a region at a sentence start
    ("de", "Schleswig-Holstein hat keine Plätze frei.", "Schleswig-Holstein"),  # German: nouns are capitalised
    ("de", "Wir leben seit einem Jahr in Mecklenburg-Vorpommern.", "Mecklenburg-Vorpommern"),
    ("nl", "Friesland heeft geen plek meer.", "Friesland"),
    ("it", "Calabria e Puglia hanno pochi centri.", "Calabria"),
    ("en", "Andalucía nos dio una tarjeta.", "Andalucía"),                 # folded: GeoNames spells Andalucia
    ("it", "L'Abruzzo è freddo d'inverno.", "Abruzzo"),                    # after an elided article
    ("it", "Veniamo dall'Umbria adesso.", "Umbria"),
])
def test_regions_by_name(language: str, text: str, region: str) -> None:
    assert region in places(language, text)


@pytest.mark.parametrize("language, text", [
    ("fr", "La Manche et la Somme sont des mots ici."),     # regions that are ordinary words
    ("en", "Victoria came to the office today."),           # a region that is a given name
    ("en", "Śląskie miasta są daleko."),                    # a Polish province's adjective before its noun
    ("en", "They sailed on the Red Sea last year."),         # a region made of ordinary words
    ("it", "Siamo andati all'Ospedale e nell'Ufficio."),    # elided: ordinary words
])
def test_no_region_in_ordinary_words_and_names(language: str, text: str) -> None:
    assert places(language, text) == []


@pytest.mark.parametrize("language, text, town", [
    ("en", "Krakowa nie znamy, jesteśmy tu od tygodnia.", "Krakowa"),    # a Polish case form at a sentence start
    ("en", "Szukamy pracy koło Olsztyna.", "Olsztyna"),                  # after a preposition the rules lack
    ("en", "Wrocławiu brakuje mieszkań dla nas.", "Wrocławiu"),
])
def test_polish_case_forms_of_towns_anywhere(language: str, text: str, town: str) -> None:
    assert town in places(language, text)


@pytest.mark.parametrize("language, text", [
    ("en", "Zimy się boimy, bo nie mamy opału."),        # winter; Zima is a town elsewhere, and a surname
    ("en", "Lasu nie ma blisko, a Hali nie otworzyli."),  # forest, hall: ordinary nominatives
])
def test_no_polish_town_in_case_forms_of_ordinary_words(language: str, text: str) -> None:
    assert places(language, text) == []


@pytest.mark.parametrize("language, text, town", [
    ("fr", "Lyon est trop loin pour nous.", "Lyon"),           # a surname, and a word of French as a town
    ("es", "Valladolid queda lejos de aquí.", "Valladolid"),
])
def test_a_town_known_as_a_word_of_the_language_wins_over_its_surname(language: str, text: str, town: str) -> None:
    assert town in places(language, text)


@pytest.mark.parametrize("language, text", [
    ("de", "Aus diesem Grund kommen wir nicht."),   # a stop word that is a town and a surname
    ("fr", "Durant la nuit il fait froid."),
])
def test_a_stop_word_is_no_town_known_as_a_word(language: str, text: str) -> None:
    assert places(language, text) == []
