"""Romance grammar that rules a name or a place out (clean-text over-redaction; pure functions read by
:mod:`clean_spans` on the resolved spans).

- :func:`partitive_place`: a LOCATION of ordinary words of the text's apparent language right after a
  quantity word and ``de``/``di``/``d'`` (``il n'y a plus de Lait``, ``un po' di Fortuna``, ``falta de
  Agua``, ``besoin de Savon``): a quantity takes a mass or count noun, not a town, though the place
  preposition rules read the ``de`` as *from*. ``pas``, ``plus``, ``più``, ``más`` … also negate or compare
  a *from* (``je ne suis pas de Lyon``), so after them a gazetteer town that the lexicon does not mark as
  an ordinary word of the language stays.
- :func:`agreeing_adjective`: in Italian, Spanish and Portuguese, a PERSON span that is a capitalised
  adjective after a capitalised noun, or holds the pair, the noun right after an article or articled
  preposition (``la Tenda Rosa``, ``il Vento Marino``, ``la Tessera Sanitaria``, ``al Campo Sportivo``,
  ``I Sacchi Neri``), both ordinary words of the apparent language ending in the same gender and number
  vowel (``-o``/``-a``/``-i``/``-e``, ``-os``/``-as``; the adjective may be the feminine or plural of an
  ordinary word, ``Bianca``): a noun and its adjective, not a given name and a surname (``Rosa Colombo``;
  a surname first, ``Bianco Rubio``, takes no article). The noun must be no given name (``la Rosa Bianca``
  stays) nor a title, role, trade, family or person noun (``la Maestra Serena``, ``il Sindaco Marino``,
  ``il Fabbro Marino``, ``la Zia Rosa`` stay: names follow them). Words after the pair must be ``of``
  words and ordinary words that are no given names (``I Lenzuoli Bianchi del Dormitorio``). A pair the
  gazetteer holds as a town stays (``o Monte Alegre``), and so do a feature noun's (``la Playa Blanca``)
  and a street's (``na Rua Augusta``).
Word lists: general vocabulary (quantity words, articles, person nouns), no names or places.
"""

from __future__ import annotations

import regex

from shared_code.anonymization.common_words import COMMON_LANGUAGES, language_bit, plural_noun
from shared_code.anonymization.kinship import KIN
from shared_code.anonymization.lexicon import FIRST, PLACE, get_lexicon, normalise, weak_place_bit
from shared_code.anonymization.span_types import Candidate, LanguageRules
from shared_code.anonymization.spans import PARTICLES
from shared_code.anonymization.span_types import content_words, span_words
from shared_code.anonymization.street_spans import addressed
from shared_code.anonymization.trade_nouns import TRADES

_PARTITIVE_LANGUAGES = sum(language_bit(code) for code in ("fr", "it", "es", "pt"))
_QUANTITIES = frozenset(
    "peu beaucoup trop assez besoin manque faute tant autant "  # fr
    "po poco poca pochi poche molto molta molti molte tanto tanta troppo troppa bisogno mancanza carenza "  # it
    "mucho mucha falta carencia escasez necesidad "  # es (poco, poca above)
    "pouco pouca muito muita carência escassez necessidade".split())  # pt (falta above)
"""Quantity words a partitive ``de`` follows (case-folded; ``po`` of Italian ``un po'``)."""
_COMPARING = frozenset("pas plus moins più meno niente nulla más menos nada mais".split())
"""Quantity words that also negate or compare a *from* phrase: a town after them stays."""
_BEFORE_PARTITIVE = regex.compile(r"(?<![\p{L}\p{M}])(\p{L}+)(?:['’][ \t]*|[ \t]+)(?:de[ \t]+|di[ \t]+|d['’])$")


def _ordinary(word: str, rules: LanguageRules, language: int) -> bool:
    return bool((rules.ordinary(word) | rules.ordinary_form(word, language) | rules.weak_name(word, language))
                & language) or plural_noun(word, rules.ordinary, language)


def _code(language: int) -> str:
    return COMMON_LANGUAGES[language.bit_length() - 1] if language & (language - 1) == 0 else ""


