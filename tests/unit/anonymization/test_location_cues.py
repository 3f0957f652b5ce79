"""LOCATION from street words and place cues, per language (no spaCy model needed)."""

from __future__ import annotations

import pytest

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.location_cues import LocationCues
from shared_code.anonymization.location import LocationCueRecognizer

_RECOGNIZERS: dict[str, LocationCueRecognizer] = {}


def places(language: str, text: str) -> list[str]:
    recognizer = _RECOGNIZERS.setdefault(language, LocationCueRecognizer(language))
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["LOCATION"])]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "Our shelter is on Baobab Road in Garissa.", ["Baobab Road"]),
        ("en", "Address: Harambee Avenue, Nakuru.", ["Harambee Avenue", "Nakuru"]),
        ("en", "It happens near Mill St. at night.", ["Mill St."]),
        ("fr", "Notre abri se trouve rue de la Liberté, à Goma.", ["rue de la Liberté", "Goma"]),
        ("fr", "C'est arrivé boulevard Lumumba.", ["boulevard Lumumba"]),
        ("es", "Es en la calle Mayor, frente a la oficina.", ["calle Mayor"]),
        ("es", "Vivimos en el barrio de San Isidro.", ["barrio de San Isidro"]),
        ("nl", "Adres: Molenstraat, Zwolle.", ["Molenstraat", "Zwolle"]),
        ("de", "Unsere Unterkunft: Lindenallee, Gera.", ["Lindenallee", "Gera"]),
        ("uk", "Я живу в місті Кременчук. Чекаємо.", ["Кременчук"]),
        ("uk", "Наша адреса: проспект Перемоги, Житомир.", ["проспект Перемоги", "Житомир"]),
        ("uk", "Це було у селі Гута.", ["Гута"]),
        ("ar", "نسكن في المفرق قرب الخزان.", ["المفرق"]),
        ("ar", "حدث ذلك في شارع الجامعة أمام المكتب.", ["شارع الجامعة"]),
    ],
)
def test_streets_and_places(language: str, text: str, expected: list[str]) -> None:
    assert places(language, text) == expected


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The payment has not arrived. Please call back."),
        ("en", "This is about the water point."),
        ("fr", "La rue est sale et personne ne vient."),
        ("uk", "Місто потребує допомоги."),
        ("ar", "الأطفال يعانون من آلام في البطن."),
        ("ar", "نقيم في مركز الإيواء منذ شهر."),
    ],
)
def test_no_place_no_span(language: str, text: str) -> None:
    assert places(language, text) == []


def test_cue_data_must_be_tuples() -> None:
    with pytest.raises(TypeError):
        LocationCues(streets=("rue" "avenue"))  # type: ignore[arg-type]


@pytest.mark.parametrize("language, text, street", [
    ("en", "We live at 12 Market Street since May.", "12 Market Street"),
    ("de", "Wir wohnen in der Schillerstraße 12a, bitte kommen.", "Schillerstraße 12a"),
    ("uk", "Ми живемо на вулиця Шевченка, 5 вже рік.", "вулиця Шевченка, 5"),
    ("fr", "Nous habitons 81 rue de la Gare depuis mars.", "81 rue de la Gare"),
    ("es", "Vivimos en calle Mayor 3-5 desde enero.", "calle Mayor 3-5"),
])
def test_street_spans_include_their_house_number(language: str, text: str, street: str) -> None:
    results = LocationCueRecognizer(language).analyze(text, ["LOCATION"])
    assert street in [text[r.start : r.end] for r in results]


