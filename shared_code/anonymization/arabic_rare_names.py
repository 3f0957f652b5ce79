"""Rarer Arabic names that are also ordinary words (:meth:`lexicon.Lexicon.rare`), read only with more
evidence: another name beside them.

The lexicon keeps Arabic-script names down to a deeper popularity rank than other scripts' (Arabic has no
capital letters: the lexicon is its main evidence). Those rarer names that are ordinary Arabic words
(``الشايع``, widespread; ``الحنبلي``, Hanbali; ``موضي``; ``غلا``, dearness) are no names on their own: the
other rules see unknown words. Two adjacent words are a name (given name + family name) when:

- a given name the lexicon knows and is no ordinary word (``أحمد``) comes before a rarer family name
  (``أحمد الشايع``), or a rarer given name before a family name the lexicon knows that is no ordinary word
  (``موضي القحطاني``);
- a given name the lexicon knows that is an ordinary word (``سعيد``, happy) comes before a rarer family
  name with the article (``سعيد الحنبلي``), or a rarer given name before a rarer family name with the
  article that is a nisba (``-ي``: ``غلا الحنبلي``): a bare noun before a word with the article is the
  genitive construct (``بداية الشهر``, the beginning of the month; ``بيت الحداد``, the smith's house), so
  two ordinary words need a given name of the lexicon or a family name's shape;
- a lexicon given name, even an ordinary word (``جورج`` is weak in Arabic), comes before a rarer family name
  without the article that is no rarer given name and no verb (``جورج صليبا``);
- a town is no rarer name here (``ولاية تلمسان``, ``كهرباء طرطوس``);
- ``أبو``/``أم`` (a kunya: father, mother of) or ``بن`` (son of) comes before a rarer given name that is no
  verb (``أبو فواز``), ``آل`` (the family of) before a rarer family name (``آل شايع``).
"""

from __future__ import annotations

from shared_code.anonymization.arabic_names import verb_shape
from shared_code.anonymization.arabic_rare_context import LINKS, rare_context_pair
from shared_code.anonymization.lexicon import FIRST, LAST, PLACE, RARE_FIRST, RARE_LAST, Lexicon, normalise
from shared_code.anonymization.name_words import Word, adjacent, with_article

_MIN_LETTERS = 3


def rare_name_pair(text: str, words: list[Word], index: int, lexicon: Lexicon, stop: frozenset[str],
                   weak: int) -> list[Word]:
    """``words[index]`` and the next word when they are a given name and a family name, one of them a rarer
    name (see the module docstring), else []."""
    part = words[index : index + 2]
    if len(part) < 2 or not all(w.arabic for w in part) or not adjacent(text, part[0], part[1]):
        return []
    context = rare_context_pair(text, words, index, lexicon, stop)
    if context:
        return context  # قال منقذ العايد (arabic_rare_context)
    given, family = part
    key, family_key = normalise(given.text), normalise(family.text)
    if key in LINKS and lexicon.rare(family_key) & LINKS[key] and not with_article(family.text) \
            and not family.flags & PLACE and not verb_shape(family.text):
        return part  # أبو فواز, آل شايع
    if with_article(given.text) or key in stop or family_key in stop or len(key) < _MIN_LETTERS \
            or given.text[:1] in "وف" and not given.flags:
        return []
    rare_given = lexicon.rare(key) & RARE_FIRST and not given.flags & PLACE
    rare_family = lexicon.rare(family_key) & RARE_LAST and not family.flags & PLACE  # تلمسان: a town
    if rare_family and given.flags & FIRST and not given.flags & weak:
        return part  # أحمد الشايع
    if rare_given and family.flags & LAST and not family.flags & (FIRST | weak):
        return part  # موضي القحطاني
    if rare_family and family_key.startswith("ال") and (given.flags & FIRST or rare_given and family_key.endswith("ي")):
        return part  # سعيد الحنبلي, غلا الحنبلي
    if rare_family and given.flags & FIRST and not lexicon.rare(family_key) & RARE_FIRST and not verb_shape(family.text):
        return part  # جورج صليبا
    return []
