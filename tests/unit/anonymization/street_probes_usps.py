"""Hand-written probes of street addresses whose street type is an English street suffix of USPS
Publication 28 (Appendix C1: ``Terrace``, ``Court``, ``Heights``, ``Crest``, ``Ridge``, ``Grove``,
``Place``, ``Gardens``, ``Alley``, ``Village`` …) in English, French and Swahili texts, and no-PII
sentences that use those words as ordinary words (``3 Court hearings``, ``the Village 2 committee``).
Streets and people are made up; nothing comes from the evaluation set or a fake-data generator.
``street_probes_usps_check`` holds the check set, written with these and never tuned on.

``PLACES``: ``(language, text, places)``; ``NO_PII``/``CLEAN``: ``(language, text)`` where no word may
be removed; ``NAMED``: sentences with people and places that must stay found.

Run ``.venv/bin/python tests/benchmarks/place_probe.py --probes street_probes_usps [-v]`` and
``.venv/bin/python tests/benchmarks/clean_probe.py --probes street_probes_usps [-v]``."""

from __future__ import annotations

PLACES: list[tuple[str, str, list[str]]] = [
    ("en", "We now live at 45 Maple Terrace with my cousin.", ["45 Maple Terrace"]),
    ("en", "Please send the card to 12 Oak Ridge, Kitale.", ["12 Oak Ridge", "Kitale"]),
    ("en", "My address is Birch Court 7, near the clinic.", ["Birch Court 7"]),
    ("en", "The family moved to 221 Willow Crest last week.", ["221 Willow Crest"]),
    ("en", "I stay at 14 Cedar Heights in Nakuru.", ["14 Cedar Heights", "Nakuru"]),
    ("en", "Deliver it to 8 Riverside Grove please.", ["8 Riverside Grove"]),
    ("en", "Our house is 30 Jacaranda Gardens and the roof leaks.", ["30 Jacaranda Gardens"]),
    ("en", "She rents a room at 3 Ngong Place.", ["3 Ngong Place"]),
    ("en", "we live at 19 elm terrace since january", ["19 elm terrace"]),
    ("en", "The office at Harbour View 22 was closed.", ["Harbour View 22"]),
    ("en", "My sister lives at 6 Lakeside Alley, Kisumu.", ["6 Lakeside Alley", "Kisumu"]),
    ("en", "Address: 77 Sunrise Village, Eldoret", ["77 Sunrise Village", "Eldoret"]),
    ("en", "He was evicted from 5 Mango Row yesterday.", ["5 Mango Row"]),
    ("en", "The distribution was at Pine Mountain 40 again.", ["Pine Mountain 40"]),
    ("fr", "Ma sœur habite au 45 Maple Terrace à Toronto.", ["45 Maple Terrace", "Toronto"]),
    ("fr", "Notre adresse : 7 Kingsway Place, Nairobi.", ["7 Kingsway Place", "Nairobi"]),
    ("fr", "Nous logeons chez un ami, 18 Cedar Court, depuis mars.", ["18 Cedar Court"]),
    ("fr", "Envoyez le colis à Oakwood Heights 12 s'il vous plaît.", ["Oakwood Heights 12"]),
    ("sw", "Ninaishi 22 Riverside Grove, Nairobi.", ["22 Riverside Grove", "Nairobi"]),
    ("sw", "Nyumba yetu iko Kilimani Heights 9 karibu na shule.", ["Kilimani Heights 9"]),
    ("sw", "Anwani yangu ni 4 Mvule Gardens, Kampala.", ["4 Mvule Gardens", "Kampala"]),
    ("sw", "Tunakaa Msasani Terrace 15 tangu mwaka jana.", ["Msasani Terrace 15"]),
]

CLEAN: list[tuple[str, str]] = [
    ("en", "We had 3 Court hearings last month and nobody helped."),
    ("en", "The Village 2 committee met today about the water point."),
    ("en", "Supreme Court 2 judges were mentioned on the radio."),
    ("en", "The Health Park 2 clinic has no medicine."),
    ("en", "Our Mission 2025 plan was shared at the meeting."),
    ("en", "Please Park 2 cars near the gate, not more."),
    ("en", "The children play in the Park every afternoon."),
    ("en", "We need a Rest day after 6 days of work."),
    ("en", "The Terrace of the school is broken."),
    ("en", "I waited at Gate 4 for two hours."),
    ("en", "There are 3 Heights levels in the new shelter."),
    ("en", "The Red Cross Mission 3 team visited us."),
    ("fr", "Nous avons eu 3 audiences au Court de justice."),
    ("fr", "Le Village 4 n'a toujours pas d'eau potable."),
    ("fr", "La Place 2 du camp est inondée."),
    ("sw", "Tulisubiri kwenye Court 3 kwa saa mbili."),
    ("sw", "Kijiji cha Village 5 hakina maji safi."),
    ("sw", "Watoto wanacheza Park kila jioni."),
]
NO_PII = CLEAN

NAMED: list[tuple[str, str, list[str]]] = [
    ("en", "Grace Wanjiru lives at 45 Maple Terrace.", ["Grace Wanjiru", "45 Maple Terrace"]),
]
