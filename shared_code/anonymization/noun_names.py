"""Given names that are ordinary nouns, alone in a sentence with no sign of a person (clean-text
over-redaction; a pure function read by :mod:`clean_spans`).

Many given names are virtues and abstract nouns (``Umut``, hope; ``Barış``, peace; ``Fé``, ``Caridade``,
``Esperanza``, ``Fede``, ``Amani``, ``Upendo``, ``Neema``, ``Надія``, ``أمل``) or nouns of nature
(``Su``, water; ``Güneş``, sun), and feedback capitalises them as it capitalises what matters (``Queremos
Paz y Esperanza``, ``Umut ve Sabır ile yaşıyoruz``, ``Tunaomba Amani``). Two more kinds of ordinary word
are lone surnames to the lexicon: common nouns of the routed languages and of the Romance languages that
are surnames elsewhere (``Yol``, road; ``Kamp``; ``il Campo``; ``Gara``, the station).

:func:`noun_name_span` drops a PERSON or LOCATION span that is such a word alone, or two of them joined by a
conjunction (``Fede e Speranza``), optionally after a sentence's first word that is no lexicon name
(``Bila Imani``), when nothing in the sentence points to a person:

- the word is one of :data:`NOUN_NAMES` (general knowledge: the theological and cardinal virtues, peace,
  joy, love, grace, mercy, blessing, and the nature nouns used as names, in the served languages), or a
  lexicon surname that is no popular given name and an ordinary word of the text's apparent language in
  a language that writes its nouns in lower case and is no Germanic one (English and Dutch
  occupational surnames, ``Baker``, ``Visser``, stay to the name rules);
- no person evidence: no courtesy title, self-introduction or relation phrase of any language's person
  cues (:mod:`cues`: ``my name is``, ``Dona``, ``mi hermana``) nor a kinship or neighbour word, nor a verb
  of asking, calling or meeting, a plea for help or thanks, right before it (``ask Grace``, ``dada yangu
  Imani``, ``please help Grace``, ``Teşekkürler Barış``); no title, verb of saying, third-person pronoun,
  Turkish ``için`` or Swahili person-agreeing verb right after it (``Sabır Hanım``, ``Hope said``, ``Neema
  alikuja``), nor a family word or a state only a person is in (sick, pregnant, widowed) in the next four
  words (``Toprak ailesi``, ``Deniz hamile``), nor what people do in aid feedback in the next six words
  of the clause (a card, a registration, aid received: ``Sevgi kartını kaybetti``); no lexicon
  name listed right beside it (``Umut Kaya`` is one span anyway).

A name with its surname stays whole (``Esperanza Gómez``, ``Neema Wanjiku``; two noun-names without a
conjunction are a given name and a surname: ``Umut Kaya``), and so does a Turkish word with a suffix after
an apostrophe, which Turkish writes on proper nouns only (``Barış'ın annesi``). A lone given name with no
sign of a person, and a lone surname that is an ordinary noun, are read as the noun only after a word that
marks a noun (an article, a determiner, ``of``, ``without``, ``in``: ``la Esperanza``, ``sin Paz``, ``il
Campo``; :data:`_MARKERS`) or joined to another noun-name (``Umut ve Sabır``); alone they stay names (``Umut
geldi``, Umut came; ``Koç aradı``): a leaked name costs more than a redacted noun, and these are common names.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from shared_code.anonymization.common_words import COMMON_LANGUAGES, get_common_words, language_bit
from shared_code.anonymization.cues import PERSON_CUES
from shared_code.anonymization.kinship import KIN, SWAHILI_POSSESSIVES, TURKISH_KIN, introduces_relative
from shared_code.anonymization.lexicon import (FIRST, FIRST_POPULAR, LAST, PLACE, get_lexicon, normalise, weak_bit,
                                               weak_place_bit)
from shared_code.anonymization.regions import fold, get_regions
from shared_code.anonymization.span_types import Candidate, LanguageRules, sentence_initial
from shared_code.anonymization.swahili_nouns import VIRTUE_NAMES
from shared_code.anonymization.thanks import THANKS

NOUN_NAMES = frozenset(
    # virtues and abstract nouns that are given names (with the case forms feedback writes)
    "hope faith charity grace joy peace mercy patience prudence constance honour honor love harmony "
    "serenity felicity verity unity liberty justice glory blessing comfort "
    "espérance espoir foi charité grâce joie paix patience prudence constance clémence félicité fidélité "
    "gloire providence amour liberté "
    "esperanza fe caridad gracia paz paciencia prudencia constancia clemencia felicidad gloria consuelo "
    "alegría justicia verdad fidelidad libertad piedad misericordia armonía soledad remedios milagros "
    "dolores socorro amparo dores "
    "esperança fé caridade graça paciência prudência constância clemência felicidade glória consolação "
    "alegria justiça verdade fidelidade liberdade piedade misericórdia saudade bondade "
    "speranza fede carità grazia pace pazienza prudenza costanza clemenza felicità gioia giustizia verità "
    "fedeltà libertà pietà letizia serenità concordia provvidenza "
    "hoffnung glaube liebe geduld frieden gnade freude hoop geloof liefde vrede geduld genade vreugde "
    "speranță speranța credință credința dragoste dragostea pace pacea răbdare răbdarea bucurie bucuria "
    "iubire iubirea "
    "nadzieja nadziei nadzieję wiara wiary wiarę miłość miłości pokój spokój cierpliwość radość łaska "
    "надія надію надії віра віру віри любов любові мир терпіння радість "
    "umut umudu ümit sabır sabrı barış sevgi saygı huzur şükran inanç iman merhamet güven neşe sevinç "
    "adalet hoşgörü emel dilek vefa "
    "amani upendo neema imani baraka furaha tumaini matumaini subira rehema faraja heri uhuru hekima "
    "busara shukrani huruma haki "
    "أمل الأمل صبر الصبر سلام السلام إيمان الإيمان رحمة الرحمة فرح الفرح سعادة السعادة وفاء الوفاء أمان "
    "الأمان رجاء الرجاء "
    # nouns of nature that are given names
    "su güneş yağmur bahar toprak ırmak nehir deniz çiçek".split()) | VIRTUE_NAMES
"""Nouns that are given names: virtues, abstract nouns (Spanish and Portuguese ones in the plural too:
``Remedios``, ``Milagros``, ``Dolores``), nature (general knowledge; Arabic with its article), and the
Swahili virtue names of :mod:`swahili_nouns`."""
_ARTICLES = frozenset(
    "il lo la i gli le l nel nello nella nei negli nelle al allo alla ai agli alle dal dallo dalla sul sullo "
    "sulla el los las del o os a as no na nos nas do da dos das ao à aos às un una uno les au aux du des "
    "ul ua".split())
"""Definite articles and article-prepositions of the Romance languages: a common noun takes one, a surname
alone does not (``il Campo``, ``al Porto``, ``nella Piazza``)."""
_CONJUNCTIONS = frozenset("and or e et y i o ou ve na und en și sau ni и і та".split())
_LOWER_NOUN_LANGUAGES = sum(language_bit(code) for code in ("fr", "es", "pt", "it", "ro", "pl", "tr", "sw"))
"""Languages where a capitalised lone surname that is an ordinary noun is read as the noun (no Germanic
language: German capitalises nouns, English and Dutch have occupational surnames)."""
_CONTACT = (
    r"ask|asked|call|called|tell|told|meet|met|contact|contacted|thank|thanked|phone|phoned|visit|visited|"
    r"llamé|pregunté|pregúntale|hablé con|llamar a|liguei para|falei com|perguntei|chamei|appelé|"
    r"appeler|demandé à|parlé à|parlé avec|chiamato|chiesto a|parlato con|angerufen|gefragt|gebeld|gevraagd|"
    r"naitwa|jina langu ni|jina lake ni|nilimwuliza|muulize|mwambie|adım|benim adım|ismim|adı|"
    r"zadzwoniłam do|zadzwoniłem do|rozmawiałam z|rozmawiałem z|am vorbit cu|l-am sunat pe|am sunat-o pe|"
    # pleas for someone (the help imperatives of :mod:`help_requests`)
    r"help|aidez|ayuden a|ayuda a|ajudem|ajudem a|aiutate|helft|helpt|helfen sie|msaidie|msaidieni|saidieni|"
    r"lütfen|pomóżcie|ajutați|допоможіть")
_KIN = KIN | TURKISH_KIN | frozenset(
    "neighbour neighbor friend vecina vecino vizinha vizinho voisine voisin vicina vicino nachbar nachbarin "
    "buurman buurvrouw komşum komşumuz arkadaşım jirani rafiki sąsiadka sąsiad vecină vecin сусідка сусід "
    # a person's family and relatives named after the name (``Toprak ailesi``, ``ni watoto wa``)
    "family familia família famille famiglia familie rodzina familiei ailesi ailesine ailesinin annesi "
    "babası kızı oğlu eşi kardeşi watoto mtoto mke mume".split())
_AFTER = regex.compile(
    r"[ \t]*,?[ \t]*(?i:hanım|hanıma|hanımın|bey|beye|beyin|hoca|abla|teyze|amca|said|says|told|asked|called|"
    r"wrote|dijo|dice|llamó|preguntó|disse|diz|ligou|a dit|dit|a appelé|ha detto|ha chiamato|sagte|sagt|zei|"
    r"zegt|belde|alisema|anasema|amesema|dedi|söyledi|aradı|powiedziała|powiedział|mówi|dzwoniła|dzwonił|"
    r"a spus|spune|a sunat|сказала|сказав|каже|дзвонила|дзвонив|قال|قالت)(?![\p{L}\p{M}])")
_THANKED = regex.compile(rf"(?:{THANKS.pattern})(?:(?i:a|à|ao|al|to|kwa)[ \t]+)?$")
"""Thanks right before the span (``Teşekkürler Barış``, ``Gracias a Esperanza``: :mod:`thanks`)."""
_STATES = frozenset(
    # states only a person is in: sick, pregnant, disabled, widowed, in the served languages
    "sick ill pregnant disabled widow widowed hasta hamile engelli dul enferma enfermo embarazada viuda doente "
    "grávida gravida viúva malade enceinte veuve malato malata incinta vedova krank schwanger witwe ziek zwanger "
    "weduwe chory chora ciąży wdowa bolnav bolnavă însărcinată văduvă mgonjwa anaumwa mjamzito mjane "
    "хвора хворий вагітна вдова مريض مريضة حامل أرملة".split())
_PERSON_ACTS = regex.compile(
    # what people do in aid feedback and abstract nouns do not: a card, a registration, aid received
    r"(?<![\p{L}\p{M}])(?i:kart|kayıt|kaydı|aldı|almadı|alamadı|card|regist|receiv|got|get|"
    r"tarjeta|cart[ãa]o|carta|carte|karta|kartę|cardul|картк|kadi|recib|receb|ricev|reçu|reçoit|dostał|"
    r"primit|prime[șş]te|"
    r"отрима|بطاق|تحصل|يحصل|حصل|استلم|تستلم|يستلم)")
_SHELTER = regex.compile(r"[ \t]*,[ \t]*(?i:tent|block|room|çadır|hema|blok|tenda|carpa|barraca|tente|namba)(?![\p{L}\p{M}])")
"""Words of a person's doings in the next words (``Sevgi kartını kaybetti``: a card; ``Umut dün kayıt
yaptırdı``; ``أمل لم تحصل``), or a tent or room number right after a comma (``Amani, tent 12``): word
beginnings, to read the inflected forms. Losing alone is no doing of a person's (``Umut kaybetti``, they
lost hope)."""
_PERSON_AFTER = regex.compile(
    r"[ \t]*,?[ \t]*(?i:için|she|he|elle|il|ella|él|sie|er|ze|hij|zij|ela|ele|lei|lui|yeye|вона|він)(?![\p{L}\p{M}])")
"""Turkish ``için`` (for: ``lütfen Umut için``) or a third-person pronoun right after the span."""
_SWAHILI_PERSON_VERB = regex.compile(
    rf"[ \t]+(?:(?:{'|'.join(SWAHILI_POSSESSIVES)})[ \t]+)?(?:a(?:li|na|me|ta|ka)|ha(?:ja|ku|ta))\p{{Ll}}{{3,}}")
"""A Swahili verb agreeing with one person (class 1), maybe after a possessive (``Baraka yetu alipotea``)."""
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)?")
_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]+)[ \t]+$")
_AND = r"(?:and|e|et|y|i|ve|na|und|en|și)"
"""The conjunctions that join two names or two nouns (``Baraka na Rukia``, ``Umut ve Sabır``)."""
_LIST = rf"(?:[ \t]*,[ \t]*|[ \t]+(?:{_AND}|ile)[ \t]+|[ \t]+)"
_NAME_AFTER = regex.compile(rf"{_LIST}(\p{{Lu}}[\p{{L}}\p{{M}}]{{2,}}|\p{{Arabic}}{{3,}})(?![\p{{L}}\p{{M}}])")
_NAME_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(\p{{Lu}}[\p{{L}}\p{{M}}]{{2,}}|\p{{Arabic}}{{3,}}){_LIST}$")
"""A name listed or standing right beside the span (``Baraka na Rukia``, ``سعيد وأمل``): capitalised, or
Arabic (no letter case), after a comma, a conjunction or a space."""
_CLAUSE_END = regex.compile(r"[.!?;:,؟،]")
_ARABIC_AND = regex.compile(r"^و(?=\p{Arabic}{3,})")


@lru_cache(maxsize=1)
def _cue_before() -> regex.Pattern[str]:
    """Any language's titles, self-introductions and relation phrases, or a contact verb, ending right before
    a span (the person cues of :mod:`cues`; all languages: routed texts use a neighbour's rules)."""
    fragments = [f for cues in PERSON_CUES.values() for f in (*cues.titles, *cues.before, *cues.relations)]
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{'|'.join(fragments)}|{_CONTACT})\.?[ \t]*[:,]?[ \t]*$")


