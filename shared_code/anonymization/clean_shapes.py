"""Shapes of ordinary words the name and place rules misread (clean-text over-redaction; pure functions,
read by :mod:`clean_spans` on the resolved spans).

- :func:`verb_headed`: a PERSON span of two or more words that starts a sentence with a word the lexicon
  does not know (a verb: ``Recibimos``, ``Tunashukuru``) followed by ordinary words of the text's apparent
  language, plain, inflected or plural, none of them a lexicon name (``Recibimos Frazadas``, ``Tunashukuru
  Serikali``). A rare given name the lexicon misses keeps its surname: surnames are lexicon names
  (``Yuleisy Flores``, ``Wambui Mwangi``).
- :func:`article_place`: a LOCATION span of words the lexicon does not know (no town, village or region),
  right after a lower-case definite article (``y la Letrina del Sector``), in the Romance languages, but
  not after a preposition (``para o Algarve``, ``per la Basilicata``): a village takes no article unless
  it is part of its name, which is then capitalised (``La Paz``).
- :func:`lower_plural`: a one-word lower-case PERSON that is the plural of an ordinary word of the apparent
  language, listed with a lower-case ordinary word that is no given name (``gás e mantas``): goods are
  listed with goods (``pedro y marcos``, ``helft nils`` stay).
- :func:`common_word_place`: a LOCATION in a Romance language headed by a facility noun (:data:`FACILITIES`),
  whose words are ordinary words of the apparent language (plain, plural or inflected) and which no
  gazetteer holds whole as a town, village or region (``no Mercado``, ``no Balcão``, ``no Centro
  Comunitário``, ``no Centro de Saúde``: ``Centro`` and ``Saúde`` are towns, the phrase is none; ``no
  Centro`` alone stays). Other single ordinary words are left alone: the word lists hold regions as words
  (``o Alentejo``, ``do Minho``).
- :func:`listed_word`: a one-word PERSON that is an ordinary word of the apparent language, or its plural,
  listed with a capitalised ordinary word that is no given name nor town (``Dolores, Fiebre y Tos``): goods
  and complaints are listed with their kind; people with people (``Rosa y Paz``, ``Mercedes y Dolores``
  stay: ``Paz``, ``Mercedes`` are given names).
- :func:`facility_of`: a LOCATION of ordinary words, no town among them, right after a facility, programme
  or goods noun (:data:`QUALIFIED_HEADS`, either case) and ``of`` in a Romance language or Romanian
  (``Centrul de [Sănătate]``, ``Banca de [Alimente]``, ``Programa de [Efectivo]`` heading a sentence,
  ``los kits de [Emergencia]``): what the thing is for, not where it is (``Centro de Maputo``, ``Hospital
  de Palmas``, ``la escuela de Victoria`` stay: towns; after a programme or goods noun, a town the lexicon
  marks an ordinary word of the language too is that word: ``Programa de Registro``; ``Viemos do Minho``:
  no such noun); :func:`headed_phrase`, the same when the span holds the noun (``Paquete de Mujeres``).
- :func:`plural_town`: a one-word LOCATION inside a sentence, right after a lower-case word that is no place
  preposition nor conjunction, that is the plural of an ordinary word of a Romance language (``não havia
  Cestas``): towns named so (``Palmas``, ``Flores``) come after a preposition (``em Palmas``), in a list
  of towns (``Palmas y Flores``) or head a sentence.
"""

from __future__ import annotations

import regex

from shared_code.anonymization.common_words import COMMON_LANGUAGES, in_item_list, language_bit, plural_noun
from shared_code.anonymization.lexicon import (FIRST, LANGUAGES, LAST, MINOR_PLACE, PLACE, get_lexicon, normalise,
                                               weak_place_bit)
from shared_code.anonymization.regions import fold, get_regions
from shared_code.anonymization.thanks import signs_off
from shared_code.anonymization.spans import ARTICLES, PARTICLES, LanguageRules, sentence_initial
from shared_code.anonymization.span_types import NAME_PART, content_words, span_words

_PT = language_bit("pt")
_ROMANCE = sum(language_bit(code) for code in ("es", "pt", "fr", "it"))
_FACILITY_LANGUAGES = _ROMANCE | language_bit("ro")
"""Languages where :func:`plural_town` and :func:`article_place` read (English has towns named by plurals
after verbs, ``visited Wells``, and places after ``the``: ``the Bronx``)."""
_ROMANCE_ARTICLES = ARTICLES - {"the", "het", "een"}
_PT_ARTICLES = frozenset(("o", "os", "as"))
"""Portuguese articles that are conjunctions or words elsewhere (``Cali o Bogotá``), read in Portuguese only."""
_PREVIOUS = regex.compile(r"(\S+)[ \t]+$")
_CONJUNCTIONS = frozenset("y e o ou u et and i ni ma".split())
"""Conjunctions of the Romance languages: towns are listed with towns (``Palmas y Flores``)."""
_ARTICLE_BEFORE = regex.compile(r"(?:(\p{L}+)[ \t]+)?(\S+)[ \t]+$")
_PREPOSITIONS = frozenset(
    "a al ante bajo con contra de del desde en entre hacia hasta para por según sin sobre tras "  # es
    "até com em perante sem sob "  # pt (a, contra, de, desde, entre, para, por, sobre above)
    "à da di in su per tra fra verso dans par pour vers chez sur sous avec sans depuis".split())  # it, fr
