"""Full names written in lower case (``pls help, jemma hardy from the blue tent``), read by the lexicon
recogniser (:mod:`names`) before :func:`name_forms.lower_name`, which takes a lower-case given name alone.

Two adjacent lower-case Latin words, neither a stop word, are a given name and a surname when the first
is a popular given name of the lexicon and the second a surname of the lexicon or an *unseen* word (no
list knows it, and it is no inflected form of an ordinary word: ``achieng``, ``goikoetxea``); Dutch and
other particles may stand between them (``yannick le goff``, both plain; after ``van``, ``von`` any word
is the surname: ``lotte van leeuwen``; after a given name that is an ordinary word, a lexicon surname
that follows no article: ``koen van der linden``, not ``de roos van de buurvrouw``). A word is *plain*
when it is no ordinary word of the text's routed or apparent language (:func:`name_words.read_common_words`:
the lexicon's weak bits and wordfreq's lists): a Turkish text routed to the English rules still has its
Turkish words marked. A surname no common-word list holds counts as plain whatever its weak bits: the
lists leave out what spelling dictionaries know only capitalised, and wordfreq counts Romanian surnames as
words (``cristian stoica``, ``alina gheorghiu``). The pair is a name when

- both words are plain (``sébastien moreau``, ``tomasz wiśniewski``);
- one is plain and the other is a popular name of its kind, an ordinary word too (``kevin marsh``,
  ``dean hargreaves``, ``sander kuipers``), or the surname is plain or unseen after a given name of four
  letters or more;
- both are popular names (the surname of four letters or more) and one carries no weak bit of the
  text's languages: wordfreq counts popular names as words, the lexicon's dictionary test does not
  (``bruno valente``, ``rüdiger haas``, ``duarte vasconcelos``);
- neither is plain, both are popular names and a word that only introduces people stands next to them
  (``komşum özlem kurt``, ``derya yavuz adlı kişi``: :data:`PERSON_CONTEXT`);
- in a Turkish text, both are popular names of four letters or more (:func:`_turkish_pair`: Turkish
  names are ordinary words, so their weak bits tell nothing).

Ordinary phrases are seldom a popular given name followed by a surname that are both no ordinary word of
the text's language; measured on lower-case clean probes of eleven languages
(tests/unit/anonymization/name_probes_lower.py).
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Callable

import regex

from shared_code.anonymization.common_words import ANY_LANGUAGE, apparent_language, language_bit, ordinary_form_test
from shared_code.anonymization.kinship import KIN, SWAHILI_POSSESSIVES, TURKISH_KIN, introduces_relative
from shared_code.anonymization.lexicon import FIRST, FIRST_POPULAR, LAST, LAST_POPULAR
from shared_code.anonymization.name_forms import SURNAME_ENDINGS
from shared_code.anonymization.name_words import APPARENT_WEAK, Word, adjacent, after_article
from shared_code.anonymization.particles import PARTICLE_SET
from shared_code.anonymization.name_spellings import respelled

PERSON_CONTEXT = frozenset({
    # Turkish: "named", Mr/Ms after the name, neighbour, volunteer, officer
    "adlı", "isimli", "adında", "bey", "hanım", "komşum", "komşumuz", "gönüllü", "görevli",
    # English, French, Spanish, Portuguese, Italian, German, Dutch
    "named", "called", "mr", "mrs", "ms", "miss", "neighbour", "neighbor", "volunteer", "nommé", "nommée",
    "voisin", "voisine", "bénévole", "llamado", "llamada", "vecino", "vecina", "voluntario", "voluntaria",
    "chamado", "chamada", "vizinho", "vizinha", "voluntário", "chiamato", "chiamata", "vicino", "vicina",
    "volontario", "genannt", "nachbar", "nachbarin", "helfer", "helferin", "buurman", "buurvrouw", "vrijwilliger",
    # Swahili: neighbour, volunteer, Mr / Mrs; Polish, Romanian: neighbour, volunteer
    "jirani", "mjitolea", "bwana", "bi", "sąsiad", "sąsiadka", "wolontariusz", "wolontariuszka", "vecinul",
    "vecina", "voluntarul", "voluntara",
})
"""Words next to a name that introduce people only (before it, or after it: ``adlı``, ``bey``)."""
_ROMANIAN_POSSESSIVES = frozenset("mea meu noastră nostru voastră vostru".split())
"""Romanian possessives, which follow the noun (``vecina noastră ștefania neagu``, our neighbour): never the
given name after a word of :data:`PERSON_CONTEXT`."""
_MIN_UNSEEN = 3
_MAX_PARTICLES = 2
_SHORT = 3
"""A popular surname of this many letters or fewer that is an ordinary word (``din``, ``sun``) is read
as a surname only when it is plain, and a given name so short only when it is plain (``ya``, ``na``)."""
_SWAHILI_VERB = regex.compile(
    r"(?:ni|u|a|tu|mu?|wa|ki|vi|li|ya|i|zi|ku|pa|hu|si|ha(?:wa|i|ya|li|zi|ki|vi)?)(?:na|li|ta|me|ka|ja|ku|sha)\p{Ll}{2,}")
"""A Swahili verb: a subject prefix and a tense marker (``limeharibika``, ``hawajafika``), which no
surname is after an ordinary word."""
_SWAHILI_OBJECT = regex.compile(r"(?:ni|u|a|tu|m|wa)(?:li|na|ta|me|ka)mw?\p{Ll}{3,}")
"""A Swahili verb with a class-1 (person) object: subject, tense and ``m-`` (``tulimsajili``, ``nilimwona``)."""
_SWAHILI_LEAD = regex.compile(
    r"(?<!\w)(?:\p{Ll}*(?:ongea|zungumza)[ \t]+na|(?:asante|asanteni|ahsante|shukrani)(?:[ \t]+sana)?[ \t]+kwa"
    r"|\p{Ll}*pigi\p{Ll}*[ \t]+simu|m(?:pigie|wambie|uulize|tafute)(?:ni)?)[ \t]+$")
"""Swahili words that only a person follows: speaking with (``nimeongea na``), thanks to (``asante kwa``),
phoning (``mpigieni simu``, ``nilimpigia simu``), and imperatives with a person object (``mpigieni``, call
him/her; ``mwambieni``, tell; ``muulizeni``, ask; ``mtafuteni``, find)."""
_SWAHILI_NEGATIVE = regex.compile(r"ha(?:ja|ku|ta|na|wa|i)\p{Ll}*")
"""A Swahili negative verb (``hana``, has not; ``hajapata``): no given name after a relative."""
_RELATIVE_LAST = SWAHILI_POSSESSIVES | TURKISH_KIN
"""The last word of a phrase introducing a relative: the cheap test before :func:`kinship.introduces_relative`."""
_NOT_AFTER_RELATIVE = frozenset("yuko yupo yumo sasa bado pia tena sana wote naye kweli pamoja".split())
"""Swahili copulas and adverbs that are given names somewhere (``kaka yangu yuko hospitali``, is at; ``sasa``,
now): what goes on after a relative, not the relative's name."""
_LEAD_REACH = 40
_LEAD_ENDINGS = ("na", "kwa", "simu", "e", "ni")
"""How each of :data:`_SWAHILI_LEAD`'s words ends (``na``, ``kwa``, ``simu``, ``mpigie``, ``mpigieni``)."""
_TURKISH = language_bit("tr")
_COMPARING = frozenset(("gibi", "kadar"))
_GERMANIC = frozenset({"van", "von", "ter", "ten", "zu", "vom", "vander"})