def partitive_place(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """Ordinary words after a quantity word and ``de`` (module docstring)."""
    if entity_type != "LOCATION":
        return False
    before = _BEFORE_PARTITIVE.search(text, max(0, start - 24), start)
    quantity = before.group(1).casefold() if before else ""
    if quantity not in _QUANTITIES and quantity not in _COMPARING:
        return False
    language = rules.apparent_language(text)
    words = content_words(text, start, end)
    if language <= 0 or not language & _PARTITIVE_LANGUAGES or not words \
            or not all(_ordinary(w, rules, language) for w in words):
        return False
    if quantity in _COMPARING:
        weak = weak_place_bit(_code(language)) if _code(language) else 0
        flags = get_lexicon().place_flags("_".join(normalise(w) for w in words))
        return not (flags & PLACE and not flags & weak)
    return True


_ADJECTIVE_LANGUAGES = sum(language_bit(code) for code in ("it", "es", "pt"))
_ARTICLES = frozenset(
    "il lo la i gli le un una uno al allo alla ai agli alle del dello della dei degli delle nel nello nella nei "
    "negli nelle sul sullo sulla sui dal dallo dalla dai "  # it
    "el los las unos unas "  # es (la, un, una, al, del above)
    "o a os as um uma ao à aos às do da dos das no na nos nas pelo pela pelos pelas".split())
"""Articles and articled prepositions before a noun (case-folded), and the elided ones (``l'``, ``dell'``)."""
_ELIDED = frozenset("l all dell nell sull dall".split())
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(\p{L}+)([ \t]+|['’])$")
_NOUN_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’])(\p{Lu}\p{Ll}+)[ \t]+$")
_PERSON_NOUNS = frozenset(
    "maestro maestra sindaco sindaca medico medica zio zia nonno nonna cugino cugina amico amica vicino vicina "
    "suora frate padre madre fratello sorella figlio figlia marito moglie parroco prete donna signora signore "
    "ragazzo ragazza bambino bambina collega capo ospite volontario volontaria psicologo psicologa avvocato "
    "avvocata infermiere infermiera ostetrica pediatra cuoco cuoca custode compagno compagna "
    "alcalde alcaldesa médico médica tío tía abuelo abuela primo prima amigo amiga vecino vecina hermano "
    "hermana hijo hija esposo esposa cura monja señor señora niño niña compañero compañera voluntario "
    "voluntaria psicólogo psicóloga abogado abogada promotor promotora jefe jefa encargado encargada enfermero "
    "enfermera cocinero cocinera profesor profesora "
    "mestre professor professora prefeito prefeita tio tia avô avó vizinho vizinha irmão irmã filho filha "
    "freira senhor senhora menino menina companheiro companheira voluntário voluntária advogado advogada "
    "chefe encarregado encarregada enfermeiro enfermeira cozinheiro cozinheira".split())
"""Person nouns of Italian, Spanish and Portuguese (case-folded): a name may follow them."""
_PLACE_HEADS = frozenset(
    "monte costa isola lago val valle sierra playa praia porto puerto torre villa vila borgo castel castello "
    "ponte serra punta cabo morro cerro río rio fonte fuente bahía baía baia riva colle poggio".split())
"""Feature and settlement nouns that head place names with an adjective (``Monte Bianco``, ``Playa Blanca``)."""
_PERSON_ENDINGS = ("tore", "trice", "ista", "ante", "ente", "aio", "aia", "iere", "dor", "dora", "ólogo", "óloga")
_AGREEMENT = ("os", "as", "es", "o", "a", "i", "e")


def _ending(word: str) -> str:
    lower = word.casefold()
    return next((end for end in _AGREEMENT if lower.endswith(end)), "")


def _person_noun(word: str, rules: LanguageRules) -> bool:
    key = word.casefold()
    stems = {key, key[:-1] + "o", key[:-1] + "a", key[:-1] + "e", key[:-1], key[:-2]}
    return bool(stems & (_PERSON_NOUNS | TRADES | KIN | rules.non_names)) or key.endswith(_PERSON_ENDINGS)


def _adjective(word: str, rules: LanguageRules, language: int) -> bool:
    """An ordinary word, or the feminine or plural of one whose masculine singular is (``Bianca``, ``Bianche``:
    the word lists drop forms that are given names)."""
    lower = word.casefold()
    stems = (lower[:-2] + "o",) if lower.endswith(("che", "chi", "ghe", "ghi")) else (lower[:-1] + "o",) \
        if lower.endswith(("a", "e", "i")) else ()
    return _ordinary(word, rules, language) or any(rules.ordinary(stem) & language for stem in stems)


def _after_article(text: str, start: int) -> bool:
    match = _ARTICLE_BEFORE.search(text, max(0, start - 12), start)
    word = match.group(1).casefold() if match else ""
    return word in _ELIDED if match and match.group(2) in "'’" else word in _ARTICLES


def agreeing_adjective(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A noun after an article and its agreeing adjective (module docstring)."""
    if entity_type != "PERSON":
        return False
    words = span_words(text, start, end)
    before = _NOUN_BEFORE.search(text, max(0, start - 24), start)
    if before and _after_article(text, before.start(1)):  # the noun before the span: ``la Tenda [Rosa]``
        words, start = [before.group(1), *words], before.start(1)
    elif len(words) > 2 and words[0].casefold() in _ARTICLES:  # the article inside the span: ``[La Tenda Rosa]``
        words, start = words[1:], text.index(words[1], start)
    elif len(words) < 2 or not _after_article(text, start):
        return False
    language = rules.apparent_language(text)
    if language <= 0 or not language & _ADJECTIVE_LANGUAGES:
        return False
    noun, adjective, rest = words[0], words[1], words[2:]
    lexicon = get_lexicon()
    if not noun[:1].isupper() or not adjective[:1].isupper() or _person_noun(noun, rules) \
            or lexicon.flags(normalise(noun)) & FIRST or not _ending(noun) or _ending(noun) != _ending(adjective):
        return False
    if noun.casefold() in _PLACE_HEADS or lexicon.place_flags(f"{normalise(noun)}_{normalise(adjective)}") & PLACE \
            or addressed(text, Candidate(start, end, "LOCATION", 0.0, "cue")):
        return False  # a feature, a town or a street named so (``Playa Blanca``, ``o Monte Alegre``, ``Rua Augusta``)
    tail = [w for w in rest if w.casefold() not in PARTICLES]
    return _ordinary(noun, rules, language) and _adjective(adjective, rules, language) and all(
        _ordinary(w, rules, language) and not lexicon.flags(normalise(w)) & FIRST for w in tail)