def _noun_name(text: str, match: regex.Match[str], entity_type: str, rules: LanguageRules, language: int) -> bool:
    """The word of ``match`` is a :data:`NOUN_NAMES` noun, or (in a PERSON span) a lone surname that is an
    ordinary noun of the apparent language and no town or region the gazetteers hold (``Lyon``, ``Bari``,
    ``Adıyaman``; one the lexicon marks an ordinary word of the language too is that word: ``Yol``): the
    lexicon marks it an ordinary word there, or it is one and follows an article (``nel Campo``, ``La
    Piazza``: surnames take none)."""
    word = match.group()
    if word[:1].islower() or word.isupper() and len(word) > 1:
        return False  # lower case: the lower-case name rules' (``lütfen yıldırım için``); all caps says nothing
    if _ARABIC_AND.sub("", word).casefold() in NOUN_NAMES:
        return True
    if entity_type != "PERSON" or not language & _LOWER_NOUN_LANGUAGES or language & (language - 1):
        return False
    lexicon, key, code = get_lexicon(), normalise(word), COMMON_LANGUAGES[language.bit_length() - 1]
    flags, places = lexicon.flags(key), lexicon.place_flags(key)
    if not flags & LAST or flags & FIRST_POPULAR or fold(key) in get_regions() \
            or places & PLACE and not places & weak_place_bit(code):
        return False
    article = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
    return bool(flags & weak_bit(code)) or bool(
        article and article.group(1).casefold() in _ARTICLES and rules.ordinary(word) & language)