"""Prepositions of the Romance languages: a place rule may read the article after one as part of a place
cue (``per la Basilicata``), so :func:`article_place` leaves the span to it."""
_AND = r"(?:,[ \t]*(?:(?:e|y|et|and|i|na|ou|o|or)[ \t]+)?|[ \t]+(?:e|y|et|and|i|na|ou|o|or)[ \t]+)"
_LOWER_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(\p{{Ll}}+){_AND}$")
_LOWER_AFTER = regex.compile(rf"{_AND}(\p{{Ll}}+)(?![\p{{L}}\p{{M}}])")
"""A lower-case word listed right before or after a span (``gás e mantas``)."""


def _ordinary(word: str, rules: LanguageRules, language: int) -> bool:
    return bool((rules.ordinary(word) | rules.ordinary_form(word, language)) & language) \
        or plural_noun(word, rules.ordinary, language)


def verb_headed(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A sentence's first word unknown to the lexicon and ordinary non-name words (module docstring)."""
    if entity_type != "PERSON" or not sentence_initial(text, start):
        return False
    words = [w for w in content_words(text, start, end) if w.casefold() not in rules.stop_words]
    if len(words) < 2 or rules.known_word(words[0]):
        return False
    language = rules.apparent_language(text)
    lexicon = get_lexicon()
    return language > 0 and all(_ordinary(w, rules, language) and not lexicon.flags(normalise(w)) & (FIRST | LAST)
                                 for w in words[1:])


def article_place(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A LOCATION of words unknown to the lexicon right after a lower-case article (module docstring)."""
    if entity_type != "LOCATION":
        return False
    before = _ARTICLE_BEFORE.search(text, max(0, start - 40), start)
    article = before.group(2) if before else ""
    if before and before.group(1) and (before.group(1).casefold() in _PREPOSITIONS
                                       or before.group(1).casefold() in rules.place_prepositions):
        return False  # a place after its preposition and article (``para o Algarve``, ``per la Basilicata``)
    language = rules.apparent_language(text) if article.islower() else 0
    if language <= 0 or not language & _ROMANCE or article not in _ROMANCE_ARTICLES and not (
            article in _PT_ARTICLES and language & _PT):
        return False
    words = [w for w in span_words(text, start, end) if w.casefold() not in PARTICLES]
    lexicon, regions = get_lexicon(), get_regions()
    return bool(words) and fold(normalise(text[start:end])) not in regions and not any(
        rules.known_word(w) or lexicon.place_flags(normalise(w)) & PLACE or fold(normalise(w)) in regions
        for w in words)


def lower_plural(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A lower-case one-word PERSON that is a plural noun of the apparent language (module docstring)."""
    word = text[start:end]
    if entity_type != "PERSON" or not word.islower() or not NAME_PART.fullmatch(word):
        return False
    language = rules.apparent_language(text)
    if language <= 0 or not plural_noun(word, rules.ordinary, language):
        return False
    lexicon = get_lexicon()
    neighbours = (_LOWER_BEFORE.search(text, max(0, start - 40), start), _LOWER_AFTER.match(text, end))
    return any(m and rules.ordinary(m.group(1)) & language and not lexicon.flags(normalise(m.group(1))) & FIRST
               for m in neighbours)


def plural_town(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A one-word LOCATION after a lower-case word, no place preposition, that is a plural noun (module
    docstring)."""
    word = text[start:end]
    if entity_type != "LOCATION" or not NAME_PART.fullmatch(word) or not word[:1].isupper() or word.isupper():
        return False
    before = _PREVIOUS.search(text, max(0, start - 24), start)
    previous = before.group(1) if before else ""
    if not previous.isalpha() or not previous.islower() or previous in rules.place_prepositions \
            or previous in _CONJUNCTIONS:
        return False
    language = rules.apparent_language(text)
    return language > 0 and bool(language & _ROMANCE) and plural_noun(word, rules.ordinary, language)


FACILITIES = frozenset(
    "centro posto ponto punto unidade unidad casa sala salón salão oficina escritório escritorio hospital "
    "clínica clinica escola escuela mercado tienda loja albergue abrigo refugio comedor refeitório cantina "
    "puesto dispensario ambulatorio ufficio sportello centre poste point bureau école marché bairro balcão "
    "ventanilla guichet feira quadra ginásio coliseo salão banco banca centrul spitalul școala biroul punctul "
    "ghișeul".split())
"""Facility nouns that head a title-case common-noun phrase (``Centro de Saúde``, ``Punto de Distribución``)."""


def common_word_place(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A LOCATION of ordinary words that no gazetteer holds (module docstring)."""
    if entity_type != "LOCATION" or any(c.isdigit() for c in text[start:end]):
        return False
    words = content_words(text, start, end)
    if not words or not all(w[:1].isupper() and not w.isupper() for w in words) \
            or words[0].casefold() not in FACILITIES:
        return False
    language = rules.apparent_language(text)
    if language <= 0 or not language & _ROMANCE or not all(_ordinary(w, rules, language) for w in words):
        return False
    lexicon, regions = get_lexicon(), get_regions()
    whole = "_".join(normalise(w) for w in span_words(text, start, end))
    return not lexicon.place_flags(whole) & (PLACE | MINOR_PLACE) and fold(whole) not in regions


def listed_word(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A one-word PERSON, an ordinary word, listed with an ordinary word no list holds as a name or town
    (module docstring)."""
    word = text[start:end]
    if entity_type != "PERSON" or not NAME_PART.fullmatch(word) or not word[:1].isupper() or word.isupper():
        return False
    language = rules.apparent_language(text)
    if language <= 0 or not _ordinary(word, rules, language) or signs_off(text, start, end):
        return False  # ``Cheers, Tom``: a closing word and a name, no list
    lexicon = get_lexicon()

    def goods(other: str) -> bool:
        return _ordinary(other, rules, language) and not lexicon.place_flags(normalise(other)) & (FIRST | PLACE)

    return in_item_list(text, start, end, goods)


QUALIFIED_HEADS = FACILITIES | frozenset(
    # nouns feedback qualifies with a capitalised "of" phrase (``Programa de Efectivo``, ``Kits de Higiene``)
    "kit kits bono bonos tarjeta tarjetas cupón cupones vale vales programa comité equipo línea brigada "
    "jornada campaña entrega distribución servicio grupo red plan proyecto fondo ayuda paquete paquetes "
    "canasta cesta consejo mesa espacio carpa módulo taller talleres cartão cartões cupom cupons comitê comité "
    "equipe equipa linha campanha serviço rede projeto projecto apoio pacote pacotes oficina oficinas "
    "bon bons carte cartes programme équipe ligne campagne service réseau projet comitato squadra linea "
    "campagna servizio rete progetto buono buoni carta carte pacco pacchi programul echipa linia campania "
    "serviciul proiectul pachetul distribuição plano consegna distribuzione gruppo distribution groupe "
    "distribuția grupul".split())
"""Nouns a capitalised ``of`` phrase qualifies (:func:`facility_of`): facilities, programmes, goods."""
_OF = frozenset("de da do das dos del di du des della dei".split())
_OF_AFTER = regex.compile(r"[ \t]+(de|da|do|del|di|du)[ \t]+(\p{Lu}[\p{L}\p{M}]+)")
_FACILITY_OF = regex.compile(r"(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]+)[ \t]+(?:de|da|do|das|dos|del|di|du|des|della|dei)"
                             r"[ \t]+$")


def facility_of(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A LOCATION of ordinary words, no town, after a facility noun and ``of`` (module docstring)."""
    if entity_type != "LOCATION":
        return False
    head = _FACILITY_OF.search(text, max(0, start - 24), start)
    if head is None or head.group(1).casefold() not in QUALIFIED_HEADS:
        return False
    language = rules.apparent_language(text)
    words = content_words(text, start, end)
    weak_ok = head.group(1).casefold() not in FACILITIES
    return language > 0 and bool(language & _FACILITY_LANGUAGES) and bool(words) and all(
        _ordinary(w, rules, language) and not _town(w, language, weak_ok) for w in words)


def headed_phrase(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A PERSON or LOCATION span that is itself a :data:`QUALIFIED_HEADS` noun, ``of`` and ordinary words, no
    town among them (``Paquete de Mujeres``, ``Sala de Mujeres``: surnames to the name rules), or the noun
    alone before such an ``of`` phrase (``Bono de Registro``)."""
    words = span_words(text, start, end)
    if len(words) == 1:  # the noun alone, its ``of`` phrase after the span (``pero Bono de Registro``)
        after = _OF_AFTER.match(text, end)
        words += (after.group(1), after.group(2)) if after else ()
    if entity_type not in ("PERSON", "LOCATION") or len(words) < 3 or words[0].casefold() not in QUALIFIED_HEADS \
            or words[1] not in _OF:
        return False
    language = rules.apparent_language(text)
    rest = [w for w in words[2:] if w.casefold() not in PARTICLES]
    weak_ok = words[0].casefold() not in FACILITIES
    return language > 0 and bool(language & _FACILITY_LANGUAGES) and bool(rest) and all(
        _ordinary(w, rules, language) and not _town(w, language, weak_ok) for w in rest)


def _town(word: str, language: int, weak_ok: bool) -> bool:
    """A gazetteer town or a region (``Palmas``, ``Maputo``, ``Chocó``), unless ``weak_ok`` and the lexicon
    marks it an ordinary word of the language too (``Bono de Registro``; a facility keeps it: ``la escuela de
    Victoria`` may be the town's)."""
    key = normalise(word)
    flags = get_lexicon().place_flags(key)
    code = COMMON_LANGUAGES[language.bit_length() - 1] if language & (language - 1) == 0 else ""
    weak = weak_ok and code in LANGUAGES and flags & weak_place_bit(code)
    return not weak and (bool(flags & PLACE) or fold(key) in get_regions())