@lru_cache(maxsize=1)
def _ordinary_form() -> Callable[[str, int], int]:
    """The process-wide inflected-form test, built on first use."""
    return ordinary_form_test()


def lower_pair(text: str, words: list[Word], index: int, stop: frozenset[str], own_weak: int,
               own_bit: int = 0) -> list[Word]:
    """The lower-case full name starting at ``words[index]`` (see the module docstring), or []. ``stop``:
    the routed language's stop words; ``own_weak``, ``own_bit``: its weak and common-word bits. A Romanian
    surname ending (``-escu``, ``-eanu``: :data:`name_forms.SURNAME_ENDINGS`) after any given name is
    enough (``ioana dumitrescu``), and so is an unseen surname after a given name of four letters or more
    that is no popular one (``fatuma njeri``, ``zuhura wambui``: East African names are few in the
    lexicon), if that surname has five letters or more and is no Swahili verb (``hema letu
    limeharibika``). After a word that introduces people, any word of four letters or more before a
    lexicon or unseen surname (:func:`_context_pair`)."""
    return _name_pair(text, words, index, stop, own_weak, own_bit) or _context_pair(text, words, index, stop, own_bit)


def _name_pair(text: str, words: list[Word], index: int, stop: frozenset[str], own_weak: int,
               own_bit: int) -> list[Word]:
    given = words[index]
    if not given.flags & FIRST or given.upper or not _lower(given) or given.text in stop:
        return []
    end = _after_particles(text, words, index)
    family = words[end] if end else None
    if family is None or not _lower(family) or family.text in stop:
        return []
    if end == index + 1 and SURNAME_ENDINGS.match(family.text):
        return [given, family]
    unseen = unseen_word(family, words, own_bit)
    if not given.flags & FIRST_POPULAR:
        rare = unseen and len(given.text) > _SHORT and len(family.text) > _SHORT + 1 \
            and not _SWAHILI_VERB.match(family.text)
        return [given, family] if end == index + 1 and rare else []
    if end > index + 1 and words[index + 1].text in _GERMANIC and (
            _plain(given, own_weak) or family.flags & LAST and not after_article(text, given.start)):
        return words[index : end + 1]  # ``lotte van leeuwen``: the particle says "name", not ``de la``
    if not (family.flags & LAST or unseen):
        return []
    plain = _plain(given, own_weak), _plain(family, own_weak) or not family.flags or not family.common
    if end > index + 1:
        return words[index : end + 1] if all(plain) else []
    popular = family.flags & LAST_POPULAR and (plain[1] or len(family.text) > _SHORT)
    weak = own_weak | APPARENT_WEAK
    unweak = not given.flags & weak or not family.flags & weak if len(given.text) > _SHORT else False
    if all(plain) or plain[0] and popular or plain[1] and len(given.text) > _SHORT \
            or _in_context(words, index, end) and popular \
            or unweak and popular and len(family.text) > _SHORT \
            or _turkish_pair(text, words, index, own_bit):
        return [given, family]
    return []


