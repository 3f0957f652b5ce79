"""Probe sentences for round 10 of issue 12, second batch, western languages: the tuning half.

Written without reading the rules, the shared code or the other probe sets: made-up people from the
majority and the immigrant and minority communities of each country, real towns, real address conventions,
feedback as people write it to an aid agency, food bank, refugee reception or cash programme. The held-out
half, with different sentences, people, towns and shapes, is ``round10b_west_check.py``; it must not be
tuned on.

Languages: en, fr, es, nl, de, pt, it. Per language: 12 ``NAMES``, 10 ``CLEAN``, 6 ``PLACES``, 3 ``NO_PII``.
``NAMES`` lists every person-name token as written; lower-case particles (de, van der, di, dos, von) are
ordinary words elsewhere in the sentence and are not listed, only the name tokens around them.

Run with::

    .venv/bin/python tests/benchmarks/name_probe.py --probes round10b_west
    .venv/bin/python tests/benchmarks/place_probe.py --probes round10b_west
"""

from __future__ import annotations

NAMES: list[tuple[str, str, list[str]]] = [
    # English
    ("en", "Abdirahman Warsame was turned away at the food bank on Tuesday.", ["Abdirahman", "Warsame"]),
    ("en", "Sandra, can you check why my voucher was cancelled?", ["Sandra"]),
    ("en", "The cash transfer went to Chinedu Okonkwo instead of to me.", ["Chinedu", "Okonkwo"]),
    ("en", "Thanks to Siobhan and Declan for the blankets last week.", ["Siobhan", "Declan"]),
    ("en", "Kowalczyk from the warehouse keeps skipping our building.", ["Kowalczyk"]),
    ("en", "my kids and i were registered by fatima bibi but the card never came", ["fatima", "bibi"]),
    ("en", "AYAAN HIRSI HAS BEEN WAITING FOR HER CHILD BENEFIT SINCE MARCH", ["AYAAN", "HIRSI"]),
    ("en", "Is Imran Qureshi's appointment still on for Friday?", ["Imran", "Qureshi"]),
    ("en", "We were helped by Oluwaseun, Grzegorz and Niamh Byrne at the drop-in.", ["Oluwaseun", "Grzegorz", "Niamh", "Byrne"]),
    ("en", "Kind regards, Tadhg O'Sullivan", ["Tadhg", "O'Sullivan"]),
    ("en", "i told hodan about the new queue system and hodan said nobody explained it", ["hodan"]),
    ("en", "Please tell Mr Bashir that his daughter Zainab Bashir lost her phone.", ["Bashir", "Zainab"]),
    # French
    ("fr", "Mamadou Keïta n'a toujours pas reçu sa carte de retrait.", ["Mamadou", "Keïta"]),
    ("fr", "Nadège, pouvez-vous rappeler ma mère avant vendredi ?", ["Nadège"]),
    ("fr", "Le colis de Thi Lan Nguyen est resté au dépôt.", ["Thi", "Lan", "Nguyen"]),
    ("fr", "Merci à Youssef Haddad et à Kadiatou Diarra pour leur patience.", ["Youssef", "Haddad", "Kadiatou", "Diarra"]),
    ("fr", "La bénévole a insulté Jean-Baptiste Mbemba devant tout le monde.", ["Jean-Baptiste", "Mbemba"]),
    ("fr", "mon voisin fabrice toussaint n'a plus d'électricité depuis lundi", ["fabrice", "toussaint"]),
    ("fr", "ma fille aïcha a perdu son badge, aïcha est en CM2", ["aïcha"]),
    ("fr", "MERCI A MADAME ODILE DE VILLIERS POUR LES COUVERTURES", ["ODILE", "VILLIERS"]),
    ("fr", "Le dossier de Marie-Claire de Montigny est bloqué depuis mars.", ["Marie-Claire", "Montigny"]),
    ("fr", "Cordialement, Hervé Dumontier", ["Hervé", "Dumontier"]),
    ("fr", "Est-ce que Tshibola a le droit à l'aide au logement ?", ["Tshibola"]),
    ("fr", "J'ai vu Moussa Traoré et son frère Issa au point de distribution ; Moussa pleurait.", ["Moussa", "Traoré", "Issa"]),
    # Spanish
    ("es", "Yusneidy Carrasco lleva tres semanas sin recibir la tarjeta.", ["Yusneidy", "Carrasco"]),
    ("es", "Marisol, ¿puede revisar por qué me quitaron la ayuda?", ["Marisol"]),
    ("es", "El cupón de Wilmer Arango se lo quedó otra persona.", ["Wilmer", "Arango"]),
    ("es", "Damos las gracias a Rachid, a Ioana y a Sumaq Quispe por su trabajo.", ["Rachid", "Ioana", "Sumaq", "Quispe"]),
    ("es", "Ayer Mamani no dejó entrar a las familias en la fila.", ["Mamani"]),
    ("es", "mi vecina yamileth de la cruz tiene dos niños enfermos y no come", ["yamileth", "cruz"]),
    ("es", "por favor avisen a khadija el idrissi que su cita cambió", ["khadija", "idrissi"]),
    ("es", "NECESITO HABLAR CON ALGUIEN SOBRE EL CASO DE FLORIN POPESCU", ["FLORIN", "POPESCU"]),
    ("es", "La hija de Nicolás Urdaneta ya tiene plaza en el colegio.", ["Nicolás", "Urdaneta"]),
    ("es", "Un saludo, María José Ortega Villalba", ["María", "José", "Ortega", "Villalba"]),
    ("es", "El trabajador social le dijo a Anderson Zapata que volviera el lunes; Anderson no puede venir.", ["Anderson", "Zapata"]),
    ("es", "Queremos agradecer a doña Consuelo Huamán su cariño con los niños.", ["Consuelo", "Huamán"]),
    # Dutch
    ("nl", "Mohamed Bouzidi heeft zijn pakket nog steeds niet gekregen.", ["Mohamed", "Bouzidi"]),
    ("nl", "Ingrid, kunt u mij terugbellen over de huurtoeslag?", ["Ingrid"]),
    ("nl", "De tas van Fikre Tesfamariam is bij de uitgifte blijven liggen.", ["Fikre", "Tesfamariam"]),
    ("nl", "Bedankt aan Sanne, Emre en Rajesh Ramdin voor de hulp.", ["Sanne", "Emre", "Rajesh", "Ramdin"]),
    ("nl", "Gisteren heeft Van der Linden ons weggestuurd bij de voedselbank.", ["Linden"]),
    ("nl", "mijn buurvrouw fatma yilmaz heeft geen verwarming en drie kinderen", ["fatma", "yilmaz"]),
    ("nl", "ik heb dwight gezegd dat dwight morgen moet komen", ["dwight"]),
    ("nl", "MIJN ZOON YONAS GEBREMEDHIN IS ZIEK EN HEEFT EEN DOKTER NODIG", ["YONAS", "GEBREMEDHIN"]),
    ("nl", "Is de afspraak van Saïda Ouahabi verzet naar donderdag?", ["Saïda", "Ouahabi"]),
    ("nl", "Met vriendelijke groet, Pieter-Jan van den Berg", ["Pieter-Jan", "Berg"]),
    ("nl", "De vrijwilliger schreeuwde tegen Hakan Demir en zijn moeder.", ["Hakan", "Demir"]),
    ("nl", "Wij willen Kenneth Pinas en Shirley Ceder bedanken; Shirley heeft ons enorm geholpen.", ["Kenneth", "Pinas", "Shirley", "Ceder"]),
    # German
    ("de", "Mehmet Aydın hat seine Lebensmittelkarte immer noch nicht bekommen.", ["Mehmet", "Aydın"]),
    ("de", "Katrin, können Sie mich wegen des Termins zurückrufen?", ["Katrin"]),
    ("de", "Das Paket von Agnieszka Nowak wurde an die falsche Adresse geschickt.", ["Agnieszka", "Nowak"]),
    ("de", "Vielen Dank an Tarek, Oksana und Lukas Brandt für die Hilfe beim Umzug.", ["Tarek", "Oksana", "Lukas", "Brandt"]),
    ("de", "Gestern hat Hoffmann uns an der Ausgabe angeschrien.", ["Hoffmann"]),
    ("de", "mein nachbar ahmad wali rahimi hat seit einer woche keinen strom", ["ahmad", "wali", "rahimi"]),
    ("de", "ich habe natalija gesagt dass natalija den antrag nochmal stellen muss", ["natalija"]),
    ("de", "BITTE HELFEN SIE MEINER TOCHTER SELAM TEKLE SIE IST KRANK", ["SELAM", "TEKLE"]),
    ("de", "Ist der Termin von Rami Al-Hassan auf Donnerstag verschoben?", ["Rami", "Al-Hassan"]),
    ("de", "Mit freundlichen Grüßen, Friedrich von der Heyden", ["Friedrich", "Heyden"]),
    ("de", "Die Betreuerin hat Hamid Sultani und seine Frau vor allen beleidigt.", ["Hamid", "Sultani"]),
    ("de", "Wir möchten Ayşe Öztürk danken; Ayşe hat uns jeden Tag geholfen.", ["Ayşe", "Öztürk"]),
    # Portuguese
    ("pt", "Joelma Ferreira ainda não recebeu o cabaz desta semana.", ["Joelma", "Ferreira"]),
    ("pt", "Cristina, pode ligar-me de volta sobre a renda?", ["Cristina"]),
    ("pt", "O cartão de Domingos Kiala foi bloqueado sem aviso.", ["Domingos", "Kiala"]),
    ("pt", "Obrigado ao Adilson, à Mariama Baldé e ao Vasyl pela ajuda.", ["Adilson", "Mariama", "Baldé", "Vasyl"]),
    ("pt", "Ontem o Tavares mandou-nos embora da fila.", ["Tavares"]),
    ("pt", "a minha vizinha nilza dos santos tem três filhos e não tem comida", ["nilza", "santos"]),
    ("pt", "disse ao mamadu que o mamadu tem de trazer o passaporte", ["mamadu"]),
    ("pt", "PRECISO DE AJUDA PARA O MEU FILHO EDSON MONTEIRO QUE ESTÁ DOENTE", ["EDSON", "MONTEIRO"]),
    ("pt", "A consulta da Olena Kovalenko passou para quinta-feira?", ["Olena", "Kovalenko"]),
    ("pt", "Com os melhores cumprimentos, Rui Miguel da Costa Pereira", ["Rui", "Miguel", "Costa", "Pereira"]),
    ("pt", "A voluntária gritou com a Kátia Semedo e com os filhos dela.", ["Kátia", "Semedo"]),
    ("pt", "Queremos agradecer ao Wellington Souza; o Wellington esteve sempre connosco.", ["Wellington", "Souza"]),
    # Italian
    ("it", "Ardit Hoxha non ha ancora ricevuto la tessera per la spesa.", ["Ardit", "Hoxha"]),
    ("it", "Francesca, può richiamarmi per il contributo affitto?", ["Francesca"]),
    ("it", "Il pacco di Cheikh Ndiaye è rimasto al magazzino.", ["Cheikh", "Ndiaye"]),
    ("it", "Grazie a Mihaela, a Rubel Hossain e a Giorgio per l'aiuto.", ["Mihaela", "Rubel", "Hossain", "Giorgio"]),
    ("it", "Ieri Bianchi ci ha mandati via dalla fila.", ["Bianchi"]),
    ("it", "la mia vicina rosa condori ha tre bambini e niente da mangiare", ["rosa", "condori"]),
    ("it", "ho detto a fatou che fatou deve portare il permesso di soggiorno", ["fatou"]),
    ("it", "AIUTATE MIO FIGLIO ANDREI POPA CHE È MALATO", ["ANDREI", "POPA"]),
    ("it", "L'appuntamento di Nasrin Akter è stato spostato a giovedì?", ["Nasrin", "Akter"]),
    ("it", "Cordiali saluti, Gianluca di Stefano", ["Gianluca", "Stefano"]),
    ("it", "L'operatrice ha urlato contro Jhonatan Huanca e sua madre.", ["Jhonatan", "Huanca"]),
    ("it", "Vogliamo ringraziare Elton Gjoka; Elton ci ha aiutati ogni giorno.", ["Elton", "Gjoka"]),
]

