"""Hand-written PERSON probes for names written in lower case (every Latin-script language), German
one-word names and Turkish names (person round): made-up people with names typical of each country
(written from general knowledge, no name library) in aid-feedback sentences, the name at the start, in
the middle and at the end, after commas and cue words and with none.

``NAMES``: ``(language, text, names)`` (``de-one``: German one-word names, ``tr-cap``: Turkish names in title
case, ``<language>-plea``: full names after a plea for help; the key only groups the figures), every whole-word occurrence of each listed string must be
covered; ``CLEAN``: ``(language, text)``, lower-case no-PII sentences full of ordinary words that are
names somewhere (``rose``, ``grace``, ``deniz``, ``imani``, ``paz``, ``stern``), and German ones with bare
nouns after prepositions and verbs (``Mit Strom geht es besser``), where nothing should be removed. The language is the writer's; the engine routes each text itself.

Run ``.venv/bin/python tests/benchmarks/name_probe.py --probes name_probes_lower [-v]``.
"""

from __future__ import annotations

from itertools import cycle

_LOWER: dict[str, tuple[list[str], list[str]]] = {
    "en": ([
        "pls help, {} from the blue tent has no food", "i spoke to {} yesterday about the voucher",
        "{} says the water point is broken again", "my neighbour {} is sick and needs a doctor",
        "can someone call {} back, she lost her card", "the payment for {} never arrived",
        "ask {} about the missing blankets", "we registered {} and her two kids last week",
        "thanks to {} for the quick help", "volunteer {} was very rude at the distribution",
        "talked with {} about the housing form", "still waiting, {} in block c",
        "{} and her mother have no heating since monday",
    ], [
        "kevin marsh", "sharon doyle", "gareth pryce", "leanne whitfield", "callum baxter", "tracey holt",
        "darren nolan", "bethany crowther", "wayne fletcher", "kirsty mcallister", "lorraine pickett",
        "stuart rowe", "nadine osborne", "craig tennant", "shelley barlow", "dean hargreaves",
        "paula kendrick", "ross mcintyre", "tanya fairbanks", "jason wilcox", "hayley brennan",
        "neil sutcliffe", "joanne pritchard", "marcus dunmore", "kelly ashworth",
    ]),
    "fr": ([
        "svp aidez {} qui dort dehors depuis lundi", "j'ai parlé avec {} hier pour le loyer",
        "{} dit que la carte ne marche plus", "ma voisine {} est malade et seule",
        "pouvez-vous rappeler {} au sujet du dossier", "le paiement de {} n'est jamais arrivé",
        "demandez à {} pour les couvertures", "on a inscrit {} et ses trois enfants",
        "merci à {} pour son aide rapide", "le bénévole {} a été très gentil",
        "rdv avec {} à la mairie demain", "toujours rien reçu, {} tente 8",
        "{} et son mari attendent encore la réponse",
    ], [
        "sébastien moreau", "nathalie girard", "thierry lemaire", "sandrine bouchard", "olivier chevalier",
        "karine perrin", "ludovic mercier", "aurélie gauthier", "frédéric vasseur", "céline roussel",
        "jérôme delacroix", "émilie fontaine", "yannick le goff", "sylvie marchand", "grégoire lacombe",
        "mélanie caron", "pascal thibault", "virginie masson", "rémi barthélemy", "laetitia renaud",
        "cédric aubert", "valérie poulain", "hervé guillot", "delphine morel", "fabrice lemoine",
    ]),
    "es": ([
        "por favor ayuden a {} que no tiene comida", "hablé con {} ayer sobre el bono",
        "{} dice que la tarjeta no funciona", "mi vecina {} está enferma y sola",
        "pueden llamar a {} por lo del alquiler", "el pago de {} nunca llegó",
        "pregunten a {} por las mantas", "inscribimos a {} y a sus hijos la semana pasada",
        "gracias a {} por la ayuda", "el voluntario {} fue muy amable",
        "cita con {} el martes en la oficina", "seguimos esperando, {} carpa 4",
        "{} y su madre no tienen agua desde el lunes",
    ], [
        "alejandro navarro", "lucía herrera", "javier castillo", "marisol quintero", "rodrigo salazar",
        "verónica ibáñez", "sergio montoya", "yolanda ferrer", "gonzalo carrasco", "beatriz villalobos",
        "ernesto figueroa", "nerea echeverría", "joaquín valdés", "itziar goikoetxea", "fernando aguilar",
        "carolina pacheco", "maximiliano ortega", "ainhoa larrañaga", "héctor bustamante", "silvia medina",
        "ramiro cordero", "inmaculada rubio", "patricio vega", "noelia cabrera", "gustavo sandoval",
    ]),
    "nl": ([
        "help aub, {} uit tent 5 heeft geen eten", "ik heb gisteren met {} gesproken over de huur",
        "{} zegt dat de pas niet werkt", "mijn buurvrouw {} is ziek en alleen",
        "kunnen jullie {} terugbellen over het formulier", "de betaling voor {} is nooit gekomen",
        "vraag het aan {} over de dekens", "we hebben {} en haar kinderen ingeschreven",
        "dank aan {} voor de snelle hulp", "vrijwilliger {} was erg onvriendelijk",
        "afspraak met {} op dinsdag", "nog steeds niks, {} blok b",
        "{} en haar moeder hebben geen verwarming",
    ], [
        "joost verhoeven", "marieke van dijk", "sander kuipers", "anouk brouwer", "ruud hendriks",
        "femke jansen", "bart de graaf", "ilse vermeulen", "niels schouten", "lotte van leeuwen",
        "wouter dekker", "sanne prins", "maarten huisman", "eline kramer", "thijs van beek",
        "esther molenaar", "jeroen timmermans", "floor wijnands", "koen van der linden", "mirjam scholten",
        "pieter verbeek", "janneke hoekstra", "gijs van vliet", "renske bosman", "hidde postma",
    ]),
    "de": ([
        "bitte helfen, {} aus zelt 3 hat kein essen", "ich habe gestern mit {} gesprochen wegen der miete",
        "{} sagt, die karte geht nicht", "meine nachbarin {} ist krank und allein",
        "könnt ihr {} zurückrufen wegen dem antrag", "die zahlung für {} ist nie gekommen",
        "fragt mal {} nach den decken", "wir haben {} und ihre kinder angemeldet",
        "danke an {} für die schnelle hilfe", "der helfer {} war sehr unfreundlich",
        "termin mit {} am dienstag", "immer noch nichts, {} haus 2",
        "{} und ihre mutter haben keine heizung",
    ], [
        "jürgen brandt", "sabine hofmann", "torsten kessler", "heike lindner", "ralf schumacher",
        "manuela pfeiffer", "uwe reinhardt", "birgit vogt", "dieter kaufmann", "gabriele seidel",
        "matthias eckert", "kerstin heinrich", "holger franke", "anja lorenz", "sven gerlach",
        "ute kleinert", "frank hübner", "silke brückner", "detlef ziegler", "claudia wendt",
        "rüdiger haas", "doris scholz", "lutz oberländer", "tanja krüger", "volker sauer",
    ]),
    "pt": ([
        "por favor ajudem {} que não tem comida", "falei com {} ontem sobre o cartão",
        "{} diz que o pagamento não chegou", "a minha vizinha {} está doente e sozinha",
        "podem ligar para {} por causa da renda", "o apoio de {} nunca chegou",
        "perguntem a {} pelos cobertores", "inscrevemos {} e os filhos na semana passada",
        "obrigado a {} pela ajuda rápida", "o voluntário {} foi muito simpático",
        "marcação com {} na terça", "ainda nada, {} bloco 2",
        "{} e a mãe estão sem água desde segunda",
    ], [
        "joão figueiredo", "mariana antunes", "rui magalhães", "sónia carvalho", "tiago mendonça",
        "catarina teixeira", "nuno sequeira", "filipa loureiro", "bruno valente", "inês macedo",
        "gonçalo pimentel", "raquel cardoso", "andré fonseca", "patrícia quaresma", "hugo moutinho",
        "vanessa barbosa", "sérgio azevedo", "joana guimarães", "márcio tavares", "cláudia nogueira",
        "duarte vasconcelos", "luana damasceno", "thiago albuquerque", "fernanda bezerra", "rogério falcão",
    ]),
    "it": ([
        "per favore aiutate {} che non ha cibo", "ho parlato con {} ieri per l'affitto",
        "{} dice che la carta non funziona", "la mia vicina {} è malata e sola",
        "potete richiamare {} per la domanda", "il pagamento di {} non è mai arrivato",
        "chiedete a {} per le coperte", "abbiamo iscritto {} e i suoi figli",
        "grazie a {} per l'aiuto veloce", "il volontario {} è stato gentile",
        "appuntamento con {} martedì", "ancora niente, {} tenda 7",
        "{} e sua madre sono senza riscaldamento",
    ], [
        "giuseppe lombardi", "francesca marchetti", "davide santoro", "chiara pellegrini", "stefano bernardi",
        "valentina caruso", "massimo ferraro", "elisa gentile", "roberto mancini", "silvia barbieri",
        "lorenzo cattaneo", "martina d'angelo", "fabrizio orlando", "alessia testa", "gianluca parisi",
        "federica longo", "matteo vitale", "ilaria sartori", "simone bellini", "giorgia morelli",
        "claudio guerra", "roberta fiore", "emanuele de santis", "paola rinaldi", "andrea cristiani",
    ]),
    "tr": ([
        "lütfen yardım edin, {} çadırda yiyeceği yok", "dün {} ile kira hakkında konuştum",
        "{} kartın çalışmadığını söyledi", "komşum {} hasta ve yalnız",
        "{} adlı kişiyi geri arayabilir misiniz", "{} için ödeme hiç gelmedi",
        "battaniyeleri {} biliyor", "{} ve çocuklarını geçen hafta kaydettik",
        "yardımları için {} teşekkürler", "gönüllü {} çok kaba davrandı",
        "salı günü {} isimli görevliyle randevu var", "hala bekliyoruz, {} blok c",
        "{} ve annesinin ısıtması yok",
    ], [
        "mehmet yıldız", "ayşe kaya", "hüseyin çelik", "fatma şahin", "mustafa aydın",
        "emine öztürk", "osman arslan", "hatice doğan", "ibrahim kılıç", "zeynep aslan",
        "hakan erdoğan", "elif koç", "serkan polat", "özlem kurt", "burak özdemir",
        "gülay tekin", "volkan keskin", "derya yavuz", "cengiz karaca", "sibel aktaş",
        "tuncay bozkurt", "nurcan güler", "erkan şimşek", "songül çetin", "kadir uysal",
    ]),
    "sw": ([
        "tafadhali msaidie {} hana chakula", "nimeongea na {} jana kuhusu kodi",
        "{} anasema kadi haifanyi kazi", "jirani yangu {} ni mgonjwa",
        "mpigieni simu {} kuhusu fomu", "malipo ya {} hayajafika",
        "muulizeni {} kuhusu blanketi", "tulimsajili {} na watoto wake",
        "asante kwa {} kwa msaada", "mjitolea {} alikuwa mkali sana",
        "miadi na {} jumanne", "bado tunasubiri, {} hema 6",
        "{} na mama yake hawana maji tangu jumatatu",
    ], [
        "juma mwangi", "halima achieng", "hassan kiprono", "fatuma njeri", "omari mutua",
        "zuhura wambui", "said otieno", "rehema chebet", "athumani kamau", "mwanaisha odhiambo",
        "salim kariuki", "amina wekesa", "bakari onyango", "neema wanjiku", "rashidi ndungu",
        "zainabu akinyi", "hamisi kipchumba", "mariamu nyambura", "selemani mwakilema", "asha jeptoo",
        "idrisa magesa", "khadija atieno", "yusufu mwamba", "saida chepkoech", "abdallah kimaro",
    ]),
    "pl": ([
        "proszę pomóc, {} z namiotu 3 nie ma jedzenia", "wczoraj dzwoniła {} w sprawie czynszu",
        "{} mówi, że karta nie działa", "moja sąsiadka {} jest chora i sama",
        "proszę oddzwonić, zgłasza {} w sprawie wniosku", "wypłata nie przyszła, pisze {}",
        "koce ma {} z magazynu", "zapisana została {} z dziećmi",
        "{} dziękuje za szybką pomoc", "wolontariusz {} był bardzo niemiły",
        "na spotkanie we wtorek przyjdzie {}", "dalej nic, {} blok b",
        "{} i jej matka nie mają ogrzewania",
    ], [
        "tomasz wiśniewski", "agnieszka zielińska", "krzysztof jankowski", "małgorzata wojciechowska",
        "paweł szymański", "katarzyna dąbrowska", "grzegorz kaczmarek", "joanna pietrzak", "marcin grabowski",
        "beata michalska", "łukasz zawadzki", "ewa sikorska", "przemysław urbański", "dorota jasińska",
        "sławomir kołodziej", "renata borkowska", "wojciech czarnecki", "iwona sobczak", "dariusz ostrowski",
        "aneta kalinowska", "jarosław wróblewski", "monika przybylska", "radosław górski", "halina kubiak",
        "mirosław tomaszewski",
    ]),
    "ro": ([
        "vă rog ajutați-l pe {} care nu are mâncare", "am vorbit ieri cu {} despre chirie",
        "{} spune că nu merge cardul", "vecina mea {} este bolnavă și singură",
        "puteți să o sunați pe {} pentru dosar", "plata pentru {} nu a venit",
        "întrebați-o pe {} de pături", "am înscris-o pe {} și copiii ei",
        "mulțumim lui {} pentru ajutor", "voluntarul {} a fost foarte nepoliticos",
        "programare cu {} marți", "tot nimic, {} blocul b",
        "{} și mama ei nu au căldură",
    ], [
        "andrei munteanu", "ioana dumitrescu", "mihai constantinescu", "elena vasilescu", "cristian stoica",
        "andreea marinescu", "bogdan ionescu", "alina gheorghiu", "florin tănase", "roxana manole",
        "cătălin bălan", "mihaela dobre", "sorin iordache", "luminița neagu", "răzvan cojocaru",
        "gabriela ciobanu", "adrian sârbu", "simona roman", "dragoș preda", "oana mocanu",
        "vasile pătrașcu", "cristina zamfir", "ionuț olteanu", "daniela voicu", "marius lungu",
    ]),
}


