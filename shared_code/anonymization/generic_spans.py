"""Spans made of generic nouns that name no one and no particular place (clean-text over-redaction; pure
functions, read by :mod:`engine` on the resolved spans; docs/anonymization.md §7).

- :func:`direction_district`: a district named only by a compass direction, upper or lower, or a number (``le Quartier
  Nord``, ``Barrio Norte``, ``Mtaa wa Kaskazini``, ``Wijk Noord``, ``East Sector``, ``Güney
  Mahallesindeki``, ``у Північному кварталі``, ``الحي الشمالي``): every camp and town has one, so it
  locates nobody; a district with a proper name stays (``Quartier Saint-Michel``, ``Atatürk Mahallesi``,
  ``حي الميدان``). Ordinary words of the text's language may lead the phrase before an ``of`` word (``la
  Pompe du Quartier Nord``).
- :func:`role_of_institution`: a PERSON span that is a role or profession noun, or nothing, before ``of``
  and an institution (``[la Doctora] del Centro de Salud``, ``De Vroedvrouw van de Kraamafdeling``): a
  person's name does not hold the words for a health centre or a ward; a name before the ``of`` keeps the
  span (``la Doctora Lucía Ferreyra del Centro``).
- :func:`ordinary_of_place`: a LOCATION of two or more ordinary words of the text's apparent language
  joined by ``of`` words, headed by a facility or role noun, no town, village or region among them nor as
  a whole (``Sage-Femme de la Maternité``, ``Magasin du Camp``): a service or a facility, as
  :meth:`location.LocationCueRecognizer._institution` reads the same words after a place preposition.
  Place names of ordinary words are headed by a feature or settlement noun (``Costa del Sol``, ``Port de
  Paix``, ``Côte d'Ivoire``) and stay; so do gazetteer places (``Centro de Maputo``).
- :func:`state_noun`: a noun of action after ``en``/``in`` (``está en Mantenimiento``): a state, no place.
- :func:`facility_noun`: a LOCATION that is one facility noun (``at Reception``, ``na Creche``, Ukrainian in any
  case: ``з Медпункту``, ``в Гуртожитку``): no town is named by these nouns.
- :func:`ukrainian_adjective`: a Ukrainian adjective shaped as a surname and its noun (``Зимова Куртка``).
- :func:`arabic_goods`: an Arabic PERSON span among goods listed with ``و`` (``قفازات وصابون``); what is
  said of God (``الله كريم``: :func:`arabic_names.god_predicate`).
- :func:`article_noun`: in German, a PERSON span that starts with a definite or indefinite article (``Das
  Welternährungsprogramm``, ``Die Krankenstation``): German names take no article; the capitalised word
  after it is a noun (``Das`` is also a surname of the lexicon).
- the rules of :mod:`facility_names` (German role + genitive, Turkish compounds, named kitchens, acronyms).
Word lists: general vocabulary of the served languages (directions, district and facility nouns), no place
or name lists.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from shared_code.anonymization.arabic_names import god_predicate
from shared_code.anonymization.arabic_places import ordinary_arabic
from shared_code.anonymization.clean_shapes import FACILITIES
from shared_code.anonymization.facility_names import GERMAN_ARTICLES as _GERMAN_ARTICLES
from shared_code.anonymization.facility_names import articled_noun, mixed_acronym, named_facility, turkish_compound
from shared_code.anonymization.lexicon import FIRST, FIRST_POPULAR, LAST, MINOR_PLACE, PLACE, get_lexicon, normalise
from shared_code.anonymization.ordinary_names import INSTITUTIONS
from shared_code.anonymization.regions import fold, get_regions
from shared_code.anonymization.span_types import Candidate, LanguageRules, sentence_initial
from shared_code.anonymization.street_spans import addressed

_TOKEN = regex.compile(r"[\p{L}\p{M}\d]+(?:-[\p{L}\p{M}\d]+)*")
_NEXT = regex.compile(r"[ \t]+([\p{L}\p{M}]+)")
_PREVIOUS = regex.compile(r"([\p{L}\p{M}]+)[ \t]+$")

DIRECTIONS = frozenset(
    "north south east west northern southern eastern western upper lower "  # en
    "nord sud est ouest haut bas "  # fr
    "norte sur este oeste alto bajo oriente poniente oriental occidental "  # es
    "sul leste baixo "  # pt (norte, este, oeste, alto above)
    "ovest basso "  # it
    "noord zuid oost "  # nl
    "süd ost "  # de
    "kaskazini kusini mashariki magharibi "  # sw
    "kuzey güney doğu batı".split())  # tr
"""Compass points, upper and lower in the served languages (Latin script, case-folded). Not the centre:
``colonia Centro``, ``Barrio Centro`` are the official names of a town's central district."""
_DIRECTION = regex.compile(
    r"(?:півн[іо]чн|півден?н|східн|західн)\p{L}*"  # uk adjectives, any case and gender
    r"|(?:ال)?(?:شمالي|جنوبي|شرقي|غربي|شمالية|جنوبية|شرقية|غربية)"  # ar
    r"|\d+|(?-i:[A-Z]|[IVX]{1,4})", regex.IGNORECASE)