CLEAN: list[tuple[str, str]] = [
    # English
    ("en", "Hope is what keeps the families in the shelter going through the Winter."),
    ("en", "The Grace period for rent arrears was extended by the Housing Office."),
    ("en", "Faith groups brought Hot Meals to the Community Centre on Christmas Eve."),
    ("en", "Will the Cash Assistance Programme continue after Ramadan?"),
    ("en", "A Rose bush was planted outside the Welcome Hub for Refugee Week."),
    ("en", "The Food Bank ran out of Baby Formula, Nappies and Tinned Tomatoes on Monday."),
    ("en", "My doctor prescribed Paracetamol and Ibuprofen but the Pharmacy had no stock."),
    ("en", "The Caseworker said the Universal Credit payment arrives in August."),
    ("en", "We bought Rice and Cooking Oil at Tesco with the Red Cross voucher."),
    ("en", "The WhatsApp Helpline and the Kobo Survey both ask the same Questions."),
    # French
    ("fr", "La Rose des vents est dessinée sur le mur du Centre d'Accueil."),
    ("fr", "La Constance des Équipes de la Croix-Rouge mérite un Grand Merci."),
    ("fr", "Le Secours Populaire distribue les Colis Alimentaires chaque Mercredi."),
    ("fr", "Les Restos du Cœur ferment pendant le mois d'Août."),
    ("fr", "Mon médecin m'a prescrit du Doliprane et de l'Amoxicilline."),
    ("fr", "La Carte Bancaire Prépayée ne marche pas chez Carrefour ni chez Lidl."),
    ("fr", "Pendant le Ramadan et à Noël, la Banque Alimentaire manque de Lait et de Farine."),
    ("fr", "L'Assistante Sociale de la CAF a demandé l'Attestation de Domicile."),
    ("fr", "Le Numéro Vert et l'Application WhatsApp ne répondent plus depuis la Toussaint."),
    ("fr", "Nous voudrions plus de Couches, de Savon et de Serviettes Hygiéniques."),
    # Spanish
    ("es", "Llevamos tres días sin Luz ni Agua en el Albergue."),
    ("es", "Pedimos Paz y un poco de Respeto en la Fila del Comedor."),
    ("es", "Mi abuela reza el Rosario cada noche en el Centro de Acogida."),
    ("es", "Tengo Dolores de cabeza y el Centro de Salud no me da cita."),
    ("es", "Es un Consuelo saber que Cáritas abre también en Semana Santa."),
    ("es", "La Esperanza de las familias es cobrar la Ayuda antes de Navidad."),
    ("es", "El Pilar del edificio tiene grietas y el Ayuntamiento no responde."),
    ("es", "Los Mercedes y las Furgonetas de Cruz Roja llegaron con las Mantas."),
    ("es", "Vivimos al Amparo de la Parroquia desde que nos desalojaron."),
    ("es", "Compramos Arroz, Leche y Pañales en Mercadona con la Tarjeta Monedero en Enero."),
    # Dutch
    ("nl", "De Roos in de tuin van het Asielzoekerscentrum bloeit weer."),
    ("nl", "Er is weinig Hoop dat de Gemeente de Bijstand voor de Zomer regelt."),
    ("nl", "De Voedselbank deelt op Woensdag Brood, Melk en Kaas uit."),
    ("nl", "Het COA en VluchtelingenWerk hebben de Leefgeldkaart aangepast."),
    ("nl", "Ik kreeg Paracetamol van de Huisarts maar de Apotheek was dicht."),
    ("nl", "Met Suikerfeest en Kerstmis is de Inloop extra druk."),
    ("nl", "Bij Albert Heijn en de Jumbo werkt de Pinpas van het Rode Kruis niet."),
    ("nl", "De Maatschappelijk Werker vroeg om een Uittreksel uit de BRP."),
    ("nl", "Wij hebben Luiers, Zeep en Maandverband nodig in December."),
    ("nl", "Het Leger des Heils opent een Warme Kamer in de Winter."),
    # German
    ("de", "Die Sonne scheint, aber in der Unterkunft ist es kalt."),
    ("de", "Wir wünschen uns Frieden und eine eigene Wohnung."),
    ("de", "Die Tafel verteilt am Mittwoch Brot, Milch und Nudeln."),
    ("de", "Das Sozialamt und die Caritas haben die Bezahlkarte umgestellt."),
    ("de", "Der Hausarzt hat mir Ibuprofen verschrieben, aber die Apotheke hatte keins."),
    ("de", "Zu Weihnachten und zum Zuckerfest ist die Kleiderkammer überfüllt."),
    ("de", "Bei Aldi und Rossmann funktioniert die Karte vom Roten Kreuz nicht."),
    ("de", "Die Sozialarbeiterin verlangt eine Meldebescheinigung bis Ende Oktober."),
    ("de", "Wir brauchen Windeln, Seife und Binden für die Kinder."),
    ("de", "Die Diakonie öffnet im Winter eine Wärmestube für Obdachlose."),
    # Portuguese
    ("pt", "A Esperança das famílias é receber o Apoio antes do Natal."),
    ("pt", "Foi uma Vitória conseguir vaga na Creche este ano."),
    ("pt", "Glória a Deus, o Banco Alimentar voltou a abrir."),
    ("pt", "A Santa Casa da Misericórdia distribui Arroz, Leite e Fraldas às Quartas."),
    ("pt", "O médico receitou Ben-u-ron mas a Farmácia não tinha."),
    ("pt", "No Ramadão e na Páscoa o Refeitório Social fica cheio."),
    ("pt", "O cartão da Cruz Vermelha não funciona no Pingo Doce nem no Continente."),
    ("pt", "A Assistente Social pediu o Atestado de Residência da Junta de Freguesia."),
    ("pt", "Precisamos de Sabão, Pensos Higiénicos e Cobertores para o Inverno."),
    ("pt", "A Linha de Apoio e a Aplicação da AIMA dão informações diferentes."),
    # Italian
    ("it", "La Speranza delle famiglie è ricevere il Contributo prima di Natale."),
    ("it", "È stata una Gioia vedere i bambini alla Festa della Scuola."),
    ("it", "Per Fortuna la Caritas ha riaperto la Mensa."),
    ("it", "Il Banco Alimentare distribuisce Pasta, Latte e Pannolini il Mercoledì."),
    ("it", "Il medico mi ha prescritto la Tachipirina ma la Farmacia era chiusa."),
    ("it", "Durante il Ramadan e la Pasqua l'Emporio Solidale è pieno."),
    ("it", "La carta della Croce Rossa non funziona alla Coop né all'Esselunga."),
    ("it", "L'Assistente Sociale del Comune ha chiesto il Certificato di Residenza."),
    ("it", "Abbiamo bisogno di Sapone, Assorbenti e Coperte per l'Inverno."),
    ("it", "Il Numero Verde e l'App del Progetto danno risposte diverse a Settembre."),
]

