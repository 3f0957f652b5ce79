"""Check set of ``name_probes_8`` (same shapes, other made-up people and sentences, written at the same
time and never tuned on): Romanian names with ``ș ț ă â î`` and cedilla letters, Turkish and Swahili full
names in lower case, Swahili third-person naming; clean sentences with diacritic words and names that are
ordinary words. Run ``.venv/bin/python tests/benchmarks/name_probe.py --probes name_probes_8_check``."""

from __future__ import annotations

NAMES: list[tuple[str, str, list[str]]] = [
    ("ro", "am sunat-o pe mădălina bălan de două ori", ["mădălina bălan"]),
    ("ro", "costel mușat nu a primit pachetul", ["costel mușat"]),
    ("ro", "cardul lui răzvan pavel e blocat", ["răzvan pavel"]),
    ("ro", "vorbiți cu ionuț stan de la cortul 2", ["ionuț stan"]),
    ("ro", "dragoş neagu spune că i s-a furat telefonul", ["dragoş neagu"]),
    ("ro-cap", "Răzvan Mușat a sunat de trei ori.", ["Răzvan Mușat"]),
    ("ro-cap", "Pachetul pentru Ionuţ Bălan a dispărut.", ["Ionuţ Bălan"]),
    ("ro-cap", "Am vorbit cu Dragoș despre saltele.", ["Dragoș"]),
    ("ro-cap", "Ștefania Chiriță nu are încă acte.", ["Ștefania Chiriță"]),
    ("tr", "serdar kaya çadırda yalnız kalıyor", ["serdar kaya"]),
    ("tr", "hala bekliyoruz, ebru yıldız konteyner 5", ["ebru yıldız"]),
    ("tr", "lütfen yardım edin, ömer demir hasta", ["ömer demir"]),
    ("tr", "filiz kurt için kira yardımı gelmedi", ["filiz kurt"]),
    ("tr", "dün tuba uysal ile görüştük", ["tuba uysal"]),
    ("sw", "mpigieni simu idrisa mwakalinga leo", ["idrisa mwakalinga"]),
    ("sw", "asante kwa yusufu njoroge kwa msaada", ["yusufu njoroge"]),
    ("sw", "nimeongea na mariamu kilonzo jana", ["mariamu kilonzo"]),
    ("sw", "rashidi omondi anasema maji hayatoshi", ["rashidi omondi"]),
    ("sw-called", "Dada yangu anaitwa Rehema na ni mgonjwa.", ["Rehema"]),
    ("sw-called", "mzee huyo aliitwa hamisi mrisho", ["hamisi mrisho"]),
    ("sw-called", "jina lake ni faraja mushi", ["faraja mushi"]),
    ("sw-called", "Mwalimu anaitwa Upendo Massawe.", ["Upendo Massawe"]),
]

CLEAN: list[tuple[str, str]] = [
    ("ro", "păunii din parc sunt frumoși"),
    ("ro", "Bălanul vecinului a fugit iar."),
    ("ro", "în tabără nu e curent de ieri"),
    ("ro", "Șeful taberei a promis pături noi."),
    ("ro", "mâine vin medicii și asistentele"),
    ("ro", "CÂINII LATRĂ TOATĂ NOAPTEA"),
    ("ro", "băiatul meu are febră şi tuşeşte"),
    ("fr", "nous sommes sur l'île depuis lundi"),
    ("fr", "Le château d'eau est vide."),
    ("pt", "a irmã dele chegou ontem"),
    ("pt", "Não há pão na tenda."),
    ("tr", "kuşlar çadırın üstünde"),
    ("tr", "taşlar yola düştü"),
    ("tr", "çocuklar kar kış demeden oynuyor"),
    ("tr", "kaya ve toprak kaydı, yol kapandı"),
    ("tr", "güneş yıldız ve ay gökyüzünde"),
    ("sw", "aliitwa mahakamani wiki iliyopita"),
    ("sw", "jina lake ni refu sana"),
    ("sw", "anaitwa kazini kila siku"),
    ("sw", "asante kwa chakula na maji"),
    ("sw", "nimeongea na daktari kuhusu dawa"),
    ("sw", "rafiki zetu wamefika salama"),
]
