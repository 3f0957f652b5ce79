"""A check set for the sixth round of issue 12 (streets with house numbers, lower-case names, Arabic,
clean text), written before the round's rules by someone who did not write them, measured on the
round's start and once after its merge, never tuned on. Made-up people, real-world address conventions,
varied position, case and punctuation. ``PLACES`` and ``NO_PII`` have the layout of ``place_probes.py``
(``.venv/bin/python tests/benchmarks/place_probe.py --probes round6_check``); ``NAMES`` and ``CLEAN`` the
layout of ``name_probes.py`` (``tests/benchmarks/name_probe.py --probes round6_check``)."""

from __future__ import annotations

PLACES: list[tuple[str, str, list[str]]] = [
    # Spanish
    ("es", "Vivimos en la Calle del Olmo 14, segundo piso.", ["Calle del Olmo 14"]),
    ("es", "La entrega se hizo en Avenida de los Reyes Católicos, 33 y no llegó nada.", ["Avenida de los Reyes Católicos, 33"]),
    ("es", "Mi dirección es C/ San Bernardo nº 7, bajo.", ["C/ San Bernardo nº 7"]),
    ("es", "paseo de la castellana 120, portal 3, nadie abre", ["paseo de la castellana 120"]),
    ("es", "Desde que nos mudamos a la Calle Gregorio Marañón 22 no recibimos la tarjeta.", ["Calle Gregorio Marañón 22"]),
    ("es", "Carrera 15 # 45-20, barrio Chapinero, ahí vivo con mis hijos.", ["Carrera 15 # 45-20"]),
    ("es", "Pasaje Juan de Garay 9: el agua no llega desde hace un mes.", ["Pasaje Juan de Garay 9"]),
    ("es", "Plaza de la Constitución 4 es donde dejamos los papeles.", ["Plaza de la Constitución 4"]),
    # Portuguese
    ("pt", "Moramos na Rua Doutor Manuel de Arriaga, 57 desde março.", ["Rua Doutor Manuel de Arriaga, 57"]),
    ("pt", "A entrega foi na Avenida dos Descobrimentos 210 mas ninguém apareceu.", ["Avenida dos Descobrimentos 210"]),
    ("pt", "Travessa das Almas n.º 3, rés-do-chão, é a nossa casa.", ["Travessa das Almas n.º 3"]),
    ("pt", "rua conselheiro lafaiete 88, perto da escola", ["rua conselheiro lafaiete 88"]),
    ("pt", "Mudámos para o Largo de São Domingos 12 e o cartão não chegou.", ["Largo de São Domingos 12"]),
    ("pt", "Estrada da Circunvalação 1400 é onde fica o armazém onde trabalho.", ["Estrada da Circunvalação 1400"]),
    ("pt", "Minha morada: Praça Dom Pedro IV, 45, 2.º esquerdo.", ["Praça Dom Pedro IV, 45"]),
    # Italian
    ("it", "Abitiamo in Via Luigi Settembrini 31 con i bambini.", ["Via Luigi Settembrini 31"]),
    ("it", "La consegna era in Viale delle Rimembranze, 8 ma non è arrivato nessuno.", ["Viale delle Rimembranze, 8"]),
    ("it", "Piazza San Lorenzo in Lucina 2: lì c'è il nostro alloggio.", ["Piazza San Lorenzo in Lucina 2"]),
    ("it", "via dei tessitori 17, secondo piano, nessuno risponde", ["via dei tessitori 17"]),
    ("it", "Ci siamo trasferiti in Corso Giacomo Matteotti n. 104 a gennaio.", ["Corso Giacomo Matteotti n. 104"]),
    ("it", "Vicolo del Cinque 6 è l'indirizzo che ho dato all'operatore.", ["Vicolo del Cinque 6"]),
    ("it", "Il mio indirizzo è Largo Augusto 3/B, citofono rotto.", ["Largo Augusto 3/B"]),
    # German
    ("de", "Wir wohnen jetzt Am Lindenhof 9 im Erdgeschoss.", ["Am Lindenhof 9"]),
    ("de", "Die Ausgabe war in der Friedrich-Ebert-Str. 44, aber geschlossen.", ["Friedrich-Ebert-Str. 44"]),
    ("de", "Auf der Heide 3 wohnt meine Schwester mit den Kindern.", ["Auf der Heide 3"]),
    ("de", "Unsere Adresse ist Zur alten Mühle 15a.", ["Zur alten Mühle 15a"]),
    ("de", "Seit Mai leben wir in der Neue Bahnhofstraße 6.", ["Neue Bahnhofstraße 6"]),
    ("de", "Kommen Sie bitte zu Im Winkel 2, Hinterhaus.", ["Im Winkel 2"]),
    ("de", "Platz der Einheit 1 ist das Rathaus, dort war niemand.", ["Platz der Einheit 1"]),
    ("de", "ich wohne in der schillergasse 12 und warte seit wochen", ["schillergasse 12"]),
    # Dutch
    ("nl", "Wij wonen op de Kerkstraat 41 sinds januari.", ["Kerkstraat 41"]),
    ("nl", "Het pakket ging naar Burgemeester van Roijensingel 7 maar kwam nooit aan.", ["Burgemeester van Roijensingel 7"]),
    ("nl", "Mijn adres is Oude Gracht 112-bis.", ["Oude Gracht 112-bis"]),
    ("nl", "Van Speijkstraat 23 is waar de hulp werd uitgedeeld.", ["Van Speijkstraat 23"]),
    # Polish
    ("pl", "Mieszkamy przy ul. Piotrkowskiej 104 od marca.", ["ul. Piotrkowskiej 104"]),
    ("pl", "Paczka miała przyjść na ulicę Jana Kilińskiego 8/3, ale nie przyszła.", ["ulicę Jana Kilińskiego 8/3"]),
    ("pl", "Al. Niepodległości 12 m. 5 to mój adres.", ["Al. Niepodległości 12 m. 5"]),
    ("pl", "plac Grunwaldzki 3, drugie piętro, nikt nie otwiera", ["plac Grunwaldzki 3"]),
    ("pl", "Przenieśliśmy się na os. Słoneczne 14 w maju.", ["os. Słoneczne 14"]),
    ("pl", "Mój adres: ulica Kwiatowa 7, 00-950.", ["ulica Kwiatowa 7"]),
    # Romanian
    ("ro", "Locuim pe Strada Mihai Eminescu nr. 18 din martie.", ["Strada Mihai Eminescu nr. 18"]),
    ("ro", "Pachetul a fost trimis pe Bd. Decebal 5, dar nu a ajuns.", ["Bd. Decebal 5"]),
    ("ro", "Calea Moșilor 140 este adresa noastră.", ["Calea Moșilor 140"]),
    ("ro", "str. florilor 22, bloc A, nu răspunde nimeni", ["str. florilor 22"]),
    # French and English
    ("fr", "Nous habitons au 14 bis, rue des Tanneurs depuis mars.", ["14 bis, rue des Tanneurs"]),
    ("fr", "Le colis est parti au 7 avenue Jean Jaurès mais rien n'est arrivé.", ["7 avenue Jean Jaurès"]),
    ("en", "We live at 22B Holloway Crescent with the kids.", ["22B Holloway Crescent"]),
    ("en", "flat 3, 41 mayfield road, nobody answers the door", ["41 mayfield road"]),
    # Arabic
    ("ar", "نسكن في شارع عبد الرحمن الداخل 14 منذ شهرين.", ["شارع عبد الرحمن الداخل 14"]),
    ("ar", "وصلت المساعدات إلى طريق المطار، رقم 9 ولم نستلم شيئا.", ["طريق المطار، رقم 9"]),
    ("ar", "عنواني: حي الزهور، شارع 12، بناية 4.", ["حي الزهور، شارع 12، بناية 4"]),
    ("ar", "شارع خالد بن الوليد ٢٣ هو بيت أخي.", ["شارع خالد بن الوليد ٢٣"]),
    ("ar", "انتقلنا من قرية كفرنبل إلى مدينة إدلب.", ["كفرنبل", "إدلب"]),
    ("ar", "الزرقاء والمفرق لم يعد فيهما مكان للنازحين.", ["الزرقاء", "المفرق"]),
    ("ar", "أخي يعمل قرب طرابلس منذ سنة.", ["طرابلس"]),
]

