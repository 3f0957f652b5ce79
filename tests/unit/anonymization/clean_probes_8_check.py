"""Check set of ``clean_probes_8`` (same shapes, written at the same time, never tuned on): virtues joined by
``and``, feasts, medicines and capitalised common nouns of the routed languages in clean feedback; ``NAMED``:
made-up people that must stay found. Run ``.venv/bin/python tests/benchmarks/clean_probe.py --probes
clean_probes_8_check``."""

from __future__ import annotations

CLEAN: list[tuple[str, str]] = [
    ("tr", "Yıllardır burada Sabır ile bekliyoruz."),
    ("tr", "Barış ve Umut için dua ediyoruz."),
    ("tr", "Mahallede Huzur kalmadı, herkes yorgun."),
    ("pt", "Fé e Esperança não pagam a renda."),
    ("pt", "Só queremos Paz para os nossos filhos."),
    ("es", "Nos sostiene la Fe y la Esperanza de volver."),
    ("es", "Pedimos Paz y Justicia para la vereda."),
    ("sw", "Tunahitaji Amani na Upendo kijijini."),
    ("sw", "Neema ya Mungu imetusaidia sana."),
    ("it", "Speranza e Pazienza non bastano senza cibo."),
    ("en", "We live on Faith and Charity in this camp."),
    ("ro", "Credința și Speranța ne ajută să mergem mai departe."),
    ("fr", "Après la Pentecôte les colis sont arrivés."),
    ("fr", "Rien n'a été distribué pour la Toussaint."),
    ("tr", "Kurban Bayramı'nda et dağıtılmadı."),
    ("tr", "Bayram'dan beri elektrik yok."),
    ("sw", "Baada ya Pasaka shule ilifungwa."),
    ("sw", "Siku ya Idd tulipata nyama kidogo."),
    ("pl", "Przed Wielkanocą nie było prądu."),
    ("ro", "De Crăciun copiii nu au primit cadouri."),
    ("ro", "Paște fără apă caldă în tabără."),
    ("es", "No hay Paracetamol ni Loratadina en el centro."),
    ("pt", "Faltou Ibuprofeno e Omeprazol na farmácia."),
    ("fr", "Il n'y a plus d'Ibuprofène au centre de santé."),
    ("it", "Serve Amoxicillina per mio figlio."),
    ("sw", "Hospitali haina Insulini wala Panadol."),
    ("en", "We were given Paracetamol but no Ibuprofen."),
    ("tr", "Eczanede Parol kalmamış."),
    ("tr", "Yol kapalı, Kamp ulaşılamıyor."),
    ("tr", "Su kesildi, Ekmek de gelmedi."),
    ("sw", "Kambi imejaa watu wengi sana."),
    ("it", "Nel Campo non c'è acqua potabile."),
    ("ro", "Gara e închisă și nu avem cum pleca."),
    ("pl", "Obóz nie ma Prądu od tygodnia."),
]

NAMED: list[tuple[str, str, list[str]]] = [
    ("tr", "Umut Çelik bize Parol getirdi.", ["Umut Çelik"]),
    ("tr", "Sabır Arslan kampta kalıyor.", ["Sabır Arslan"]),
    ("es", "La señora Esperanza Ruiz necesita Insulina.", ["Esperanza Ruiz"]),
    ("pt", "Caridade Nhantumbo foi ao posto.", ["Caridade Nhantumbo"]),
    ("sw", "Amani Mwangi alileta Panadol.", ["Amani Mwangi"]),
    ("sw", "Neema Achieng anaishi kambini.", ["Neema Achieng"]),
    ("en", "Ask Hope Wanjiru about the blankets.", ["Hope Wanjiru"]),
    ("it", "Fede Marino ha chiamato ieri.", ["Fede Marino"]),
    ("fr", "Je m'appelle Espérance Niyonzima.", ["Espérance Niyonzima"]),
    ("ro", "Speranța Ionescu a sunat ieri.", ["Speranța Ionescu"]),
]