def _turkish_pair(text: str, words: list[Word], index: int, own_bit: int) -> bool:
    """In a Turkish text, a popular given name and a popular surname of four letters or more each, whatever
    their weak bits (Turkish names are ordinary words: ``özlem kurt``, longing and wolf; ``cengiz karaca``),
    in that order only: not a popular surname too before a given name too (``deniz güzel``, the sea is
    beautiful; ``bahar çiçek açtı``, spring flowers bloomed: two ordinary words more likely); not after a
    kinship word as the given name (``hala``, aunt and still: ``hala demir kapı``) nor compared (``gibi``,
    ``kadar``: like, as much as: ``umut kaya gibi``, hope like a rock)."""
    given, family = words[index], words[index + 1]
    after = words[index + 2].text if index + 2 < len(words) and adjacent(text, family, words[index + 2]) else ""
    either = given.flags & LAST_POPULAR and family.flags & FIRST
    return bool(given.flags & FIRST_POPULAR and family.flags & LAST_POPULAR) and not either \
        and len(given.text) > _SHORT and len(family.text) > _SHORT and given.text not in KIN \
        and after not in _COMPARING and bool(_apparent(words, own_bit) & _TURKISH)


def _after_particles(text: str, words: list[Word], index: int) -> int:
    """The index of the word after ``words[index]`` and up to two particles (``van der``), or 0."""
    end = index + 1
    while end < len(words) and end - index <= _MAX_PARTICLES and words[end].text in PARTICLE_SET \
            and adjacent(text, words[end - 1], words[end]):
        end += 1
    return end if end < len(words) and adjacent(text, words[end - 1], words[end]) else 0


def _lower(word: Word) -> bool:
    """A lower-case Latin word of letters only (``l'insulina`` is an article and a noun)."""
    return word.latin and word.text.isalpha() and word.text.islower() and len(word.text) > 1


def _plain(word: Word, own_weak: int) -> bool:
    """No ordinary word of the routed or the apparent language."""
    return not word.ordinary and not word.flags & (own_weak | APPARENT_WEAK)


def unseen_word(word: Word, words: list[Word], own_bit: int) -> bool:
    """A word no list knows (or the lexicon only in another spelling: :func:`name_spellings.respelled`),
    and no inflected form of an ordinary word of the routed or the apparent language of the text (of any
    language if ``own_bit`` is 0): ``kariuki`` reads as Turkish ``kariuk-i``."""
    if word.flags and not respelled(word.text) or word.common or len(word.text) < _MIN_UNSEEN:
        return False
    return not _ordinary_form()(word.text, own_bit | _apparent(words, own_bit) if own_bit else ANY_LANGUAGE)


