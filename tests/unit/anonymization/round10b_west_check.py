"""Probe sentences for round 10 of issue 12, second batch, western languages: the held-out half.

Written without reading the rules, the shared code or the other probe sets, and never to be tuned on. The
tuning half is ``round10b_west.py``; this half uses different sentences, people, towns and shapes: names in
brackets, after a colon, in questions that compare two people, in ``sent by`` and ``thanks,`` sign-offs,
double-barrelled surnames, and given names that are also ordinary words (Grace, Hope, Will, Rose, Constance,
Pilar, Dolores, Esperanza, Amparo, Mercedes, Roos, Glória, Vitória, Gioia, Fortuna, Speranza, Luz).

Languages: en, fr, es, nl, de, pt, it. Per language: 12 ``NAMES``, 10 ``CLEAN``, 6 ``PLACES``, 3 ``NO_PII``.
``NAMES`` lists every person-name token as written; lower-case particles (du, de los, van, von, dos, della)
are ordinary words elsewhere in the sentence and are not listed, only the name tokens around them.

Run with::

    .venv/bin/python tests/benchmarks/name_probe.py --probes round10b_west_check
    .venv/bin/python tests/benchmarks/place_probe.py --probes round10b_west_check
"""

from __future__ import annotations

NAMES: list[tuple[str, str, list[str]]] = [
    # English
    ("en", "Thank you Grace Adebayo, you made my mum feel welcome.", ["Grace", "Adebayo"]),
    ("en", "Faduma and her sister Ubah Jama still have no beds.", ["Faduma", "Ubah", "Jama"]),
    ("en", "The man at the gate (Patrick Doherty I think) took our tokens.", ["Patrick", "Doherty"]),
    ("en", "Why did Wojciech get a voucher when Magdalena Zielińska got nothing?", ["Wojciech", "Magdalena", "Zielińska"]),
    ("en", "Complaint about Ahmed Raza: he charges people to skip the line.", ["Ahmed", "Raza"]),
    ("en", "sent by emeka nwosu on behalf of the whole block", ["emeka", "nwosu"]),
    ("en", "can ngozi ring me back, ngozi has my number", ["ngozi"]),
    ("en", "NO ONE HAS VISITED MRS KHADIJA ELMI SINCE HER OPERATION", ["KHADIJA", "ELMI"]),
    ("en", "Last week Murphy refused to give Sinéad's kids their milk.", ["Murphy", "Sinéad"]),
    ("en", "Hope Okoro and Will Kavanagh were lovely at the clinic.", ["Hope", "Okoro", "Will", "Kavanagh"]),
    ("en", "Thanks, Shabana", ["Shabana"]),
    ("en", "The food was given to Tomasz Wiśniewski's family twice while Tomasz's neighbour got none.", ["Tomasz", "Wiśniewski"]),
    # French
    ("fr", "Merci Blandine, vous avez été très gentille avec mes enfants.", ["Blandine"]),
    ("fr", "Fatoumata et sa cousine Awa Coulibaly dorment toujours dehors.", ["Fatoumata", "Awa", "Coulibaly"]),
    ("fr", "L'homme à l'entrée (Karim Mansouri, je crois) a pris nos tickets.", ["Karim", "Mansouri"]),
    ("fr", "Pourquoi Phạm Văn Hải a eu un bon alors que Trần Thị Mai n'a rien eu ?", ["Phạm", "Văn", "Hải", "Trần", "Thị", "Mai"]),
    ("fr", "Plainte contre Gérard Lefèvre : il fait payer les gens pour passer.", ["Gérard", "Lefèvre"]),
    ("fr", "envoyé par jean-robert pierre-louis au nom de tout l'immeuble", ["jean-robert", "pierre-louis"]),
    ("fr", "est-ce que dieudonné peut me rappeler, dieudonné a mon numéro", ["dieudonné"]),
    ("fr", "PERSONNE N'EST VENU VOIR MADAME YASMINA BOUAZIZ DEPUIS SON OPÉRATION", ["YASMINA", "BOUAZIZ"]),
    ("fr", "La semaine dernière, Lambert a refusé de donner le lait aux enfants de Clémence.", ["Lambert", "Clémence"]),
    ("fr", "Rose Ilunga et Constance Mukendi ont été formidables au dispensaire.", ["Rose", "Ilunga", "Constance", "Mukendi"]),
    ("fr", "Bien à vous, Anne-Sophie du Bellay", ["Anne-Sophie", "Bellay"]),
    ("fr", "Le colis a été donné deux fois à la famille de Sékou Konaté, et Sékou l'a revendu.", ["Sékou", "Konaté"]),
    # Spanish
    ("es", "Gracias Pilar Sánchez, fue muy amable con mis hijos.", ["Pilar", "Sánchez"]),
    ("es", "Yeferson y su prima Daniela Rincón siguen durmiendo en la calle.", ["Yeferson", "Daniela", "Rincón"]),
    ("es", "El señor de la puerta (Mustafa Benjelloun, creo) se quedó con los vales.", ["Mustafa", "Benjelloun"]),
    ("es", "¿Por qué Gheorghe recibió una tarjeta y Mirela Dumitru no?", ["Gheorghe", "Mirela", "Dumitru"]),
    ("es", "Queja contra Jairo Valencia: cobra por saltarse la fila.", ["Jairo", "Valencia"]),
    ("es", "enviado por rosmery ticona en nombre de todo el bloque", ["rosmery", "ticona"]),
    ("es", "¿puede llamarme leidy? leidy tiene mi número", ["leidy"]),
    ("es", "NADIE HA VISITADO A LA SEÑORA DOLORES GUTIÉRREZ DESDE SU OPERACIÓN", ["DOLORES", "GUTIÉRREZ"]),
    ("es", "La semana pasada Villanueva no quiso dar la leche a los niños de Esperanza.", ["Villanueva", "Esperanza"]),
    ("es", "Amparo Choque y Mercedes Ayala nos atendieron muy bien en el ambulatorio.", ["Amparo", "Choque", "Mercedes", "Ayala"]),
    ("es", "Atentamente, Luis Fernando de los Ríos", ["Luis", "Fernando", "Ríos"]),
    ("es", "La comida se la dieron dos veces a la familia de Hamza Amrani y Hamza la vendió.", ["Hamza", "Amrani"]),
    # Dutch
    ("nl", "Dank je wel Roos Vermeulen, je was heel lief voor mijn kinderen.", ["Roos", "Vermeulen"]),
    ("nl", "Nadia en haar nicht Hafsa Azzouzi slapen nog steeds buiten.", ["Nadia", "Hafsa", "Azzouzi"]),
    ("nl", "De man bij de ingang (Murat Kaya denk ik) heeft onze bonnen gepakt.", ["Murat", "Kaya"]),
    ("nl", "Waarom kreeg Tesfay wel een kaart en Mebrat Haile niet?", ["Tesfay", "Mebrat", "Haile"]),
    ("nl", "Klacht over Gerrit Jansen: hij laat mensen betalen om voor te gaan.", ["Gerrit", "Jansen"]),
    ("nl", "verstuurd door glenn sabajo namens het hele portiek", ["glenn", "sabajo"]),
    ("nl", "kan priscilla mij terugbellen? priscilla heeft mijn nummer", ["priscilla"]),
    ("nl", "NIEMAND IS BIJ MEVROUW HATICE ÇELIK GEWEEST SINDS HAAR OPERATIE", ["HATICE", "ÇELIK"]),
    ("nl", "Vorige week weigerde Bakker de melk te geven aan de kinderen van Naima.", ["Bakker", "Naima"]),
    ("nl", "Esther Doelwijt en Bilal Chaara waren heel vriendelijk op het spreekuur.", ["Esther", "Doelwijt", "Bilal", "Chaara"]),
    ("nl", "Groetjes, Marloes de Vries-van Dijk", ["Marloes", "Vries", "Dijk"]),
    ("nl", "Het eten ging twee keer naar de familie van Abdelkader Ziani en Abdelkader heeft het verkocht.", ["Abdelkader", "Ziani"]),
    # German
    ("de", "Danke Sonja Krämer, Sie waren sehr lieb zu meinen Kindern.", ["Sonja", "Krämer"]),
    ("de", "Yasin und seine Cousine Dilan Arslan schlafen immer noch draußen.", ["Yasin", "Dilan", "Arslan"]),
    ("de", "Der Mann am Eingang (Piotr Lewandowski, glaube ich) hat unsere Marken genommen.", ["Piotr", "Lewandowski"]),
    ("de", "Warum hat Habtom eine Karte bekommen und Saba Tesfazion nicht?", ["Habtom", "Saba", "Tesfazion"]),
    ("de", "Beschwerde über Uwe Schröder: er lässt Leute für das Vordrängeln zahlen.", ["Uwe", "Schröder"]),
    ("de", "gesendet von mariia shevchenko im namen des ganzen hauses", ["mariia", "shevchenko"]),
    ("de", "kann zahra mich zurückrufen? zahra hat meine nummer", ["zahra"]),
    ("de", "NIEMAND HAT FRAU NOOR AHMADZAI SEIT IHRER OPERATION BESUCHT", ["NOOR", "AHMADZAI"]),
    ("de", "Letzte Woche wollte Wagner den Kindern von Hala die Milch nicht geben.", ["Wagner", "Hala"]),
    ("de", "Frieda Winter und Khaled Darwish waren beim Arzttermin sehr freundlich.", ["Frieda", "Winter", "Khaled", "Darwish"]),
    ("de", "Viele Grüße, Konstantin von Falkenhausen", ["Konstantin", "Falkenhausen"]),
    ("de", "Das Essen ging zweimal an die Familie von Serkan Yıldız und Serkan hat es verkauft.", ["Serkan", "Yıldız"]),
    # Portuguese
    ("pt", "Obrigada Glória Mendes, foi muito carinhosa com os meus filhos.", ["Glória", "Mendes"]),
    ("pt", "A Jéssica e a prima dela, Thaís Rodrigues, ainda dormem na rua.", ["Jéssica", "Thaís", "Rodrigues"]),
    ("pt", "O senhor da porta (o Manuel Tchipa, acho eu) ficou com as senhas.", ["Manuel", "Tchipa"]),
    ("pt", "Porque é que o Braima Djaló recebeu cartão e a Fatumata Embaló não?", ["Braima", "Djaló", "Fatumata", "Embaló"]),
    ("pt", "Queixa contra o Joaquim Sousa: cobra dinheiro para passar à frente.", ["Joaquim", "Sousa"]),
    ("pt", "enviado por iryna bondarenko em nome do prédio todo", ["iryna", "bondarenko"]),
    ("pt", "a djamila pode ligar-me? a djamila tem o meu número", ["djamila"]),
    ("pt", "NINGUÉM VISITOU A DONA VITÓRIA LOPES DESDE A OPERAÇÃO", ["VITÓRIA", "LOPES"]),
    ("pt", "Na semana passada o Figueiredo não quis dar o leite aos filhos da Esperança.", ["Figueiredo", "Esperança"]),
    ("pt", "A Neusa Varela e o Ailton Fortes foram muito simpáticos no centro de saúde.", ["Neusa", "Varela", "Ailton", "Fortes"]),
    ("pt", "Atenciosamente, Maria Eduarda dos Reis", ["Maria", "Eduarda", "Reis"]),
    ("pt", "A comida foi dada duas vezes à família da Nzinga Mateus e a Nzinga vendeu-a.", ["Nzinga", "Mateus"]),
    # Italian
    ("it", "Grazie Gioia Ferraro, è stata gentilissima con i miei figli.", ["Gioia", "Ferraro"]),
    ("it", "Aminata e sua cugina Khady Diop dormono ancora per strada.", ["Aminata", "Khady", "Diop"]),
    ("it", "Il signore all'ingresso (Besnik Kola, credo) si è preso i buoni.", ["Besnik", "Kola"]),
    ("it", "Perché Ionuț ha avuto la tessera e Alina Stan no?", ["Ionuț", "Alina", "Stan"]),
    ("it", "Reclamo contro Massimo Rinaldi: fa pagare chi vuole saltare la fila.", ["Massimo", "Rinaldi"]),
    ("it", "inviato da shahidul islam a nome di tutto il palazzo", ["shahidul", "islam"]),
    ("it", "può richiamarmi milagros? milagros ha il mio numero", ["milagros"]),
    ("it", "NESSUNO È ANDATO DALLA SIGNORA FORTUNA ESPOSITO DOPO L'OPERAZIONE", ["FORTUNA", "ESPOSITO"]),
    ("it", "La settimana scorsa Colombo non ha voluto dare il latte ai figli di Speranza.", ["Colombo", "Speranza"]),
    ("it", "Luz Paucar e Brunilda Shehu sono state molto gentili all'ambulatorio.", ["Luz", "Paucar", "Brunilda", "Shehu"]),
    ("it", "Distinti saluti, Ottavio della Rovere", ["Ottavio", "Rovere"]),
    ("it", "Il cibo è andato due volte alla famiglia di Ousmane Sarr e Ousmane l'ha rivenduto.", ["Ousmane", "Sarr"]),
]

