"""Candidate base forms of an inflected word (``Çadırlarımızda`` → ``çadır``, ``Koców`` → ``koc``,
``Sectorul`` → ``sector``, ``Mujeres`` → ``mujer``), for the common-word test of the NER span rules.

The common-word list (:mod:`common_words`) comes from frequency lists, which hold the frequent forms of
a word only: Turkish stacks case, possessive and plural suffixes (``Merkezinde``, in its centre), Polish
and Romanian inflect nouns and adjectives for case (``Czerwonego Krzyża``, ``Comitetului``), and
plurals of rarer nouns fall under the frequency floor (``Mujeres``, ``Coperte``). :func:`base_forms`
undoes the regular endings of one language by a bounded table (no dictionary, no stemmer): a handful of
candidate keys, each to be looked up in that language's common-word list by the caller. A wrong
candidate is harmless only when it is no ordinary word; the caller therefore requires the word itself to
be unknown to the name lexicon and the candidate not to be a name (``Seona``, ``Turkana`` stay names).
"""

from __future__ import annotations

_MIN_STEM = 3
"""A candidate has at least this many letters."""

_TURKISH_SUFFIXES: tuple[str, ...] = tuple(sorted({
    # plural, possessive (1st/2nd/3rd person, singular and plural), compound marker
    "lar", "ler", "ları", "leri", "ım", "im", "um", "üm", "ımız", "imiz", "umuz", "ümüz", "ın", "in", "un", "ün",
    "ınız", "iniz", "unuz", "ünüz", "sı", "si", "su", "sü", "ı", "i", "u", "ü",
    # case endings, with their buffer consonants (n after a possessive, y after a vowel)
    "da", "de", "ta", "te", "nda", "nde", "dan", "den", "tan", "ten", "ndan", "nden",
    "a", "e", "ya", "ye", "na", "ne", "yı", "yi", "yu", "yü", "nı", "ni", "nu", "nü",
    "nın", "nin", "nun", "nün", "la", "le", "yla", "yle", "ki",
}, key=len, reverse=True))
"""Turkish inflectional suffixes (not derivational ones such as ``-lı``, ``-ci``: ``Dumanlı``, ``Demirci``
are surnames as often as words)."""
_TURKISH_SOFTENED = {"b": "p", "c": "ç", "d": "t", "ğ": "k", "g": "k"}
"""A stem-final consonant that softens before a vowel (``kitabı`` → ``kitap``, ``yardımı``)."""
_MAX_TURKISH_SUFFIXES = 4

_POLISH: tuple[tuple[str, tuple[str, ...]], ...] = (
    # (inflected ending, base endings), longest first
    ("owego", ("owy", "")), ("owemu", ("owy", "")), ("owej", ("owy", "")), ("owym", ("owy", "")),
    ("owych", ("owy", "")), ("owymi", ("owy", "")), ("owy", ("",)), ("owe", ("owy", "")), ("owa", ("owy", "")),
    ("ową", ("owy", "")), ("ek", ("ka", "ko", "ki")),
    ("iego", ("i",)), ("iemu", ("i",)), ("iej", ("i", "a")), ("ich", ("i", "")), ("imi", ("i",)),
    ("ego", ("y", "i")), ("emu", ("y", "i")), ("ej", ("y", "a")), ("ych", ("y", "")), ("ymi", ("y", "")),
    ("ym", ("y", "")), ("ami", ("", "a", "o")), ("ach", ("", "a", "o")), ("ów", ("", "a")), ("om", ("", "a", "o")),
    ("owi", ("",)), ("em", ("", "o")), ("ie", ("a", "o", "")), ("ą", ("a", "y")), ("ę", ("a",)),
    ("iu", ("ie",)), ("ii", ("ia",)), ("ka", ("ki",)), ("a", ("", "o", "y")), ("u", ("", "o")), ("y", ("a", "")),
    ("i", ("a", "")),
    ("e", ("y", "a", "o", "")), ("o", ("y",)),
)
"""Polish case endings of nouns and adjectives and the nominative endings they may come from (``Koców``
→ ``koc``, ``Czerwonego`` → ``czerwony``, ``Norweska`` → ``norweski``, ``Latarek`` → ``latarka``), and
adjectives in ``-owy`` made from a noun (``Zakupowe`` → ``zakup``, ``Żywnościowy`` → ``żywności``), the
locative of ``-ie`` nouns and the genitive of ``-ia`` nouns (``Szczepieniu`` → ``szczepienie``,
``Infolinii`` → ``infolinia``)."""