@pytest.mark.parametrize("language, text, street", [
    ("en", "Tunaishi Mtaa wa Odhiambo 12 sasa.", "Mtaa wa Odhiambo 12"),
    ("it", "ev adresimiz Kaya Sokak No 7, lütfen.", "Kaya Sokak No 7"),
    ("es", "Mieszkamy przy ul. Długa 5 od roku.", "ul. Długa 5"),
])
def test_street_words_of_other_latin_languages_work_in_every_latin_language(language: str, text: str, street: str) -> None:
    results = LocationCueRecognizer(language).analyze(text, ["LOCATION"])
    assert street in [text[r.start : r.end] for r in results]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "The complaint came from Wychbold: nobody answered.", ["Wychbold"]),
        ("nl", "Hij kwam naar het uitdeelpunt in Sluiskil en kreeg niets.", ["Sluiskil"]),
        ("es", "Queja desde Sutatausa: el voluntario no vino.", ["Sutatausa"]),
        # not a place: known to the lexicon as a name, a calendar word, an acronym, a title, a German noun
        ("en", "Thanks to Maria, from Monday we get water from UNHCR.", []),
        ("es", "El Programa de Efectivo no llegó.", []),
        ("es", "Todo cerrado en Semana Santa, nadie vino.", []),  # a loose place ends its capitalised run
        ("pt", "Fomos atendidos no Balcão de Atendimento ontem.", []),  # ordinary words and a particle
        ("pt", "Moramos na Serra da Estrela desde março.", ["Serra da Estrela"]),  # Estrela is a town
        ("es", "Llegamos a Ribera del Duero ayer.", ["Ribera del Duero"]),  # Duero is no ordinary word
        ("de", "Sie kam aus Angst nicht in Wasserstelle zwei.", []),
    ],
)
def test_unknown_capitalised_words_after_a_place_preposition(language: str, text: str, expected: list[str]) -> None:
    assert places(language, text) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # a plural noun starting a sentence, "of" and an ordinary word of the language: a title (issue 12)
        ("es", "Tarjetas de Recarga entregadas solo a la mitad.", []),
        ("pt", "Vales de Transporte esgotados desde terça.", []),
        ("pt", "Cartões de Dinheiro bloqueados desde ontem.", []),  # Portuguese -ões and Italian -i plurals
        ("it", "Incontri di Nutrizione ogni giovedì.", []),
        ("it", "Famiglie di Lampedusa senza acqua.", ["Lampedusa"]),
        ("fr", "Bons d'Achat pour l'épicerie, s'il vous plaît.", []),
        ("pt", "Viemos de Alentejo sem nada.", ["Alentejo"]),  # a verb, no plural noun, starts it
        # the same position keeps places: unknown words, towns, locative prepositions, mid-sentence verbs
        ("es", "Desplazados de Cundinamarca piden ayuda.", ["Cundinamarca"]),
        ("fr", "Enfants de Mopti sans école.", ["Mopti"]),
        ("pt", "Famílias de Cabo Delgado pedem ajuda.", ["Cabo Delgado"]),
        ("pt", "Moramos no Alentejo desde março.", ["Alentejo"]),
    ],
)
def test_title_after_a_sentence_start(language: str, text: str, expected: list[str]) -> None:
    assert places(language, text) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # villages under the towns' floor, in the gazetteer as small places: only after a preposition
        ("de", "Ich wohne in Mallersdorf bei meiner Schwester.", ["Mallersdorf"]),
        ("pt", "Queixa de Santiago do Cacém: ninguém respondeu.", ["Santiago do Cacém"]),
        # German capitalises nouns: after its own prepositions, only gazetteer places count
        ("de", "Wir waren in Sorge wegen der Wasserstelle in Bad Kissingen.", ["Bad Kissingen"]),
        ("de", "Die Familie kam aus Angst nicht zur Ausgabe.", []),
        # places of towns the gazetteer holds as ordinary words (Campeche: a Spanish word too)
        ("es", "La queja vino desde Campeche ayer.", ["Campeche"]),
    ],
)
def test_gazetteer_places_after_a_place_preposition(language: str, text: str, expected: list[str]) -> None:
    assert places(language, text) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # a text in Polish, Romanian or Swahili is routed to a neighbour language: after their prepositions,
        # in every Latin-script language, gazetteer places count, unknown capitalised words do not
        ("de", "Przyjechaliśmy z Bad Kissingen wczoraj.", ["Bad Kissingen"]),
        ("en", "Am venit din Mallersdorf fără nimic.", ["Mallersdorf"]),
        ("de", "Mieszkamy w Namiocie numer pięć.", []),
        ("en", "Locuim în Cort lângă școală.", []),
        ("fr", "Je viens d'Aubervilliers et je n'ai rien reçu.", ["Aubervilliers"]),
        ("it", "Abito a Castelfranco Emilia da tre anni.", ["Castelfranco Emilia"]),
        # after a preposition merged with an article, only gazetteer places: institutions take articles too
        ("pt", "Fui ao Centro de Saúde mas estava fechado.", []),
        ("it", "Sono andato all'Ufficio Anagrafe ma era chiuso.", []),
        ("it", "Siamo passati dal Comune senza risposta.", []),
        ("es", "Fui a la Oficina de Registro ayer.", []),
    ],
)
def test_prepositions_of_other_languages_and_articles(language: str, text: str, expected: list[str]) -> None:
    assert places(language, text) == expected


@pytest.mark.parametrize("language, text, expected", [
    ("es", "Mi dirección es Calle Mayor 12, Toledo.", ["Calle Mayor 12", "Toledo"]),
    ("pt", "A minha morada é Rua das Flores, 45, Braga.", ["Rua das Flores, 45", "Braga"]),
    ("pt", "A senhora mora na Rua Augusta n.º 12 há anos.", ["Rua Augusta n.º 12"]),
    ("de", "Meine Adresse ist Hauptstraße 5, 93051 Regensburg.", ["Hauptstraße 5", "Regensburg"]),
    ("fr", "Mon adresse est 12 bis rue des Lilas, Lyon.", ["12 bis rue des Lilas", "Lyon"]),
    ("en", "Adresa mea este Strada Mihai Eminescu nr. 7, Iași.", ["Strada Mihai Eminescu nr. 7", "Iași"]),
])
def test_streets_with_house_numbers_and_towns(language: str, text: str, expected: list[str]) -> None:
    assert places(language, text) == expected