CLEAN: list[tuple[str, str]] = [
    # English
    ("en", "Faith in the Helpline is low after three Missed Calls in a row."),
    ("en", "Rose Water and Shea Butter are on the Hygiene Kit wish list."),
    ("en", "Will someone from the Council Tax team explain the Letter?"),
    ("en", "Grace Before Meals is said at the Soup Kitchen on Sundays."),
    ("en", "There is Hope that the Winter Fuel Payment arrives before Easter."),
    ("en", "The Citizens Advice Bureau helped us fill in the PIP form in January."),
    ("en", "Calpol, Amoxicillin and Inhalers are hard to get at Boots."),
    ("en", "The Salvation Army and Oxfam shops have Warm Coats for Eid."),
    ("en", "The Community Fridge had Bread, Eggs and Baked Beans but no Halal Meat."),
    ("en", "The Cash Card from the Emergency Fund stopped working at Lidl and Asda."),
    # French
    ("fr", "Une Rose blanche a été posée devant la Salle des Fêtes."),
    ("fr", "Nous apprécions la Constance du Service Social malgré les Grèves."),
    ("fr", "La Maison des Solidarités reste fermée pendant la Pentecôte."),
    ("fr", "L'Agence pour l'Emploi demande une Attestation de la Préfecture."),
    ("fr", "Le Smecta et le Spasfon sont en rupture à la Pharmacie Mutualiste."),
    ("fr", "Les Chèques Services marchent chez Leclerc mais pas chez Monoprix."),
    ("fr", "À l'Aïd et à Pâques, l'Épicerie Solidaire double les Rations."),
    ("fr", "Le Médiateur de la Ville a promis une Réponse avant Juillet."),
    ("fr", "Il nous faut des Couvertures, du Lait en Poudre et des Chaussures d'Hiver."),
    ("fr", "Médecins du Monde et la Cimade tiennent une Permanence le Jeudi."),
    # Spanish
    ("es", "Volvió la Luz al barrio después de tres días."),
    ("es", "Queremos vivir en Paz y sin Miedo en el Centro de Acogida."),
    ("es", "El Camión de reparto es un Mercedes viejo que siempre se avería."),
    ("es", "Pasaremos la Navidad y el Eid con Esperanza de tener casa."),
    ("es", "Ese dinero fue un gran Consuelo para toda la Familia."),
    ("es", "Bajo el Amparo de la Ley de Asilo pedimos Protección Internacional."),
    ("es", "El Ibuprofeno y el Paracetamol se acabaron en el Dispensario de Cáritas."),
    ("es", "La Tarjeta Prepago no funciona en Carrefour ni en Dia."),
    ("es", "El Ingreso Mínimo Vital llega tarde desde Febrero."),
    ("es", "Médicos del Mundo y ACNUR atienden los Jueves en el Polideportivo."),
    # Dutch
    ("nl", "Er staat een Roos op de tafel bij het Taalcafé."),
    ("nl", "Wij houden Hoop dat de IND voor de Zomer beslist."),
    ("nl", "De Gemeente stuurt de Brief over de Toeslagen pas in Maart."),
    ("nl", "Bij de Kledingbank zijn geen Winterjassen meer in Maat 128."),
    ("nl", "Ibuprofen en Hoestdrank zijn op bij de Apotheek van het AZC."),
    ("nl", "De Tegoedbon werkt niet bij Lidl en niet bij Kruidvat."),
    ("nl", "Met Pasen en het Offerfeest is het Buurthuis gesloten."),
    ("nl", "De Wijkagent en de Schuldhulpverlener komen op Dinsdag langs."),
    ("nl", "Wij hebben Dekens, Melkpoeder en Winterschoenen nodig."),
    ("nl", "Dokters van de Wereld en Stichting Vluchteling houden Spreekuur in de Sporthal."),
    # German
    ("de", "Die Sonne geht im Dezember schon um vier Uhr unter."),
    ("de", "Frieden ist alles, was wir uns für das neue Jahr wünschen."),
    ("de", "Das Jobcenter schickt den Bescheid erst im März."),
    ("de", "In der Kleiderkammer gibt es keine Winterjacken in Größe 128 mehr."),
    ("de", "Nurofen und Hustensaft sind in der Apotheke der Erstaufnahme ausverkauft."),
    ("de", "Der Gutschein funktioniert weder bei Lidl noch bei dm."),
    ("de", "An Ostern und zum Opferfest ist das Begegnungscafé geschlossen."),
    ("de", "Der Hausmeister und die Schuldnerberatung kommen am Dienstag."),
    ("de", "Wir brauchen Decken, Milchpulver und Winterschuhe."),
    ("de", "Ärzte der Welt und der Flüchtlingsrat bieten donnerstags eine Sprechstunde an."),
    # Portuguese
    ("pt", "A Esperança é a última a morrer, diz a minha avó no Centro de Acolhimento."),
    ("pt", "Foi uma grande Vitória para a Associação de Moradores."),
    ("pt", "Os Dias de Glória do Refeitório já passaram, agora há pouca Comida."),
    ("pt", "A Segurança Social só envia a Carta em Março."),
    ("pt", "No Banco de Roupa já não há Casacos de Inverno no tamanho 8."),
    ("pt", "O Brufen e o Xarope acabaram na Farmácia do Bairro."),
    ("pt", "O Vale de Compras não funciona no Lidl nem no Minipreço."),
    ("pt", "No Natal e no Eid a Cantina Social fecha mais cedo."),
    ("pt", "Precisamos de Mantas, Leite em Pó e Botas para as Crianças."),
    ("pt", "Os Médicos do Mundo e o CPR atendem às Quintas-feiras no Pavilhão."),
    # Italian
    ("it", "La Speranza è l'ultima a morire, dice mia nonna al Centro di Accoglienza."),
    ("it", "Che Gioia quando è arrivato il Permesso di Soggiorno!"),
    ("it", "La Fortuna non c'entra, serve una Graduatoria trasparente."),
    ("it", "L'INPS manda la Lettera solo a Marzo."),
    ("it", "Nel Guardaroba Solidale non ci sono più Giacconi invernali taglia 8."),
    ("it", "Il Moment e lo Sciroppo sono finiti nella Farmacia del Quartiere."),
    ("it", "Il Buono Spesa non funziona alla Lidl né al Carrefour."),
    ("it", "A Natale e per l'Eid la Mensa dei Poveri chiude prima."),
    ("it", "Servono Coperte, Latte in Polvere e Stivali per i Bambini."),
    ("it", "Medici Senza Frontiere e l'Arci fanno lo Sportello il Giovedì nella Palestra."),
]

