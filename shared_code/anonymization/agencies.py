"""Agency, programme and brand names are no person and no place (clean-text over-redaction; pure
functions, read by :mod:`engine` on the resolved spans).

Feedback names the agencies that help (``Caritas``, ``Save the Children``, ``Media Luna Roja``,
``Kızılay``), the means of payment and telephone networks it uses (``M-Pesa``, ``Vodacom``, ``Safaricom``)
and the products it receives (``Pampers``, ``Leche Nido``, ``Jabón Dove``). Organisations are not
redacted (docs/anonymization.md §4), but the name rules read these words as given names (``Caritas``,
``Dove``), unseen words as villages (``Movitel``, ``Safaricom``), and the NER tags them with the
capitalised nouns around them as persons (``Precisamos de Fraldas Pampers``, ``Saldo Vodacom``).

:data:`AGENCIES` is a fixed list of such names (international and national agencies, their names in the
served languages and main case forms, mobile money, networks, common relief products): well-known
public names, no personal data; so are feasts of several words (:data:`calendar_words.FEAST_PHRASES`:
``Świąt Bożego Narodzenia``, ``Anul Nou``). :func:`agency_span` drops a PERSON or LOCATION span that holds one when
every other word is a stop word, an ordinary word of the text's apparent language or a sentence's first
word the lexicon does not know (``Potrzebujemy Pieluch Pampers``, we need), and none is a given name
the lexicon does not mark ordinary there (``Gisela Sommer vom Roten Kreuz`` stays): a real name beside
a brand stays (``Maria Dove``: ``Maria`` is a name), and so does a town (``Orange`` is not listed alone).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from shared_code.anonymization.calendar_words import FEAST_PHRASES
from shared_code.anonymization.lexicon import FIRST, get_lexicon, normalise
from shared_code.anonymization.spans import PARTICLES, LanguageRules, sentence_initial
from shared_code.anonymization.span_types import NAME_PART, span_words
from shared_code.anonymization.swahili_nouns import VIRTUE_NAMES

_NAMES = (
    # agencies of the United Nations and international NGOs (acronyms: _ACRONYMS)
    r"unicef|caritas|c[áa]ritas",
    r"save[ \t]+the[ \t]+children|world[ \t]+vision|vis[ãa]o[ \t]+mundial|d[üu]nya[ \t]+vizyonu\p{L}*",
    r"plan[ \t]+international|oxfam|mercy[ \t]+corps|handicap[ \t]+international|intersos|cesvi",
    r"terre[ \t]+des[ \t]+hommes|salva[țţt]i[ \t]+copiii|polsk\p{L}*[ \t]+akcj\p{L}*[ \t]+humanitarn\p{L}*",
    r"action[ \t]+contre[ \t]+la[ \t]+faim|acci[óo]n[ \t]+contra[ \t]+el[ \t]+hambre",
    r"a[çc][ãa]o[ \t]+contra[ \t]+a[ \t]+fome",
    r"m[ée]d\p{L}*[ \t]+(?:sin|sans|senza|sem|fără|fara)[ \t]+fronti\p{L}*|lekarz\p{L}*[ \t]+bez[ \t]+granic",
    r"s[ıi]n[ıi]r[ \t]+tan[ıi]mayan[ \t]+doktorlar\p{L}*|madaktari[ \t]+wasio[ \t]+na[ \t]+mipaka",
    r"m[ée]d\p{L}*[ \t]+(?:del|du)[ \t]+mundo?e?|t[üu]rk[ \t]+k[ıi]z[ıi]lay\p{L}*|k[ıi]z[ıi]lay\p{L}*",
    r"k[ıi]z[ıi]lha[çc]\p{L}*",
    # national NGOs whose names are ordinary words or given names (Turkey, Latin America, Spain)
    r"deniz[ \t]+feneri\p{L}*|yery[üu]z[üu][ \t]+doktorlar\p{L}*|hayata[ \t]+destek|kimse[ \t]+yok[ \t]+mu|cansuyu",
    r"fe[ \t]+y[ \t]+alegr[íi]a|pastoral[ \t]+social|aldeas[ \t]+infantiles|manos[ \t]+unidas|ayuda[ \t]+en[ \t]+acci[óo]n",
    r"norwegian[ \t]+refugee[ \t]+council|consejo[ \t]+noruego[ \t]+para[ \t]+refugiados|conseil[ \t]+norv[ée]gien[ \t]+pour[ \t]+les[ \t]+r[ée]fugi[ée]s",
    # the Red Cross and Red Crescent in the served languages (with Polish, Romanian, Turkish case forms)
    r"red[ \t]+(?:cross|crescent)|cruz[ \t]+(?:roja|vermelha)|croix-rouge|croissant-rouge|croce[ \t]+rossa",
    r"cruc\p{L}*[ \t]+ro[șş]\p{L}*|czerwon\p{L}*[ \t]+krzy\p{L}*|msalaba[ \t]+mwekundu|hilali[ \t]+nyekundu",
    r"media[ \t]+luna[ \t]+roja|crescente[ \t]+vermelho|mezzaluna[ \t]+rossa|semilun\p{L}*[ \t]+ro[șş]\p{L}*",
    r"rode[ \t]+kruis|rote[ns]?[ \t]+kreuz",
    # cash-for-work programmes, whose name the NER cuts (``Pesa kwa [Kazi]``)
    r"cash[ \t]+for[ \t]+work|food[ \t]+for[ \t]+(?:work|assets)|pesa[ \t]+kwa[ \t]+kazi|chakula[ \t]+kwa[ \t]+kazi"
    r"|dinero[ \t]+por[ \t]+trabajo|argent[ \t]+contre[ \t]+travail|dinheiro[ \t]+por[ \t]+trabalho"
    r"|nakit[ \t]+karşılığı[ \t]+çalışma|bani[ \t]+pentru[ \t]+munc[ăa]|geld[ \t]+voor[ \t]+werk"
    r"|geld[ \t]+für[ \t]+arbeit",
    # mobile money, transfers and telephone networks
    r"m-?pesa|airtel(?:[ \t]+money)?|orange[ \t]+money|wave|bizum|revolut|paypal",
    r"western[ \t]+union|moneygram|worldremit|remitly|papara|ininal|blik|tikkie|postepay|pix",
    r"play|t-mobile|heyah|safaricom|vodacom|vodafone|movitel|movistar|claro|tigo|digicel|turkcell|telcel|moov",
    r"whatsapp|telegram|viber",
    # relief and household products feedback names
    r"pampers|huggies|always|dove|colgate|dettol|omo|lifebuoy|sunlight|nido|maggi|knorr|barilla|parmalat|nestl[ée]",
    r"indomie",
    # supermarkets where vouchers are spent (not Carrefour, a town in Haiti)
    r"auchan|mercadona|lidl|lidlu|aldi|kaufland|biedronk\p{L}*|esselunga|pingo[ \t]+doce|naivas|quickmart|shoprite"
    r"|migros|a101|tesco|penny|profi|mega[ \t]+image|rossmann|edeka|rewe|netto|albert[ \t]+heijn|jumbo|continente"
    r"|intermarch[ée]|monoprix|franprix|eroski|conad|coop|spar|sainsbury['’]?s|asda|morrisons|żabk\p{L}*|сільпо|атб",
)
_ACRONYMS = ("BİM|BIM|ŞOK|UNHCR|ACNUR|HCR|BMMYK|WFP|PAM|PMA|OCHA|OIM|IOM|UNFPA|UNRWA|UNDP|PNUD|MSF|PCK|PAH|AFAD|"
             "İHH|IHH|MTN|"
             "IRC|NRC|OMS|WHO")
"""Acronyms count in capitals only (``Pam``, ``Who`` are words or names)."""
_AGENCY = regex.compile(rf"(?<![\w'’-])(?:(?i:{'|'.join(_NAMES)})|{_ACRONYMS})(?![\w-])")
"""Agency, network and product names, case-insensitive (feedback shouts and writes lower case too)."""
_REACH = 32
"""Characters read before a span: a name the span cuts (``Media [Luna Roja]``, ``Western [Union]``). Names are
matched at word starts only (a scan of every position costs more)."""


def agency_span(text: str, start: int, end: int, rules: LanguageRules) -> bool:
    """``text[start:end]`` holds an agency, network or product name and its other words are stop words,
    particles or ordinary words of the text's apparent language (module docstring)."""
    inside = [m.span() for word in NAME_PART.finditer(text, max(0, start - _REACH), end)
              if _may_start(text[word.start() : word.end() + 1])
              for m in (_AGENCY.match(text, word.start()) or FEAST_PHRASES.match(text, word.start()),)
              if m and start < m.end()]
    if not inside:
        return False
    language = rules.apparent_language(text)
    for word in NAME_PART.finditer(text, start, end):
        if any(s <= word.start() < e for s, e in inside):
            continue
        value = word.group()
        key = value.casefold()
        if key in PARTICLES or key in rules.stop_words or value in "-'’":
            continue
        bits = rules.ordinary(value) | rules.weak_name(value, language) | rules.ordinary_form(value, language)
        if not (language > 0 and bits & language or _opening_word(text, word.start(), value, rules)) \
                or _given_name(value, rules, language):
            return False
    return True