def _lower() -> list[tuple[str, str, list[str]]]:
    probes = []
    for language, (templates, names) in _LOWER.items():
        for template, name in zip(cycle(templates), names):
            probes.append((language, template.format(name), [w for w in name.split() if w not in ("van", "de", "der", "le")]))
    return probes


_GERMAN_ONE: list[tuple[str, str, list[str]]] = [
    ("de-one", "Die Mitarbeiterin Petra hat uns sehr geholfen.", ["Petra"]),
    ("de-one", "Laut Schulze fehlen noch zwanzig Decken.", ["Schulze"]),
    ("de-one", "Heute kam Jürgen nicht zur Ausgabe.", ["Jürgen"]),
    ("de-one", "Mit Yilmaz gesprochen, er braucht einen Termin.", ["Yilmaz"]),
    ("de-one", "Gestern hat Frau Becker wieder angerufen.", ["Becker"]),
    ("de-one", "Bitte Rückruf an Kowalczyk, die Karte ist gesperrt.", ["Kowalczyk"]),
    ("de-one", "Sabine meint, das Wasser ist seit Tagen kalt.", ["Sabine"]),
    ("de-one", "Der Antrag von Hoffmann liegt noch beim Amt.", ["Hoffmann"]),
    ("de-one", "Bei Ingrid ist die Heizung kaputt.", ["Ingrid"]),
    ("de-one", "Für Dragan gibt es noch keinen Platz im Kurs.", ["Dragan"]),
    ("de-one", "Nach Auskunft von Brandt ist die Küche zu.", ["Brandt"]),
    ("de-one", "Morgen bringt Ahmad die Unterlagen vorbei.", ["Ahmad"]),
    ("de-one", "Laut Herrn Kessler kommt der Bus nicht mehr.", ["Kessler"]),
    ("de-one", "Das Kind von Svetlana hat Fieber.", ["Svetlana"]),
    ("de-one", "Gestern rief Lindner an und fragte nach dem Geld.", ["Lindner"]),
    ("de-one", "Wir haben Mustafa die Decken gegeben.", ["Mustafa"]),
    ("de-one", "Die Nachbarin Gisela wohnt allein im dritten Stock.", ["Gisela"]),
    ("de-one", "Heute war Krüger wieder da, ohne Termin.", ["Krüger"]),
    ("de-one", "Seit Montag wartet Olena auf die Auszahlung.", ["Olena"]),
    ("de-one", "Telefonat mit Seidel: Karte kommt nächste Woche.", ["Seidel"]),
    ("de-one", "Zusammen mit Reinhold haben wir die Kisten getragen.", ["Reinhold"]),
    ("de-one", "Hat Ziegler schon die neue Nummer bekommen?", ["Ziegler"]),
    ("de-one", "Die Tochter von Weber geht nicht mehr zur Schule.", ["Weber"]),
    ("de-one", "Ich soll Grüße von Dieter ausrichten.", ["Dieter"]),
    ("de-one", "Der Sohn von Heinrich ist krank.", ["Heinrich"]),
    ("de-one", "Außerdem meldet Gerlach, dass die Toiletten verstopft sind.", ["Gerlach"]),
    ("de-one", "Ohne Kübra hätten wir die Formulare nicht verstanden.", ["Kübra"]),
    ("de-one", "Schumacher sagt, der Strom fällt ständig aus.", ["Schumacher"]),
    ("de-one", "Vielleicht kann Waltraud morgen übersetzen.", ["Waltraud"]),
    ("de-one", "Heute Morgen war Pfeiffer beim Arzt.", ["Pfeiffer"]),
    ("de-one", "Bitte an Roswitha weiterleiten.", ["Roswitha"]),
    ("de-one", "Ich habe mit Brückner telefoniert.", ["Brückner"]),
    ("de-one", "Laut Fischer kommt der Bus erst morgen.", ["Fischer"]),
    ("de-one", "Mit Koch gesprochen, er will einen Termin.", ["Koch"]),
    ("de-one", "Bei Schneider ist der Strom wieder weg.", ["Schneider"]),
    ("de-one", "Für Bauer gibt es noch keine Wohnung.", ["Bauer"]),
    ("de-one", "Heute kam Vogel wieder nicht zur Ausgabe.", ["Vogel"]),
    ("de-one", "Gestern rief Wolf zweimal an.", ["Wolf"]),
    ("de-one", "Von Becker kam keine Antwort.", ["Becker"]),
    ("de-one", "Danke an Müller für die Decken.", ["Müller"]),
    ("de-one", "Weber sagt, die Heizung ist kaputt.", ["Weber"]),
    ("de-one", "Hat Fuchs schon angerufen?", ["Fuchs"]),
    ("de-one", "Ich habe mit Schmidt telefoniert, sie kommt morgen.", ["Schmidt"]),
    ("de-one", "Laut Frau Jung fehlen Windeln.", ["Jung"]),
]

