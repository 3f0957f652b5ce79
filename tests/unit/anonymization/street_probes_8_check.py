"""Check set of the eighth round's street probes (:mod:`street_probes_8`), written with them and never tuned
on: other ordinary phrases after a street word, other named and numbered streets, other Turkish addresses.
Same layout: ``PLACES`` and ``NO_PII``; ``.venv/bin/python tests/benchmarks/place_probe.py --probes
street_probes_8_check -v``."""

from __future__ import annotations

PLACES: list[tuple[str, str, list[str]]] = [
    ("es", "Vivimos en la Calle de Atocha con los niños.", ["Calle de Atocha"]),
    ("pt", "Ficamos na Avenida da Liberdade 40, 2º andar.", ["Avenida da Liberdade 40"]),
    ("it", "Mia zia sta in Piazza Navona da anni.", ["Piazza Navona"]),
    ("fr", "On dort au 5 avenue du Marché.", ["5 avenue du Marché"]),
    ("ro", "Stăm pe Calea Dorobanților 15.", ["Calea Dorobanților 15"]),
    ("pl", "Mieszkam przy ulicy Szkolnej 3.", ["ulicy Szkolnej 3"]),
    ("sw", "Tunaishi Mtaa wa Uhuru namba 12.", ["Mtaa wa Uhuru"]),
    ("tr", "Adresim Hürriyet Caddesi No: 17 Daire 4, İzmir.", ["Hürriyet Caddesi No: 17"]),
    ("tr", "Evimiz Menekşe Sokak No 2 içinde, üst kat.", ["Menekşe Sokak No 2"]),
    ("tr", "Kızım Gazi Mustafa Kemal Bulvarı No. 56/3 adresinde.", ["Gazi Mustafa Kemal Bulvarı No. 56/3"]),
    ("tr", "Teyzem Kocatepe Mah. 2. Sokak No:11 adresinde kalıyor.", ["Kocatepe Mah. 2. Sokak No:11"]),
    ("tr", "Kargo Selçuklu Yolu No: 30 adresine gelsin.", ["Selçuklu Yolu No: 30"]),
]

NO_PII: list[tuple[str, str]] = [
    ("es", "La Avenida hacia el Puerto está inundada."),
    ("pt", "A Rua da Igreja ficou sem água ontem."),
    ("it", "La Strada per la Stazione è interrotta."),
    ("fr", "Le Boulevard de la Mer était fermé dimanche."),
    ("ro", "Strada către Piață era blocată."),
    ("pl", "Ulica przy Kościele jest zalana."),
    ("sw", "Njia ya Kisima imejaa maji."),
    ("en", "The Road to the School was blocked by trees."),
    ("nl", "De Weg naar de School is overstroomd."),
    ("tr", "Köy Yolu karla kapandı, yardım gelmedi."),
    ("tr", "Adresimiz değişti, yeni kartı nereden alırız?"),
]