PLACES: list[tuple[str, str, list[str]]] = [
    # English
    ("en", "We moved from Mogadishu to Leicester last spring.", ["Mogadishu", "Leicester"]),
    ("en", "The parcel should go to 14 Carlton Road, Rochdale.", ["14 Carlton Road", "Rochdale"]),
    ("en", "My cousin is still in Dadaab camp with three children.", ["Dadaab"]),
    ("en", "There is no bus from Toxteth to the distribution point.", ["Toxteth"]),
    ("en", "my brother lives at flat 3, 22 mill lane in bradford", ["22 mill lane", "bradford"]),
    ("en", "She came from Lahore via Birmingham and now stays in Sparkbrook.", ["Lahore", "Birmingham", "Sparkbrook"]),
    # French
    ("fr", "Je suis arrivé de Bamako à Marseille en passant par Lampedusa.", ["Bamako", "Marseille", "Lampedusa"]),
    ("fr", "Envoyez le courrier au 12 rue des Lilas, 93200 Saint-Denis.", ["12 rue des Lilas", "Saint-Denis"]),
    ("fr", "Ma famille est restée à Kinshasa, dans le quartier de Matonge.", ["Kinshasa", "Matonge"]),
    ("fr", "Le bus ne passe plus à la Guillotière le dimanche.", ["Guillotière"]),
    ("fr", "on dort dans un foyer à villeurbanne depuis qu'on a quitté oran", ["villeurbanne", "oran"]),
    ("fr", "Mon oncle vient de Port-au-Prince et habite au 45 boulevard de la Liberté à Lille.", ["Port-au-Prince", "45 boulevard de la Liberté", "Lille"]),
    # Spanish
    ("es", "Salimos de Maracaibo y cruzamos por Cúcuta hasta llegar a Madrid.", ["Maracaibo", "Cúcuta", "Madrid"]),
    ("es", "Mi dirección es Avenida de la Constitución, 18, 2.º B, en Sevilla.", ["Avenida de la Constitución, 18", "Sevilla"]),
    ("es", "Mi madre sigue en Cusco y mi hermano en un pueblo cerca de Ayacucho.", ["Cusco", "Ayacucho"]),
    ("es", "En el barrio de El Raval no hay punto de reparto.", ["El Raval"]),
    ("es", "vivimos en torre pacheco pero trabajamos en cartagena", ["torre pacheco", "cartagena"]),
    ("es", "Antes vivíamos en Tánger y luego en Alcalá de Henares.", ["Tánger", "Alcalá de Henares"]),
    # Dutch
    ("nl", "Wij zijn via Asmara en Khartoem naar Ter Apel gekomen.", ["Asmara", "Khartoem", "Ter Apel"]),
    ("nl", "Het pakket moet naar Kanaalstraat 112, Utrecht.", ["Kanaalstraat 112", "Utrecht"]),
    ("nl", "Mijn familie woont nog in Nador en in Al Hoceima.", ["Nador", "Al Hoceima"]),
    ("nl", "In de Schilderswijk is geen uitgiftepunt meer.", ["Schilderswijk"]),
    ("nl", "we wonen in lelystad maar mijn moeder zit nog in paramaribo", ["lelystad", "paramaribo"]),
    ("nl", "Kom naar de Bijlmer of naar Molenstraat 7 in Tilburg.", ["Bijlmer", "Molenstraat 7", "Tilburg"]),
    # German
    ("de", "Wir sind über Aleppo und Istanbul nach Eisenhüttenstadt gekommen.", ["Aleppo", "Istanbul", "Eisenhüttenstadt"]),
    ("de", "Das Paket bitte an Hauptstraße 17, 12159 Berlin schicken.", ["Hauptstraße 17", "Berlin"]),
    ("de", "Meine Eltern leben noch in Herat, mein Bruder in einem Lager bei Kabul.", ["Herat", "Kabul"]),
    ("de", "In Neukölln gibt es keine Ausgabestelle mehr.", ["Neukölln"]),
    ("de", "wir wohnen jetzt in chemnitz aber meine mutter ist noch in charkiw", ["chemnitz", "charkiw"]),
    ("de", "Die Beratung ist in der Bahnhofstraße 4 in Gelsenkirchen.", ["Bahnhofstraße 4", "Gelsenkirchen"]),
    # Portuguese
    ("pt", "Viemos de Luanda e agora estamos na Amadora.", ["Luanda", "Amadora"]),
    ("pt", "O cabaz deve ir para a Rua da Prata, 85, 1100-415 Lisboa.", ["Rua da Prata, 85", "Lisboa"]),
    ("pt", "A minha mãe ficou em Bissau e o meu irmão em Bafatá.", ["Bissau", "Bafatá"]),
    ("pt", "No bairro da Cova da Moura não há ponto de distribuição.", ["Cova da Moura"]),
    ("pt", "moramos no seixal mas a minha irmã ainda está em mindelo", ["seixal", "mindelo"]),
    ("pt", "O atendimento é na Avenida da Boavista, 1200, no Porto, e não em Zaporíjia.", ["Avenida da Boavista, 1200", "Porto", "Zaporíjia"]),
    # Italian
    ("it", "Siamo arrivati da Durazzo a Bari con il traghetto.", ["Durazzo", "Bari"]),
    ("it", "Il pacco va spedito in Via Roma 24, 10121 Torino.", ["Via Roma 24", "Torino"]),
    ("it", "Mia madre è rimasta a Touba e mio fratello a Dakar.", ["Touba", "Dakar"]),
    ("it", "Nel quartiere di Tor Pignattara non c'è un punto di distribuzione.", ["Tor Pignattara"]),
    ("it", "abitiamo a castel volturno ma mia sorella è ancora a sylhet", ["castel volturno", "sylhet"]),
    ("it", "Lo sportello è in Corso Buenos Aires 33 a Milano, non a Lima.", ["Corso Buenos Aires 33", "Milano", "Lima"]),
]

