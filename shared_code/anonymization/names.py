"""PERSON and LOCATION from the shipped lexicon (:mod:`lexicon`), in any position and word order.

Words are looked up after normalisation and spelling variants (:func:`name_forms.spelling_flags`);
Arabic words also without a leading clitic (و ف ب ل ك, then ال), Turkish and English words also without
an apostrophe suffix (``Ayşe'nin``, ``John's``). Each word also gets its common-word bits
(:mod:`common_words`, :func:`name_words.read_common_words`), which make names that are ordinary words weak.

- a *run* is a sequence of adjacent name-like words: capitalised (any word in Arabic script) lexicon
  names, name particles between them (``van der``, ``bin``), and one unknown word right after a name
  (a rarer surname: ``Loretta Fechner``, ``أمينة بلخيري``), followed by more *unseen* words (Latin
  words no list knows); a capitalised Cyrillic word with a surname ending (``-енко``, ``-ський``) is a surname;
- a run is a PERSON when it holds a *strong* name (a lexicon name that is not an ordinary word of the
  text's language, nor a stop word; in a run of two or more words, nor of its apparent language: ``Mobil
  Klinik``), but not a lone ordinary-word name in a list of ordinary words (``Su, Sabun ve``), a given
  name followed by a surname or, for a popular given name, by another name (``María Ángeles``; not weak
  words after an article: ``The Red Cross``), a popular surname followed by a given name (a form's order:
  ``Koch Liane``), a popular given name heading a list of names (``Anna, Antonio e``: :mod:`name_evidence`),
  a lone given name that is a word only of the apparent language capitalised after a lower-case word
  (``na Bakari``), or a name word followed by an unseen word (``Toni Tutino``) or, in Cyrillic, by a
  capitalised unknown one; an unknown word right before a strong surname, or an unseen one before any
  name, joins it as the given name (:meth:`_with_given_name`); a lone word at a sentence start must also
  not be an ordinary English word (``Hope you are well``) nor a Turkish one before its noun (``Temiz su``:
  :func:`name_evidence.turkish_noun_opener`); in Arabic a given name followed only by words with the article must be a popular one (``أحمد الخطيب``,
  not ``شروق الشمس``, sunrise), and a lone word with the article is no name (``الأحمر``);
- two or three unseen words (all-caps in a shouted text, or title-case inside a sentence) are a
  PERSON, and so are an Arabic family chain (``بن``, ``أبو``) and a word with an Arabic nisba;
- lower-case words are a PERSON only by :mod:`lowercase_names`, :mod:`help_requests`, :func:`name_forms.lower_name`;
- a name thanked by the writer is a PERSON (:mod:`thanks`);
- one to three capitalised words (or Arabic words) forming a town of the gazetteer that is not an
  ordinary word of the language are a LOCATION; a run that is both is a LOCATION after a place
  preposition, else a PERSON.

All-caps words are acronyms (``IP``, ``UNHCR``), not names, unless the whole text shouts (then words of
more than three letters count, and shorter given names: ``ZOÉ``). Cue phrases and titles stay in
:mod:`person`: added evidence, never needed here.
"""

from __future__ import annotations

from functools import lru_cache, partial
from typing import List, Optional

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from shared_code.anonymization.arabic_names import arabic_noun_phrase, clitic_given_name, given_name_shape, preposition_on_given_name, verb_shape
from shared_code.anonymization.arabic_rare_context import joined_rare_family
from shared_code.anonymization.arabic_rare_names import rare_name_pair
from shared_code.anonymization.common_words import CommonWords, get_common_words, language_bit
from shared_code.anonymization.cues import NOUN_CAPITALISING, PLACE_PREPOSITIONS
from shared_code.anonymization.lexicon import FIRST, FIRST_POPULAR, LAST, LAST_POPULAR, PLACE, Lexicon, get_lexicon, normalise, weak_bit, weak_place_bit
from shared_code.anonymization.person import non_name_words, stop_words
from shared_code.anonymization.result import recognizer_result
from shared_code.anonymization.name_words import (APPARENT_WEAK, CLITICS, NAME, Word, adjacent, after_article, conjoined,
                                                  family_name, list_item, name_follows, read_common_words, with_article)
