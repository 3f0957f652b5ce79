"""Regions in their own languages and numbered addresses (romance_places.py): made-up people, real places
(samples of place_probes_romance.py and new sentences), and sentences whose capitalised words must stay."""

from __future__ import annotations

import pytest

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.common_words import get_common_words
from shared_code.anonymization.lexicon import get_lexicon
from shared_code.anonymization.location import LocationCueRecognizer
from shared_code.anonymization.person import stop_words
from shared_code.anonymization.romance_places import RomancePlaces

_RULES: dict[str, RomancePlaces] = {}
_RECOGNIZERS: dict[str, LocationCueRecognizer] = {}


def regions(language: str, text: str, found: tuple[tuple[int, int], ...] = ()) -> list[str]:
    rules = _RULES.get(language) or _RULES.setdefault(
        language, RomancePlaces(language, get_lexicon(), get_common_words(), stop_words(language)))
    return [text[start:end] for start, end in rules.find(text, found)]


@pytest.mark.parametrize("language, text, place", [
    # two words or more, as listed, anywhere
    ("es", "Castilla-La Mancha nos dio mantas pero no comida.", "Castilla-La Mancha"),
    ("es", "Castilla y León está muy lejos para ir a la oficina.", "Castilla y León"),
    ("pt", "Trás-os-Montes não tem centro de apoio perto de nós.", "Trás-os-Montes"),
    ("it", "Liguria e Valle d'Aosta sono troppo care per noi.", "Valle d'Aosta"),
    ("pt", "MINAS GERAIS NÃO MANDOU NADA", "MINAS GERAIS"),             # a shouted text
    # one word after an article or a merged preposition
    ("es", "El refugio del Chocó no tiene agua potable.", "Chocó"),     # chocó: a verb form too
    ("pt", "Viemos do Minho há três semanas.", "Minho"),                 # a given name too, weak in Portuguese
    ("it", "Il Veneto non ci ha dato nessun sussidio.", "Veneto"),      # an ordinary Italian word too
    ("es", "Mi hermano trabaja en la Rioja, cerca de Haro.", "Rioja"),   # listed as La Rioja
    ("fr", "Nous sommes partis de l'Occitanie en juin.", "Occitanie"),  # after an elided article
    ("it", "L'Emilia-Romagna ci ha aiutato dopo l'alluvione.", "Emilia-Romagna"),
    # Romanian forms with the definite article
    ("ro", "Maramureșul e prea rece pentru copii.", "Maramureșul"),
    ("ro", "Am mers la primăria Clujului de trei ori.", "Clujului"),     # a gazetteer town
    ("ro", "Copiii din satele Moldovei nu au școală.", "Moldovei"),
    # one word elsewhere: no ordinary word of the language, no given name
    ("ro", "Transilvania are mai multe centre decât noi.", "Transilvania"),
    ("es", "Asturias no tiene oficina del programa.", "Asturias"),     # a surname weak in Spanish
    ("pt", "Maranhao nao tem abrigo.", "Maranhao"),                     # without its accents
    # ordinary words of the language, listed with a place
    ("pt", "Ceará, Piauí e Alagoas sofrem com a seca.", "Piauí"),
    ("pt", "Pará e Amapá estão cheios de refugiados.", "Amapá"),       # Amapá: a Portuguese word only
    # numbered addresses
    ("es", "Vivo en Calle 45 # 12-34, barrio El Prado.", "Calle 45 # 12-34"),
    ("es", "Mi casa queda en la Carrera 15 No. 80-23.", "Carrera 15 No. 80-23"),
    ("es", "Dirección: Diagonal 40A # 12-08 Sur.", "Diagonal 40A # 12-08 Sur"),
])
def test_regions_and_addresses(language: str, text: str, place: str) -> None:
    assert place in regions(language, text)


@pytest.mark.parametrize("language, text", [
    ("es", "La Meta del Programa es llegar a todos."),           # left out of the list
    ("es", "El Guerrero de la película era mi favorito."),      # an ordinary word qualified by "de la …"
    ("it", "La Manica della giacca è rotta."),
    ("fr", "Nous avons reçu du Savon, du Sucre et de l'Huile."),  # listed with ordinary words: items
    ("es", "Tabasco se inundó otra vez."),                       # an ordinary Spanish word, alone
    ("pt", "Para o Centro de Saúde fomos a pé."),               # Para is no accent-less Pará
    ("it", "Ho parlato con la Emilia ieri."),                    # a given name after an article
    ("es", "Pagamos en el Banco Santander ayer."),              # not alone: part of a name
    ("fr", "Le train Lorraine-Express est en retard."),           # part of a hyphenated name
    ("es", "Tenemos 2 niños de 3-5 años en la Calle Mayor."),   # no numbered address
    ("ro", "Directorul Centrului a promis saltele noi."),        # an article form of no place
    ("pt", "Comprámos Sonora e Acre no mercado."),                # ordinary words, no place in the list
])
def test_ordinary_words_stay(language: str, text: str) -> None:
    assert regions(language, text) == []


def test_a_listed_word_joins_a_place_found_by_another_rule() -> None:
    text = "Fomos a Recife e Paraíba depois."
    assert regions("pt", text) == []
    assert regions("pt", text, ((8, 14),)) == ["Paraíba"]


def test_towns_the_lexicon_takes_anchor_lists() -> None:
    recognizer = LocationCueRecognizer("pt")
    text = "Há famílias de Braga, Ovar e Viseu."  # ovar: to lay eggs; Braga and Viseu: the lexicon's towns
    assert "Ovar" in [text[r.start : r.end] for r in recognizer.analyze(text, ["LOCATION"])]


@pytest.mark.parametrize("language, text, place", [
    ("pt", "Visitámos Anadia na semana passada.", "Anadia"),             # a verb starts the sentence
    ("it", "Abbiamo visitato Cuneo la settimana scorsa.", "Cuneo"),     # cuneo: wedge; a bare town
    ("es", "Visitamos Salamanca la semana pasada.", "Salamanca"),       # a surname and a Spanish word too
    ("it", "Siamo partiti per Lucca ieri sera.", "Lucca"),              # per: no place preposition; a weak name
])
def test_towns_after_a_verb(language: str, text: str, place: str) -> None:
    recognizer = _RECOGNIZERS.setdefault(language, LocationCueRecognizer(language))
    assert place in [text[r.start : r.end] for r in recognizer.analyze(text, ["LOCATION"])]


@pytest.mark.parametrize("language, text", [
    ("it", "Carte Prepagate bloccate da Venerdì."),      # an unseen word after a first word: a title's
    ("es", "Compramos Leche, Arroz y Aceite con el bono."),  # items
    ("pt", "A Guarda Nacional veio ao bairro."),         # after an article: a common noun
    ("fr", "Nous avons reçu Orange comme opérateur."),   # French names brands so
])
def test_no_town_after_a_verb(language: str, text: str) -> None:
    recognizer = _RECOGNIZERS.setdefault(language, LocationCueRecognizer(language))
    assert [text[r.start : r.end] for r in recognizer.analyze(text, ["LOCATION"])] == []


def test_the_recogniser_reads_them() -> None:
    recognizer = LocationCueRecognizer("es")
    text = "Nariño y Castilla-La Mancha: ninguno contestó."
    assert "Castilla-La Mancha" in [text[r.start : r.end] for r in recognizer.analyze(text, ["LOCATION"])]
