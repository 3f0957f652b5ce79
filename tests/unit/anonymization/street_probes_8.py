"""Hand-written street probes of the eighth round (issue 12): ordinary phrases that begin with a
capitalised street word and go on with common nouns (``la Carretera del Hospital``, ``the Road to the
Clinic``, ``Njia ya Soko``), with no house number and no address: nothing is personal there; and real
streets without and with house numbers, and Turkish addresses (``Atatürk Caddesi No: 23``), which must stay
covered. Made-up sentences; street names from general knowledge (famous streets of capitals, common
patterns), never from the evaluation set. ``PLACES``: ``(language, text, streets that must be covered)``;
``NO_PII``: ``(language, text)``, where nothing should be removed.

Run ``.venv/bin/python tests/benchmarks/place_probe.py --probes street_probes_8 -v``."""

from __future__ import annotations

PLACES: list[tuple[str, str, list[str]]] = [
    # named streets without a house number
    ("es", "Calle de Alcalá está cortada por obras.", ["Calle de Alcalá"]),
    ("es", "Nos vemos en la Avenida de Bolívar mañana.", ["Avenida de Bolívar"]),
    ("pt", "Vivo na Rua Augusta desde o verão.", ["Rua Augusta"]),
    ("pt", "A Travessa do Fernandes ficou sem luz.", ["Travessa do Fernandes"]),
    ("it", "Abito in Via Garibaldi con mia madre.", ["Via Garibaldi"]),
    ("it", "Il Viale Gramsci era chiuso ieri.", ["Viale Gramsci"]),
    ("ro", "Locuiesc pe Strada Mihai Eminescu de doi ani.", ["Strada Mihai Eminescu"]),
    ("ro", "Bulevardul Nicolae Bălcescu a fost închis.", ["Bulevardul Nicolae Bălcescu"]),
    ("fr", "Nous habitons Rue Voltaire depuis mars.", ["Rue Voltaire"]),
    ("fr", "L'Avenue Victor Hugo était bloquée hier.", ["Avenue Victor Hugo"]),
    ("pl", "Mieszkamy przy ulicy Kościuszki od roku.", ["ulicy Kościuszki"]),
    ("sw", "Tunaishi Barabara ya Nyerere karibu na shule.", ["Barabara ya Nyerere"]),
    ("es", "Vivimos en la Calle del Carmen desde enero.", ["Calle del Carmen"]),    # added after the first rules
    ("pt", "Vivo na Rua da Rosa com a minha mãe.", ["Rua da Rosa"]),
    # numbered streets
    ("pl", "Mieszkam na ulica Długa 5 w Krakowie.", ["ulica Długa 5"]),
    ("es", "Mi casa está en Calle del Hospital 14, segundo.", ["Calle del Hospital 14"]),
    ("pt", "Moramos na Rua da Escola, 23, perto da igreja.", ["Rua da Escola, 23"]),
    ("it", "La consegna va in Via del Mercato 8.", ["Via del Mercato 8"]),
    ("fr", "Envoyez la carte au 12 rue de la Gare.", ["12 rue de la Gare"]),
    ("ro", "Stăm pe Strada Spitalului nr. 4.", ["Strada Spitalului nr. 4"]),
    ("es", "Dirección: Carretera de la Estación, km 3, nº 7.", ["Carretera de la Estación"]),
    ("pt", "A família mora na Estrada da Fonte 112.", ["Estrada da Fonte 112"]),
    # Turkish addresses
    ("tr", "Atatürk Caddesi No: 23 adresinde oturuyorum.", ["Atatürk Caddesi No: 23"]),
    ("tr", "Adresim Gül Sokak No:5 Daire 3, Ankara.", ["Gül Sokak No:5"]),
    ("tr", "Evimiz Cumhuriyet Mahallesi 1203. Sokak No 7 içinde.", ["Cumhuriyet Mahallesi 1203. Sokak No 7"]),
    ("tr", "İnönü Bulvarı No. 14/2 adresine gelin lütfen.", ["İnönü Bulvarı No. 14/2"]),
    ("tr", "Kardeşim Fevzi Çakmak Caddesi No: 41 adresinde kalıyor.", ["Fevzi Çakmak Caddesi No: 41"]),
    ("tr", "Paketi Bağdat Cad. No: 210 adresine gönderin.", ["Bağdat Cad. No: 210"]),
    ("tr", "Biz Yıldız Mah. Lale Sok. No: 3 adresinde kalıyoruz.", ["Yıldız Mah. Lale Sok. No: 3"]),
    ("tr", "Annem Mevlana Bulvarı No 88 Kat 2 adresinde yaşıyor.", ["Mevlana Bulvarı No 88"]),
    ("tr", "Yeni adresimiz Kazım Karabekir Caddesi No: 9, Erzurum.", ["Kazım Karabekir Caddesi No: 9"]),
    ("tr", "Konteyner kentten sonra İstiklal Caddesi No 15'e taşındık.", ["İstiklal Caddesi No 15"]),
    ("tr", "Çocuklar Ankara Yolu No: 4 adresindeki okula gidiyor.", ["Ankara Yolu No: 4"]),
    ("tr", "Adres: Bahçelievler Mahallesi, 7. Cadde, No: 12, Daire 5.", ["Bahçelievler Mahallesi, 7. Cadde, No: 12"]),
]

