"""A capitalised Swahili word whose next word agrees with a thing is a noun, not a person (clean-text
over-redaction; a pure function, read by :mod:`clean_spans` on the resolved spans).

Swahili feedback capitalises its nouns, and many are given names as well (``Baraka``, blessing; ``Imani``,
faith; ``Kazi``, work; ``Kamati``, committee; ``Hema``, tent): the name rules and the NER read them as
persons or places (``Baraka za Mungu``, ``Imani yetu``, ``Kazi nzuri``). Swahili words agree with their
noun's class, and a person's name is of the person class (1): ``Baraka wetu``, ``Baraka amefika``.
:func:`swahili_thing` drops a one-word span of a Swahili text right before a word of another class:

- a connective, possessive or demonstrative of a thing's class (``ya``, ``za``, ``la``, ``cha``,
  ``yetu``, ``letu``, ``zake``, ``hii``, ``hizi``), or an adjective of the n-class (``nzuri``, ``kubwa``,
  ``tele``), when the word is a noun too (an ordinary Swahili word, :data:`NOUNS` or a virtue name:
  ``Wambui hii ni namba yangu`` addresses Wambui) and no person's verb follows (``Baraka yetu
  alipotea``): after a connective itself the word owns a thing (``Simu ya Neema ya zamani`` keeps
  ``Neema``), so it is left alone there;
- at a sentence's start, a verb whose subject prefix is a thing's (``Amani imerudi``, ``Neema
  imetuangukia``, ``Kadi hazifanyi``): mid-sentence a verb may agree with an earlier noun (``Simu ya
  Baraka imepotea``).

A PERSON span qualifies always, a LOCATION span only when the lexicon holds no town of that name (towns
take the n-class too: ``Kakuma imejaa``). Two names (``Neema Wanjiru``) or a name before a person's verb
(``Baraka amefika``) stay.

:func:`swahili_noun`: Swahili nouns the word lists lose because a name list holds them (``Kamati``,
committee; ``Hema``, tent; ``Mafuta``, oil; ``Maji``, water; ``Jana``, yesterday; ``Leo``, today:
:data:`NOUNS`; ``Jana`` and ``Leo`` only heading a sentence before a lower-case word, as they are given
names elsewhere), alone in a span with no capitalised word right beside them, or a span of such nouns and
ordinary Swahili words none of which is a given name or a virtue name (``Maji Safi``, ``Leo Ofisi``):
no person and no place. Virtue names (``Baraka``, ``Neema``, ``Imani``) are not among them, and a
capitalised word beside the noun may be a name (``Leo Kimani``, ``Jana Baraka`` stay).

:func:`swahili_verb`: a one-word span of a Swahili text that no list knows and that is built as a verb, a
subject prefix, a tense and a stem of four letters or more (``Tunashukuru``, we thank; ``Tulipokea``,
``Imefungwa``): names of that shape are rare and in the lexicon (``Akinyi`` has a three-letter stem).

:func:`shouted_clause`: in a Swahili text written in capitals, a PERSON span of two or more words that holds
a thing's connective or verb (``CHA``, ``KIMEISHA``) and otherwise only ordinary Swahili words no list holds
as a given name, or their locatives (``KAMBINI``, in the camp), is a clause the NER read as a name
(``KITUO CHA AFYA``); a name in it would be a word no list marks ordinary (``BARAKA OTIENO`` stays).
"""

from __future__ import annotations

import regex

from shared_code.anonymization.common_words import language_bit
from shared_code.anonymization.lexicon import FIRST, PLACE, get_lexicon, normalise
from shared_code.anonymization.spans import LanguageRules, sentence_initial
from shared_code.anonymization.span_types import NAME_PART, span_words

_SW = language_bit("sw")
_CLASS_WORDS = frozenset(
    # connectives of the thing classes (not wa: people; not kwa, na: also prepositions)
    "ya za la cha vya pa "
    # possessives of the thing classes
    "yangu yako yake yetu yenu yao langu lako lake letu lenu lao zangu zako zake zetu zenu zao "
    "changu chako chake chetu chenu chao vyangu vyako vyake vyetu vyenu vyao "
    # demonstratives of the thing classes
    "hii hiyo ile hizi hizo zile hili hilo lile hiki hicho kile hivi hivyo vile huu huo ule haya hayo yale "
    # n-class adjectives (a person takes m-: mzuri, mkubwa) and tele (plenty)
    "nzuri kubwa ndogo ndefu mbaya nyingi tele".split())
"""Words that agree with a noun of a thing's class, read right after the span."""
_THING_VERB = regex.compile(r"(?:(?:i|zi|li|ki|vi|u|ya)(?:me|li|na|ta|ja|ki|ka|nge)|ha(?:i|zi|li|ki|vi|ya)"
                            r"(?:ja|ku|ta)?)\p{Ll}{3,}")
