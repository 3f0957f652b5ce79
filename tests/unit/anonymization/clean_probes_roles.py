"""Hand-written clean probes (no personal data) of the eighth round: feedback dense with capitalised common
nouns of three shapes that were read as people or places: (a) a role or profession noun joined to an
institution noun ("l'Infirmière du Centre de Santé"); (b) a capitalised common noun after a place preposition
("en Panne", "з Медпункту") and districts named only by a direction or an ordinal ("le Quartier Nord");
(c) words the name lexicon took for names: Arabic plural nouns and nouns joined by و in a list, Ukrainian
capitalised adjectives at a sentence start, German article + compound common noun at a sentence start.
``CLEAN``: ``(language, text)``; ``NAMED``: ``(language, text, [values])``, the same vocabulary with made-up
people and real places that must stay found. Run
``.venv/bin/python tests/benchmarks/clean_probe.py -v --probes clean_probes_roles``."""

from __future__ import annotations

CLEAN: list[tuple[str, str]] = [
    # English
    ("en", "The Nurse of the Health Centre was very kind to the Children."),
    ("en", "The Midwife from the Maternity Ward came on Tuesday."),
    ("en", "The Doctor at the District Hospital said the Medicine is out of Stock."),
    ("en", "The Water Pump in the North Block is Broken again."),
    ("en", "The Teacher of the Primary School asked for more Notebooks."),
    ("en", "The Headmaster of the Secondary School closed the Gate early."),
    ("en", "Families in the East Sector still have no Latrines."),
    ("en", "The Pharmacist at the Clinic has no Paracetamol."),
    # French
    ("fr", "L'Infirmière du Centre de Santé nous a bien reçus."),
    ("fr", "Le Médecin de l'Hôpital Régional ne vient que le Mardi."),
    ("fr", "La Sage-Femme de la Maternité demande des Gants."),
    ("fr", "Le Directeur de l'École Primaire a fermé la Cantine."),
    ("fr", "La Pompe du Quartier Nord est en Panne depuis une Semaine."),
    ("fr", "Le Savon est en Rupture au Magasin du Camp."),
    ("fr", "Les Familles du Quartier Est attendent toujours les Bâches."),
    ("fr", "Le Pharmacien du Dispensaire n'a plus de Comprimés."),
    ("fr", "Le Gardien du Centre Communautaire ouvre trop tard."),
    ("fr", "Le Forage du Secteur Deux est en Réparation."),
    # Spanish
    ("es", "El Enfermero del Hospital nos atendió muy bien."),
    ("es", "La Doctora del Centro de Salud solo viene los Lunes."),
    ("es", "La Partera de la Posta Médica pide más Guantes."),
    ("es", "El Director de la Escuela cerró el Comedor."),
    ("es", "Las Familias del Barrio Norte no tienen Agua."),
    ("es", "El Farmacéutico del Dispensario no tiene Jarabe."),
    ("es", "La Bomba del Sector Sur está en Reparación."),
    ("es", "El Vigilante del Albergue cierra la Puerta temprano."),
    # Dutch
    ("nl", "De Huisarts van het Gezondheidscentrum was erg vriendelijk."),
    ("nl", "De Verpleegster van het Ziekenhuis kwam op Dinsdag."),
    ("nl", "De Vroedvrouw van de Kraamafdeling vraagt om Handschoenen."),
    ("nl", "De Directeur van de Basisschool sloot de Kantine."),
    ("nl", "De Waterpomp in Wijk Noord is weer Kapot."),
    ("nl", "De Apotheker van de Kliniek heeft geen Paracetamol meer."),
    ("nl", "De Gezinnen in Sector Oost hebben nog geen Toiletten."),
    # German
    ("de", "Die Ärztin vom Gesundheitszentrum war sehr freundlich."),
    ("de", "Der Krankenpfleger im Krankenhaus hatte keine Zeit."),
    ("de", "Die Hebamme der Geburtsstation braucht Handschuhe."),
    ("de", "Der Schulleiter der Grundschule hat die Kantine geschlossen."),
    ("de", "Das Welternährungsprogramm hat die Rationen gekürzt."),
    ("de", "Die Krankenstation ist am Wochenende geschlossen."),
    ("de", "Der Wasserhahn im Nordblock ist kaputt."),
    ("de", "Die Sozialarbeiterin der Gemeinschaftsunterkunft kommt nur montags."),
    ("de", "Der Hausmeister des Wohnheims repariert die Heizung nicht."),
    # Portuguese
    ("pt", "O Enfermeiro do Posto foi muito atencioso."),
    ("pt", "A Médica do Centro de Saúde só vem às Terças."),
    ("pt", "A Parteira da Maternidade pediu Luvas."),
    ("pt", "O Diretor da Escola Primária fechou a Cantina."),
    ("pt", "As Famílias do Bairro Norte não têm Água."),
    ("pt", "O Farmacêutico do Hospital Distrital não tem Remédios."),
    ("pt", "A Bomba do Setor Dois está avariada."),
    ("pt", "O Guarda do Armazém abre tarde."),
    # Italian
    ("it", "Il Medico dell'Ospedale è stato molto gentile."),
    ("it", "L'Infermiera del Centro Sanitario viene solo il Martedì."),
    ("it", "L'Ostetrica del Consultorio chiede dei Guanti."),
    ("it", "Il Direttore della Scuola Elementare ha chiuso la Mensa."),
    ("it", "Le Famiglie del Quartiere Nord non hanno Acqua."),
    ("it", "Il Farmacista dell'Ambulatorio non ha più Sciroppo."),
    ("it", "La Pompa del Settore Est è guasta."),
    ("it", "Il Custode del Centro di Accoglienza chiude presto."),
    # Ukrainian
    ("uk", "Медсестра з Медпункту приходить тільки у вівторок."),
    ("uk", "Ми живемо в Гуртожитку вже пів року."),
    ("uk", "У Північному кварталі немає води."),
    ("uk", "Нова школа ще не відкрилася."),
    ("uk", "Гуманітарна допомога прийшла із запізненням."),
    ("uk", "Продуктові набори закінчилися у середу."),
    ("uk", "Лікар із Поліклініки виписав ліки."),
    ("uk", "Соціальна працівниця прийшла до Гуртожитку."),
    ("uk", "Медичне обстеження було безкоштовним."),
    ("uk", "Директорка Школи попросила зошити."),
    # added after the first rules (capitalised feminine adjectives shaped as surnames, a locative facility)
    ("uk", "Зимова Куртка дуже дорога."),
    ("uk", "Міська Рада не відповідає."),
    ("uk", "Сільська Амбулаторія закрита."),
    ("uk", "Грошова Допомога надійшла вчора."),
    ("uk", "Ліки є тільки в Аптеці."),
    # Arabic
    ("ar", "وصلتنا قفازات وصابون وبطانيات من المنظمة."),
    ("ar", "الممرضة في المركز الصحي كانت لطيفة جدا."),
    ("ar", "لا يوجد ماء في الحي الشمالي منذ أسبوع."),
    ("ar", "نحتاج أدوية وحفاضات ومناشف للأطفال."),
    ("ar", "طبيب المستشفى لا يأتي إلا يوم الثلاثاء."),
    ("ar", "الأسر في القطاع الشرقي تنتظر الخيام."),
    ("ar", "المعلمة في المدرسة الابتدائية طلبت دفاتر وأقلام."),
    ("ar", "شكرا على البطانيات والفرشات والأغطية."),
    ("ar", "مدير المخيم وعد بإصلاح المراحيض."),
    # Swahili
    ("sw", "Muuguzi wa Zahanati alitusaidia sana."),
    ("sw", "Hakuna maji Mtaa wa Kaskazini tangu wiki iliyopita."),
    ("sw", "Daktari wa Hospitali ya Wilaya anakuja Jumanne tu."),
    ("sw", "Mwalimu Mkuu wa Shule ya Msingi aliomba madaftari."),
    ("sw", "Familia za Kitongoji cha Mashariki hazina vyoo."),
    ("sw", "Mkunga wa Kituo cha Afya anahitaji glavu."),
    ("sw", "Pampu ya Mtaa wa Kusini imeharibika."),
    # Turkish
    ("tr", "Sağlık Ocağındaki Hemşire çok yardımcı oldu."),
    ("tr", "Kuzey Mahallesi'nde su yok."),
    ("tr", "Devlet Hastanesindeki Doktor sadece Salı günleri geliyor."),
    ("tr", "Okul Müdürü defter istedi."),
    ("tr", "Güney Mahallesindeki aileler hâlâ çadır bekliyor."),
    ("tr", "Eczacı ilaç kalmadığını söyledi."),
    ("tr", "Doğu Mahallesinde elektrik kesildi."),
    # added after the first rules: a state after "in" (the machine is in maintenance), no place
    ("es", "El Generador está en Mantenimiento desde el Lunes."),
    ("it", "Il Generatore è in Manutenzione da Lunedì."),
    ("pt", "O Gerador está em Manutenção desde ontem."),
    ("nl", "Wij zijn nog in Afwachting van de Uitkering."),
    ("de", "Die Wasserpumpe ist seit Montag in Reparatur."),
    ("fr", "Le Dossier est en Traitement depuis Mars."),
]