from shared_code.anonymization.name_forms import ROMANIAN_SURNAME, SURNAME_ENDINGS, cyrillic_name_in_lower_case, cyrillic_unknown, lower_name, nisba_name, spelling_flags
from shared_code.anonymization.spans import PARTICLES, sentence_initial
from shared_code.anonymization.span_types import shouting
from shared_code.anonymization.swahili_subjects import swahili_subject
from shared_code.anonymization.surname_shapes import arabic_compound_name, arabic_feminine_pair, arabic_rare_family, noun_language_pair, polish_case_name
from shared_code.anonymization.lexicon_places import LexiconPlaces
from shared_code.anonymization.lone_surnames import german_lone_surname
from shared_code.anonymization.help_requests import helped_names
from shared_code.anonymization.lowercase_names import lower_pair
from shared_code.anonymization.name_evidence import GENITIVE, capitalised_stop_word, genitive_name, heads_name_list, ordinary_after, titled_names, turkish_noun_opener
from shared_code.anonymization.thanks import with_thanked_names
from shared_code.anonymization.unseen_names import unseen_pair

SCORE = 0.9
"""Above the NER's 0.85: Presidio drops a result contained in a higher-scoring one of the same type, and
the NER's span is often too long (``Ayer Ana Martínez fue al punto``) and later rejected."""
_TOKEN = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’ʼ\-]*")
_ARABIC = regex.compile(r"\p{Arabic}")
_SUFFIX = regex.compile(r"['’ʼ]\p{L}{1,5}$")


