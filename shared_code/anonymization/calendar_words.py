"""Calendar words of the languages routed to a neighbour's rules (issue 12 over-redaction): Turkish,
Swahili, Polish and Romanian texts take English rules, whose calendar words (:mod:`cues`,
``NON_NAME_WORDS``) do not hold ``Cuma`` (Friday), ``Alhamisi`` (Thursday), ``Wtorek`` or ``Joi``; capitalised
inside a sentence they were read as a name or a place (``Nakit Kartları Cuma gününden beri bloke``,
``a venit Joi``). A one-word PERSON or LOCATION span that is a day or a month of the text's apparent
language is dropped (:func:`calendar_word`); ``Cuma`` and ``Nisan`` are Turkish given names too, which a
longer span (``Nisan Yılmaz``) keeps.

English months (``in January``: a given name too) and Ukrainian months and days in their case forms (``в
Січні``: a place cue) are calendar words as well, and so, in every language, are the feasts and the names
of God that feedback mentions (:data:`FEASTS`): ``Ramadan``, ``Natale``, ``Crăciun``, ``Tabaski`` are names
or unseen words to the name and place rules, ``Mungu`` and ``Allah`` given names or towns. Each is one
word, dropped only alone (``Natale Rossi`` stays a name)."""

from __future__ import annotations

import regex

from shared_code.anonymization.common_words import COMMON_LANGUAGES
from shared_code.anonymization.lexicon import get_lexicon
from shared_code.anonymization.span_types import Candidate, LanguageRules, sentence_initial

_CALENDAR: dict[str, frozenset[str]] = {
    "tr": frozenset("pazartesi salı çarşamba perşembe cuma cumartesi pazar ocak şubat mart nisan mayıs haziran "
                    "temmuz ağustos eylül ekim kasım aralık".split()),
    "sw": frozenset("jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili januari februari machi aprili mei "
                    "juni julai agosti septemba oktoba novemba desemba".split()),
    "pl": frozenset("poniedziałek wtorek środa środę czwartek piątek sobota sobotę niedziela niedzielę styczeń "
                    "stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec czerwca lipiec lipca "
                    "sierpień sierpnia wrzesień września październik października listopad listopada grudzień "
                    "grudnia".split()),
    "ro": frozenset("luni marți marţi miercuri joi vineri sâmbătă duminică ianuarie februarie martie aprilie mai "
                    "iunie iulie august septembrie octombrie noiembrie decembrie "
                    # with the definite article: on Mondays, on Sundays (``vin doar Vinerea``)
                    "lunea marțea marţea miercurea joia vinerea sâmbăta duminica".split()),
}
_CALENDAR["en"] = frozenset("january february march april may june july august september october november "
                            "december".split())
FEASTS = frozenset(
    # feasts of several faiths and the new year, as feedback writes them in the served languages
    "ramadan ramadán ramazan ramadhani ramadhan ramadã ramadão رمضان eid idd iddi tabaski bayram bayramı bayramda bayramdan "
    "christmas easter noël pâques navidad pascua natal páscoa carnaval natale pasqua capodanno ferragosto "
    "carnevale crăciun crăciunul paște paștele paştele kerstmis pasen weihnachten ostern krismasi pasaka "
    "wielkanoc wielkanocy wielkanocą yılbaşı yılbaşında yılbaşından "
    # the moveable feasts and seasons of the church year that are no given name (Pentecost, Lent, Epiphany,
    # Palm Sunday in Romanian)
    "pentecost pentecôte pentecostés pentecoste pentecostes pfingsten pinksteren zielonych rusalii rusaliile "
    "florii lent carême cuaresma quaresma quaresima epiphany épiphanie epifanía epifania "
    # Portuguese weekdays written with their hyphen (``desde Quinta-feira``: the place cue reads the whole word)
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira segundas-feiras terças-feiras "
    "quartas-feiras quintas-feiras sextas-feiras "
    # God in the served languages, and its case forms
    "god dieu dios deus dio gott mungu allah allaha tanrı tanrım dumnezeu domnului bóg boga bogu bogiem "
    "бог бога богу богові "
    # Ukrainian months and days in their case forms (Cyrillic: no other served language writes them)
    "січень січня січні лютий лютого лютому березень березня березні квітень квітня квітні травень травня "
    "травні червень червня червні липень липня липні серпень серпня серпні вересень вересня вересні "
    "жовтень жовтня жовтні листопад листопада листопаді грудень грудня грудні понеділок понеділка "
    "понеділку вівторок вівторка вівторку середа середи середу четвер четверга четверу п'ятниця п'ятниці "
    "п'ятницю субота суботи суботу неділя неділі неділю великдень великодня".split())
