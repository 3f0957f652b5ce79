"""``output_language`` sanitising (docs/api.md § Output language) and the display-language table (docs/api.md § pretty_output)."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

log = logging.getLogger("qfa.language")
_WS = re.compile(r"\s+")


def sanitise_output_language(value: str | None) -> str | None:
    if value is None:
        return None
    text = _WS.sub(" ", value[:1000])
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        return None
    kept = "".join(ch for ch in text if ch in " -()'" or unicodedata.category(ch)[0] in "LM")
    kept = _WS.sub(" ", kept).strip()
    kept = kept[:50].strip()
    return kept or None


@dataclass(frozen=True, slots=True)
class Labels:
    code: str
    quality: str
    title: str
    summary: str
    analysis_title: str


LABELS = {
    "en": Labels("en", "QUALITY", "TITLE", "SUMMARY", "Analysis"),
    "fr": Labels("fr", "QUALITÉ", "TITRE", "RÉSUMÉ", "Analyse"),
    "es": Labels("es", "CALIDAD", "TÍTULO", "RESUMEN", "Análisis"),
    "ar": Labels("ar", "الجودة", "العنوان", "ملخص", "تحليل"),
    "ru": Labels("ru", "КАЧЕСТВО", "ЗАГОЛОВОК", "СВОДКА", "Анализ"),
    "nl": Labels("nl", "KWALITEIT", "TITEL", "SAMENVATTING", "Analyse"),
    "uk": Labels("uk", "ЯКІСТЬ", "ЗАГОЛОВОК", "ПІДСУМОК", "Аналіз"),
}

_NAMES = {
    "en": ("en", "english"),
    "fr": ("fr", "french", "français", "francais"),
    "es": ("es", "spanish", "español", "espanol"),
    "ar": ("ar", "arabic", "العربية"),
    "ru": ("ru", "russian", "русский"),
    "nl": ("nl", "dutch", "nederlands"),
    "uk": ("uk", "ukrainian", "українська"),
}
_LOOKUP = {name: code for code, names in _NAMES.items() for name in names}


def display_labels(sanitised: str | None) -> Labels:
    """Labels for a sanitised ``output_language``; English for null or anything unsupported."""
    if sanitised is None:
        return LABELS["en"]
    key = sanitised.casefold()
    code = _LOOKUP.get(key)
    if code is None:
        primary = re.split(r"[-_ ]", key, maxsplit=1)[0]
        code = _LOOKUP.get(primary) if len(primary) == 2 else None
    if code is None:
        log.warning("event=output_language_unsupported fallback=en")
        return LABELS["en"]
    return LABELS[code]
