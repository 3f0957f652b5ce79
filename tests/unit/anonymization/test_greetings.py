"""Season's greetings are no names or places (made-up sentences)."""

import pytest

from shared_code.anonymization.greetings import greeting_ranges


def _no_name(word: str) -> bool:
    return False


@pytest.mark.parametrize("text, greetings", [
    ("Buon Natale e Felice Anno Nuovo ai volontari.", ["Buon Natale", "Felice Anno Nuovo"]),
    ("Feliz Natal, Joana Mendes!", ["Feliz Natal"]),
    ("Crăciun Fericit și La Mulți Ani întregii echipe.", ["Crăciun Fericit", "La Mulți Ani"]),
    ("Tunawatakia Krismasi Njema.", ["Krismasi Njema"]),
    ("Mutlu Yıllar ve İyi Bayramlar gönüllülere.", ["Mutlu Yıllar", "İyi Bayramlar"]),
    ("Wesołych Świąt dla całego zespołu.", ["Wesołych Świąt"]),
    ("Moramos em Boa Vista desde 2020.", []),  # a gazetteer place
    ("Es una feliz Noticia para todos.", []),  # a wish word in running text
])
def test_greeting_ranges(text: str, greetings: list[str]) -> None:
    assert [text[s:e] for s, e in greeting_ranges(text, _no_name)] == greetings


@pytest.mark.parametrize("text, kept, gone", [
    ("Vi auguriamo un Buon Natale.", [], ["Buon Natale"]),
    ("Buona Pasqua e Buon Anno a tutto lo staff.", [], ["Pasqua"]),
    ("Idd Mubarak kwa familia zote.", [], ["Idd Mubarak"]),
    ("Feliz Natal, Joana Mendes!", [("Joana Mendes", "PERSON")], ["Natal"]),
    ("Buon Natale Marco Rossi e famiglia.", [("Marco Rossi", "PERSON")], ["Natale"]),
    ("Mutlu Yılmaz ile görüştüm dün.", [("Mutlu Yılmaz", "PERSON")], []),  # a given name and a surname
    ("İyi Bayramlar Ayşe Korkmaz!", [("Ayşe Korkmaz", "PERSON")], ["Bayramlar"]),
])
def test_engine_cuts_greetings_out_of_names(spans_of, text: str, kept: list, gone: list[str]) -> None:
    found = spans_of(text)
    assert all(span in found for span in kept)
    assert not any(word in value for word in gone for value, _ in found)


@pytest.mark.parametrize("text, kept, gone", [
    ("Mulțumim UNICEF și Crucii Roșii pentru vaccinuri.", [], ["Mulțumim", "UNICEF"]),  # a thanking phrase
    ("Mulțumim Ioana Popescu pentru ajutor.", [("Ioana Popescu", "PERSON")], ["Mulțumim"]),
])
def test_engine_cuts_thanking_phrases_out_of_names(spans_of, text: str, kept: list, gone: list[str]) -> None:
    found = spans_of(text)
    assert all(span in found for span in kept)
    assert not any(word in value for word in gone for value, _ in found)