"""Feasts, God, Portuguese weekdays with ``-feira`` and Ukrainian calendar words: calendar words in a text of
any language."""
ARTICLE_FEASTS = frozenset(
    "toussaint ascension ascensión ascensão ascensione assomption asunción assunção assunzione".split())
"""Feasts that are given names or towns too (``Toussaint``, ``Asunción``): a feast after a definite article
(``la Toussaint``, ``l'Ascension``, ``la Asunción``), a name or town without one."""
_FEAST_ARTICLE = regex.compile(r"(?<![\p{L}\p{M}])(?i:la|l['’]|a|o|el)[ \t]*$")
_LEADING_PREPOSITIONS = frozenset("na po przed w we od do de la în după kwa hadi".split())
"""Prepositions heading a sentence before a feast (``Na Wielkanoc``, ``Po Wielkanocy``, ``De Paște``): the
span rules may take the capitalised preposition into the feast's span."""
_BY_BIT = {1 << COMMON_LANGUAGES.index(code): words for code, words in _CALENDAR.items()}


def calendar_word(word: str, language: int) -> bool:
    """``word`` is a day or a month of the language of bit ``language`` (one of en tr sw pl ro), or a feast,
    God or a Ukrainian calendar word (:data:`FEASTS`, any language; apostrophes as ``'``)."""
    key = word.casefold().replace("’", "'").replace("ʼ", "'")
    return key in _BY_BIT.get(language, ()) or key in FEASTS


