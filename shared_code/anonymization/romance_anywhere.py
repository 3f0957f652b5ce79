""":class:`places_anywhere.PlacesAnywhere` with the regions and addresses of :mod:`romance_places` and three
rules for towns in positions the preposition rules never see (issue 12, LOCATION recall in Spanish,
Portuguese and Italian texts), used by :mod:`cueless_places` for every Latin-script language:

- **towns the lexicon recogniser takes anchor lists**: :mod:`location` leaves one-word towns to the
  lexicon recogniser, so ``Braga, Ovar e Viseu`` had no anchor and ``Ovar`` (to lay eggs) leaked; a town
  of the gazetteer that is no ordinary word of the language and no weak name is an anchor that counts
  when a word is listed with it (and is then a place too);
- **a verb starts the sentence**: a sentence's first word is capitalised, so ``Visitámos Anadia`` read as
  a run of two capitalised words (a name or a title) and neither was a place; before a gazetteer place, a
  first word the lexicon does not know (no name, no place) is no neighbour (an unseen word after it may
  be a title's: ``Carte Prepagate``);
- **a bare town inside a sentence**: in these languages a common noun takes an article or a determiner
  (``la guarda``, ``il prato``), a town takes none; a capitalised word inside a sentence, right after a
  lower-case word (or a first word as above) that is no article, determiner or place preposition (those
  have rules of their own: ``Centro de Salud``), that the gazetteer has as a town (15,000+ inhabitants) but the lexicon marks as
  an ordinary word or a name of the language is the town (``Visitamos Salamanca``, ``abbiamo visitato
  Cuneo``); not a given name that is no ordinary word (the name rules'), not an item listed with other
  capitalised ordinary words (``Compramos Leche, Arroz``). Spanish, Portuguese and Italian only: French
  texts name brands so (``reçu Orange``). The known cost: a capitalised abstract noun that is also a
  town (``sentimos Esperanza``, ``Recebemos Vitória``).
"""

from __future__ import annotations

from typing import Iterable

import regex

from shared_code.anonymization.common_words import CommonWords, in_item_list, language_bit
from shared_code.anonymization.lexicon import FIRST, LAST, MINOR_PLACE, PLACE, Lexicon, normalise
from shared_code.anonymization.places_anywhere import PlacesAnywhere
from shared_code.anonymization.romance_places import ARTICLES, RomancePlaces
from shared_code.anonymization.spans import sentence_initial

Span = tuple[int, int]
_POLISH = language_bit("pl")
_ROMANCE = sum(language_bit(language) for language in ("es", "pt", "it"))
_TITLE = regex.compile(r"(?<![\w'’ʼ-])\p{Lu}[\p{Ll}\p{M}]+(?![\w'’ʼ-])")
_PREVIOUS = regex.compile(r"(?<![\w'’ʼ-])(\p{L}+)[ \t]+$")
_LIST_AFTER = regex.compile(r"[ \t]*,|[ \t]+(?i:and|et|y|e|i|und|en|și|si|ve|na|oraz|ou|o|or|oder|ni)[ \t]")
_LIST_BEFORE = regex.compile(r"(?:,|[ \t](?i:and|et|y|e|i|und|en|și|si|ve|na|oraz|ou|o|or|oder|ni))[ \t]+(?:\p{L}{1,4}[ \t]+)?$")
"""A comma or a conjunction right after or before a town: only then can a word be listed with it."""
_DETERMINERS = frozenset((
    "un una uno unos unas um uma uns umas une mi mis tu tus su sus nuestro nuestra nuestros nuestras "
    "este esta estos estas ese esa esos esas aquel aquella meu minha meus minhas nosso nossa seu sua esse "
    "essa mio mia miei mie tuo tua suo nostro nostra questo questa quel quella ce cet cette mon ma mes ton "
    "ta notre son sa ses leur").split())


class RomancePlacesAnywhere(PlacesAnywhere):
    """The rules of the module docstring on top of :class:`PlacesAnywhere`'s."""

    def __init__(self, language: str, lexicon: Lexicon, common: CommonWords, capitalises_nouns: bool,
                 stop: frozenset[str], prepositions: tuple[frozenset[str], frozenset[str]]) -> None:
        super().__init__(language, lexicon, common, capitalises_nouns, stop, prepositions)
        self.romance = RomancePlaces(language, lexicon, common, stop)
        self.bare = bool(self.own & _ROMANCE)

    def find(self, text: str, found: Iterable[Span]) -> list[Span]:
        found, words = [*found], [m.span() for m in _TITLE.finditer(text)]
        flags = [self.lexicon.place_flags(normalise(text[start:end])) for start, end in words]
        towns = [w for w, f in zip(words, flags) if f & PLACE and not f & (self.weak_place | self.weak_name)]
        regions = self.romance.find(text, [*found, *towns])
        bare = self._bare_towns(text, words, flags) if self.bare else []
        spans = regions + bare + super().find(text, [*found, *regions, *bare])
        towns = [t for t in towns if t not in spans and (_LIST_AFTER.match(text, t[1])
                                                         or _LIST_BEFORE.search(text, max(0, t[0] - 12), t[0]))]
        if towns:  # anchors that count only when a word is listed with them, and are then places too
            spans += self._listed(text, {*spans, *found, *towns}, set(towns), self.apparent(text) == _POLISH)
        return spans

    def _alone(self, text: str, span: Span, words: list[Span]) -> bool:
        """:meth:`PlacesAnywhere._alone`; for a gazetteer place, a sentence's first word the lexicon does
        not know is no neighbour (``Visitámos Anadia``)."""
        if super()._alone(text, span, words):
            return True
        if not self.lexicon.place_flags(normalise(text[slice(*span)])) & (PLACE | MINOR_PLACE):
            return False  # an unseen word after a verb may be a brand or a title word (``Carte Prepagate``)
        kept = [w for w in words if w == span or not self._opening_word(text, w)]
        return len(kept) < len(words) and super()._alone(text, span, kept)

    def _opening_word(self, text: str, span: Span) -> bool:
        """A sentence's first word that the lexicon does not know (no name, no place): a verb, an adverb
        (``Visitámos``, ``Ayer``)."""
        key = normalise(text[slice(*span)])
        return sentence_initial(text, span[0]) and not self.lexicon.flags(key) and not self.lexicon.place_flags(key)

    def _bare_towns(self, text: str, words: list[Span], places: list[int]) -> list[Span]:
        """Towns the lexicon marks as ordinary words or names of the language, bare inside a sentence
        (``places``: the lexicon flags of ``words``)."""
        found = []
        for index, (span, flags) in enumerate(zip(words, places)):
            if not flags & PLACE or flags & FIRST and not flags & self.weak_name:
                continue
            previous = _PREVIOUS.search(text, max(0, span[0] - 24), span[0])
            before = previous.group(1).casefold() if previous else ""
            if not before or before in ARTICLES or before in _DETERMINERS or before in self.prepositions \
                    or not (previous.group(1)[:1].islower() or self._opening_word(text, previous.span(1))):
                continue
            word = text[slice(*span)]
            if not (flags & (self.weak_place | self.weak_name | LAST) or self.common.flags(word) & self.own):
                continue  # the lexicon recogniser's
            if self._alone(text, span, words[max(0, index - 1) : index + 2]) \
                    and not in_item_list(text, *span, self._ordinary):
                found.append(span)
        return found

    def _ordinary(self, word: str) -> bool:
        return bool(self.common.flags(word) & self.own)
