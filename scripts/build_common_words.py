"""Build shared_code/anonymization/data/common_words.txt.gz: the ordinary words of each language.

    python scripts/build_common_words.py [--min-zipf 3.0]

Deterministic for the same inputs. Independent of the lexicon file: names and towns that are also
ordinary words are listed too (the recogniser uses that to read a lower-case name or a text that the
language detector routed to a neighbouring language).

Sources (build time only; licences in docs/anonymization.md § 3a):
- wordfreq 3.1.1 (R. Speer; data CC BY-SA 4.0): per language of ``COMMON_LANGUAGES`` that it covers,
  every word of letters (apostrophes and hyphens inside) with a Zipf frequency of at least ``--min-zipf``;
- for Swahili, which wordfreq does not cover: the lower-case entries of Debian's ``hunspell-sw``
  dictionary (full word forms; proper nouns are capitalised there).
Only one bit per word and language is shipped, no frequency.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import types  # noqa: E402

# The build venv (requirements-build.txt) lacks the app's run-time packages: import the data modules of
# shared_code.anonymization without running the package's __init__ (which builds the Presidio adapter).
_package = types.ModuleType("shared_code.anonymization")
_package.__path__ = [str(ROOT / "shared_code" / "anonymization")]
sys.modules.setdefault("shared_code.anonymization", _package)

from shared_code.anonymization.common_words import (  # noqa: E402
    COMMON_LANGUAGES, COMMON_PATH, build_file, common_key, language_bit, load,
)

WORD = regex.compile(r"\p{Latin}[\p{Latin}\p{M}'’-]*\p{Latin}")
HUNSPELL_DIR = Path("/usr/share/hunspell")
HUNSPELL = {"sw": HUNSPELL_DIR / "sw_TZ"}
PROPER_NOUN_DICTIONARIES = {"en": "en_US", "fr": "fr", "es": "es_ES", "nl": "nl", "pt": "pt_PT", "it": "it_IT",
                            "tr": "tr_TR", "pl": "pl_PL", "ro": "ro_RO", "sw": "sw_TZ"}


def wordfreq_words(language: str, min_zipf: float) -> set[str]:
    from wordfreq import available_languages, iter_wordlist, zipf_frequency

    wordlist = "large" if language in available_languages("large") else "small"
    words = set()
    for word in iter_wordlist(language, wordlist):
        if zipf_frequency(word, language, wordlist) < min_zipf:
            break
        if WORD.fullmatch(word):
            words.add(common_key(word))
    return words


def hunspell_entries(base: Path) -> tuple[set[str], set[str]]:
    """``(lower-case entries, capitalised entries)`` of a Hunspell dictionary, affix flags stripped, as keys."""
    aff, dic = base.with_suffix(".aff"), base.with_suffix(".dic")
    if not dic.is_file():
        raise SystemExit(f"missing {dic}: apt-get install hunspell-*")
    encoding = next((line.split()[1] for line in aff.read_text("latin-1").splitlines() if line.startswith("SET ")),
                    "UTF-8")
    stems = [line.split("/", 1)[0].strip() for line in dic.read_text(encoding, errors="replace").splitlines()[1:]]
    lower = {common_key(stem) for stem in stems if stem[:1].islower() and WORD.fullmatch(stem)}
    upper = {common_key(stem) for stem in stems if stem[:1].isupper() and WORD.fullmatch(stem)}
    return lower, upper


def proper_nouns() -> dict[str, set[str]]:
    """Per language, the words to take out of its wordfreq list, which counts names and places as words:
    those its own Hunspell dictionary lists capitalised but not in lower case (``Robert`` in English),
    and those every dictionary lists only capitalised (``Kocaeli``). German's dictionary is not read:
    German capitalises every noun."""
    entries = {language: hunspell_entries(HUNSPELL_DIR / name) for language, name in PROPER_NOUN_DICTIONARIES.items()}
    lower = set().union(*(low for low, _ in entries.values()))
    everywhere = set().union(*(up for _, up in entries.values())) - lower
    return {language: everywhere | (entries[language][1] - entries[language][0]) if language in entries else everywhere
            for language in COMMON_LANGUAGES}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-zipf", type=float, default=3.0)
    args = parser.parse_args()
    names = proper_nouns()
    flags: dict[str, int] = {}
    sizes = {}
    for language in COMMON_LANGUAGES:
        words = hunspell_entries(HUNSPELL[language])[0] if language in HUNSPELL \
            else wordfreq_words(language, args.min_zipf) - names[language]
        sizes[language] = len(words)
        bit = language_bit(language)
        for word in words:
            flags[word] = flags.get(word, 0) | bit
    COMMON_PATH.parent.mkdir(parents=True, exist_ok=True)
    build_file(flags)
    print(json.dumps({"path": str(COMMON_PATH.relative_to(ROOT)), "bytes": COMMON_PATH.stat().st_size,
                      "words": len(load()), "per_language": sizes, "min_zipf": args.min_zipf}))


if __name__ == "__main__":
    main()