NO_PII: list[tuple[str, str]] = [
    ("es", "La Carretera hacia el Hospital estaba cortada por la lluvia."),
    ("es", "Cortaron la Carretera del Hospital ayer por la tarde."),
    ("es", "El Camino de la Escuela está lleno de barro."),
    ("es", "La Calle del Mercado no tiene luz por la noche."),
    ("pt", "A Estrada para a Escola ficou alagada depois da chuva."),
    ("pt", "O Caminho do Poço está cheio de lama."),
    ("pt", "A Rua do Mercado fica escura à noite."),
    ("it", "il Viale dell'Ospedale era chiuso ieri sera."),
    ("it", "La Via del Mercato è chiusa per lavori."),
    ("it", "Il Vicolo della Scuola è pieno di fango."),
    ("fr", "la Route du Marché était fermée hier soir."),
    ("fr", "La Rue de l'École est fermée pour travaux."),
    ("fr", "Le Chemin de la Source est impraticable."),
    ("ro", "Strada spre Spital a fost închisă ieri."),
    ("ro", "Strada Spitalului a fost închisă ieri după ploaie."),
    ("ro", "Drumul spre Școală este plin de noroi."),
    ("pl", "Ulica do Szpitala była zamknięta przez powódź."),
    ("pl", "Droga do Szkoły jest pełna błota."),
    ("nl", "De Weg naar het Ziekenhuis was afgesloten."),
    ("nl", "De Straat bij de Markt is donker 's nachts."),
    ("de", "Die Straße zum Krankenhaus war gesperrt."),
    ("de", "Der Weg zur Schule ist voller Schlamm."),
    ("en", "The Path to the Clinic was flooded after the rain."),
    ("en", "The Road to the Market is closed again."),
    ("sw", "Njia ya Soko imefungwa tangu jana."),
    ("sw", "Barabara ya Hospitali imefungwa tangu jana."),
    ("sw", "Barabara ya Shule imejaa matope."),
    ("tr", "Okul Yolu çamur dolu, çocuklar gidemiyor."),
    ("tr", "Hastane Yolu yağmurdan sonra kapandı."),
    ("tr", "Adresimi değiştirdim ama kartım gelmedi."),
    # added after the first rules: a rare given name that is a noun, a lexicon PERSON after a street word
    ("es", "Cerraron la Calle de la Iglesia por la fiesta."),
    ("it", "La Piazza del Mercato era piena di gente."),
    ("tr", "Bu Sokak çok karanlık, lamba yok."),
    ("tr", "Ana Cadde kapalı, otobüs gelmiyor."),
]