_NUMBERS = frozenset("one two three four five first second third un deux trois quatre cinq premier deuxième "
                     "uno dos tres cuatro cinco primero segundo um dois três quatro primeiro due tre quattro "
                     "primo secondo een twee drie vier eins zwei moja mbili tatu nne tano bir iki üç dört".split())
DISTRICTS = frozenset(
    "district sector block zone area quarter ward section neighbourhood neighborhood "  # en
    "quartier secteur bloc îlot cité arrondissement "  # fr
    "barrio bloque zona colonia manzana distrito "  # es
    "bairro setor bloco "  # pt
    "quartiere settore blocco rione distretto "  # it
    "wijk blok buurt kwartier "  # nl
    "viertel sektor bezirk stadtteil ortsteil "  # de
    "mtaa kitongoji eneo sehemu kata tarafa".split())  # sw
"""Nouns for a part of a town, camp or settlement (case-folded)."""
_DISTRICT = regex.compile(r"(?:mahalle|semt|bölge|sektör|blok)\p{L}*(?:['’]\p{L}*)?"  # tr, with case endings
                          r"|(?:квартал|мікрорайон|район|сектор|блок)\p{L}*"  # uk
                          r"|(?:ال)?(?:حي|قطاع|منطقة|مربع)", regex.IGNORECASE)  # ar
_OF = frozenset("of the de du des la le l d del los las da do das dos di della dello dei degli van het vom von "
                "der den wa ya la cha za".split())
"""``of`` words and articles between the nouns of a phrase (and Swahili's ``wa``, ``ya``, ``la``, ``cha``)."""


@lru_cache(maxsize=1 << 14)
def _direction(word: str) -> bool:
    return word.casefold() in DIRECTIONS or word.casefold() in _NUMBERS or _DIRECTION.fullmatch(word) is not None


@lru_cache(maxsize=1 << 14)
def _district(word: str) -> bool:
    return word.casefold() in DISTRICTS or _DISTRICT.fullmatch(word) is not None


def _ordinary(word: str, rules: LanguageRules, language: int) -> bool:
    """An ordinary word of ``language`` (a bit) that no gazetteer holds as a town (any hyphen part)."""
    lexicon = get_lexicon()
    for part in word.split("-"):
        flags = lexicon.place_flags(normalise(part))
        if flags & (PLACE | FIRST | LAST) and not rules.weak_name(part, language) or part.isupper():
            return False
        if not (rules.ordinary(part) & language or rules.weak_name(part, language)
                or rules.ordinary_form(part, language)):
            return False
    return True