NO_PII: list[tuple[str, str]] = [
    # English
    ("en", "The Station was closed so we walked up the Road to the Market."),
    ("en", "Volunteers at the Camp said the Hospital would send a nurse to the Square."),
    ("en", "People from the North and the South queued outside the Town Hall and the Church."),
    # French
    ("fr", "La Gare était fermée, alors nous sommes allés au Marché par la Route."),
    ("fr", "Le Camp est loin de l'Hôpital et de la Place principale."),
    ("fr", "Les familles du Nord et du Sud attendent devant la Mairie et l'Église."),
    # Spanish
    ("es", "La Estación estaba cerrada y fuimos andando por la Carretera hasta el Mercado."),
    ("es", "En el Campamento dicen que el Hospital manda médicos a la Plaza los martes."),
    ("es", "Las familias del Norte y del Sur esperan frente al Ayuntamiento y la Iglesia."),
    # Dutch
    ("nl", "Het Station was dicht dus liepen we over de Weg naar de Markt."),
    ("nl", "In het Kamp zeggen ze dat het Ziekenhuis een arts naar het Plein stuurt."),
    ("nl", "Mensen uit het Noorden en het Zuiden wachten bij het Stadhuis en de Kerk."),
    # German
    ("de", "Der Bahnhof war zu, also sind wir die Straße entlang zum Markt gelaufen."),
    ("de", "Im Lager heißt es, das Krankenhaus schickt eine Ärztin auf den Platz."),
    ("de", "Familien aus dem Norden und dem Süden warten vor dem Rathaus und der Kirche."),
    # Portuguese
    ("pt", "A Estação estava fechada e fomos a pé pela Estrada até ao Mercado."),
    ("pt", "No Campo dizem que o Hospital manda um enfermeiro à Praça."),
    ("pt", "Famílias do Norte e do Sul esperam em frente à Câmara Municipal e à Igreja."),
    # Italian
    ("it", "La Stazione era chiusa e siamo andati a piedi lungo la Strada fino al Mercato."),
    ("it", "Nel Campo dicono che l'Ospedale manda un medico in Piazza."),
    ("it", "Le famiglie del Nord e del Sud aspettano davanti al Municipio e alla Chiesa."),
]