NO_PII: list[tuple[str, str]] = [
    ("es", "La sala 3 y la puerta 2 del centro estaban cerradas el 12 de mayo."),
    ("es", "El autobús 7 no pasa por el Punto de Distribución desde el lunes."),
    ("pt", "O posto 4 e a sala 12 do Centro de Saúde fecharam em abril."),
    ("pt", "Esperamos na fila 3 durante duas horas por causa da Cesta Básica."),
    ("it", "Lo sportello 5 e la stanza 8 erano chiusi il 3 marzo."),
    ("de", "Zimmer 12 und Block 4 der Unterkunft haben seit Montag kein Wasser."),
    ("de", "Linie 5 fährt nicht mehr bis zur Ausgabestelle, nur noch am Samstag."),
    ("nl", "Lokaal 6 en blok 2 van het opvangcentrum hadden geen verwarming."),
    ("pl", "Sala 4 i pokój 10 w punkcie pomocy były zamknięte w poniedziałek."),
    ("ro", "Sala 2 și biroul 7 de la centru erau închise luni."),
    ("fr", "La salle 3 et le bureau 9 du centre étaient fermés le 5 avril."),
    ("en", "Room 12 and Block 4 of the camp had no water on Monday."),
    ("ar", "الغرفة 3 والمكتب 5 في المركز كانت مغلقة يوم الاثنين."),
    ("ar", "المدينة كلها بلا كهرباء والمستشفى لا يستقبل أحدا."),
]