def direction_district(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """A district named by a direction or a number only (module docstring)."""
    if span.entity_type not in ("LOCATION", "PERSON"):
        return False
    words = _TOKEN.findall(text, span.start, span.end)
    content = [w for w in words if w.casefold() not in _OF]
    if not content or not any(_direction(w) for w in content):
        return False
    if all(_direction(w) for w in content):  # the district noun beside the span (Güney Mahallesindeki)
        after, before = _NEXT.match(text, span.end), _PREVIOUS.search(text, max(0, span.start - 30), span.start)
        return bool(after and _district(after.group(1)) or before and _district(before.group(1)))
    first = next((i for i, w in enumerate(words) if _district(w) or _direction(w)), None)
    if first is None or not any(_district(w) for w in words[first:]) \
            or not all(_district(w) or _direction(w) or w.casefold() in _OF for w in words[first:]):
        return False
    lead = words[:first]  # la Pompe du [Quartier Nord]: ordinary words, then an ``of`` word
    language = rules.apparent_language(text)
    return not lead or lead[-1].casefold() in _OF and language > 0 and all(
        w.casefold() in _OF or _ordinary(w, rules, language) for w in lead)


INSTITUTION_NOUNS = FACILITIES | INSTITUTIONS | frozenset(
    "centre center centro maternité maternidad maternidade maternità dispensaire dispensario posta ambulatoire "
    "consultorio consultório ward warehouse magasin almacén armazém magazzino camp campo campamento "
    "acampamento accueil acogida acolhimento accoglienza station pharmacie farmacia farmácia "
    "infirmerie enfermería enfermaria infermeria mairie alcaldía prefeitura municipio comune".split())
"""Facility and institution nouns (case-folded): what ``of`` joins a role to (``Enfermero del Hospital``)."""
_INSTITUTION_ENDINGS = ("afdeling", "centrum", "huis", "kliniek", "school", "post", "station", "zentrum", "haus",
                        "heim", "klinik", "schule", "amt", "unterkunft", "einrichtung", "lager", "praxis")
"""Heads of Dutch and German compound institution nouns (``Kraamafdeling``, ``Gesundheitszentrum``)."""
_ROLE_ENDINGS = ("vrouw", "man", "arts", "kundige", "werker", "werkster", "leider", "pfleger", "pflegerin",
                 "arbeiter", "arbeiterin", "leiter", "leiterin", "helfer", "helferin", "ärztin", "arzt")
"""Heads of Dutch and German compound role nouns (``Vroedvrouw``, ``Huisarts``, ``Krankenpfleger``)."""


def _institution(word: str) -> bool:
    key = word.casefold()
    return key in INSTITUTION_NOUNS or any(key.endswith(e) and len(key) > len(e) + 2 for e in _INSTITUTION_ENDINGS)


def _role(word: str, rules: LanguageRules) -> bool:
    """A role noun of the person cues, or a compound of a role noun that no name list holds (``Huisman``,
    ``Bergman`` are surnames)."""
    key = word.casefold()
    return key in rules.non_names or any(key.endswith(e) and len(key) > len(e) + 2 for e in _ROLE_ENDINGS) \
        and not get_lexicon().flags(normalise(word)) & (FIRST | LAST)


def role_of_institution(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """A role noun, or nothing, before ``of`` and an institution noun (module docstring)."""
    if span.entity_type != "PERSON":
        return False
    words = _TOKEN.findall(text, span.start, span.end)
    joint = next((i for i, w in enumerate(words) if w.casefold() in _OF and w[:1].islower()), None)
    if joint is None:
        return False
    after = [w for w in words[joint:] if w.casefold() not in _OF]
    if not after or not _institution(after[0]):
        return False
    lexicon, lead = get_lexicon(), words[:joint]
    return all(_role(w, rules) and not lexicon.flags(normalise(w)) & FIRST for w in lead) \
        or articled_noun(text, span.start, lead, rules)


def ordinary_of_place(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """Ordinary words joined by ``of`` words, no town nor region (module docstring)."""
    if span.entity_type != "LOCATION" or addressed(text, span):
        return False
    words = _TOKEN.findall(text, span.start, span.end)
    content = [w for w in words if w.casefold() not in _OF]
    if len(content) < 2 or len(content) == len(words) or not all(w[:1].isupper() for w in content) \
            or not (_institution(content[0]) or any(_role(part, rules) for part in content[0].split("-"))):
        return False  # a place is headed by a feature or settlement noun (Costa del Sol, Port de Paix)
    language = rules.apparent_language(text)
    whole = "_".join(normalise(w) for w in words)
    return language > 0 and not get_lexicon().place_flags(whole) & (PLACE | MINOR_PLACE) \
        and fold(whole) not in get_regions() and fold(normalise(text[span.start:span.end])) not in get_regions() \
        and all(_ordinary(w, rules, language) for w in content)


_FACILITY = regex.compile(
    r"(?:медпункт|фельдшерсько-акушерськ|гуртожит|гуртожитк|поліклінік|поліклініц|амбулатор|лікарн|аптек|аптец|школ|садоч|садк|"
    r"дитсадк|дитсадок|їдальн|притул|укритт|бібліотек|пошт|магазин|склад|госпітал|шпитал|центр|пункт|офіс|цнап)\p{L}*"
    r"|(?:reception|receção|recepção|recepción|accueil|creche|crèche|guardería|kita)", regex.IGNORECASE)
"""Facility nouns, any case: Ukrainian (first-aid post, dormitory, polyclinic, outpatient clinic, hospital,
pharmacy, school, kindergarten, canteen, shelter, library, post office, shop, warehouse, centre, point,
office, administrative service centre) and the reception desks and crèches of the Latin-script languages."""


def facility_noun(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """A LOCATION that is one facility noun (module docstring)."""
    word = text[span.start:span.end]
    return span.entity_type == "LOCATION" and _FACILITY.fullmatch(word) is not None


_STATE_PREPOSITIONS = frozenset(("en", "in", "em", "im"))
_ACTION_SUFFIXES = ("ción", "sión", "miento", "mento", "zione", "sione", "ção", "são", "tion", "sion", "ment", "age",
                    "ung", "heid", "ing", "atur")
"""Suffixes of nouns of action or state made from verbs (es, it, pt, fr, de, nl): ``Mantenimiento``,
``Manutenção``, ``Traitement``, ``Reparatur``, ``Afwachting``."""


def state_noun(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """A one-word LOCATION right after ``en``/``in``/``em`` that is a noun of action of the text's apparent
    language and no town, village or region (``está en Mantenimiento``, ``em Manutenção``, ``ist in
    Reparatur``, ``in Afwachting``): the state something is in (``en Concepción``, ``in Wageningen`` stay:
    gazetteer places, small ones too)."""
    word = text[span.start:span.end]
    if span.entity_type != "LOCATION" or not _TOKEN.fullmatch(word) or not word.casefold().endswith(_ACTION_SUFFIXES):
        return False
    before = _PREVIOUS.search(text, max(0, span.start - 30), span.start)
    if before is None or before.group(1).casefold() not in _STATE_PREPOSITIONS:
        return False
    language = rules.apparent_language(text)
    key = normalise(word)
    return language > 0 and not get_lexicon().place_flags(key) & (PLACE | MINOR_PLACE) \
        and fold(key) not in get_regions() and bool(rules.ordinary(word) & language or rules.ordinary_form(word, language))


_UK_ADJECTIVE = regex.compile(r"\p{Cyrillic}{2,}(?:ова|ева|єва|ська|цька|зька|ський|цький|зький)")
"""Ukrainian adjective endings that are surname endings too (``Зимова``, winter; ``Міська``, city's)."""


def ukrainian_adjective(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """A Ukrainian PERSON of two words: a capitalised word with an adjective ending that the lexicon does
    not know as a name, and a word it does not know either (``Зимова Куртка``, winter jacket; ``Грошова
    Допомога``, cash assistance): an adjective and its noun; a surname shape and a given name stay, the
    lexicon holds the Ukrainian given names in every case form (``Зимова Оксана``, ``Ковальська Ірина``;
    so does ``Міська Рада``, city council: ``Рада`` is a given name too)."""
    words = _TOKEN.findall(text, span.start, span.end)
    if span.entity_type != "PERSON" or len(words) != 2 or not _UK_ADJECTIVE.fullmatch(words[0]):
        return False
    return not get_lexicon().holds_name(words)


def article_noun(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """A German PERSON span that starts with an article (module docstring)."""
    words = _TOKEN.findall(text, span.start, span.end)
    if span.entity_type != "PERSON" or not rules.capitalises_nouns or len(words) < 2 \
            or words[0].casefold() not in _GERMAN_ARTICLES or words[0].casefold() not in rules.stop_words:
        return False
    return sentence_initial(text, span.start) and not get_lexicon().holds_name(words[1:])


_ARABIC_WORD = regex.compile(r"\p{Arabic}+")
_ARABIC_BEFORE, _ARABIC_AFTER = regex.compile(r"(\p{Arabic}+)[ \t]+$"), regex.compile(r"[ \t]+(\p{Arabic}+)")
_PLURAL = regex.compile(r"\p{Arabic}{2,}ات|[أا]\p{Arabic}{3}ة|م\p{Arabic}ا\p{Arabic}ي?\p{Arabic}|\p{Arabic}{2}ائ\p{Arabic}")
"""Indefinite Arabic plural patterns: the sound feminine plural (``بطانيات``, ``قفازات``) and the broken
plurals ``أفعلة`` (``أدوية``, ``أغطية``), ``مفاعل``/``مفاعيل`` (``مناشف``), ``فعائل`` (``حقائب``); not
``أفعال``, the shape of a first-person verb too (``أحتاج``), nor a word with the article (family names
take it: ``الزهرات``)."""


def arabic_goods(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """An Arabic PERSON span in a list joined by the conjunction ``و`` whose items are ordinary words and one
    of them, no lexicon name, a plural noun (``قفازات وصابون وبطانيات``, gloves, soap and blankets: ``صابون``
    is a family name too); a list of people (``محمد وعلي``) or a name beside a word (``يمينة وصابون``) stays."""
    words = _ARABIC_WORD.findall(text, span.start, span.end)
    if span.entity_type != "PERSON" or not words or len(words) != len(_TOKEN.findall(text, span.start, span.end)):
        return False
    lexicon = get_lexicon()

    def joined(word: str) -> bool:  # the conjunction on a word the lexicon has not as written (وصابون, not وسيم)
        return word.startswith("و") and not lexicon.flags(normalise(word))

    if any(lexicon.flags(normalise(w)) & FIRST for w in words):
        return False  # a given name (لميا الزهرات, وسيم الشايع)
    before = _ARABIC_BEFORE.search(text, max(0, span.start - 30), span.start)
    after = _ARABIC_AFTER.match(text, span.end)
    items = ([before.group(1)] if before and joined(words[0]) else []) + words \
        + ([after.group(1)] if after and joined(after.group(1)) else [])
    if len(items) < 2 or not any(joined(w) for w in items[1:]):
        return False
    stems = [w[1:] if joined(w) else w for w in items]
    return all(ordinary_arabic(normalise(s)) and not lexicon.flags(normalise(s)) & FIRST_POPULAR for s in stems) \
        and any(not lexicon.flags(normalise(s)) and not s.startswith("ال") and _PLURAL.fullmatch(s) for s in stems)


_RULES = (direction_district, role_of_institution, ordinary_of_place, state_noun, facility_noun, ukrainian_adjective,
          article_noun, arabic_goods, turkish_compound, named_facility, mixed_acronym, god_predicate)


def generic_span(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """``span`` is made of generic nouns: no person, no particular place (module docstring)."""
    return any(rule(text, span, rules) for rule in _RULES)