FEAST_PHRASES = regex.compile(
    # the feasts, holidays and the new year feedback names in several words (Polish and Romanian case forms)
    r"(?<![\p{L}\p{M}])(?i:(?:świąt\p{L}*[ \t]+)?boż\p{L}*[ \t]+narodzeni\p{L}*|now\p{L}{0,3}[ \t]+rok\p{L}{0,2}"
    r"|anul(?:ui)?[ \t]+nou|año[ \t]+nuevo|ano[ \t]+novo|nouvel[ \t]+an|jour[ \t]+de[ \t]+l['’]an|mwaka[ \t]+mpya"
    r"|semana[ \t]+santa|settimana[ \t]+santa|idd?[ \t]+(?:el|al|ul)[ \t-]+\p{L}+|eid[ \t]+(?:al[ \t-]+\p{L}+|mubarak)"
    r"|(?:kurban|ramazan)[ \t]+bayram\p{L}*|sikukuu[ \t]+ya[ \t]+\p{L}+"
    # Arabic: the two Eids, Christmas and Easter, the month of Ramadan (with a clitic: ``لعيد الأضحى``, for the
    # Eid), Friday (``يوم جمعة``: جمعة is a name), the Eid greetings (``عيد سعيد``, ``كل عيد وانتو بخير``)
    r"|(?:[وفبلك]|ول|وب|لل)?(?:عيد[ \t]+(?:ال)?(?:فطر|أضحى|اضحى|ميلاد|فصح|قيامة)|شهر[ \t]+رمضان)"
    r"|يوم[ \t]+(?:ال)?جمعة|(?:[وفبلك])?عيد[ \t]+(?:سعيد|مبارك)|كل[ \t]+عيد"
    r"|(?:dzień|dnia|święto|święta)[ \t]+niepodległości|d[íi]a[ \t]+d[ea][ \t]+(?:la[ \t]+)?independ[eê]ncia"
    r"|f[êe]te[ \t]+de[ \t]+l['’]ind[ée]pendance|ziua[ \t]+na[țţ]ional[ăa]|festa[ \t]+della[ \t]+repubblica"
    # the Magi, the dead, the Virgin and Our Lady of a title (``Nossa Senhora da Conceição``: no person)
    r"|re(?:ye|i)s[ \t]+magos"
    r"|d[íi]a[ \t]+de[ \t]+(?:(?:los[ \t]+)?reyes|finados|los[ \t]+muertos|todos[ \t]+los[ \t]+santos)"
    r"|nossa[ \t]+senhora(?:[ \t]+d[aeo]s?[ \t]+\p{L}+)?|virgen[ \t]+(?:de[ \t]+(?:la[ \t]+)?|del[ \t]+)\p{L}+"
    r"|nuestra[ \t]+se[ñn]ora(?:[ \t]+(?:de[ \t]+(?:la[ \t]+|los[ \t]+)?|del[ \t]+)\p{L}+)?"
    r"|inmaculada[ \t]+concepci[óo]n"
    r"|imaculada[ \t]+concei[çc][ãa]o|ni[ñn]o[ \t]+jes[úu]s|menino[ \t]+jesus|sagrado[ \t]+cora(?:z[óo]n|[çc][ãa]o)"
    r"|esp[íi]ritu[ \t]+santo|esp[íi]rito[ \t]+santo|santa[ \t]+casa[ \t]+da[ \t]+miseric[óo]rdia|corpus[ \t]+christi"
    # thanks to God
    r"|(?:dzięki|chwała)[ \t]+bogu|bogu[ \t]+dzięki|слава[ \t]+богу|дякувати[ \t]+богу"
    r"|slav[ăa][ \t]+(?:lui[ \t]+)?domnului|gracias[ \t]+a[ \t]+dios"
    r"|gra[çc]as[ \t]+a[ \t]+deus|grazie[ \t]+a[ \t]+dio|dieu[ \t]+merci|thank[ \t]+god|gott[ \t]+sei[ \t]+dank"
    r"|(?:asante|namshukuru|tunamshukuru)[ \t]+mungu|allah['’]?a[ \t]+[şs][üu]k[üu]r"
    r"|elhamd[üu]lillah|inshallah|ma[șs]allah)"
    r"(?![\p{L}\p{M}])")
"""Feasts, holidays, the Magi, Our Lady, the Child Jesus, the Sacred Heart and thanks to God of several
words, read by
:func:`agencies.agency_span` as names that are no person or place (``od Świąt Bożego Narodzenia``, ``od
Nowego Roku``, ``de Anul Nou``, ``el Día de la Independencia``, ``Reyes Magos``): the name rules read
``Bożego Narodzenia``, ``Nou``, ``Roku``, ``Reyes``, ``Conceição`` as names."""


_TIME_PREPOSITIONS = frozenset(
    # since, during, after, before, until: a feast or month follows them, a person seldom does (not the
    # ones that are place prepositions too: ``od``, ``do``, ``din``, ``з``, ``до``, ``na``)
    "since during after before until depuis pendant après avant jusqu desde durante después antes hasta seit "
    "während nach vor bis sinds tijdens voor desde depois dopo prima fino durante przed podczas după înainte "
    "până tangu wakati baada kabla hadi منذ خلال بعد قبل حتى після".split())
_TIME_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])([\p{L}\p{M}]+)[ \t]+(?:(?:el|la|le|les|the|dem|der|de|het|o|a|il|lo)[ \t]+|l['’]|d['’])?$")
_SPAN_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)?")
_APOSTROPHES = str.maketrans("", "", "'’ʼ")
_SUFFIX = regex.compile(r"['’ʼ]\p{Ll}{1,5}$")