@lru_cache(maxsize=8192)
def _may_start(word: str) -> bool:
    """``word`` (a word and the character after it) holds a name of :data:`_AGENCY` or a feast, or starts
    one (a partial match): most words of a span do not, and words recur, so this cached test spares the
    matches in the text (with the character after it, ``pa `` or ``al,`` start none)."""
    return bool(_AGENCY.match(word, partial=True) or FEAST_PHRASES.match(word, partial=True))


def _given_name(word: str, rules: LanguageRules, language: int) -> bool:
    """A lexicon given name not marked as an ordinary word of the apparent language: the span holds a
    person (``Frau Gisela Sommer vom Roten Kreuz``), though ``Gisela`` is in a German word list."""
    return bool(get_lexicon().flags(normalise(word)) & FIRST) and not rules.weak_name(word, language) & language


def _opening_word(text: str, start: int, word: str, rules: LanguageRules) -> bool:
    """A sentence's first word that the lexicon does not know: a verb or noun of the sentence the lists
    miss in that form (``Potrzebujemy``, we need; ``Tunashukuru``, we thank), not a name."""
    return sentence_initial(text, start) and not rules.known_word(word)


PROGRAMME_HEADS = frozenset(
    "programa programme program programul programului programma programı programu proyecto projet projeto "
    "progetto proiectul projekt projektu operación opération operazione operação operațiunea operasyonu akcja "
    "akcji campaña campagne campagna campanha campania kampania kampanii kampanya kampeni mpango mradi plan "
    "planul bono bolsa".split())