NAMES: list[tuple[str, str, list[str]]] = [
    ("en", "please call back, this is ruth kamau from tent 4", ["ruth", "kamau"]),
    ("fr", "bonjour je suis claudine mbeki et je n'ai rien reçu", ["claudine", "mbeki"]),
    ("es", "hola soy rosario quintana, no me llegó la ayuda", ["rosario", "quintana"]),
    ("es", "mi vecino eusebio carrasco tampoco recibió nada", ["eusebio", "carrasco"]),
    ("pt", "o meu marido, valdemar pinheiro, ficou sem cartão", ["valdemar", "pinheiro"]),
    ("pt", "falei com a senhora idalina teixeira ontem", ["idalina", "teixeira"]),
    ("nl", "mijn buurman gerrit bosman heeft ook niets gekregen", ["gerrit", "bosman"]),
    ("de", "mein nachbar reinhold kämmerer hat auch nichts bekommen", ["reinhold", "kämmerer"]),
    ("de", "Laut Wendland gibt es keine Gutscheine mehr.", ["Wendland"]),
    ("de", "Heute war Gertrud wieder an der Ausgabe und wurde abgewiesen.", ["Gertrud"]),
    ("de", "Mit Brettschneider habe ich am Telefon gesprochen.", ["Brettschneider"]),
    ("it", "mia sorella donatella ferraro non ha ricevuto nulla", ["donatella", "ferraro"]),
    ("tr", "komşum hatice aydın da yardım alamadı", ["hatice", "aydın"]),
    ("tr", "Mustafa Çelik'e kimse geri dönmedi.", ["Mustafa", "Çelik"]),
    ("tr", "Zeynep Arslan dün kayıt için geldi ama geri gönderildi.", ["Zeynep", "Arslan"]),
    ("sw", "jirani yangu halima achieng hajapata msaada", ["halima", "achieng"]),
    ("sw", "Leo Juma Mwangi amefika kituoni lakini hakupewa chakula.", ["Juma", "Mwangi"]),
    ("pl", "moja sąsiadka bożena wróblewska też nic nie dostała", ["bożena", "wróblewska"]),
    ("ro", "vecina mea, floarea dumitrescu, nu a primit nimic", ["floarea", "dumitrescu"]),
    ("ar", "اتصلت سعاد الخطيب بالمكتب ثلاث مرات دون رد.", ["سعاد", "الخطيب"]),
    ("ar", "أرسلنا الأوراق مع يوسف حداد لكنه لم يصل.", ["يوسف", "حداد"]),
    ("ar", "تحدثت مع أم خالد عن توزيع الخبز.", ["خالد"]),
]

CLEAN: list[tuple[str, str]] = [
    ("es", "Paz y tranquilidad es lo que pedimos; la Cruz Roja nos dio mantas el Domingo."),
    ("es", "Esperanza no queda mucha: el Centro de Salud sigue sin médicos."),
    ("pt", "Rosa dos ventos é o nome da escola; o Posto de Saúde fecha às quatro."),
    ("pt", "Graças a Deus recebemos a Cesta Básica, mas faltou arroz."),
    ("sw", "Baraka zimeongezeka tangu Msalaba Mwekundu ulipoleta maji kijijini."),
    ("sw", "Imani yetu ni kwamba Serikali itasaidia kabla ya Jumamosi."),
    ("de", "Grüße an das Team der Tafel, die Gutscheine kamen pünktlich."),
    ("tr", "Umut ediyoruz ki Kızılay yardımı bu hafta gelir."),
]
