"""Agency, network and product names and saints' names are no person or place (agencies.py, saints.py):
made-up feedback sentences with made-up names, none from the evaluation set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, words", [
    ("Tunashukuru Caritas, Save the Children na World Vision kwa msaada Shuleni.", "Caritas"),
    ("Precisamos de Fraldas Pampers, Sabonete Dove e Pensos para as Meninas.", "Pampers"),
    ("Compramos Saldo Vodacom e Movitel com o dinheiro do Cartão.", "Vodacom"),
    ("Potrzebujemy Pieluch Pampers, Mydła Dove i Podpasek dla Dziewczynek.", "Pampers"),  # opening verb
    ("Caritas Polska i Czerwony Krzyż odwiedzili Ośrodek w Wielkanoc.", "Caritas"),
    ("Avem nevoie de Scutece Pampers, Săpun Dove și Absorbante pentru Fete.", "Scutece"),
    ("Caritas y la Media Luna Roja visitaron el Refugio en Semana Santa.", "Luna"),
    ("Okula verdikleri destek için Save the Children, İHH ve Dünya Vizyonu'na teşekkürler.", "Vizyonu"),
    ("Kışlık kolileri Deniz Feneri Derneği getirdi.", "Deniz"),  # a national NGO named by ordinary words
    ("Con la señora de Manos Unidas hablamos del comedor.", "Manos"),  # after a title: no surname
    ("Thank you, Norwegian Refugee Council, for the legal advice.", "Norwegian"),  # thanked: no person
])
def test_agency_network_and_product_names_are_not_redacted(spans_of, text: str, words: str) -> None:
    assert not any(words in value for value, _ in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, words", [
    ("El Padre de la Parroquia San José reparte Pan los Domingos.", "José"),
    ("Preotul de la Parohia Sfântul Iosif împarte Pâine Duminica.", "Iosif"),
    ("Ksiądz z Parafii Świętego Józefa rozdaje Chleb w Niedziele.", "Józefa"),
    ("O Padre da Igreja de São José distribui Pão aos Domingos.", "José"),
])
def test_saints_names_are_not_redacted(spans_of, text: str, words: str) -> None:
    assert not any(words in value for value, _ in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, name, kind", [
    ("Am vorbit cu Ioana Popescu despre cardul Revolut.", "Ioana Popescu", "PERSON"),  # a name beside a brand
    ("Ho parlato con Santo Rossi ieri al centro.", "Santo Rossi", "PERSON"),  # no saint's given name after Santo
    ("Vivo en San José desde marzo con mis hijos.", "San José", None),  # no church word before it
    ("Ayer vino Pam Quiroga a la oficina.", "Pam Quiroga", "PERSON"),  # acronyms count in capitals only
    ("Frau Gisela Sommer vom Roten Kreuz wohnt in Leipzig.", "Gisela Sommer", "PERSON"),  # a given name beside it
])
def test_names_and_towns_beside_these_words_stay(spans_of, text: str, name: str, kind: str) -> None:
    assert any(name in value and kind in (found, None) for value, found in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, words", [
    ("Toalety w Bloku B są brudne od Świąt Bożego Narodzenia.", "Narodzenia"),  # a feast of several words
    ("Cardurile Preplătite nu funcționează de Anul Nou.", "Nou"),
    ("Dzięki Bogu Dzieci czują się lepiej po Szczepieniu.", "Dzieci"),  # thanks to God
    ("Akcja Zima: brakuje Grzejników, Gazu i Materacy w Hostelu.", "Zima"),  # a programme's name
])
def test_feasts_thanks_to_god_and_programmes_are_not_redacted(spans_of, text: str, words: str) -> None:
    assert not any(words in value for value, _ in spans_of(text)), spans_of(text)


def test_a_programme_head_makes_no_person_of_its_name(spans_of) -> None:
    from shared_code.anonymization.agencies import programme_span
    from shared_code.anonymization.spans import LanguageRules

    rules = LanguageRules()
    assert programme_span("Operación Invierno llegó tarde", 0, 18, rules)
    assert not programme_span("Plan", 0, 4, rules)  # one word
    assert not programme_span("Maria Plan llegó", 0, 10, rules)  # a head only counts first
    text = "Mpango wa Neema Achieng haujafika."  # after a head and its "of": a person's, by a virtue name
    assert not programme_span(text, 10, 23, rules)


def test_a_word_may_start_a_name_when_it_is_one_or_its_beginning() -> None:
    from shared_code.anonymization.agencies import _may_start

    assert _may_start("Pampers") and _may_start("Media") and _may_start("Kızılay'a") and _may_start("UNHCR")
    assert not _may_start("Maria") and not _may_start("Ferraro") and not _may_start("Quiroga")
