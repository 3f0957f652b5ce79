"""Kinship words of the served languages, and the words that make one introduce a person's name (read by
:mod:`help_requests` and :mod:`lowercase_names`)."""

from __future__ import annotations

KIN = frozenset({
    "mom", "mum", "mother", "dad", "father", "grandma", "granny", "grandpa", "nan", "nana", "aunt", "auntie",
    "uncle", "baby", "son", "daughter", "sister", "brother", "maman", "papa", "mamie", "mémé", "papi", "pépé",
    "tata", "tonton", "bébé", "fils", "fille", "sœur", "frère", "mère", "père", "mamá", "papá", "abuela",
    "abuelo", "tía", "tío", "bebé", "hija", "hijo", "hermana", "hermano", "madre", "padre", "mãe", "pai",
    "avó", "avô", "vovó", "vovô", "tia", "tio", "bebê", "filha", "filho", "irmã", "irmão", "mamma", "papà",
    "nonna", "nonno", "zia", "zio", "figlia", "figlio", "sorella", "fratello", "mama", "oma", "opa", "tante",
    "onkel", "tochter", "sohn", "schwester", "bruder", "mutter", "vater", "oom", "dochter", "zoon", "zus",
    "broer", "moeder", "vader", "anne", "baba", "anneanne", "babaanne", "dede", "nine", "teyze", "hala",
    "amca", "dayı", "abla", "abi", "bebek", "bibi", "babu", "shangazi", "mjomba", "dada", "kaka", "mtoto",
    "mzee", "jirani", "yatima", "kijana", "msichana", "mvulana", "babcia", "dziadek", "ciocia", "wujek",
    "bunica", "bunicul", "mătușa", "unchiul", "мама", "мамі", "тато", "татові", "бабуся", "бабусі", "дідусь",
    "дідусеві", "сестра", "сестрі", "брат", "брату", "братові", "син", "сину", "синові", "донька", "доньці",
    "дочка", "дочці", "дитина", "дитині", "сусідка", "сусідці", "сусід", "сусідові",
})
"""Kinship words of our languages, which a plea names as it names a person (``bitte helft oma, sie …``):
given names in some list (``Oma``, ``Bibi``, ``Nonna``), never the person's name here."""

SWAHILI_POSSESSIVES = frozenset("yangu yako yake yetu yenu yao wangu wako wake wetu wenu wao".split())
"""Swahili possessives of the person class (``mama yangu``, ``mtoto wangu``): after a kinship word they
close the phrase that introduces the relative's name (``mama yake pendo mwakilema``)."""
TURKISH_KIN = frozenset(
    "annem babam eşim kocam karım oğlum kızım ablam abim ağabeyim kardeşim teyzem halam amcam dayım "
    "yeğenim torunum ninem dedem anneannem babaannem kuzenim annemiz babamız".split())
"""Turkish kinship words with a possessive suffix (``annem``, my mother; ``kardeşim``, my sibling): the
name follows them (``eşim ahmet yılmaz``)."""

TURKISH_TITLES = ("hanım", "bey", "hoca", "abla", "abi", "ağabey", "amca", "teyze", "dayı", "hala", "usta", "efendi")
"""Beginnings of the Turkish titles and kin words written after a name (``Ayşe Hanım``, ``Umut Hoca``,
``Deniz Abisi``)."""
TURKISH_PERSON_NOUNS = TURKISH_TITLES + ("aile", "kardeş", "anne", "baba", "oğl", "kız", "eş", "dede", "nine", "yeğen",
                                         "torun", "komşu", "arkadaş", "gönüllü", "öğretmen", "doktor", "hemşire")
"""Beginnings of Turkish nouns for people and families that follow a name (the titles, ``Bulut ailesi``,
the Bulut family; ``Ali Gönüllüsü``): the word before them is the person's name."""

_RELATIVES = KIN | frozenset("mke mume rafiki binti mwana mjukuu wazazi ndugu mpwa".split())
""":data:`KIN` and the Swahili relatives not in it (wife, husband, friend, daughter, child, grandchild,
sibling)."""


def introduces_relative(words: list[str]) -> bool:
    """The lower-cased ``words`` right before a name (the last one nearest) introduce a relative: a Turkish
    possessed kinship word, or a kinship word and a Swahili possessive (``dada yangu``, ``mtoto wangu``)."""
    if words and words[-1] in TURKISH_KIN:
        return True
    return len(words) > 1 and words[-1] in SWAHILI_POSSESSIVES and words[-2] in _RELATIVES