def test_a_place_survives_a_longer_ner_location_around_it() -> None:
    """Presidio drops a result contained in another of the same type with an equal or higher score; the
    NER's ``Malalamiko kutoka Simiyu`` (0.85) was dropped later as not a name, and took the place with it."""
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    text = "Complaint from Wychbold: nobody answered."
    (cue,) = LocationCueRecognizer("en").analyze(text, ["LOCATION"])
    ner = RecognizerResult("LOCATION", 0, cue.end, 0.85)  # SpacyRecognizer's score
    assert cue in EntityRecognizer.remove_duplicates([ner, cue])


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("es", "Vivo en San Sebastián de los Reyes con mi madre.", ["San Sebastián de los Reyes"]),
        ("it", "Abito a San Giovanni in Persiceto da due anni.", ["San Giovanni in Persiceto"]),
        # a romanised place name in an Arabic text; an acronym is no place
        ("ar", "شكوى من Tizi Ouzou: المتطوع طلب مالا.", ["Tizi Ouzou"]),
        ("ar", "تواصلوا مع UNHCR في المكتب.", []),
        # a conjunction joins two places, not one (Roubaix: places_anywhere.py, listed with a place)
        ("fr", "Ils sont venus de Tourcoing et Roubaix hier.", ["Tourcoing", "Roubaix"]),
    ],
)
def test_multi_word_places_after_a_preposition(language: str, text: str, expected: list[str]) -> None:
    assert places(language, text) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("es", "El problema sigue en la provincia de Manabí desde enero.", ["Manabí"]),
        ("de", "Wir leben im Landkreis Gütersloh seit dem Winter.", ["Gütersloh"]),
        ("en", "Mieszkamy w województwo Mazowieckie od roku.", ["Mazowieckie"]),
        ("en", "Tunaishi kaunti ya Makueni tangu mwaka jana.", ["Makueni"]),
        ("ar", "المشكلة كبيرة في ولاية سطيف منذ سنتين.", ["ولاية سطيف"]),  # the gazetteer has it whole
        ("it", "La regione chiede aiuto.", []),
    ],
)
def test_administrative_division_words_before_a_name(language: str, text: str, expected: list[str]) -> None:
    assert places(language, text) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("ar", "شكوى من عين تادلس: المتطوع طلب مالا.", ["عين تادلس"]),
        ("ar", "جاءت العائلة من سيدي عيسى أمس.", ["سيدي عيسى"]),
        # the head word as an ordinary word: with the article after it, or without a place preposition
        ("ar", "أصيب الطفل في عين الطفل الأخرى.", []),
        ("ar", "عين المكان مزدحمة.", []),
    ],
)
def test_arabic_place_name_heads_after_a_preposition(language: str, text: str, expected: list[str]) -> None:
    assert places(language, text) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # names and towns that are both ordinary Spanish words (valencia, león): the town after a preposition
        ("es", "Trabajo en el mercado de Valencia desde marzo.", ["Valencia"]),
        ("es", "Llegamos desde León sin documentos.", ["León"]),
        # a name that is not an ordinary word stays the lexicon recogniser's, as a person
        ("es", "Se lo di a Guadalupe ayer.", []),
    ],
)
def test_towns_that_are_also_weak_names(language: str, text: str, expected: list[str]) -> None:
    assert places(language, text) == expected


@pytest.mark.parametrize("language, text, expected", [
    # Polish case forms of gazetteer towns after a Polish preposition, in whatever language the text is routed to
    ("de", "Mieszkam w Krakowie od roku.", ["Krakowie"]),
    ("en", "Przyjechaliśmy z Gdańska wczoraj.", ["Gdańska"]),
    ("en", "Rodzina jest we Wrocławiu.", ["Wrocławiu"]),
    ("de", "Pracuję w Katowicach.", ["Katowicach"]),
    ("en", "Jedziemy do Gdyni jutro.", ["Gdyni"]),
    ("en", "Jedziemy do Łodzi jutro.", ["Łodzi"]),
    # case forms of common nouns are no towns
    ("de", "Toalety w Ośrodku są brudne.", []),
    ("en", "Dostaliśmy Ryż z Magazynu.", []),
    ("de", "Lekarz z Przychodni nie przyszedł.", []),
    ("en", "Wróciliśmy do Domu, a potem z Banku.", []),
])
def test_inflected_polish_towns_after_a_preposition(language: str, text: str, expected: list[str]) -> None:
    assert places(language, text) == expected