def lone_calendar_word(text: str, span: Candidate, spans: list[Candidate], rules: LanguageRules) -> bool:
    """A one-word PERSON or LOCATION that is a calendar word of the apparent language (:func:`calendar_word`),
    with a Turkish case suffix after an apostrophe (``Bayram'da``), or one of :data:`ARTICLE_FEASTS` after a
    definite article, maybe after a sentence's capitalised preposition (``Na Wielkanoc``), and no part of a
    longer name: no other span right beside it (``Nisan`` ``Yılmaz``: two recognisers); or a feast after a
    preposition of time (:func:`feast_after_time`); or such a suffixed calendar word after capitalised words
    no name list holds (``Çocuklar Ekim'den``, the children since October: :func:`_word_before_date`)."""
    dated = feast_after_time(text, span, rules) or _lone_feast(text, span, rules) or _word_before_date(text, span, rules)
    return dated and not any(
        o is not span and not text[min(o.end, span.end) : max(o.start, span.start)].strip() for o in spans)


def _lone_feast(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """``span`` is one calendar word, with its suffix or article (:func:`lone_calendar_word`)."""
    start, word = span.start, text[span.start : span.end]
    head, _, rest = word.partition(" ")
    if rest and head.casefold() in _LEADING_PREPOSITIONS and sentence_initial(text, start):
        start, word = start + len(head) + 1, rest
    if span.entity_type not in ("PERSON", "LOCATION") or not word.translate(_APOSTROPHES).replace("-", "").isalpha():
        return False
    return _calendar_or_stem(word, rules.apparent_language(text)) \
        or word.casefold() in ARTICLE_FEASTS and bool(_FEAST_ARTICLE.search(text, max(0, start - 4), start))


def _word_before_date(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """A PERSON span whose last word is a calendar word with a Turkish case suffix after an apostrophe
    (``Ekim'den``, since October; ``Pazartesi'den``) and whose other words are capitalised words the lexicon
    holds as no name (``Çocuklar``, ``Kampa``): the name rules read the month as a surname and the word
    before it as an unknown given name. A name before the month keeps the span (``Ayşe Kasım'dan``)."""
    words = _SPAN_WORD.findall(text, span.start, span.end)
    if span.entity_type != "PERSON" or len(words) < 2 or not _SUFFIX.search(words[-1]) \
            or not calendar_word(_SUFFIX.sub("", words[-1]), rules.apparent_language(text)):
        return False
    return not get_lexicon().holds_name(words[:-1])


def _calendar_or_stem(word: str, language: int) -> bool:
    """``word``, or ``word`` without a Turkish case suffix after an apostrophe (``Bayram'da``), is a calendar
    word (:func:`calendar_word`)."""
    return calendar_word(word, language) or calendar_word(_SUFFIX.sub("", word), language)


def feast_after_time(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """A PERSON or LOCATION span that starts with a feast or month after a preposition of time (``desde el
    Ramadán``, ``منذ رمضان``; the preposition may head the span: ``Tangu Ramadhani Mkate``), with no name
    of the lexicon after it: what the NER or the name rules took with the feast (``Mkate``, bread) goes with
    it; a name after the feast stays (``since Ramadan Ali Hassan``, ``bis Nisan Kaya``)."""
    if span.entity_type not in ("PERSON", "LOCATION"):
        return False
    words = _SPAN_WORD.findall(text, span.start, span.end)
    if len(words) > 1 and words[0].casefold() in _TIME_PREPOSITIONS:
        words = words[1:]
    else:
        before = _TIME_BEFORE.search(text, max(0, span.start - 24), span.start)
        if not before or before.group(1).casefold() not in _TIME_PREPOSITIONS:
            return False
    if not words or not _calendar_or_stem(words[0], rules.apparent_language(text)):
        return False
    return not get_lexicon().holds_name(words[1:])