"""A verb with the subject prefix of a thing's class (``imerudi``, ``zilifika``, ``haifanyi``,
``hazijafika``); a person's verb starts with ``a-`` or ``ha-`` plus a tense (:mod:`swahili_subjects`)."""
_NEXT = regex.compile(r"[ \t]+(\p{Ll}+)(?![\p{L}\p{M}'’-])")
_PERSON_AFTER = regex.compile(r"[ \t]+(?:a(?:li|na|me|ta|ka)|ha(?:ja|ku|ta))\p{Ll}{3,}(?![\p{L}\p{M}])")
"""A person's verb right after the agreeing word (``Baraka yetu alipotea``: a person after all)."""
_PREVIOUS = regex.compile(r"(\p{L}+)[ \t]+$")
_CONNECTIVES = frozenset("wa ya za la cha vya pa kwa".split())


NOUNS = frozenset(
    "kazi kamati hema mafuta maji afya jamii duka wiki kadi soko uji choo safi kuni basi kiti meza sola zuri "
    "jana leo".split())
"""Swahili nouns, adjectives and days that a name or town list holds and no virtue name is (``Kazi``,
``Leo``, ``Uji``): the common-word list leaves them out, so the ordinary-word rules miss them."""
_DAYS = frozenset(("jana", "leo"))
VIRTUE_NAMES = frozenset("baraka neema imani amani zawadi upendo faraja rehema tumaini furaha subira pendo "
                         "bahati".split())
"""Swahili words that are common given names: never read as :data:`NOUNS`."""
_CAPITAL_BESIDE = regex.compile(r"[ \t]+\p{Lu}")
_CAPITAL_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{M}]*[ \t]+$")


def swahili_noun(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A span of Swahili :data:`NOUNS` and ordinary words (module docstring)."""
    words = span_words(text, start, end)
    keys = [w.casefold() for w in words]
    if entity_type not in ("PERSON", "LOCATION") or not any(k in NOUNS for k in keys) \
            or any(k in VIRTUE_NAMES for k in keys) or not rules.apparent_language(text) & _SW:
        return False
    if keys[0] in _DAYS and not (sentence_initial(text, start) and _NEXT.match(text, end)):
        return False  # Jana, Leo: given names elsewhere, today and yesterday heading a sentence
    if len(words) == 1:
        return not _CAPITAL_BESIDE.match(text, end) and not _CAPITAL_BEFORE.search(text, max(0, start - 40), start)
    lexicon = get_lexicon()
    return all(k in NOUNS or k in _CLASS_WORDS or rules.ordinary(w) & _SW and not lexicon.flags(normalise(w)) & FIRST
               for w, k in zip(words, keys))


_VERB = regex.compile(r"(?:tu|ni|m|wa|u|a|i|zi|li|ki|vi|ya|ku|pa|ha|hatu|hawa|hai|hazi)"
                      r"(?:na|li|me|ta|ja|ki|ka|nge|ku)\p{Ll}{4,}")


def swahili_verb(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A one-word span of a Swahili text, unknown to the lexicon, built as a verb (module docstring)."""
    word = text[start:end]
    return entity_type in ("PERSON", "LOCATION") and bool(NAME_PART.fullmatch(word)) \
        and bool(_VERB.fullmatch(word.casefold())) and not rules.known_word(word) \
        and bool(rules.apparent_language(text) & _SW)


def swahili_thing(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """``text[start:end]``, one word of a Swahili text, is a noun by the agreement of the next word (module
    docstring)."""
    if entity_type not in ("PERSON", "LOCATION") or not NAME_PART.fullmatch(text, start, end):
        return False
    following = _NEXT.match(text, end)
    if following is None or not rules.apparent_language(text) & _SW:
        return False
    if entity_type == "LOCATION" and get_lexicon().place_flags(normalise(text[start:end])) & PLACE:
        return False
    word = following.group(1)
    if word in _CLASS_WORDS and not _noun(text[start:end], rules) or _PERSON_AFTER.match(text, following.end()):
        return False  # a name before a possessive or demonstrative (``Wambui hii ni …``), a person's verb
    if sentence_initial(text, start):
        return word in _CLASS_WORDS or bool(_THING_VERB.fullmatch(word))
    before = _PREVIOUS.search(text, max(0, start - 12), start)
    return word in _CLASS_WORDS and not (before and before.group(1).casefold() in _CONNECTIVES)


def _noun(word: str, rules: LanguageRules) -> bool:
    """An ordinary Swahili word, one of :data:`NOUNS` or a virtue name: a noun as well."""
    key = word.casefold()
    return key in NOUNS or key in VIRTUE_NAMES or bool(rules.ordinary(word) & _SW)


def shouted_clause(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A capitals PERSON span of a Swahili text made of a thing's words and ordinary words (module
    docstring)."""
    words = span_words(text, start, end)
    if entity_type != "PERSON" or len(words) < 2 or not all(w.isupper() for w in words) \
            or any(c.islower() for c in text):
        return False
    lower = [w.casefold() for w in words]
    if not any(w in _CLASS_WORDS or _THING_VERB.fullmatch(w) for w in lower) or not rules.apparent_language(text) & _SW:
        return False
    lexicon = get_lexicon()

    def plain(word: str) -> bool:
        return word in NOUNS or bool(rules.ordinary(word) & _SW) and not lexicon.flags(normalise(word)) & FIRST

    return all(w in _CLASS_WORDS or w in rules.stop_words or _THING_VERB.fullmatch(w) or plain(w)
               or w.endswith("ni") and plain(w[:-2]) for w in lower)
