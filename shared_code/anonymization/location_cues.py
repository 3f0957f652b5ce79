"""Language-aware cue words for places (data only, no logic): street words and types, address labels
and place phrases per language, used by :mod:`shared_code.anonymization.location`. Generic vocabulary,
never place lists (the gazetteer is the lexicon's job)."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class LocationCues:
    streets: tuple[str, ...] = ()
    """Street-type words before a name (``rue``, ``calle``, ``вулиця``, ``شارع``); part of the span."""
    street_types: tuple[str, ...] = ()
    """Street-type words after a capitalised name (``Street``, ``Road``); part of the span. A name and one of
    these is a street without a house number; the longer English list of USPS Publication 28 (``Court``,
    ``Village``, ``Park``: ordinary words too) needs one (:mod:`suffix_streets`)."""
    street_suffixes: tuple[str, ...] = ()
    """Endings of one-word street names (``-straat``, ``-straße``)."""
    places: tuple[str, ...] = ()
    """Phrases directly before a town, camp or street name (``в місті``, ``Address:``, ``نسكن في``)."""
    place_heads: tuple[str, ...] = ()
    """Generic words that begin place names (``عين`` spring, ``سيدي``, ``أولاد``): after a place preposition,
    with the next word (no article), a place (``من عين تادلس``); part of the span."""

    def __post_init__(self) -> None:
        for name in ("streets", "street_types", "street_suffixes", "places", "place_heads"):
            if not isinstance(getattr(self, name), tuple):
                raise TypeError(f"LocationCues.{name} must be a tuple of regex fragments")


_ADDRESS_LABELS = (r"address\s*:", r"adresse\s*:", r"dirección\s*:", r"direccion\s*:", r"adres\s*:", r"endereço\s*:",
                   r"indirizzo\s*:", r"адреса\s*:", r"адрес\s*:", r"العنوان\s*:",
                   # location labels of a form or a report, in every language (texts are routed to neighbours)
                   r"location\s*:", r"localisation\s*:", r"lieu\s*:", r"ubicación\s*:", r"ubicacion\s*:", r"lugar\s*:",
                   r"localização\s*:", r"localizacao\s*:", r"posizione\s*:", r"luogo\s*:", r"locatie\s*:",
                   r"woonplaats\s*:", r"wohnort\s*:", r"standort\s*:", r"konum\s*:", r"mahali\s*:", r"anwani\s*:",
                   r"lokalizacja\s*:", r"miejscowość\s*:", r"locație\s*:", r"localitate\s*:", r"місце\s*:", r"الموقع\s*:",
                   # home-address labels of forms
                   r"adres zamieszkania\s*:", r"miejsce zamieszkania\s*:", r"domiciliu\s*:", r"domicilio\s*:",
                   r"morada\s*:", r"anschrift\s*:", r"wohnadresse\s*:", r"adresa\s*:", r"home address\s*:")

_AR_NO_NAME = (r"(?![ \t]+(?:(?:ال)?(?:خيمة|بيت|غرفة|منزل|شقة|كرفان|كرفانة|مدرسة|مبنى|بناية|عمارة|ملجأ|طابق|دور)|العراء|"
               r"مركز|مخيم|"
               r"ظروف|حالة|خوف|فقر|كبيرة|صغيرة|مزدحمة|آمنة|جديدة|قديمة|بعيدة|قريبة|مدمرة|فقيرة|كاملة|واحدة)"
               r"(?!\p{Arabic}))")
"""Arabic: no place name after a living-in cue or a town word when a dwelling noun or an adjective follows
(``نعيش في خيمة صغيرة``, we live in a small tent; ``مدينة مزدحمة``, a crowded city)."""

LOCATION_CUES: dict[str, LocationCues] = {
    "en": LocationCues(
        street_types=("Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Way", "Drive", "Close", "Crescent",
                      "Boulevard", "Square", "Highway", "Market"),
        places=(*_ADDRESS_LABELS, r"camp of", r"settlement of", r"village of", r"town of", r"city of",
                r"county of", r"province of", r"district of", r"region of"),
    ),
    "fr": LocationCues(
        streets=(r"rue", r"avenue", r"boulevard", r"bd", r"place", r"chemin", r"allée", r"impasse", r"quai",
                 r"route", r"cours", r"quartier"),
        places=(*_ADDRESS_LABELS, r"camp de", r"site de", r"village de", r"ville de", r"commune de",
                r"département de", r"région de", r"province de", r"préfecture de"),
    ),
    "es": LocationCues(
        streets=(r"calle", r"avenida", r"av\.", r"avda\.", r"carrera", r"paseo", r"plaza", r"camino", r"barrio",
                 r"colonia", r"vereda", r"glorieta", r"ronda", r"urbanización", r"callejón", r"travesía", r"rambla",
                 r"alameda", r"carretera", r"cañada", r"bulevar", r"cuesta", r"bajada", r"pasadizo", r"carrer",
                 # Mexican street types
                 r"calzada", r"cerrada", r"privada", r"circuito", r"prolongación", r"retorno", r"andador", r"c/",
                 # ordinary words too (access, way): capitalised only
                 r"(?-i:Acceso)", r"(?-i:Vía)", r"(?-i:Vial)"),
        places=(*_ADDRESS_LABELS, r"municipio de", r"barrio de", r"ciudad de", r"pueblo de", r"vereda de",
                r"provincia de", r"departamento de", r"región de", r"comunidad de", r"estado de"),
    ),
    "nl": LocationCues(
        street_suffixes=("straat", "laan", "weg", "plein", "gracht", "kade", "dijk", "singel", "hof", "pad", "steeg",
                         "dreef", "baan", "boulevard"),
        streets=(r"laan van", r"laan der"),  # Laan van Meerdervoort
        street_types=("Straat", "Laan", "Weg", "Plein", "Gracht", "Kade", "Dijk", "Singel", "Steeg", "Dreef"),  # Oude Gracht
        places=(*_ADDRESS_LABELS, r"azc", r"gemeente", r"provincie", r"dorp"),
    ),
    "de": LocationCues(
        street_suffixes=("straße", "strasse", "str.", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer",
                         "-Straße", "-Strasse", "-Str.", "-Weg", "-Platz", "-Allee", "-Gasse", "-Ring"),
        street_types=("Straße", "Strasse", "Str", "Allee", "Gasse", "Chaussee", "Damm"),  # Berliner Straße
        places=(*_ADDRESS_LABELS, r"unterkunft\s*:", r"gemeinschaftsunterkunft", r"stadt", r"gemeinde",
                r"landkreis", r"kreis", r"bezirk", r"kanton", r"bundesland", r"dorf"),
    ),
    "pt": LocationCues(streets=(r"rua", r"avenida", r"av\.", r"(?-i:Av)", r"(?-i:Tv\.)", r"(?-i:R\.)", r"travessa", r"praça", r"praceta", r"bairro", r"largo",
                                r"alameda", r"beco", r"estrada", r"calçada", r"rotunda", r"caminho", r"viela",
                                r"ladeira", r"rodovia"),
                       places=(*_ADDRESS_LABELS, r"distrito de", r"concelho de", r"município de", r"província de",
                               r"estado de", r"cidade de", r"vila de", r"aldeia de")),
    "it": LocationCues(streets=(r"via", r"viale", r"piazza", r"piazzale", r"corso", r"vicolo", r"contrada", r"borgo",
                                r"largo", r"lungomare", r"salita", r"località", r"rotonda", r"(?-i:Incrocio)",
                                r"p\.zza", r"p\.za", r"v\.le", r"c\.so", r"p\.le", r"v\.lo", r"l\.go",
                                r"(?-i:Stretto)", r"(?-i:Canale)"),
                       places=(*_ADDRESS_LABELS, r"provincia di", r"regione", r"comune di", r"città di",
                               r"paese di", r"frazione di")),
    "uk": LocationCues(
        streets=(r"вулиця", r"вулиці", r"вул\.", r"проспект", r"просп\.", r"провулок", r"пров\.", r"бульвар",
                 r"площа", r"майдан", r"шосе", r"узвіз"),
        places=(*_ADDRESS_LABELS, r"за адресою\s*:?", r"(?:в|у) місті", r"(?:в|у) селі", r"(?:в|у) селищі",
                r"з міста", r"з села", r"місто", r"село", r"селище", r"смт", r"м\.", r"с\.", r"область", r"районі?"),
    ),
    "ru": LocationCues(
        streets=(r"улица", r"ул\.", r"проспект", r"переулок", r"бульвар", r"площадь"),
        places=(*_ADDRESS_LABELS, r"в городе", r"в селе", r"из города", r"город", r"село"),
    ),
    "ar": LocationCues(
        # streets: arabic_streets.py (names of up to six words, house numbers, building words)
        places=(*_ADDRESS_LABELS, rf"(?:أسكن|نسكن|أقيم|نقيم|يقيم|تقيم|نعيش|أعيش|يعيش|تعيش|ساكن|ساكنة) في{_AR_NO_NAME}",
                rf"مدينة{_AR_NO_NAME}", rf"قرية{_AR_NO_NAME}", rf"بلدة{_AR_NO_NAME}", r"في مدينة", r"في مخيم", r"من مدينة", r"ولاية", r"محافظة", r"بلدية",
                r"إقليم", r"دائرة",
                r"(?:التوزيع|المكان|المياه|المستوصف|الإيواء|المكتب|الصرف|المدارس|المركز|المخيم|ذلك|هذا) في"),
        place_heads=(r"عين", r"سيدي", r"بني", r"أولاد", r"اولاد", r"حاسي", r"برج", r"بئر", r"بير", r"وادي", r"واد",
                     r"تل", r"كفر", r"خربة", r"تيزي", r"دوار", r"قصر", r"جسر"),
    ),
}

_ANY_LATIN_STREETS = (r"rua", r"avenida", r"travessa", r"praça", r"calle", r"pasaje", r"plaza", r"viale", r"piazza",
                      r"ulica", r"ulicy", r"ul\.", r"aleja", r"alei", r"aleje", r"alejach", r"al\.", r"plac", r"placu", r"pl\.", r"osiedle",
                      r"osiedlu", r"os\.", r"rondo", r"strada", r"str\.", r"bulevardul", r"bd\.", r"bdul\.", r"calea",
                      r"piața", r"aleea", r"intrarea", r"șoseaua", r"șos\.", r"splaiul", r"drumul", r"fundătura",
                      r"prelungirea",
                      r"barabara ya", r"mtaa wa", r"rue", r"avenue", r"boulevard",
                      # Portuguese, Italian, Spanish and Catalan street words for texts routed to a neighbour
                      # (``Vivo no Largo do Rato 2`` reads as Spanish); ordinary words elsewhere: capitalised only
                      r"calçada", r"estrada", r"beco", r"alameda", r"vicolo", r"piazzale", r"lungomare", r"carrer",
                      r"avinguda", r"(?-i:Largo)", r"(?-i:Corso)", r"(?-i:Contrada)", r"(?-i:Borgo)", r"(?-i:Paseo)")
_ANY_LATIN_PLACES = (r"województwo", r"powiat", r"gmina", r"wieś", r"miasto", r"județul", r"comuna", r"orașul",
                     r"satul", r"kaunti ya", r"mkoa wa", r"wilaya ya", r"kijiji cha", r"mji wa")
"""Administrative-division words of Polish, Romanian and Swahili before a name, added to every
Latin-script language (those texts are routed to a neighbour language)."""
_ANY_LATIN_STREET_TYPES = ("Street", "Road", "Avenue")
"""Street words of Latin-script languages, added to every Latin-script language's cues: a text is often
routed to a neighbouring language (Turkish, Swahili, Polish, Romanian have no cue set of their own)."""
TURKISH_STREET_TYPES: tuple[str, ...] = (
    "Caddesi", "Cadde", "Cad.", "Cd.", "Sokağı", "Sokak", "Sok.", "Sk.", "Bulvarı", "Bulvar", "Blv.", "Mahallesi",
    "Mahalle", "Mah.", "Mh.", "Yolu", "Meydanı", "Çıkmazı")
"""Turkish street and neighbourhood type words, after the name (general knowledge of Turkish addresses):
found by :mod:`turkish_streets` in every Latin-script language, not by the street-type pattern (whose two
name words took the word before the name: ``Adresim Gül Sokak``)."""
for _code, _cues in list(LOCATION_CUES.items()):
    if _code not in ("uk", "ru", "ar"):
        LOCATION_CUES[_code] = replace(
            _cues, streets=tuple(dict.fromkeys((*_cues.streets, *_ANY_LATIN_STREETS))),
            street_types=tuple(dict.fromkeys((*_cues.street_types, *_ANY_LATIN_STREET_TYPES))),
            places=tuple(dict.fromkeys((*_cues.places, *_ANY_LATIN_PLACES))))

MORE_PLACE_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "en": ("into", "around", "outside", "towards", "via"),
    "fr": ("en", "dans", "d['’]"),
    "es": ("hasta",),
    "pt": ("desde", "até"),
    "it": ("presso", "fino"),
    "nl": ("vanuit", "nabij", "rond"),
    "de": ("im", "vom", "ab", "um"),
}
"""Place prepositions beyond the shared ``PLACE_PREPOSITIONS``, used only by the location recogniser."""
ARTICLE_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "fr": ("du", "au", "aux"),
    "es": ("del", "al"),
    "pt": ("do", "da", "dos", "das", "no", "na", "nos", "nas", "ao", "à", "aos", "às"),
    "it": ("nel", "nella", "nello", "nei", "dal", "dalla", "dallo", "al", "alla", "allo", "nell['’]", "dall['’]",
           "all['’]", "dell['’]"),
}
"""Prepositions merged with an article (``do Porto``, ``nel Lazio``, ``ao Centro de Saúde``): as after an
article, a capitalised phrase after them is a place only when the gazetteer knows it (institutions take
articles too)."""
ANY_LATIN_PLACE_PREPOSITIONS = ("w", "we", "z", "ze", "do", "din", "în", "spre", "kutoka", "katika", "huko", "mjini",
                                "em", "en", "desde", "uit", "naar", "aus", "nach", "vers", "verso")
"""Place prepositions of other Latin-script languages (Polish, Romanian, Swahili among them, which are
routed to a neighbour language), added to every Latin-script language: gazetteer places only after them.
Unknown words after them were tried and dropped: in no-PII messages with capitalised common nouns,
``w Namiocie``, ``ze Studni``, ``în Cort`` became places."""