_TURKISH: list[tuple[str, str, list[str]]] = [
    ("tr-cap", "Mehmet Yıldız aradı, kartı hala gelmemiş.", ["Mehmet", "Yıldız"]),
    ("tr-cap", "Ayşe Kaya'ya ulaşamadık.", ["Ayşe", "Kaya"]),
    ("tr-cap", "Hüseyin Çelik'in çocukları hasta.", ["Hüseyin", "Çelik"]),
    ("tr-cap", "Fatma Şahin'e yardım gelmedi.", ["Fatma", "Şahin"]),
    ("tr-cap", "Emine Öztürk'ün kirası ödenmedi.", ["Emine", "Öztürk"]),
    ("tr-cap", "Osman Arslan dün merkeze geldi.", ["Osman", "Arslan"]),
    ("tr-cap", "Hatice Doğan'la konuştuk, battaniye istiyor.", ["Hatice", "Doğan"]),
    ("tr-cap", "Zeynep Aslan'ın telefonu kapalı.", ["Zeynep", "Aslan"]),
    ("tr-cap", "Hakan Erdoğan kayıt olmak istiyor.", ["Hakan", "Erdoğan"]),
    ("tr-cap", "Dün Elif Koç ile görüştük.", ["Elif", "Koç"]),
    ("tr-cap", "Serkan Polat'a para yatırılmamış.", ["Serkan", "Polat"]),
    ("tr-cap", "Görevli Özlem Kurt çok yardımcı oldu.", ["Özlem", "Kurt"]),
    ("tr-cap", "Burak Özdemir'in annesi yürüyemiyor.", ["Burak", "Özdemir"]),
    ("tr-cap", "Gülay Tekin ve kızı hala konteynerde kalıyor.", ["Gülay", "Tekin"]),
    ("tr-cap", "Volkan Bey su deposunun bozuk olduğunu söyledi.", ["Volkan"]),
    ("tr-cap", "Derya Hanım çocuğu için mama istiyor.", ["Derya"]),
    ("tr-cap", "Cengiz Karaca'dan haber yok.", ["Cengiz", "Karaca"]),
    ("tr-cap", "Sibel Aktaş'ı aradık ama açmadı.", ["Sibel", "Aktaş"]),
    ("tr-cap", "Bugün Tuncay Bozkurt gelip şikayet etti.", ["Tuncay", "Bozkurt"]),
    ("tr-cap", "Nurcan Güler adına kayıt yok.", ["Nurcan", "Güler"]),
    ("tr-cap", "Erkan Şimşek'in kartı bloke olmuş.", ["Erkan", "Şimşek"]),
    ("tr-cap", "Songül Çetin isimli kadın yardım bekliyor.", ["Songül", "Çetin"]),
    ("tr-cap", "Kadir Uysal adlı kişi iki kere aradı.", ["Kadir", "Uysal"]),
    ("tr-cap", "Yusuf Bey'e teşekkür ederiz.", ["Yusuf"]),
    ("tr-cap", "Ramazan Kılıç'la yarın görüşeceğiz.", ["Ramazan", "Kılıç"]),
    ("tr-cap", "Komşumuz Leyla Ekinci yalnız yaşıyor.", ["Leyla", "Ekinci"]),
    ("tr-cap", "Selin Tunç'un eşi hastanede.", ["Selin", "Tunç"]),
    ("tr-cap", "Gökhan Avcı battaniyeleri dağıttı.", ["Gökhan", "Avcı"]),
    ("tr-cap", "Merve Yazıcı'ya kimse dönmedi.", ["Merve", "Yazıcı"]),
    ("tr-cap", "Kardeşim Onur Kaplan'ın kimliği kayboldu.", ["Onur", "Kaplan"]),
    ("tr-cap", "Sevda Hanım'ın evinde su yok.", ["Sevda"]),
    ("tr-cap", "Yasin Öz aradı mı?", ["Yasin", "Öz"]),
    ("tr-cap", "Umut Kaya aradı.", ["Umut", "Kaya"]),
    ("tr-cap", "Deniz Yılmaz'a ulaşamadık.", ["Deniz", "Yılmaz"]),
    ("tr-cap", "Barış Demir'in kartı çalışmıyor.", ["Barış", "Demir"]),
    ("tr-cap", "Güneş Aydın dün geldi.", ["Güneş", "Aydın"]),
    ("tr-cap", "Can Öztürk aradı, kira yardımı soruyor.", ["Can", "Öztürk"]),
    ("tr-cap", "Ümit Kara'ya haber verin.", ["Ümit", "Kara"]),
    ("tr-cap", "Nur Çelik hala bekliyor.", ["Nur", "Çelik"]),
    ("tr-cap", "Bahar Şen'in çocuğu hasta.", ["Bahar", "Şen"]),
    ("tr-cap", "Özgür Tan aradı.", ["Özgür", "Tan"]),
    ("tr-cap", "Yıldız Ak'ın evi su aldı.", ["Yıldız", "Ak"]),
    ("tr-cap", "Aslı Bulut'a ulaşamadık.", ["Aslı", "Bulut"]),
    ("tr-cap", "Ekin Demir ile konuştuk.", ["Ekin", "Demir"]),
]