NAMED: list[tuple[str, str, list[str]]] = [
    ("fr", "L'Infirmière Claire Martin du Centre de Santé nous a bien reçus.", ["Claire Martin"]),
    ("fr", "La Pompe du Quartier Saint-Michel est en Panne.", ["Saint-Michel"]),
    ("es", "El Enfermero Jorge Salazar del Hospital nos atendió.", ["Jorge Salazar"]),
    ("nl", "De Huisarts Pieter de Vries van het Gezondheidscentrum was aardig.", ["Pieter de Vries"]),
    ("de", "Die Ärztin Sabine Krüger vom Gesundheitszentrum war freundlich.", ["Sabine Krüger"]),
    ("pt", "O Enfermeiro Joaquim Mabunda do Posto foi atencioso.", ["Joaquim Mabunda"]),
    ("it", "Il Medico Giovanni Russo dell'Ospedale è gentile.", ["Giovanni Russo"]),
    ("uk", "Медсестра Оксана Коваленко з Медпункту приходить у вівторок.", ["Оксана Коваленко"]),
    ("uk", "Ми живемо у Львові в Гуртожитку.", ["Львові"]),
    ("uk", "Ковальська Ірина отримала Допомогу.", ["Ковальська Ірина"]),
    ("uk", "Зимова Оксана чекає на Допомогу.", ["Зимова Оксана"]),
    ("ar", "الممرضة فاطمة الزهراء في المركز الصحي كانت لطيفة.", ["فاطمة الزهراء"]),
    ("ar", "لا يوجد ماء في حي الميدان منذ أسبوع.", ["حي الميدان"]),
    ("sw", "Muuguzi Amina Otieno wa Zahanati alitusaidia.", ["Amina Otieno"]),
    ("sw", "Hakuna maji Mtaa wa Moi tangu wiki iliyopita.", ["Mtaa wa Moi"]),
    ("tr", "Hemşire Ayşe Demir çok yardımcı oldu.", ["Ayşe Demir"]),
    ("tr", "Atatürk Mahallesi'nde su yok.", ["Atatürk Mahallesi"]),
    ("en", "The Nurse, Mary Wanjiru, of the Health Centre was kind.", ["Mary Wanjiru"]),
    ("es", "El Generador está en Concepción desde el Lunes.", ["Concepción"]),
    ("nl", "Wij wonen nu in Wageningen bij de Kerk.", ["Wageningen"]),
    ("pt", "O Gerador foi para a Conceição ontem.", ["Conceição"]),
]