@pytest.mark.parametrize("language, text, expected", [
    # after a loose preposition, the plural of an ordinary word of the language is an item, not a place
    ("fr", "Il faut plus de Seaux et de Couvertures.", []),
    ("pt", "Precisamos de Fraldas e de Baldes.", []),
    ("es", "Faltan muchas cosas en Albergues y Escuelas.", []),
    # unknown words and regions that are no plurals of ordinary words stay places
    ("fr", "Je viens de Creuse et je n'ai rien reçu.", ["Creuse"]),
    ("pt", "Viemos de Alentejo sem nada.", ["Alentejo"]),
    ("es", "La queja vino desde Sutatausa ayer.", ["Sutatausa"]),
])
def test_plurals_of_ordinary_words_after_a_preposition(language: str, text: str, expected: list[str]) -> None:
    assert places(language, text) == expected


@pytest.mark.parametrize("language, text, expected", [
    # German's own prepositions: a one-word town is the town even when the lexicon marks it as an ordinary
    # German word (Hunspell lists big towns lower-case as compound parts; Essen is also food)
    ("de", "Die Familie kam aus Essen gestern.", ["Essen"]),
    ("de", "Wir wohnen jetzt in Leipzig bei Freunden.", ["Leipzig"]),
    # the same words without a preposition, or after an article, are not the cue recogniser's
    ("de", "Das Essen war kalt.", []),
    ("de", "Nach dem Essen gingen wir.", []),
])
def test_german_towns_that_are_weak_words_after_a_german_preposition(language: str, text: str, expected: list[str]) -> None:
    assert places(language, text) == expected


@pytest.mark.parametrize("language, text, expected", [
    # a lower-case town after a place preposition: a gazetteer town that is no name and no ordinary word
    ("it", "abito a bergamo con la famiglia", ["bergamo"]),
    ("fr", "nous venons de grenoble depuis mars", ["grenoble"]),
    ("nl", "ik woon in eindhoven sinds maart", ["eindhoven"]),
    # towns that are a name or an ordinary word elsewhere, but no word of the text's own language
    # (``sevilla``, a surname; ``bologna``, an English word; ``coimbra``), only after the language's preposition
    ("es", "vivimos en sevilla desde marzo", ["sevilla"]),
    ("it", "abitiamo a bologna vicino alla stazione", ["bologna"]),
    ("pt", "moramos em coimbra há dois anos", ["coimbra"]),
    # lower-case ordinary words after the same prepositions
    ("es", "vivimos en casa de mi tia desde enero", []),
    ("es", "nadie vino a la escuela de cuenca ni de granada", []),  # basin, pomegranate: words of the text
    ("it", "siamo a posto, grazie a tutti", []),
    ("fr", "nous sommes en attente de nourriture depuis lundi", []),
    ("en", "we live in tents at the back of the school", []),
])
def test_lower_case_towns_after_a_place_preposition(language: str, text: str, expected: list[str]) -> None:
    assert places(language, text) == expected


@pytest.mark.parametrize("language, text, expected", [
    # after a loose preposition, an ordinary word listed with another ordinary word is an item
    ("fr", "Nous avons reçu du Savon, du Sucre et de l'Huile.", []),
    ("es", "Nos dieron Arroz y Aceite pero no de Comida ni de Jabón.", []),
    # a list of places stays a list of places; an ordinary word alone after a preposition stays a place
    ("fr", "Ils viennent de Creuse et de Corrèze.", ["Creuse", "Corrèze"]),
    ("pt", "Viemos de Alentejo sem nada.", ["Alentejo"]),
])
def test_ordinary_words_listed_with_ordinary_words_are_items(language: str, text: str, expected: list[str]) -> None:
    assert places(language, text) == expected


@pytest.mark.parametrize("language, text, expected", [
    # location labels of a form, in every language
    ("pt", "Localização: Alentejo, perto da escola.", ["Alentejo"]),
    ("it", "Posizione: Toscana, vicino alla scuola.", ["Toscana"]),
    ("en", "Konum: Kadıköy, okulun yanında.", ["Kadıköy"]),
    ("en", "Location: near the school, no water.", []),
])
def test_location_labels(language: str, text: str, expected: list[str]) -> None:
    assert places(language, text) == expected


@pytest.mark.parametrize("text", ["وصلت المساعدات في ٠٥/١١/٢٠٢٣ إلى المخيم", "التوزيع في ٢٠٢٣/١١/٠٥ صباحاً",
                                  "سكنا في ١٤ شهراً"])
def test_a_place_has_a_letter_digits_after_a_cue_are_no_place(text: str) -> None:
    assert places("ar", text) == []
