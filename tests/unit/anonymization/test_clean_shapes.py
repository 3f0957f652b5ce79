"""Ordinary words in shapes the name and place rules misread are no person or place (clean_shapes.py,
swahili_nouns.py, and the feasts, weekdays and programme names of calendar_words.py and agencies.py): made-up
sentences in aid-feedback style, written for these tests (none from the evaluation set); the clean probes
(clean_probes_2.py) hold more. Each sentence lost a word before its rule."""

from __future__ import annotations

import pytest

from shared_code.anonymization.common_words import language_bit
from shared_code.anonymization.spans import LanguageRules
from shared_code.anonymization.swahili_nouns import swahili_thing


@pytest.mark.parametrize("text, words", [
    ("Baraka za Mungu ziwe nanyi nyote.", "Baraka"),  # Swahili: a thing's connective after the word
    ("Kazi nzuri sana ya Wahudumu wa Afya.", "Kazi"),  # an n-class adjective
    ("Hema letu limeharibika kwa sababu ya Mvua.", "Hema"),  # a thing's possessive
    ("Tunashukuru Serikali na Shirika kwa Msaada wa Dharura.", "Serikali"),  # verb-headed ordinary words
    ("El Camión llegó pero la Letrina del Sector sigue rota.", "Letrina"),  # unseen word after an article
    ("faltam aquecedores, gás e mantas no centro", "mantas"),  # a lower-case plural listed with goods
    ("Dolores, Fiebre y Tos tienen muchos Niños en el Albergue.", "Dolores"),  # listed with complaints
    ("Não havia Cestas para todas as famílias.", "Cestas"),  # a plural noun read as a town mid-sentence
    ("Luz não temos desde Quinta-feira no Abrigo.", "Quinta-feira"),  # a weekday with -feira
    ("Na Festa de Nossa Senhora da Conceição não houve Distribuição.", "Conceição"),  # Our Lady
    ("No Dia de Finados não houve Atendimento.", "Finados"),  # a feast
    ("Reyes Magos trajeron Juguetes a los Niños.", "Reyes"),  # the Magi
    ("Pesa za Mpango wa Kunusuru Kaya Maskini zimechelewa.", "Kaya"),  # a programme's name after its head
    ("A reunião foi no Centro Comunitário ontem.", "Centro"),  # a facility noun and ordinary words
    ("O Médico só atende às segundas no Centro de Saúde.", "Saúde"),  # Centro, Saúde: towns, alone
    ("Pedimos mais Horários no Balcão Único porque a Fila é enorme.", "Balcão"),  # one facility noun
    ("Centrul de Sănătate s-a închis devreme.", "Sănătate"),  # what a facility is for
    ("Banca de Alimente dă Pachete doar Joia.", "Alimente"),
    ("Programa de Efectivo no llegó a tiempo este mes.", "Efectivo"),  # a programme's "of" heading a sentence
    ("Los kits de Emergencia llegaron tarde, pero el Agua sí.", "Emergencia"),  # a lower-case head
    ("Los bonos llegaron tarde, pero Bono de Registro ayudó mucho.", "Bono"),  # Registro: a town, and a word
    ("Los paquetes llegaron tarde, pero Paquete de Mujeres ayudó mucho.", "Mujeres"),
    ("Слава Богу, Діти повернулися до Школи.", "Слава"),  # thanks to God
    ("PESA HAZIJAFIKA KWENYE AKAUNTI YANGU.", "PESA"),  # a shouted Swahili clause
    ("Tunashukuru sana, lakini Vocha za Chakula zimechelewa.", "Tunashukuru"),  # a Swahili verb
    ("Mkutano wa Kamati ya Wanawake umeahirishwa hadi Ijumaa.", "Kamati"),  # a Swahili noun a name list holds
    ("Jana Mvua ilinyesha sana na Hema nyingi zililowa.", "Jana"),  # yesterday, and ordinary words
    ("Kisima cha Kijiji kimeharibika tena, Maji hayatoki.", "Maji"),
    ("MAFURIKO YAMEHARIBU NYUMBA ZETU.", "MAFURIKO"),
])
def test_ordinary_words_in_misread_shapes_are_not_redacted(spans_of, text: str, words: str) -> None:
    assert not any(words in value for value, _ in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, name", [
    ("Baraka amefika Ofisini leo.", "Baraka"),  # a person's verb: a name
    ("Simu ya Neema Wanjiru imepotea.", "Neema Wanjiru"),  # the verb agrees with Simu
    ("Asante Baraka Otieno kwa msaada.", "Baraka Otieno"),
    ("Neema Wanjiru hajapata Msaada wa Chakula.", "Neema Wanjiru"),
    ("Yuleisy Flores no recibió la Tarjeta.", "Yuleisy Flores"),  # a surname is a lexicon name
    ("Wambui Mwangi hajapata Kadi.", "Wambui Mwangi"),
    ("hablé con pedro y marcos ayer", "marcos"),  # listed with a given name, not goods
    ("Llegaron Rosa y Paz con los Niños.", "Rosa"),  # ordinary words, listed with a given name
    ("BARAKA OTIENO ALIPIGA SIMU JANA", "BARAKA OTIENO"),  # shouted: a name, no thing's word
    ("Leo Wafula amepeleka Watoto Hospitali.", "Leo Wafula"),  # Leo, today, beside a name
    ("Akinyi hajapata kadi yake.", "Akinyi"),  # a three-letter stem: no verb
    ("Nilizungumza na Leo kuhusu kadi.", "Leo"),  # Leo is today only heading a sentence
    ("Mpango wa Neema Achieng haujafika.", "Neema Achieng"),  # a person's programme
    ("Wambui hii ni namba yangu mpya.", "Wambui"),  # addressed: no noun before the demonstrative
    ("Baraka yetu alipotea sokoni jana.", "Baraka"),  # a person's verb after the possessive
    ("Mpango wa Baraka Otieno haujafika.", "Baraka Otieno"),
    ("Safi Hassan anaomba Mafuta na Unga.", "Safi Hassan"),
    ("SIMU YA NEEMA WANJIRU IMEPOTEA", "NEEMA WANJIRU"),  # Wanjiru: no ordinary word
])
def test_names_beside_those_shapes_stay(spans_of, text: str, name: str) -> None:
    assert any(name in value and kind == "PERSON" for value, kind in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, place", [
    ("Vivimos en Palmas desde Enero.", "Palmas"),  # a plural town after its preposition
    ("A família mudou-se para o Algarve no verão.", "Algarve"),  # an article after a preposition
    ("Moramos perto do Centro de Maputo desde Março.", "Maputo"),  # a town in a facility's name
    ("O Hospital de Palmas não tem Remédios.", "Palmas"),
    ("El refugio del Chocó no tiene agua potable.", "Chocó"),  # a region after a facility
    ("La oficina de Montería no contesta.", "Montería"),
    ("La escuela de Victoria no tiene maestros.", "Victoria"),  # a town and a word, after a facility
])
def test_places_beside_those_shapes_stay(spans_of, text: str, place: str) -> None:
    assert any(place in value and kind == "LOCATION" for value, kind in spans_of(text)), spans_of(text)


def test_a_swahili_word_owned_after_a_connective_stays() -> None:
    rules = LanguageRules(apparent_language=lambda _: language_bit("sw"))
    text = "Simu ya Neema ya zamani imepotea."
    start = text.index("Neema")
    assert not swahili_thing(text, start, start + 5, "PERSON", rules)
    text = "Neema ya Mungu imetusaidia."
    assert swahili_thing(text, 0, 5, "PERSON", rules)
    assert not swahili_thing("Neema amefika.", 0, 5, "PERSON", rules)
