"""The place rules of :mod:`location` that need no cue word, per script: :mod:`places_anywhere` (with the
regions, addresses and bare towns of :mod:`romance_anywhere`) for Latin-script languages, :mod:`arabic_places` for Arabic."""

from __future__ import annotations

from typing import Optional

from shared_code.anonymization.arabic_places import ArabicPlaces
from shared_code.anonymization.common_words import CommonWords
from shared_code.anonymization.language import SCRIPT_OF_LANGUAGE
from shared_code.anonymization.lexicon import Lexicon
from shared_code.anonymization.places_anywhere import PlacesAnywhere
from shared_code.anonymization.romance_anywhere import RomancePlacesAnywhere


def places_anywhere(language: str, lexicon: Lexicon, common: CommonWords, capitalises_nouns: bool, stop: frozenset[str],
                    prepositions: tuple[frozenset[str], frozenset[str]]) -> Optional[PlacesAnywhere | ArabicPlaces]:
    """The places of ``language`` found without a cue: :class:`PlacesAnywhere` for a Latin-script language,
    :class:`arabic_places.ArabicPlaces` (words after a preposition) for Arabic, none for the others."""
    if SCRIPT_OF_LANGUAGE.get(language, "Latin") != "Latin":
        return ArabicPlaces(lexicon, stop) if language == "ar" else None
    return RomancePlacesAnywhere(language, lexicon, common, capitalises_nouns, stop, prepositions)
