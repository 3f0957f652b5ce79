"""Held-back check probes (no personal data) for ``clean_probes_facil``: the same four shapes in other
sentences, written at the same time and never tuned on. Run
``.venv/bin/python tests/benchmarks/clean_probe.py -v --probes clean_probes_facil_check``."""

from __future__ import annotations

CLEAN: list[tuple[str, str]] = [
    ("de", "Die Hebamme der Klinik hat uns gut beraten."),
    ("de", "Der Betreuer des Heimes spricht kein Englisch."),
    ("de", "Die Leiterin der Einrichtung will mit uns sprechen."),
    ("de", "Der Fahrer des Krankenwagens kam zu spät."),
    ("de", "Der Dolmetscher der Behörde war nicht da."),
    ("tr", "Sosyal Hizmet Merkezi bize yardım etmedi."),
    ("tr", "Aşevi Müdürlüğü yemek dağıtımını durdurdu."),
    ("tr", "Devlet Hastanesi çok kalabalık."),
    ("tr", "Göç Müdürlüğü'nden hâlâ cevap gelmedi."),
    ("tr", "Çocuk Parkı kapandıktan sonra nereye gideceğiz?"),
    ("en", "Faith Shelter has no beds left this week."),
    ("en", "Joy Kitchen serves soup on Mondays."),
    ("en", "We got blankets from Peace House yesterday."),
    ("fr", "Le Foyer Espoir ferme à dix heures."),
    ("es", "La Cocina Solidaria reparte comida los martes."),
    ("pt", "O Centro Esperança fecha aos domingos."),
    ("nl", "MSF gaf ons dekens en zeep."),
    ("fr", "HCR a promis des tentes."),
    ("en", "UNICEF sent school kits last week."),
    ("fr", "Il n'y a plus de Riz ni de Savon."),
    ("fr", "Les enfants ont besoin de Lait."),
]

NAMED: list[tuple[str, str, list[str]]] = [
    ("de", "Die Hebamme Maria Schneider der Klinik hat uns beraten.", ["Maria Schneider"]),
    ("de", "Herr Becker vom Sozialamt war freundlich.", ["Becker"]),
    ("tr", "Fatma Kılıç Devlet Hastanesi'nde hemşire.", ["Fatma Kılıç"]),
    ("tr", "Ali Turgutlu bize yardım etti.", ["Ali Turgutlu"]),
    ("en", "Faith Wanjiru said the shelter is full.", ["Faith Wanjiru"]),
    ("en", "Joy Achieng from Kisumu cooks at the kitchen.", ["Joy Achieng", "Kisumu"]),
    ("fr", "Nous venons de Goma.", ["Goma"]),
    ("fr", "Mon frère habite à Bukavu.", ["Bukavu"]),
]