_PLEAS: dict[str, tuple[str, list[str]]] = {
    "en": ("pls help, {} from the blue tent", ["grace holt", "dean fletcher", "will baker", "hope marsh", "joy rowe",
                                                "mercy kendrick"]),
    "fr": ("svp aidez {}, elle dort dehors", ["rose fontaine", "claire mercier", "pascal renard", "olivier chevalier",
                                              "aurore lefèvre", "blanche marchand"]),
    "es": ("porfa ayuden a {}, duerme en la calle", ["rosa medina", "paz herrera", "sol ibáñez", "pilar castillo",
                                                      "amparo vega", "luz cordero"]),
    "nl": ("help aub {}, ze slaapt buiten", ["roos visser", "floor bakker", "koen mulder", "wouter dekker",
                                              "bart de graaf", "lotte vos"]),
    "de": ("bitte helft {}, sie schläft draußen", ["ernst vogel", "frank wolf", "doris stern", "rüdiger haas",
                                                   "august koch", "manuela fuchs"]),
    "pt": ("por favor ajudem a {}, ela dorme na rua", ["rosa pereira", "graça oliveira", "luz coelho",
                                                       "cláudia nogueira", "vitória rocha", "glória falcão"]),
    "it": ("per favore aiutate {}, dorme per strada", ["serena gentile", "bianca testa", "felice orlando",
                                                       "speranza fiore", "gioia ferro", "elisa conti"]),
    "tr": ("lütfen {} için yardım edin", ["özlem kurt", "deniz kaya", "umut yıldız", "elif koç", "gülay tekin",
                                          "kadir uysal"]),
    "sw": ("tafadhali msaidieni {}, analala nje karibu na soko", ["baraka otieno", "imani wanjiku", "neema chebet",
                                                                   "amani kariuki", "zawadi achieng", "rehema onyango"]),
}
"""The plea of each language with full names that are ordinary words (``grace holt``, ``özlem kurt``)."""