"""Nouns that head a programme's or campaign's name in the served languages (``Akcja Zima``,
``Operación Invierno``, ``Mpango wa Kunusuru Kaya Maskini``)."""


_HEAD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(\p{L}+)[ \t]+(?:de|del|da|do|di|du|wa|ya|la|of|for)[ \t]+$")
"""A programme noun and the preposition or Swahili connective that joins its name (``Mpango wa``)."""


def programme_span(text: str, start: int, end: int, rules: LanguageRules) -> bool:
    """``text[start:end]``, two or more words, starts with a programme noun (:data:`PROGRAMME_HEADS`), or
    follows one and its ``of`` and starts with an ordinary word of the text's apparent language that is no
    given name (``Mpango wa Kunusuru Kaya Maskini``; ``Mpango wa Neema Achieng`` is a person's): a
    programme's name, which the name rules read as a person when its other words are names (``Akcja
    Zima``: ``Zima`` is a surname) and the NER tags as one."""
    words = span_words(text, start, end)
    if len(words) < 2:
        return False
    if words[0].casefold() in PROGRAMME_HEADS:
        return True
    head = _HEAD_BEFORE.search(text, max(0, start - 24), start)
    if not head or head.group(1).casefold() not in PROGRAMME_HEADS or words[0].casefold() in VIRTUE_NAMES:
        return False
    language = rules.apparent_language(text)
    return language > 0 and bool(rules.ordinary(words[0]) & language) \
        and not get_lexicon().flags(normalise(words[0])) & FIRST
