"""PERSON rules of the names round, on the shipped lexicon and engine: samples of the hand-written probes
of ``name_probes.py`` (made-up people, names typical of each country, written for these tests)."""

from __future__ import annotations

import pytest


def people(spans_of, text: str) -> list[str]:
    return [value for value, kind in spans_of(text) if kind == "PERSON"]


@pytest.mark.parametrize(("text", "names"), [
    ("Merve Koç, Murat Kurt ve Özlem Özdemir listede yok.", ["Merve Koç", "Murat Kurt", "Özlem Özdemir"]),
    ("Monika Kaczmarek, Grzegorz Piotrowski i Dorota Grabowska nie odpowiedzieli.",
     ["Monika Kaczmarek", "Grzegorz Piotrowski", "Dorota Grabowska"]),
])
def test_a_listed_name_keeps_its_surname(spans_of, text: str, names: list[str]) -> None:
    """The inverted-name rule (``Jäckel, Irmgard``) took the previous name's surname, and the longer span
    dropped that name's given name."""
    assert people(spans_of, text) == names


def test_an_inverted_name_is_still_read() -> None:
    from shared_code.anonymization.names import LexiconRecognizer

    text = "Bitte Jäckel, Irmgard zurückrufen"
    results = LexiconRecognizer("de").analyze(text, ["PERSON"])
    assert [text[r.start : r.end] for r in results] == ["Jäckel, Irmgard"]


@pytest.mark.parametrize(("text", "names"), [
    ("JOANNA SZYMAŃSKA NADAL NIC NIE DOSTAŁA", ["JOANNA SZYMAŃSKA"]),
    ("HEUTE HAT SABINE KRAUSE ANGERUFEN", ["SABINE KRAUSE"]),
])
def test_a_shouted_name_stops_at_an_ordinary_word(spans_of, text: str, names: list[str]) -> None:
    """The whole clause was one span, which the function-word check then dropped (the name leaked)."""
    assert people(spans_of, text) == names


def test_a_shouted_given_name_that_is_a_word_before_an_unseen_surname(spans_of) -> None:
    assert people(spans_of, "FARAJA CHEBET BADO HAJAPATA MSAADA") == ["FARAJA CHEBET"]
    assert spans_of("MAJI HAYATOKI TANGU JUMATATU KAMBINI") == []


def test_a_surname_first_pair_is_a_name(spans_of) -> None:
    assert people(spans_of, "Koch Liane hat am Dienstag wegen der Gutscheine angerufen.") == ["Koch Liane"]
    assert spans_of("Der Koch in der Küche ist sehr nett zu den Kindern.") == []


@pytest.mark.parametrize(("text", "name"), [
    ("alessandro bruno ha chiamato tre volte", "alessandro bruno"),
    ("mehmet kaya bugün geldi", "mehmet kaya"),
])
def test_a_lower_case_popular_surname_after_a_lower_case_given_name(spans_of, text: str, name: str) -> None:
    assert people(spans_of, text) == [name]


def test_a_capitalised_given_name_after_a_lower_case_word_in_swahili(spans_of) -> None:
    assert people(spans_of, "Nimeongea na Bakari, anasema hakuna maji.") == ["Bakari"]
    assert spans_of("Huduma ya Afya ni nzuri lakini foleni ni ndefu.") == []
    assert spans_of("Kamati ya Maji na Kitengo cha Ulinzi walizungumza na Familia.") == []


def test_a_shouted_name_with_particles_keeps_its_surname(spans_of) -> None:
    assert people(spans_of, "DANK JE MAARTEN VAN DER BERG VOOR DE HULP") == ["MAARTEN VAN DER BERG"]


@pytest.mark.parametrize(("text", "name"), [
    ("Heinz-Dieter Klapp wohnt im Zelt 4.", "Heinz-Dieter Klapp"),
    ("Ernst-August von Stolzenberg braucht Hilfe.", "Ernst-August von Stolzenberg"),
    ("Hans-Jürgen kam gestern.", "Hans-Jürgen"),
])
def test_a_hyphenated_given_name_is_read_by_its_parts(spans_of, text: str, name: str) -> None:
    assert people(spans_of, text) == [name]


def test_hyphenated_flags_need_names_for_every_part() -> None:
    from shared_code.anonymization.lexicon import FIRST, LAST, PLACE, Lexicon, weak_bit
    from shared_code.anonymization.name_forms import hyphenated_flags

    de, en = weak_bit("de"), weak_bit("en")
    toy = Lexicon({"ernst": FIRST | LAST | de, "august": FIRST | de | en, "koch": LAST | de, "baden": PLACE | LAST})
    assert hyphenated_flags(toy, "ernst-august") == FIRST | de
    assert hyphenated_flags(toy, "ernst-koch") == LAST | de
    assert hyphenated_flags(toy, "baden-württemberg") == 0
    assert hyphenated_flags(toy, "baden-koch") == 0


@pytest.mark.parametrize("text", [
    "Mit Herrn Gude gesprochen, Gude bekommt morgen Geld.",
    "Emre Zorbaçlı geldi. Zorbaçlı'nın kartı yok.",
])
def test_a_later_mention_after_punctuation_or_with_a_suffix_is_covered(spans_of, text: str) -> None:
    surname = "Gude" if "Gude" in text else "Zorbaçlı"
    assert sum(surname in value for value in people(spans_of, text)) == 2