_POLISH_CONSONANTS = frozenset("bcćdfghjklłmnńprsśtwzźż")
"""A Polish word ending in a consonant may be the bare genitive plural of a feminine ``-a`` or neuter
``-o`` noun, whose list may hold only its plural (``brakuje Pieluch``, of nappies: ``pielucha``,
``pieluchy``; ``Mieszkań``: ``mieszkanie`` is not undone)."""

_ROMANIAN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("urilor", ("",)), ("urile", ("",)), ("ului", ("", "u")), ("ilor", ("i", "e", "ă", "")), ("elor", ("e", "ă")),
    ("iile", ("ie",)), ("ile", ("i", "e", "ă", "")), ("ele", ("e", "ă")), ("uri", ("",)), ("ul", ("", "u")),
    ("lui", ("",)), ("lor", ("",)), ("le", ("",)), ("ii", ("ie", "i", "")), ("ei", ("ă", "e", "a")),
    ("ia", ("ie",)), ("a", ("ă", "")), ("i", ("", "ă", "e")), ("e", ("ă", "")),
)
"""Romanian definite articles and plural endings (``Sectorul`` → ``sector``, ``Comitetului`` →
``comitet``, ``Clinica`` → ``clinică``, ``Rații`` → ``rație``)."""

_ROMANCE_PLURALS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "es": (("ces", ("z",)), ("es", ("",)), ("s", ("",))),
    "pt": (("ões", ("ão",)), ("ães", ("ão",)), ("ais", ("al",)), ("éis", ("el",)), ("ns", ("m",)), ("s", ("",))),
    "it": (("chi", ("co",)), ("ghi", ("go",)), ("che", ("ca",)), ("ghe", ("ga",)), ("i", ("o", "e")), ("e", ("a",))),
    "fr": (("aux", ("al",)), ("eaux", ("eau",)), ("s", ("",)), ("x", ("",))),
    "en": (("ies", ("y",)), ("es", ("",)), ("s", ("",))),
}
"""Plural endings of the languages whose frequency lists miss the plurals of rarer nouns."""


def base_forms(key: str, language: str) -> list[str]:
    """Candidate base forms of the case-folded ``key`` in ``language`` (empty for a language without a
    table, or when no ending matches), without ``key`` itself."""
    if language == "tr":
        found = _turkish(key)
    elif language == "pl":
        found = _replace(key, _POLISH) + ([key + "a", key + "o", key + "y"] if key[-1:] in _POLISH_CONSONANTS else [])
    elif language == "ro":
        found = _replace(key, _ROMANIAN)
    elif language in _ROMANCE_PLURALS:
        found = _replace(key, _ROMANCE_PLURALS[language])
    else:
        return []
    return [c for c in dict.fromkeys(found) if c != key and len(c) >= _MIN_STEM]


def _replace(key: str, table: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    return [key[: len(key) - len(ending)] + base for ending, bases in table if key.endswith(ending)
            for base in bases]


def _turkish(key: str) -> list[str]:
    """Stems left by stripping up to ``_MAX_TURKISH_SUFFIXES`` suffixes from the end, each also with its
    final consonant unsoftened (``yardımı`` → ``yardım``, ``kitabı`` → ``kitap``)."""
    found: list[str] = []
    layer = [key]
    for _ in range(_MAX_TURKISH_SUFFIXES):
        layer = [word[: len(word) - len(s)] for word in layer for s in _TURKISH_SUFFIXES
                 if word.endswith(s) and len(word) - len(s) >= _MIN_STEM]
        if not layer:
            break
        found += layer
    found += [stem[:-1] + _TURKISH_SOFTENED[stem[-1]] for stem in found if stem[-1] in _TURKISH_SOFTENED]
    return found
