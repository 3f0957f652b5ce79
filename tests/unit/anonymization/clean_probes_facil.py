"""Hand-written clean probes (no personal data) of the eighth round: facility, role and programme phrases read
as people or places: (a) a German role noun + genitive article + institution noun ("Der Pfleger der
Gesundheitsstation"); (b) Turkish possessive compounds ("Sağlık Ocağı", "Göç İdaresi"); (c) a virtue or
ordinary word + a facility noun naming a kitchen, shelter or centre ("Hope Kitchen", "Centro Esperanza");
(d) agency acronyms before a verb ("MSF hat", "AzG kwam") and French "de Pain" (bread).
``CLEAN``: ``(language, text)``; ``NAMED``: ``(language, text, [values])``, the same vocabulary with made-up
people and real places that must stay found. Run
``.venv/bin/python tests/benchmarks/clean_probe.py -v --probes clean_probes_facil``."""

from __future__ import annotations

CLEAN: list[tuple[str, str]] = [
    # German role + genitive
    ("de", "Der Pfleger der Gesundheitsstation sagt, dass die Medikamente fehlen."),
    ("de", "Die Ärztin des Krankenhauses kommt nur am Montag."),
    ("de", "Der Leiter der Unterkunft hat die Tür um acht Uhr geschlossen."),
    ("de", "Die Lehrerin der Schule braucht mehr Hefte für die Kinder."),
    ("de", "Der Hausmeister des Wohnheims repariert die Heizung nicht."),
    ("de", "Die Sozialarbeiterin der Beratungsstelle war sehr freundlich."),
    ("de", "Der Koch der Kantine gibt uns zu wenig Brot."),
    # Turkish possessive compounds
    ("tr", "Koruma Masası Bayram'dan sonra açılacak mı?"),
    ("tr", "Sağlık Ocağı çok uzak, otobüs yok."),
    ("tr", "Toplum Mutfağı her gün sıcak yemek veriyor."),
    ("tr", "Göç İdaresi randevu vermiyor, çok bekledik."),
    ("tr", "Aile Merkezi bu hafta kapalıymış."),
    ("tr", "Halk Eğitimi kursları ne zaman başlıyor?"),
    ("tr", "Kadın Sığınağı hakkında bilgi almak istiyorum."),
    # virtue/ordinary word + facility
    ("en", "Hope Kitchen gives us a hot meal every Friday."),
    ("en", "We slept two nights at Grace House before the bus came."),
    ("en", "Mercy Clinic was closed when we arrived."),
    ("en", "The staff at Harmony Centre helped my children with school."),
    ("fr", "La Cuisine Espoir distribue des repas le soir."),
    ("fr", "Nous avons dormi à la Maison Espérance pendant une semaine."),
    ("es", "El Centro Esperanza nos dio ropa y comida."),
    ("es", "Fuimos a la Casa Alegría para pedir ayuda."),
    ("pt", "A Casa Esperança ajudou a minha família com comida."),
    ("it", "La Casa Speranza ci ha dato un letto per tre notti."),
    # acronyms before a verb
    ("nl", "AzG kwam gisteren met medicijnen naar het kamp."),
    ("en", "MSF gave us medicine for the children."),
    ("fr", "CICR a distribué des couvertures hier."),
    ("en", "IRC helped us find a room."),
    ("fr", "OIM organise le transport vers la frontière."),
    ("de", "UNHCR hat uns Decken gegeben."),
    # French bread
    ("fr", "On n'a plus de Pain depuis deux jours."),
    ("fr", "Il manque du Pain et du Lait pour les enfants."),
    ("fr", "Nous avons besoin de Farine et de Sucre."),
]

NAMED: list[tuple[str, str, list[str]]] = [
    ("de", "Der Pfleger Thomas Müller der Gesundheitsstation war sehr freundlich.", ["Thomas Müller"]),
    ("de", "Frau Dr. Keller vom Gesundheitsamt hat uns geholfen.", ["Keller"]),
    ("de", "Die Ärztin Sabine Krüger des Krankenhauses kommt am Montag.", ["Sabine Krüger"]),
    ("tr", "Ayşe Yılmaz Sağlık Ocağı'nda çalışıyor.", ["Ayşe Yılmaz"]),
    ("tr", "Hasan Masal bize Koruma Masası hakkında bilgi verdi.", ["Hasan Masal"]),
    ("tr", "Mehmet Demirci Göç İdaresi'ne gitti.", ["Mehmet Demirci"]),
    ("en", "Hope Mwangi from the Kitchen gave us bread.", ["Hope Mwangi"]),
    ("en", "Grace Atieno said the Clinic opens at nine.", ["Grace Atieno"]),
    ("fr", "Nous avons dormi à Bamako avant de venir.", ["Bamako"]),
    ("fr", "Le pain vient de Dakar.", ["Dakar"]),
    ("en", "MSF took my son Peter Otieno to Nairobi.", ["Peter Otieno", "Nairobi"]),
]
