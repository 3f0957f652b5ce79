#!/usr/bin/env python3
"""Generate the repository's synthetic feedback corpus (``feedback_corpus.jsonl`` beside this file).

    python tests/data/make_corpus.py [--records 600] [--seed 14] [--out PATH]

Deterministic: the same arguments give byte-identical output (a test checks the committed file).
Each record: ``id``, ``content``, ``metadata`` (``created``, ``coding_level_1..3`` as names from
``coding_framework.json``), ``language``, ``pii`` (gold spans: ``start``, ``end``, ``type``, ``text``,
Python string offsets, end exclusive) and ``theme`` (the true level-3 code id; ``""`` for empty text).
Texts come from ``corpus_phrases.py``; every personal value is invented (see README.md).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus_phrases import CLAUSES, IBAN_COUNTRY, ISSUES, LATIN, NAMES, OPENERS, PLACES  # noqa: E402

LANGUAGES = {"en": 0.4, "fr": 0.2, "es": 0.1, "nl": 0.1, "uk": 0.1, "de": 0.05, "ar": 0.05}
PII_TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS", "URL"]
START = datetime(2025, 1, 1)
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng: random.Random, language: str) -> str:
    d = lambda n: digits(rng, n)  # noqa: E731
    formats = {
        "en": [f"+44 7700 900{d(3)}", f"(212) 555-01{d(2)}"],
        "fr": [f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}"],
        "es": [f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}"],
        "nl": [f"+31 6 {d(4)} {d(4)}", f"06-{d(8)}"],
        "de": [f"+49 151 {d(7)}", f"0170 {d(7)}"],
        "uk": [f"+380 67 {d(3)} {d(2)} {d(2)}", f"067 {d(3)} {d(2)} {d(2)}"],
        "ar": [f"+961 3 {d(3)} {d(3)}", f"03 {d(3)} {d(3)}".translate(ARABIC_DIGITS)],
    }
    return rng.choice(formats[language])


def iban(rng: random.Random, language: str) -> str:
    country, bank, length = IBAN_COUNTRY[language]
    bban = bank + digits(rng, length - len(bank))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    compact = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)) if rng.random() < 0.6 else compact


def card(rng: random.Random) -> str:
    body = [int(c) for c in rng.choice(["4", "51", "53"]) + digits(rng, 13)][:15]
    body += [0] * (15 - len(body))
    total = sum(sum(divmod(2 * v, 10)) if i % 2 == 0 else v for i, v in enumerate(reversed(body)))
    number = "".join(map(str, body)) + str((10 - total % 10) % 10)
    sep = rng.choice([" ", "-", ""])
    return sep.join(number[i:i + 4] for i in range(0, 16, 4))


def value(rng: random.Random, language: str, kind: str, person: tuple[int, int]) -> str:
    first, last = NAMES[language]
    if kind == "PERSON":
        return f"{first[person[0]]} {last[person[1]]}"
    if kind == "EMAIL_ADDRESS":
        local = (LATIN.get(language) or [n.lower() for n in first])[person[0]]
        return f"{local}.{rng.randint(1, 99)}@{rng.choice(['example.org', 'example.net', 'mail.example.com'])}"
    if kind == "PHONE_NUMBER":
        return phone(rng, language)
    if kind == "IBAN_CODE":
        return iban(rng, language)
    if kind == "CREDIT_CARD":
        return card(rng)
    if kind == "IP_ADDRESS":
        return f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(1, 254)}"
    if kind == "URL":
        return rng.choice(["https://", "http://", ""]) + f"aid-register-{rng.randint(2, 9)}.example.net/form"
    return rng.choice(PLACES[language])


def compose(rng: random.Random, language: str, theme: str, kinds: list[str]) -> tuple[str, list[dict]]:
    """Opener, the issue sentence, then one clause per PII kind; gold spans by construction."""
    issue = ISSUES[theme][language]
    text = rng.choice(OPENERS[language]) + (rng.choice(issue) if isinstance(issue, list) else issue)
    spans: list[dict] = []
    person = (rng.randrange(8), rng.randrange(8))
    for kind in kinds:
        before, after = CLAUSES[language][kind].split("{}")
        text += " " + before
        found = value(rng, language, kind, person)
        spans.append({"start": len(text), "end": len(text) + len(found), "type": kind, "text": found})
        text += found + after
    return text, spans


def names_of(framework: dict) -> dict[str, list[str]]:
    """Level-3 id -> the names along its path."""
    out = {}
    for root in framework["root_codes"]:
        for category in root["children"]:
            for code in category["children"]:
                out[code["id"]] = [root["name"], category["name"], code["name"]]
    return out


def record(rng: random.Random, n: int, paths: dict[str, list[str]]) -> dict:
    language = rng.choices(list(LANGUAGES), weights=list(LANGUAGES.values()))[0]
    theme = rng.choice(sorted(paths))
    kinds: list[str] = []
    if rng.random() < 0.6:
        kinds = [PII_TYPES[(n + k) % len(PII_TYPES)] for k in range(rng.randint(1, 3))]
    content, pii = compose(rng, language, theme, kinds)
    if rng.random() < 0.01:  # a follow-up thread: the same issue again, one more PII clause
        more, extra = compose(rng, language, theme, [PII_TYPES[n % len(PII_TYPES)]])
        shift = len(content) + 1
        pii += [{**s, "start": s["start"] + shift, "end": s["end"] + shift} for s in extra]
        content += "\n" + more
    if rng.random() < 0.015:
        content, pii, theme = rng.choice(["", "   \n "]), [], ""
    coded = rng.random() >= 0.1 and theme
    levels = paths[theme] if coded else ["", "", ""]
    created = START + timedelta(seconds=rng.randrange(181 * 86400))
    stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ" if rng.random() < 0.2 else "%Y-%m-%d %H:%M:%S")
    return {"content": content, "metadata": {"created": stamp, **{f"coding_level_{i + 1}": v for i, v in enumerate(levels)}},
            "language": language, "pii": pii, "theme": theme, "_at": created}


def generate(records: int = 600, seed: int = 14) -> list[dict]:
    """``records`` corpus records, sorted by creation time and numbered ``fb-000001`` onwards."""
    framework = json.loads((HERE / "coding_framework.json").read_text(encoding="utf-8"))
    rng = random.Random(seed)
    paths = names_of(framework)
    rows = sorted((record(rng, n, paths) for n in range(records)), key=lambda r: r["_at"])
    return [{"id": f"fb-{i + 1:06d}", **{k: v for k, v in r.items() if k != "_at"}} for i, r in enumerate(rows)]


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=600)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--out", type=Path, default=HERE / "feedback_corpus.jsonl")
    args = parser.parse_args(argv)
    args.out.write_text(dumps(generate(args.records, args.seed)), encoding="utf-8")


if __name__ == "__main__":
    main()