_SEEN = threading.local()


def _apparent(words: list[Word], own_bit: int) -> int:
    """:func:`common_words.apparent_language` of the text's words, kept for the last text of this thread
    (a text asks for it once per unseen word)."""
    last = getattr(_SEEN, "last", None)
    if last is None or last[0] is not words or last[1] != own_bit:
        last = _SEEN.last = (words, own_bit, apparent_language([w.common for w in words], own_bit))
    return last[2]


def _context_pair(text: str, words: list[Word], index: int, stop: frozenset[str], own_bit: int) -> list[Word]:
    """Two lower-case words right after a word of :data:`PERSON_CONTEXT`, a Swahili verb with a person
    object (``tulimsajili``, we registered him/her) or other Swahili words only a person follows
    (:data:`_SWAHILI_LEAD`: ``asante kwa``, ``nimeongea na``, ``mpigieni simu``) or words introducing a relative
    (:func:`kinship.introduces_relative`: ``mama yake``, ``eşim``): the first any word of four letters or more
    that is no stop word nor Romanian possessive (Swahili given names are ordinary words or in no list:
    ``mjitolea mwanaisha odhiambo``), the second unseen or a lexicon surname of four letters or more that is
    no ordinary word of the text (``jirani yangu ni mgonjwa``: ``ni``, is, is a surname too); after a
    relative also a given name and any lexicon name of four letters or more, ordinary words or not
    (``mtoto wangu omari juma``; not ``mtoto wangu hana kazi``: a negative verb)."""
    if not index:
        return []
    before = words[index - 1].text.casefold()
    relative = before in _RELATIVE_LAST \
        and introduces_relative([w.text.casefold() for w in words[max(0, index - 2) : index]])
    if before not in PERSON_CONTEXT and not _SWAHILI_OBJECT.fullmatch(before) and not relative \
            and not _after_lead(text, before, words[index].start):
        return []
    given = words[index]
    if given.text in _ROMANIAN_POSSESSIVES:
        return []
    if index + 1 >= len(words) or not adjacent(text, given, words[index + 1]):
        return _relative_name(text, words, index, stop) if relative else []
    family = words[index + 1]
    if len(given.text) <= _SHORT or not _lower(given) or not _lower(family) or given.text in stop \
            or family.text in stop or not adjacent(text, given, family) or not adjacent(text, words[index - 1], given):
        return []
    surname = family.flags & LAST and not family.ordinary and len(family.text) > _SHORT
    names = relative and given.flags & FIRST and family.flags & (FIRST | LAST) and len(family.text) > _SHORT \
        and not _SWAHILI_NEGATIVE.fullmatch(given.text)  # mtoto wangu omari juma: a child's and father's name
    if surname or names or unseen_word(family, words, own_bit):
        return [given, family]
    return _relative_name(text, words, index, stop) if relative else []


def _after_lead(text: str, before: str, start: int) -> bool:
    """:data:`_SWAHILI_LEAD` ends at ``start``; ``before``, the word before (folded), ends as the lead does
    (a string test first: the lead's search at every lower-case word cost more than the rest of the rule)."""
    return before.endswith(_LEAD_ENDINGS) and bool(_SWAHILI_LEAD.search(text, max(0, start - _LEAD_REACH), start))


def _relative_name(text: str, words: list[Word], index: int, stop: frozenset[str]) -> list[Word]:
    """A lone lower-case given name of four letters or more right after words introducing a relative
    (``dada yangu amina hajapata``, ``annem fatma hasta``); no stop word, kinship word nor negative verb
    (``mtoto wangu hana``)."""
    given = words[index]
    folded = given.text.casefold()
    if not given.flags & FIRST or len(given.text) <= _SHORT or not _lower(given) or given.text in stop \
            or folded in KIN or folded in _NOT_AFTER_RELATIVE or _SWAHILI_NEGATIVE.fullmatch(folded) \
            or not adjacent(text, words[index - 1], given):
        return []
    return [given]


def _in_context(words: list[Word], start: int, end: int) -> bool:
    """A word of :data:`PERSON_CONTEXT` right before ``words[start]`` or right after ``words[end]``."""
    return start > 0 and words[start - 1].text.casefold() in PERSON_CONTEXT \
        or end + 1 < len(words) and words[end + 1].text.casefold() in PERSON_CONTEXT