_CLEAN: dict[str, str] = {
    "en": """the rose bushes by the gate were cut down
grace period for the rent is over, what now
we need mercy and patience from the landlord
may i ask when the bill will be paid
will the bus come today or not
we hope the sun comes out, the tent is wet
summer is too hot in the containers
the kids heard a wolf story and cannot sleep
the baker gave us bread but no milk
my son wants to be a carpenter one day
the hunter season started, careful in the woods
the miller road is closed after the flood
ivy grows on the wall of the shelter
we want justice and faith in the process
the daisy field behind the school is flooded
the cook in the kitchen is very kind
pearl barley soup again, the kids are tired of it
the victory of the local team made everyone happy
the fisher boats are not allowed out this week
we had no joy this winter, only cold
the dawn prayer is early, please keep it quiet
the holly tree fell on the fence
faith and hope keep us going
the king size blankets are too big for the cots
the rain made the road to the clinic muddy
my brother will sign the form tomorrow
the gardener cut the hedges near the well
the young mother needs baby formula
a little hope would help, thanks
the ranger said the park is closed
pls help, water from the tap is brown
please help the kids in block c
help, nobody answers the phone
pls help, grandma from the blue tent""",
    "fr": """les roses du jardin ont été coupées
la patience a des limites, on attend depuis un mois
la pierre de la fontaine est cassée
l'eau est claire mais froide
la marguerite pousse derrière l'école
le loup fait peur aux enfants dans le conte
le boulanger nous donne du pain le matin
la rivière a débordé près du camp
le renard mange les poules du voisin
la fontaine du village ne marche plus
le meunier du moulin est parti
on a besoin de prudence sur la route
la violette est la fleur préférée de ma fille
l'olive et le pain suffisent pas pour les enfants
le blanc des murs est sale
le martin-pêcheur est revenu à la rivière
merci pour la constance de votre aide
la chaleur de l'été est terrible sous la tente
le berger garde les moutons près du camp
la vigne est morte avec le gel
le charpentier doit réparer le toit
on espère la paix bientôt
le pasteur passe le dimanche
la colombe est un symbole de paix
le lièvre court dans le champ derrière
un peu de joie pour les enfants serait bien
le roi de la fête était mon fils
la reine des neiges est leur film préféré
le forgeron a réparé la porte
la marée haute a inondé le chemin
svp aidez les enfants, ils ont froid
aidez nous, la nourriture manque
svp aidez mamie, elle dort dehors""",
    "es": """queremos paz y tranquilidad en el barrio
la rosa del jardín se secó
el sol quema mucho en la carpa
el mar está muy cerca del campamento
no hay luz desde el lunes
el pilar de la casa está roto
tengo dolores de cabeza todo el día
fue un consuelo recibir la ayuda
la pared blanca está llena de humedad
la esperanza es lo último que se pierde
el rocío moja las mantas por la mañana
pedimos amparo a la oficina
la cruz de la iglesia se cayó
el león del zoológico asusta a los niños
la victoria del equipo alegró a todos
la soledad es dura para los mayores
las mercedes del gobierno no llegan
los santos de la iglesia son antiguos
la nieve bloqueó el camino
el herrero arregló la puerta
el lobo del cuento asusta a mi hija
la paloma blanca está en el tejado
el pastor cuida las ovejas
el río creció con la lluvia
la fuente de la plaza no funciona
la flor del cactus es bonita
el pan de hoy estaba duro
la gracia del niño nos hace reír
el rey de la fiesta fue mi hijo
la luna llena ilumina la carpa
porfa ayuden a los niños, duermen en la calle
ayuden a mi familia, no tenemos agua
porfa ayuden a abuela, duerme en la calle""",
    "nl": """de rozen bij het hek zijn gesnoeid
de vos heeft de kippen opgegeten
de bakker geeft ons brood
de visser mag deze week niet varen
de molenaar is verhuisd
de boer brengt melk op dinsdag
de koster sluit de kerk om vijf uur
de kok in de keuken is aardig
het bos achter de school is nat
het meer is bevroren
de zon schijnt eindelijk
we hebben hoop op een woning
de smid heeft de poort gemaakt
de wolf in het verhaal maakt de kinderen bang
de vogel zit op het dak
de haan kraait heel vroeg
de storm heeft de tent kapot gemaakt
de winter is koud in de container
de zomer is te heet hier
de jager loopt in het bos
de schipper wacht op het water
de roos in de tuin is dood
de koning van het feest was mijn zoon
de brug over de rivier is dicht
de mulder straat is afgesloten
de dokter komt maar één keer per week
de mees zit in de boom
de klok in de gang staat stil
de groen container is vol
de bakker en de slager zijn dicht
help aub de kinderen, ze hebben honger
help, niemand neemt op
help aub oma, ze slaapt buiten""",
    "de": """der stern über der tür ist kaputt
der wolf im märchen macht den kindern angst
der vogel sitzt auf dem dach
der fuchs hat die hühner geholt
der bauer bringt dienstags milch
der müller hat die mühle verkauft
der koch in der küche ist nett
der bäcker gibt uns brot
der weber am markt hat zu
im sommer ist es zu heiß im container
im winter frieren die kinder
das kleine kind braucht windeln
die lange schlange vor dem amt nervt
die braune tasche ist verloren
das schwarze brett hängt im flur
die weiße wand ist schimmelig
der junge vater sucht arbeit
der ernst der lage ist allen klar
im august ist das amt zu
der hahn kräht sehr früh
der kaiser im film war lustig
der könig der party war mein sohn
der graf im märchen ist böse
der engel auf der karte ist schön
die berger straße ist gesperrt
der richter hat den termin verschoben
der fischer darf nicht raus
die rose im garten ist verblüht
die hoffnung stirbt zuletzt
der schmied hat das tor repariert
bitte helft den kindern, sie frieren
helft uns, das essen reicht nicht
Mit Strom geht es besser.
Heute kam Post vom Amt.
Bei Regen ist der Weg nass.
Für Kinder gibt es Spielzeug.
Laut Gesetz dürfen wir das nicht.
Mit Glück bekommen wir morgen Decken.
Von Hand geschrieben ist der Antrag schwer zu lesen.
Hat Post schon geöffnet?
Heute kam Besuch vom Jugendamt.
Mit Geld allein ist es nicht getan.
Bei Hitze ist der Container unerträglich.
Heute kam Schnee und die Kinder froren.
Mit Koch Löffeln und Tellern war alles da.
Gestern gab es Brot und Käse.
Laut Plan kommt der Bus um acht.
Bei Kälte schlafen wir zu fünft.
Für Essen ist gesorgt.
Mit Bauer Lange haben wir den Hof besucht.
bitte helft oma, sie schläft draußen""",
    "pt": """a rosa do jardim secou
não há luz desde segunda
queremos paz no bairro
a graça da criança faz-nos rir
a glória é de todos
a vitória da equipa alegrou todos
a flor do cato é bonita
o mar está perto do campo
a pedra da fonte partiu
o leão do zoo assusta as crianças
o lobo da história assusta a minha filha
a cruz da igreja caiu
as neves bloquearam a estrada
a rocha caiu na estrada
a costa está cheia de gente
a silva cresce no quintal
a pereira do quintal deu muitas peras
a oliveira secou com o calor
o coelho comeu a horta
o carneiro fugiu do curral
o ferreiro arranjou o portão
a esperança é a última a morrer
o sol queima muito na tenda
a fonte da praça não funciona
o pastor cuida das ovelhas
a lua cheia ilumina a tenda
o padeiro dá-nos pão
o rio subiu com a chuva
a serra está coberta de nuvens
o rei da festa foi o meu filho
por favor ajudem a família, dorme na rua
ajudem a minha mãe, está doente
por favor ajudem a avó, ela dorme na rua""",
    "it": """la rosa del giardino è secca
il sole scotta nella tenda
il mare è vicino al campo
la speranza è l'ultima a morire
la serena giornata è finita presto
il bianco dei muri è sporco
la gioia dei bambini è importante
il fortunato vincitore era mio figlio
sono felice per l'aiuto
la costa è piena di gente
il marino è tornato a casa
i rossi del semaforo sono lunghi
i fiori bianchi sono nel vaso
il ferro del cancello è arrugginito
i conti della luce sono alti
il gallo canta molto presto
il leone dello zoo spaventa i bambini
il lupo della fiaba fa paura
il colombo grigio è sul tetto
i ricci sono nel bosco
la fontana della piazza non funziona
la villa del paese è chiusa
i monti sono pieni di neve
la serra delle verdure è rotta
il fabbro ha riparato il cancello
la pace è quello che vogliamo
il pastore cura le pecore
la luna piena illumina il campo
il re della festa era mio figlio
il fiume è cresciuto con la pioggia
per favore aiutate la famiglia, dorme per strada
aiutate mia madre, è malata
per favore aiutate nonna, dorme per strada""",
    "tr": """deniz kenarında çadır kurduk
umut kalmadı artık
güneş çok sıcak bugün
yağmur yağdı, çadır ıslandı
bahar gelince her şey düzelir
ekim ayında okul başladı
ay sonunda kira ödenecek
su yok, elektrik yok
kaya düştü ve yol kapandı
demir kapı kırık
çiçek bahçesi kurumuş
gül fidanları kesilmiş
barış istiyoruz sadece
ırmak taştı, köprü yıkıldı
özgür olmak istiyoruz
ümit ediyoruz yardım gelir
nur gibi bir çocuk
can sıkıcı bir durum
aslan gibi çalıştı
kartal dağın tepesinde
şimşek çaktı, çocuklar korktu
yıldız gibi parlıyor
bulut kapladı gökyüzünü
kar yağdı, yol kapalı
ceylan gibi koşuyor
ateş yaktık ısınmak için
toprak çok ıslak
sevgi ve saygı istiyoruz
tekin bir yer değil burası
kurt masalı çocukları korkuttu
lütfen çocuklar için yardım edin
lütfen kira için yardım edin
lütfen su için yardım edin
lütfen çocuklarımız için yardım edin""",
    "sw": """tunahitaji amani katika kambi
imani yetu ni kubwa
zawadi za watoto zimefika
neema ya mungu ni kubwa
furaha ya watoto ni muhimu
tunaomba rehema kutoka kwa mwenye nyumba
tumaini letu ni kupata nyumba
upendo wa majirani ni mkubwa
faraja ya wazee ni muhimu
subira yavuta heri
baraka za mungu ziwe nanyi
hekima inahitajika katika uamuzi huu
bahati mbaya mvua imenyesha
pendo la mama ni kubwa
mvua imenyesha sana jana
jua ni kali sana leo
maji hayapo tangu jumatatu
chakula hakitoshi kwa watoto
shule imefungwa kwa sababu ya mafuriko
baridi ni kali usiku
heri kwa wote wanaosaidia
nuru ya asubuhi imefika
mwanga hauna tangu wiki iliyopita
salama ni muhimu kwa watoto
zuri sana huduma yenu
tumaini la kesho ni watoto
amani na upendo vinahitajika
wema wenu hautasahaulika
nyota zinaonekana usiku
kheri ya mwaka mpya kwa wote
tafadhali msaidieni watoto, wanalala nje
msaidieni mama yangu, ni mgonjwa
tafadhali msaidieni bibi, analala nje
tafadhali msaidieni mgonjwa, analala nje
jirani yangu ni mgonjwa sana
mjitolea wetu ni mzuri sana
nilimwona daktari leo asubuhi
jirani huyu hana maji
tulimsajili watoto wawili jana
walimaliza chakula chote jana""",
    "pl": """róża w ogrodzie uschła
lis zjadł kury sąsiada
wilk w bajce straszy dzieci
sowa siedzi na drzewie
zając biega po polu
kowal naprawił bramę
kwiatek na oknie uschnął
wiosna przyszła wcześnie
jagoda rośnie w lesie
malina jest słodka
kalina kwitnie przy płocie
grzyb wyrósł na ścianie
baran uciekł z zagrody
kos śpiewa rano
mróz zniszczył rury
nadzieja umiera ostatnia
młynarz sprzedał młyn
rybak nie może wypłynąć
piekarz daje nam chleb
kucharz w kuchni jest miły
słońce praży w namiocie
zima jest zimna w kontenerze
lato jest za gorące tutaj
deszcz zalał namiot
wiatr zerwał dach
król zabawy był mój syn
kruk siedzi na dachu
sokół lata nad polem
dąb przewrócił się na płot
las za szkołą jest mokry
proszę pomóc, dzieci są głodne""",
    "ro": """floarea din grădină s-a uscat
lupul din poveste sperie copiii
ursul a venit lângă sat
popa vine duminica
muntele este acoperit de zăpadă
speranța moare ultima
doina bunicii ne aduce aminte de casă
viorica din grădină a înflorit
crăciun fericit tuturor
soarele arde în cort
marea este aproape de tabără
ploaia a udat păturile
iarna este grea în container
vara este prea cald aici
fierarul a reparat poarta
brutarul ne dă pâine
pescarul nu poate ieși
morarul a vândut moara
bucuria copiilor este importantă
pacea este ce vrem
vulturul zboară peste deal
crinul alb a înflorit
trandafirul a fost tăiat
stejarul a căzut pe gard
pădurea din spatele școlii e udă
luna plină luminează cortul
regele petrecerii a fost fiul meu
norocul nostru a fost ajutorul vostru
lumina s-a stins de luni
mulțumim pentru ajutor și răbdare
vă rog ajutați-ne, copiii sunt bolnavi""",
}

NAMES: list[tuple[str, str, list[str]]] = [
    *_lower(), *_GERMAN_ONE, *_TURKISH,
    *((f"{language}-plea", plea.format(name), name.split()) for language, (plea, names) in _PLEAS.items() for name in names),
]
CLEAN: list[tuple[str, str]] = [(language, line) for language, block in _CLEAN.items() for line in block.split("\n")]