PLACES: list[tuple[str, str, list[str]]] = [
    # English
    ("en", "We fled Kismayo and spent two years in Kakuma before Cardiff.", ["Kismayo", "Kakuma", "Cardiff"]),
    ("en", "Please deliver to 41 Church Lane, Middlesbrough.", ["41 Church Lane", "Middlesbrough"]),
    ("en", "My wife is still in Kano and my parents are in Maiduguri.", ["Kano", "Maiduguri"]),
    ("en", "Is there a food bank anywhere near Moss Side?", ["Moss Side"]),
    ("en", "we live in wythenshawe now but my mum is back in mirpur", ["wythenshawe", "mirpur"]),
    ("en", "The office moved from Ballymun to 120 Parnell Street in Dublin.", ["Ballymun", "120 Parnell Street", "Dublin"]),
    # French
    ("fr", "Nous avons quitté Goma, puis Kampala, avant d'arriver à Calais.", ["Goma", "Kampala", "Calais"]),
    ("fr", "Livrez au 8 impasse des Tilleuls, 59100 Roubaix.", ["8 impasse des Tilleuls", "Roubaix"]),
    ("fr", "Ma femme est encore à Kayes et mes parents à Ségou.", ["Kayes", "Ségou"]),
    ("fr", "Y a-t-il une distribution près de la Goutte-d'Or ?", ["Goutte-d'Or"]),
    ("fr", "on habite à grande-synthe mais ma sœur est restée à hanoï", ["grande-synthe", "hanoï"]),
    ("fr", "Le bureau a déménagé de Belleville au 27 rue de la République à Lyon.", ["Belleville", "27 rue de la République", "Lyon"]),
    # Spanish
    ("es", "Salimos de Barquisimeto, pasamos por Quito y llegamos a Bilbao.", ["Barquisimeto", "Quito", "Bilbao"]),
    ("es", "Enviad el paquete a Calle Mayor, 8, 2.º izquierda, en Zaragoza.", ["Calle Mayor, 8", "Zaragoza"]),
    ("es", "Mi mujer sigue en Beni Mellal y mis padres en Iași.", ["Beni Mellal", "Iași"]),
    ("es", "¿Hay algún reparto cerca de San Cristóbal de los Ángeles?", ["San Cristóbal de los Ángeles"]),
    ("es", "ahora vivimos en el ejido pero mi hermana sigue en medellín", ["el ejido", "medellín"]),
    ("es", "La oficina se mudó de Ruzafa a la Avenida del Puerto, 37, en Valencia.", ["Ruzafa", "Avenida del Puerto, 37", "Valencia"]),
    # Dutch
    ("nl", "We vluchtten uit Keren, zaten een jaar in Shagarab en kwamen toen in Budel.", ["Keren", "Shagarab", "Budel"]),
    ("nl", "Bezorgen op Dorpsstraat 23, 1441 AB Purmerend.", ["Dorpsstraat 23", "Purmerend"]),
    ("nl", "Mijn vrouw zit nog in Oujda en mijn ouders in Berkane.", ["Oujda", "Berkane"]),
    ("nl", "Is er een uitdeelpunt in de buurt van Kanaleneiland?", ["Kanaleneiland"]),
    ("nl", "we wonen nu in almere maar mijn zus is nog in kayseri", ["almere", "kayseri"]),
    ("nl", "Het kantoor is verhuisd van Overvecht naar Javastraat 45 in Den Haag.", ["Overvecht", "Javastraat 45", "Den Haag"]),
    # German
    ("de", "Wir sind aus Idlib geflohen, waren ein Jahr in Moria und sind jetzt in Suhl.", ["Idlib", "Moria", "Suhl"]),
    ("de", "Bitte liefern an Lindenweg 9, 04109 Leipzig.", ["Lindenweg 9", "Leipzig"]),
    ("de", "Meine Frau ist noch in Mazar-i-Sharif und meine Eltern in Kundus.", ["Mazar-i-Sharif", "Kundus"]),
    ("de", "Gibt es eine Ausgabestelle in der Nähe von Marxloh?", ["Marxloh"]),
    ("de", "wir wohnen jetzt in cottbus aber meine schwester ist noch in lwiw", ["cottbus", "lwiw"]),
    ("de", "Das Büro ist von Moabit in die Kastanienallee 102 nach Offenbach gezogen.", ["Moabit", "Kastanienallee 102", "Offenbach"]),
    # Portuguese
    ("pt", "Fugimos do Huambo, passámos por Benguela e agora estamos em Setúbal.", ["Huambo", "Benguela", "Setúbal"]),
    ("pt", "Entreguem na Rua Direita, 17, 3500-116 Viseu.", ["Rua Direita, 17", "Viseu"]),
    ("pt", "A minha mulher ainda está em Cacheu e os meus pais em Gabú.", ["Cacheu", "Gabú"]),
    ("pt", "Há algum ponto de distribuição perto da Quinta do Mocho?", ["Quinta do Mocho"]),
    ("pt", "agora moramos em sines mas a minha irmã ainda está em kharkiv", ["sines", "kharkiv"]),
    ("pt", "O gabinete mudou de Odivelas para a Avenida da Liberdade, 92, em Braga.", ["Odivelas", "Avenida da Liberdade, 92", "Braga"]),
    # Italian
    ("it", "Siamo partiti da Valona, passati per Brindisi e ora stiamo ad Ancona.", ["Valona", "Brindisi", "Ancona"]),
    ("it", "Consegnate in Via dei Mille 15, 90133 Palermo.", ["Via dei Mille 15", "Palermo"]),
    ("it", "Mia moglie è ancora a Kaolack e i miei genitori a Thiès.", ["Kaolack", "Thiès"]),
    ("it", "C'è un punto di distribuzione vicino a Barriera di Milano?", ["Barriera di Milano"]),
    ("it", "ora abitiamo a latina ma mia sorella è ancora a craiova", ["latina", "craiova"]),
    ("it", "L'ufficio si è spostato da Sampierdarena a Via XX Settembre 48 a Genova.", ["Sampierdarena", "Via XX Settembre 48", "Genova"]),
]

