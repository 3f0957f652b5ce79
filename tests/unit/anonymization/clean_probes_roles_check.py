"""Check set for ``clean_probes_roles`` (written with it, never tuned on): roles joined to institutions,
capitalised common nouns after place prepositions, districts named by a direction only, Arabic plural lists,
Ukrainian capitalised adjectives and German compounds at a sentence start, in the eleven languages of the
issue. ``CLEAN``: ``(language, text)``; ``NAMED``: people and places that must stay found. Run
``.venv/bin/python tests/benchmarks/clean_probe.py --probes clean_probes_roles_check``."""

from __future__ import annotations

CLEAN: list[tuple[str, str]] = [
    ("en", "The Social Worker from the Reception Centre promised Blankets."),
    ("en", "The Guard at the Warehouse opens the Door late."),
    ("en", "Children in the West Block have no School Books."),
    ("fr", "Le Chauffeur de l'Ambulance est arrivé en Retard."),
    ("fr", "L'Assistante Sociale du Centre d'Accueil promet des Couvertures."),
    ("fr", "Le Générateur est en Panne depuis Lundi."),
    ("fr", "Les Enfants du Quartier Sud n'ont pas de Cahiers."),
    ("es", "La Trabajadora Social del Centro de Acogida prometió Cobijas."),
    ("es", "El Chofer de la Ambulancia llegó tarde."),
    ("es", "Los Niños del Sector Oeste no tienen Cuadernos."),
    ("nl", "De Maatschappelijk Werker van het Opvangcentrum beloofde Dekens."),
    ("nl", "De Bewaker van het Magazijn opent de Deur laat."),
    ("de", "Der Sozialarbeiter der Erstaufnahmeeinrichtung versprach Decken."),
    ("de", "Das Gesundheitsamt hat die Impfungen verschoben."),
    ("de", "Die Essensausgabe beginnt zu spät."),
    ("pt", "A Assistente Social do Centro de Acolhimento prometeu Cobertores."),
    ("pt", "O Motorista da Ambulância chegou atrasado."),
    ("pt", "As Crianças do Bairro Sul não têm Cadernos."),
    ("it", "L'Assistente Sociale del Centro di Accoglienza ha promesso Coperte."),
    ("it", "L'Autista dell'Ambulanza è arrivato in Ritardo."),
    ("it", "I Bambini del Quartiere Sud non hanno Quaderni."),
    ("uk", "Фельдшер з Амбулаторії приїхав пізно."),
    ("uk", "Нова ковдра була дуже теплою."),
    ("uk", "Діти у Південному кварталі не мають зошитів."),
    ("uk", "Безкоштовні ліки видають у Медпункті."),
    ("ar", "وصلتنا بطانيات وفرشات وملابس شتوية."),
    ("ar", "الأطفال في الحي الجنوبي بلا دفاتر."),
    ("ar", "سائق الإسعاف وصل متأخرا."),
    ("sw", "Dereva wa Gari la Wagonjwa alichelewa."),
    ("sw", "Watoto wa Mtaa wa Magharibi hawana madaftari."),
    ("tr", "Batı Mahallesindeki çocukların defteri yok."),
    ("tr", "Ambulans Şoförü geç geldi."),
    ("tr", "Sosyal Hizmet Uzmanı battaniye sözü verdi."),
]

NAMED: list[tuple[str, str, list[str]]] = [
    ("fr", "Le Chauffeur Mamadou Diallo de l'Ambulance est arrivé.", ["Mamadou Diallo"]),
    ("es", "La Trabajadora Social Lucía Ferreyra del Centro prometió Cobijas.", ["Lucía Ferreyra"]),
    ("de", "Der Sozialarbeiter Jonas Becker der Unterkunft versprach Decken.", ["Jonas Becker"]),
    ("it", "L'Autista Marco Bianchi dell'Ambulanza è arrivato.", ["Marco Bianchi"]),
    ("uk", "Фельдшер Іван Мельник з Амбулаторії приїхав пізно.", ["Іван Мельник"]),
    ("ar", "سائق الإسعاف محمود العلي وصل متأخرا.", ["محمود العلي"]),
    ("sw", "Watoto wa Mtaa wa Kenyatta hawana madaftari.", ["Mtaa wa Kenyatta"]),
    ("tr", "Cumhuriyet Mahallesindeki çocukların defteri yok.", ["Cumhuriyet Mahallesi"]),
]
