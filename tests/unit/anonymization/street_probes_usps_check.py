"""Check set of :mod:`street_probes_usps`, written with it and measured only, never tuned on. Same
layout; run ``.venv/bin/python tests/benchmarks/place_probe.py --probes street_probes_usps_check [-v]``."""

from __future__ import annotations

PLACES: list[tuple[str, str, list[str]]] = [
    ("en", "They live at 88 Acacia Crescent now.", ["88 Acacia Crescent"]),
    ("en", "Send the letter to 10 Hillcrest Trail, Thika.", ["10 Hillcrest Trail", "Thika"]),
    ("en", "I was staying at Baobab Court 3 before the fire.", ["Baobab Court 3"]),
    ("en", "Our new home is 27 Meadow Point.", ["27 Meadow Point"]),
    ("en", "My mother lives at 2 Valley View, Nyeri.", ["2 Valley View", "Nyeri"]),
    ("en", "the landlord at 16 olive grove wants us out", ["16 olive grove"]),
    ("fr", "Il habite 33 Sunset Ridge à Accra.", ["33 Sunset Ridge", "Accra"]),
    ("fr", "Mon adresse est le 9 Palm Villas, Lagos.", ["9 Palm Villas", "Lagos"]),
    ("sw", "Tunaishi 11 Mango Terrace, Mombasa.", ["11 Mango Terrace", "Mombasa"]),
    ("sw", "Dada yangu anaishi Baraka Heights 20.", ["Baraka Heights 20"]),
]

CLEAN: list[tuple[str, str]] = [
    ("en", "There were 4 Court cases about our land."),
    ("en", "The Camp 3 Village leaders asked for more tents."),
    ("en", "The Heights are dangerous for the children."),
    ("en", "We stayed in the Green Park area 2 nights."),
    ("en", "My Mission is to feed 5 children."),
    ("fr", "Le Court 2 de basket est fermé."),
    ("sw", "Tunahitaji Park 2 za magari karibu na kliniki."),
]
NO_PII = CLEAN

NAMED: list[tuple[str, str, list[str]]] = []