NO_PII: list[tuple[str, str]] = [
    # English
    ("en", "The bus from the Station stops on the Main Road beside the Hospital."),
    ("en", "Everyone in the Camp goes to the Market on the Square on Fridays."),
    ("en", "The Church near the Town Hall serves families from North and South alike."),
    # French
    ("fr", "Le bus de la Gare s'arrête sur la Grande Route à côté de l'Hôpital."),
    ("fr", "Tout le Camp va au Marché sur la Place le vendredi."),
    ("fr", "L'Église près de la Mairie accueille les familles du Nord comme du Sud."),
    # Spanish
    ("es", "El autobús de la Estación para en la Carretera junto al Hospital."),
    ("es", "Todo el Campamento va al Mercado de la Plaza los viernes."),
    ("es", "La Iglesia al lado del Ayuntamiento acoge a familias del Norte y del Sur."),
    # Dutch
    ("nl", "De bus van het Station stopt aan de Grote Weg naast het Ziekenhuis."),
    ("nl", "Het hele Kamp gaat op vrijdag naar de Markt op het Plein."),
    ("nl", "De Kerk naast het Stadhuis helpt gezinnen uit Noord en Zuid."),
    # German
    ("de", "Der Bus vom Bahnhof hält an der Landstraße neben dem Krankenhaus."),
    ("de", "Das ganze Lager geht freitags zum Markt auf dem Platz."),
    ("de", "Die Kirche neben dem Rathaus hilft Familien aus Nord und Süd."),
    # Portuguese
    ("pt", "O autocarro da Estação pára na Estrada ao lado do Hospital."),
    ("pt", "O Campo inteiro vai ao Mercado da Praça às sextas."),
    ("pt", "A Igreja ao pé da Câmara Municipal ajuda famílias do Norte e do Sul."),
    # Italian
    ("it", "L'autobus della Stazione si ferma sulla Strada Provinciale vicino all'Ospedale."),
    ("it", "Tutto il Campo va al Mercato della Piazza il venerdì."),
    ("it", "La Chiesa accanto al Municipio aiuta le famiglie del Nord e del Sud."),
]