def _evidence(text: str, start: int, end: int) -> bool:
    """A person cue, a kinship word or a contact verb right before; a title or a verb of saying right after;
    a lexicon name beside."""
    head = text[max(0, start - 40) : start]
    if _cue_before().search(head) or _THANKED.search(head):
        return True
    before = [w.casefold() for w in _WORD.findall(head)][-2:]
    after = [w.casefold() for w in _WORD.findall(text, end, min(len(text), end + 40))][:4]
    if before and before[-1] in _KIN or introduces_relative(before) or any(w in _KIN or w in _STATES for w in after):
        return True
    if _AFTER.match(text, end) or _SWAHILI_PERSON_VERB.match(text, end) or _PERSON_AFTER.match(text, end) \
            or _SHELTER.match(text, end) or _PERSON_ACTS.search(text, end, _words_on(text, end, 6)):
        return True
    lexicon = get_lexicon()
    beside = _NAME_AFTER.match(text, end)
    if beside and lexicon.flags(normalise(beside.group(1))) & (FIRST | LAST) \
            and _ARABIC_AND.sub("", beside.group(1)).casefold() not in NOUN_NAMES:
        return True
    previous = _NAME_BEFORE.search(text, max(0, start - 40), start)
    return bool(previous and not sentence_initial(text, previous.start(1))
                and lexicon.flags(normalise(previous.group(1))) & (FIRST | LAST)
                and previous.group(1).casefold() not in NOUN_NAMES)