@pytest.mark.parametrize(("text", "name"), [
    ("Säuberlich hat angerufen und fragt nach dem Termin.", "Säuberlich"),
    ("Gestern hat Zorbach wieder angerufen.", "Zorbach"),
    ("Popescu wartet seit Januar auf den Bescheid.", "Popescu"),
])
def test_a_bare_german_subject_no_list_knows_is_a_surname(spans_of, text: str, name: str) -> None:
    assert people(spans_of, text) == [name]


@pytest.mark.parametrize("text", [
    "Kältebus kommt nicht mehr.", "Bürgeramt ist überlastet.", "Gestern hat Essensausgabe Verspätung gehabt.",
    "Lebensmittelausgabe wartet auf Lieferung.",
])
def test_a_bare_german_compound_noun_stays(spans_of, text: str) -> None:
    assert spans_of(text) == []


def test_a_capitalised_german_stop_word_that_is_a_popular_surname(spans_of) -> None:
    assert people(spans_of, "Wir danken Gerd Lange für die schnelle Hilfe.") == ["Gerd Lange"]
    assert spans_of("Lange hat es gedauert, bis jemand kam.") == []


def test_a_given_name_before_a_surname_found_elsewhere_joins_it(spans_of) -> None:
    assert people(spans_of, "Liane Trüb und Gundolf Trüb warten.") == ["Liane Trüb", "Gundolf Trüb"]


def test_a_shouted_surname_that_is_a_word_after_a_given_name(spans_of) -> None:
    assert people(spans_of, "HERR GOTTFRIED ZÖLLNER BRAUCHT EINEN ROLLSTUHL") == ["GOTTFRIED ZÖLLNER"]


def test_a_later_mention_heading_a_sentence_is_covered(spans_of) -> None:
    text = "Wolfgang Busch und Gabriele Busch wohnen zusammen. Busch ist krank."
    assert people(spans_of, text) == ["Wolfgang Busch", "Gabriele Busch", "Busch"]


@pytest.mark.parametrize(("text", "first"), [
    ("Anna, Antonio e Giulia non sono nella lista.", "Anna"),
    ("Rocco, Nunzia e Ciro dormono in macchina.", "Rocco"),
])
def test_a_given_name_that_is_a_word_heading_a_list_of_names(spans_of, text: str, first: str) -> None:
    assert people(spans_of, text)[0] == first


def test_a_german_genitive_of_a_given_name(spans_of) -> None:
    assert people(spans_of, "Waltrauds Sohn braucht eine neue Brille.") == ["Waltrauds"]


@pytest.mark.parametrize(("text", "name"), [
    ("per favore chiamate donatello domani mattina", "donatello"),
    ("bel lindsey terug aub, ze heeft geen eten", "lindsey"),
])
def test_a_lower_case_given_name_that_is_no_word_of_the_text(spans_of, text: str, name: str) -> None:
    assert people(spans_of, text) == [name]


@pytest.mark.parametrize("text", [
    "abbiamo bisogno di coperte e cibo per i bambini grazie", "wir brauchen decken und essen für die kinder bitte",
    "battaniye ve yemek lazım çocuklar hasta", "tunahitaji blanketi na chakula kwa watoto",
    "potrzebujemy koców i jedzenia dla dzieci", "avem nevoie de pături și mâncare pentru copii",
])
def test_lower_case_aid_feedback_keeps_its_words(spans_of, text: str) -> None:
    assert spans_of(text) == []


def test_the_word_that_ends_a_shouted_name_starts_no_name(spans_of) -> None:
    assert people(spans_of, "OBRIGADO STELLA MENDES PELO CABAZ!!") == ["STELLA MENDES"]


@pytest.mark.parametrize(("text", "name"), [
    ("Wambui alisema kwamba maji hayatoki.", "Wambui"),
    ("Nyokabi Karanja anahitaji msaada wa kodi.", "Nyokabi Karanja"),
])
def test_a_swahili_name_heading_a_person_verb(spans_of, text: str, name: str) -> None:
    assert people(spans_of, text) == [name]


@pytest.mark.parametrize("text", ["Daktari alikuja jana.", "Mtoto anaumwa sana.", "Kadi haifanyi kazi.",
                                  "Chakula hakitoshi kwa watoto."])
def test_swahili_nouns_heading_a_verb_stay(spans_of, text: str) -> None:
    assert spans_of(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Gestern kam Jan van der Linden vorbei.", "Jan van der Linden"),
    ("Ich habe mit Maria de la Cruz gesprochen.", "Maria de la Cruz"),
])
def test_a_surname_after_particles_that_are_names_too(spans_of, text: str, name: str) -> None:
    assert people(spans_of, text) == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("Frau von der Heide hat angerufen.", "von der Heide"),
    ("Herr van der Linden braucht Medikamente.", "van der Linden"),
    ("von Bülow hat angerufen.", "von Bülow"),
])
def test_particles_before_a_surname_belong_to_it(spans_of, text: str, name: str) -> None:
    assert people(spans_of, text) == [name]


def test_a_capitalised_stop_word_that_is_a_given_name_before_a_surname(spans_of) -> None:
    assert people(spans_of, "Luca Conti e Sara De Luca aspettano da due mesi.") == ["Luca Conti", "Sara De Luca"]
    assert spans_of("Sara difficile trovare casa.") == []
