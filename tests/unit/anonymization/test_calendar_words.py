"""Days and months of languages routed to a neighbour's rules are no names or places (made-up sentences)."""

import pytest

from shared_code.anonymization.calendar_words import calendar_word
from shared_code.anonymization.common_words import language_bit


def test_calendar_words_belong_to_their_language() -> None:
    assert calendar_word("Alhamisi", language_bit("sw"))
    assert calendar_word("Października", language_bit("pl"))
    assert not calendar_word("Joi", language_bit("tr"))  # Romanian Thursday, no Turkish word
    assert not calendar_word("Monday", language_bit("en"))  # English has its own (cues.NON_NAME_WORDS)


@pytest.mark.parametrize("text, word", [
    ("Nakit Kartları Cuma gününden beri bloke.", "Cuma"),
    ("Kliniki ya Afya ilikuja Alhamisi lakini bila dawa.", "Alhamisi"),
    ("Unitatea Medicală Mobilă a venit Joi, dar fără vaccinuri.", "Joi"),
])
def test_calendar_words_are_not_redacted(spans_of, text: str, word: str) -> None:
    assert not any(word in value for value, _ in spans_of(text))


@pytest.mark.parametrize("text, name", [
    ("Bugün Cuma Demir bize yardım etti.", "Cuma Demir"),  # a given name that is a day
    ("Am vorbit cu Ioana Popescu joi dimineață.", "Ioana Popescu"),
])
def test_names_beside_calendar_words_stay(spans_of, text: str, name: str) -> None:
    assert any(name in value and kind == "PERSON" for value, kind in spans_of(text))


@pytest.mark.parametrize("text, word", [
    ("During Ramadan the Community Kitchen was closed.", "Ramadan"),  # a feast, a name to the lexicon
    ("I Bagni del Blocco B sono sporchi da Natale.", "Natale"),
    ("Namshukuru Mungu Watoto wamepona baada ya Chanjo.", "Mungu"),  # God
    ("The Cash for Work Programme started in January but Payments are late.", "January"),  # English month
    ("Програма Грошової Допомоги почалася в Січні, але Виплати затримуються.", "Січні"),  # Ukrainian month
    ("Linia de Asistență este mereu ocupată Duminica.", "Duminica"),  # Romanian day with its article
])
def test_feasts_god_and_more_calendar_words_are_not_redacted(spans_of, text: str, word: str) -> None:
    assert not any(word in value for value, _ in spans_of(text))


def test_feasts_and_god_are_calendar_words_in_every_language() -> None:
    assert calendar_word("Tabaski", language_bit("fr")) and calendar_word("Allah", 0)
    assert calendar_word("П’ятниці", 0)  # typographic apostrophe
    assert not calendar_word("Natalia", language_bit("it"))


@pytest.mark.parametrize("text, word", [
    ("Les colis sont arrivés juste avant la Toussaint.", "Toussaint"),  # a feast after its article
    ("Since Pentecost the pantry has been empty.", "Pentecost"),  # a moveable feast, no name
    ("La mensa chiude a Quaresima.", "Quaresima"),  # a season of the church year
    ("Bayram'dan sonra kimse gelmedi.", "Bayram"),  # a Turkish case suffix after the apostrophe
    ("Na Wielkanoc punkt był zamknięty.", "Wielkanoc"),  # a sentence's preposition taken into the span
    ("لم نحصل على اللحم في عيد الأضحى هذا العام.", "الأضحى"),  # Arabic feasts of two words
    ("خلال شهر رمضان كان المطبخ مغلقا.", "رمضان"),
])
def test_feasts_after_an_article_suffix_or_preposition_are_not_redacted(spans_of, text: str, word: str) -> None:
    assert not any(word in value for value, _ in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, name", [
    ("Toussaint Mbemba est venu hier au bureau.", "Toussaint"),  # no article: a name
    ("Bayram Aydın Kurban Bayramı öncesi geldi.", "Bayram Aydın"),
])
def test_names_that_are_feasts_stay(spans_of, text: str, name: str) -> None:
    assert any(name in value and kind == "PERSON" for value, kind in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, word", [
    ("Desde el Ramadán la panadería da la mitad del pan.", "Ramadán"),
    ("Tangu Ramadhani mkate unaotolewa ni nusu tu.", "Ramadhani"),  # the preposition heads the NER's span
    ("منذ رمضان يعطي الفرن نصف كمية الخبز.", "رمضان"),
    ("Seit dem Ramadan gibt die Bäckerei weniger Brot.", "Ramadan"),
])
def test_a_feast_after_a_preposition_of_time_is_no_name(spans_of, text: str, word: str) -> None:
    assert not any(word in value for value, _ in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, name", [
    ("Ramadhani Juma alikuja jana.", "Ramadhani Juma"),  # a given name with no preposition of time
    ("Since Ramadan Ali Hassan has not received anything.", "Ali Hassan"),  # a name after the feast
    ("رمضان الأحمد لم يستلم شيئا.", "رمضان الأحمد"),
])
def test_names_after_or_without_a_preposition_of_time_stay(spans_of, text: str, name: str) -> None:
    assert any(name in value and kind == "PERSON" for value, kind in spans_of(text)), spans_of(text)