def _words_on(text: str, end: int, count: int) -> int:
    """Where the ``count`` words after ``end`` end, within the clause (``Barış ve Huzur istiyoruz, Yardım
    Kartı da çalışmıyor``: the card is the next clause's)."""
    reach = end
    for n, word in enumerate(_WORD.finditer(text, end, min(len(text), end + 80))):
        if n == count or _CLAUSE_END.search(text, reach, word.start()):
            break
        reach = word.end()
    return reach


def noun_name_span(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """A lone noun-name, or two joined by a conjunction, with no sign of a person (module docstring)."""
    if span.entity_type not in ("PERSON", "LOCATION"):
        return False
    words = [m for m in _WORD.finditer(text, span.start, span.end) if m.group().casefold() not in _CONJUNCTIONS]
    if not words:
        return False
    language = rules.apparent_language(text)
    if len(words) > 1 and sentence_initial(text, words[0].start()) and _leading(words[0].group(), language) \
            and words[1].group().casefold() in NOUN_NAMES:
        words = words[1:]  # the sentence's first word, no name, before a virtue (``Bila Imani``, ``Tunaomba Amani``)
    joined = len(_WORD.findall(text, words[0].start(), words[-1].end())) == 3 if len(words) == 2 else len(words) == 1
    if len(words) == 1 and words[0].start() == span.start and not _noun_marked(text, span.start, span.end):
        return False  # a lone word needs one marking a noun (``la Esperanza``): no sign of a person is not enough
    return joined and all(_noun_name(text, m, span.entity_type, rules, language) for m in words) \
        and not _evidence(text, words[0].start(), words[-1].end())


_MARKERS = _ARTICLES | frozenset(
    # articles, determiners and prepositions that govern a noun and that a given name seldom takes (not
    # ``with``, ``for``, ``to``: ``came with Grace``, ``thanks for Neema``)
    "the a an our this that der die das den dem des ein eine unsere de het een onze notre nuestra nuestro "
    "nossa nosso nostra nostro of di van von sin sans ohne zonder sem senza fără bez bila без in dans em im "
    "în w в у".split())


_JOINED_AFTER = regex.compile(rf"[ \t]+{_AND}[ \t]+([\p{{L}}\p{{M}}]+)")
_JOINED_BEFORE = regex.compile(rf"([\p{{L}}\p{{M}}]+)[ \t]+{_AND}[ \t]+$")


def _noun_marked(text: str, start: int, end: int) -> bool:
    """The word right before ``start`` marks a noun (:data:`_MARKERS`), or the word from ``start`` to ``end``
    is joined by a conjunction to another noun-name (``Umut ve Sabır``)."""
    before = _WORD_BEFORE.search(text, max(0, start - 16), start)
    joined = _JOINED_AFTER.match(text, end) or _JOINED_BEFORE.search(text, max(0, start - 24), start)
    return bool(before and before.group(1).casefold() in _MARKERS) \
        or bool(joined and joined.group(1).casefold() in NOUN_NAMES)


def _leading(word: str, language: int) -> bool:
    """A sentence's first word that is an ordinary word of the apparent language and no popular given name
    (``Bila``, without; ``Tunaomba``, we ask): ``Kiptoo Imani``, a word no list knows, may be a name."""
    return not get_lexicon().flags(normalise(word)) & FIRST_POPULAR and bool(get_common_words().flags(word) & language)