class LexiconRecognizer(LexiconPlaces, LocalRecognizer):
    """Lexicon names and towns for one language (see the module docstring)."""

    def __init__(self, supported_language: str, name: str = "QfaLexicon", lexicon: Optional[Lexicon] = None,
                 common: Optional[CommonWords] = None) -> None:
        self.lexicon = lexicon or get_lexicon()
        self.common = common or get_common_words()
        self.own_bit = language_bit(supported_language)
        self.cyrillic = supported_language in ("uk", "ru")
        self.capitalises = supported_language in NOUN_CAPITALISING
        self.stop = stop_words(supported_language)
        self.strict = non_name_words(supported_language)
        self.weak = weak_bit(supported_language)
        self.weak_en = weak_bit("en")
        self.weak_place = weak_place_bit(supported_language)
        self.prepositions = frozenset(PLACE_PREPOSITIONS.get(supported_language, ()))
        self._flags = lru_cache(maxsize=1 << 14)(self._flags)  # a pure function of the word: words recur
        super().__init__(supported_entities=["PERSON", "LOCATION"], supported_language=supported_language, name=name)

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: List[str], nlp_artifacts: Optional[NlpArtifacts] = None
    ) -> List[RecognizerResult]:
        shouted = shouting(text)
        words = [Word(m.start(), m.end(), m.group(), self._flags(m.group()), shouted) for m in _TOKEN.finditer(text)]
        read_common_words(words, self.common, self.own_bit, self.weak)
        found: dict[tuple[int, int], str] = {}
        if "LOCATION" in entities:
            for start, end in self._places(text, words):
                found[(start, end)] = "LOCATION"
        if "PERSON" in entities:
            for start, end in self._people(text, words):
                # an Arabic run starting inside a town is the town's last word read as a given name
                # (حاسي مسعود الأسبوع: مسعود, then الأسبوع, the week, as a family name)
                if not any(s <= start and end <= e or s <= start < e and _ARABIC.match(text, start) for s, e in found):
                    found[(start, end)] = "PERSON"
        return [recognizer_result(self, kind, s, e, SCORE) for (s, e), kind in sorted(found.items())]

    # --- lookup ----------------------------------------------------------------------------------

    def _flags(self, word: str) -> int:
        key = normalise(word)
        if key in self.stop or word.casefold() in self.stop:
            return capitalised_stop_word(self.lexicon, word, key, self.capitalises, self.weak)
        flags = spelling_flags(self.lexicon, word, key)
        if flags:
            return clitic_given_name(self.lexicon, key, flags, self.weak) if _ARABIC.match(key) else flags | (LAST if ROMANIAN_SURNAME.match(key) else 0)
        if word[:1].isupper() and SURNAME_ENDINGS.match(key):
            return LAST
        if _SUFFIX.search(key):
            return self.lexicon.flags(_SUFFIX.sub("", key))
        if self.capitalises and word[:1].isupper():
            return genitive_name(self.lexicon, key, self.weak)
        if _ARABIC.match(key):
            for clitic in CLITICS:
                if key.startswith(clitic) and len(key) > 3:
                    rest = key[1:]
                    flags = self.lexicon.flags(rest) or (rest.startswith("ال") and self.lexicon.flags(rest[2:]))
                    if flags:
                        return flags
        return 0

    def _strong(self, word: Word) -> bool:
        return bool(word.flags & NAME) and not word.flags & self.weak and word.text.casefold() not in self.strict

    # --- people ----------------------------------------------------------------------------------

    def _people(self, text: str, words: list[Word]) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        index = 0
        while index < len(words):
            quiet = not words[index].cased and not sentence_initial(text, words[index].start)  # starts no rule but lower_name
            found = [] if quiet else family_name(text, words, index, self.stop) \
                or unseen_pair(text, words, index, self._unseen, self._unknown, partial(self._in_lower_case, first_word=True),
                               self.own_bit) \
                or nisba_name(text, words, index, self.stop, self.weak) or self._shaped(text, words, index)
            run = [] if found or quiet else self._run(text, words, index)
            if run:
                person = self._with_given_name(text, words, index, run)
                if spans and person[0].start < spans[-1][1]:
                    person = run  # a list's previous name keeps its surname (Merve Koç, Murat Kurt)
                if (self._is_person(text, run) or self._capital_after_lower(text, words, index, run)
                        or heads_name_list(text, words, index, run, self._strong)
                        or len(person) > len(run) and self._unseen(person[0])
                        and not after_article(text, person[0].start)) \
                        and not (len(run) == 1 and list_item(text, words, index, self.weak)):
                    spans.append((person[0].start, person[-1].end))  # an unseen given name needs no strong one
                index += len(run)
                if index < len(words) and ordinary_after(run, words[index]) and adjacent(text, run[-1], words[index]):
                    index += 1  # the word that ended a full name starts no name (STELLA MENDES PELO CABAZ)
                continue
            found = found or words[index].text[:1].islower() and lower_pair(text, words, index, self.stop, self.weak, self.own_bit) \
                or lower_name(text, words, index, self.stop, self.weak if self.cyrillic else 0, self.weak)
            if found:
                spans.append((found[0].start, found[-1].end))
                index += len(found)
                continue
            index += 1
        spans += helped_names(text, words, self.stop, self.weak, self.own_bit) + titled_names(text, words)  # bitte helft marek,
        return joined_rare_family(text, words, with_thanked_names(text, words, spans, self.stop, self._strong, self._unseen_any), self.lexicon)

    def _shaped(self, text: str, words: list[Word], index: int) -> list[Word]:
        """A name told by the shape of its words (:mod:`surname_shapes`)."""
        if self.capitalises:
            return noun_language_pair(text, words, index, self._unseen, self._unknown, self.common, self.own_bit,
                                      self.prepositions) \
                or german_lone_surname(text, words, index, self._unseen, self.common, self.own_bit, self.stop)
        if words[index].arabic:
            return arabic_feminine_pair(text, words, index, self.stop, self.weak) \
                or arabic_compound_name(text, words, index, self.stop, self.weak) \
                or arabic_rare_family(text, words, index, self.stop, self.weak) or rare_name_pair(text, words, index, self.lexicon, self.stop, self.weak)
        return polish_case_name(text, words, index, self.lexicon, self._unknown) \
            or swahili_subject(text, words, index, self._unseen)

    def _unseen_any(self, word: Word) -> bool:
        """:meth:`_unseen`; in Arabic (no common-word list) a word the lexicon does not know; in Cyrillic
        (no list either, and shouted texts carry no case) a lexicon name, weak or not: ``ДЯКУЄМО ЧЕРВОНИЙ
        ХРЕСТ``, the Red Cross, stays."""
        return self._unseen(word) or (not word.flags if word.arabic else word.cyrillic and bool(word.flags & NAME))

    def _run(self, text: str, words: list[Word], index: int) -> list[Word]:
        run: list[Word] = []
        while index < len(words):
            word = words[index]
            if run and (not adjacent(text, run[-1], word) or conjoined(word, self.lexicon) or run[-1].flags & GENITIVE):
                break
            if word.cased and word.flags & NAME and not (ordinary_after(run, word) and (
                    word.text.isupper() or not self._strong(word))):
                run.append(word)
            elif run and word.text.casefold() in PARTICLES and name_follows(words, index + 1):
                run.append(word)
            elif run and word.cased and self._unknown(word) and not ordinary_after(run, word) and (
                    run[-1].flags & NAME or run[-1].text.casefold() in PARTICLES):
                run.append(word)
                index += 1
                while index < len(words) and len(run) < 4 and self._unseen(words[index]) \
                        and adjacent(text, run[-1], words[index]):  # more unseen words: ASANTE BALINDA KIMUTAI
                    run.append(words[index])
                    index += 1
                break
            else:
                break
            index += 1
        while run and not run[-1].flags & NAME and run[-1].text.casefold() in PARTICLES:
            run.pop()
        return run

    def _unknown(self, word: Word) -> bool:
        """A word the lexicon does not know that may still be part of a name (a rarer surname; no Arabic verb)."""
        folded = word.text.casefold()
        return not word.flags and folded not in self.stop and folded not in self.strict and len(word.text) > 1 and not (word.arabic and verb_shape(word.text))

    def _unseen(self, word: Word) -> bool:
        """A Latin-script word that is neither in the lexicon nor an ordinary word of any listed language:
        after a given name, a surname (``Toni Tutino``); two of them in a shouted text, a name."""
        return word.latin and word.upper and self._unknown(word) and not word.common and len(word.text) > 2

    def _with_given_name(self, text: str, words: list[Word], index: int, run: list[Word]) -> list[Word]:
        """An unknown capitalised word right before a strong surname is its given name (``Görgünay Yılmaz``;
        even an ordinary word where nouns are lower case and the word follows a lower-case one: ``molto
        Tancredi Bevilacqua``, wordfreq counts names; not ``Bu Kentteki Yılmaz``);
        so is an unseen one (:meth:`_unseen`) before any name (``der Helfer Gundrun Hande``), and a
        capitalised particle (``con Dal Molin``). Never at a sentence start, except for an unseen word or
        a surname before a comma and a given name (``Jäckel, Irmgard``)."""
        before = words[index - 1] if index else None
        if before and before.upper and run[0].flags & FIRST and text[before.end : run[0].start] in (",", ", ") \
                and (self._unseen(before) or before.flags & LAST and not before.flags & FIRST):
            return [before, *run]  # surname, comma, given name (a list's or form's order: Jäckel, Irmgard)
        if before and before.arabic and run[0].arabic and run[0].flags & LAST and not run[0].flags & self.weak and (not run[0].flags & FIRST or preposition_on_given_name(before.text)) \
                and self._unknown(before) and not with_article(before.text) and not conjoined(before, self.lexicon) \
                and adjacent(text, before, run[0]) and given_name_shape(before.text):
            return [before, *run]  # Arabic: an unknown word before a family name is the given name (يمينة بوزيد)
        if not before or not before.upper or not adjacent(text, before, run[0]) or sentence_initial(text, before.start):
            return run
        surname = bool(run[0].flags & LAST) and self._strong(run[0]) and not run[0].flags & APPARENT_WEAK
        if self._unknown(before) and (surname and (not before.ordinary or self._in_lower_case(text, words, index - 1))
                                      or self._unseen(before)) \
                or before.text.casefold() in PARTICLES and before.text[1:].islower():
            return [before, *run]
        return run

    def _in_lower_case(self, text: str, words: list[Word], index: int, first_word: bool = False) -> bool:
        """``words[index]`` follows a lower-case word (or, if ``first_word``, a sentence's first word that is
        an ordinary word: ``Ieri``, ``Dün``; no article, no town) in a language that writes nouns in
        lower case: its capital marks a name."""
        before = words[index - 1] if index > 0 else None
        return not self.capitalises and before is not None and text[before.end : words[index].start].isspace() \
            and (before.text[:1].islower() or first_word and not before.text.isupper() and sentence_initial(text, before.start)
                 and before.ordinary and not before.flags & PLACE and not after_article(text, words[index].start))

    def _capital_after_lower(self, text: str, words: list[Word], index: int, run: list[Word]) -> bool:
        """A lone given name (popular, or a surname too) that is an ordinary word of the apparent language
        and one other at most (``na Bakari``, ``na Juma``, ``ile Güneş``: weak by :func:`name_words.read_common_words`, not by the
        lexicon), capitalised after a lower-case word that is no place preposition where nouns are lower
        case: the capital marks the name (``ya Afya``, rarer, ``na Familia``, a word of 3+ languages, stay)."""
        word = run[0]
        return len(run) == 1 and word.latin and bool(word.flags & FIRST and word.flags & (FIRST_POPULAR | LAST)) \
            and bool(word.flags & APPARENT_WEAK) and bin(word.common).count("1") <= 2 and not word.flags & PLACE \
            and word.text.casefold() not in self.strict \
            and self._in_lower_case(text, words, index) and words[index - 1].text.casefold() not in self.prepositions \
            and not self._flags(word.text) & self.weak

    def _is_person(self, text: str, run: list[Word]) -> bool:
        names = [w for w in run if w.flags & NAME and w.cased]  # a lower-case particle is no surname (Pilar de X)
        has_pair = len(names) > 1 and (bool(names[0].flags & FIRST) and (
            any(w.flags & LAST for w in names[1:]) or bool(names[0].flags & FIRST_POPULAR))
            or len(names) == 2 and bool(names[0].flags & LAST_POPULAR and names[1].flags & FIRST)) \
            and not (all(w.flags & self.weak for w in names) and after_article(text, run[0].start))
        strong = any(self._strong(w) and not (len(run) > 1 and w.flags & APPARENT_WEAK) for w in names) or (
            bool(names[0].flags & NAME) and any(self._unseen(w) or cyrillic_unknown(w) for w in run[1:]))
        if arabic_noun_phrase(run):
            return False  # شروق الشمس (sunrise), السلام عليكم: a noun phrase
        if len(run) == 1:
            word = run[0]
            if word.arabic:  # a lone word with the article is a noun or adjective (الأحمر, red; الأمل, hope)
                return strong and len(word.text) > 2 and not (not word.flags & FIRST_POPULAR and with_article(word.text))
            if sentence_initial(text, word.start) and (word.flags & self.weak_en or turkish_noun_opener(text, word, self.common.flags)):
                return False
            strong = strong or self.cyrillic and cyrillic_name_in_lower_case(text, word)
        return strong or has_pair

