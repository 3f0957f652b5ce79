"""Hand-written PERSON probes of the eighth round's lower-case and diacritic names: made-up people with
names typical of Romania, Turkey and East Africa (written from general knowledge, no name library) in
aid-feedback sentences. Romanian names as Romanians write them (``ș ț ă â î``, comma below) and with the
legacy cedilla letters (``ş ţ``), in lower and title case; Turkish and Swahili full names in lower case
(Turkish surnames that are ordinary words: ``koç``, ``kurt``, ``toprak``); Swahili given names with the
Swahili ``-u``/``-i`` ending (``yusufu``, ``rashidi``); Swahili third-person naming (``anaitwa``, ``aliitwa``,
``jina lake ni``).

``NAMES``: ``(group, text, names)``, every whole-word occurrence of each listed string must be covered;
``CLEAN``: ``(language, text)``, no personal data: Romanian, French, Portuguese and Turkish words with
diacritics whose plain letters spell a name (``păun``, ``île``, ``irmã``), Turkish sentences of ordinary
words that are names, Swahili sentences where ``anaitwa`` means *is summoned* or an ordinary word follows
``jina lake ni``; eight Turkish ones were written after the rules, to attack them. The check set, written
at the same time as the first sentences and never tuned on, is ``name_probes_8_check``.
Run ``.venv/bin/python tests/benchmarks/name_probe.py --probes name_probes_8 [-v]``."""

from __future__ import annotations

NAMES: list[tuple[str, str, list[str]]] = [
    # Romanian, lower case, comma-below letters
    ("ro", "am vorbit cu răzvan bălan despre chirie", ["răzvan bălan"]),
    ("ro", "ionuț mușat spune că nu merge cardul", ["ionuț mușat"]),
    ("ro", "plata pentru dragoș țurcanu nu a venit", ["dragoș țurcanu"]),
    ("ro", "programare cu mădălina chiriță joi", ["mădălina chiriță"]),
    ("ro", "tot nimic, cosmin dumitrașcu blocul c", ["cosmin dumitrașcu"]),
    ("ro", "mulțumim lui andrei bălan pentru ajutor", ["andrei bălan"]),
    ("ro", "vecina noastră ștefania neagu nu are apă", ["ștefania neagu"]),
    ("ro", "am vorbit cu răzvan ieri seară", ["răzvan"]),
    ("ro", "ionuț a spus că vine mâine", ["ionuț"]),
    # Romanian, lower case, cedilla letters
    ("ro", "am vorbit cu dragoş bălan despre chirie", ["dragoş bălan"]),
    ("ro", "ionuţ pavel spune că nu merge cardul", ["ionuţ pavel"]),
    ("ro", "plata pentru ştefan ţurcanu nu a venit", ["ştefan ţurcanu"]),
    # Romanian, title case
    ("ro-cap", "Am vorbit ieri cu Răzvan Bălan despre chirie.", ["Răzvan Bălan"]),
    ("ro-cap", "Ionuț Mușat spune că nu merge cardul.", ["Ionuț Mușat"]),
    ("ro-cap", "Dragoş Ţurcanu nu a primit plata.", ["Dragoş Ţurcanu"]),
    ("ro-cap", "Vă rog sunați-o pe Mădălina Chiriță.", ["Mădălina Chiriță"]),
    ("ro-cap", "Programare cu Cătălina Răileanu marți.", ["Cătălina Răileanu"]),
    ("ro-cap", "Voluntarul Răzvan a fost foarte amabil.", ["Răzvan"]),
    ("ro-cap", "Mulțumim lui Ionuț pentru pături.", ["Ionuț"]),
    ("ro-cap", "RĂZVAN BĂLAN NU A PRIMIT NIMIC", ["RĂZVAN BĂLAN"]),
    # Turkish, lower case
    ("tr", "hala bekliyoruz, hülya demir blok a", ["hülya demir"]),
    ("tr", "lütfen yardım edin, ramazan kaya çadırda", ["ramazan kaya"]),
    ("tr", "gökhan yıldız için ödeme gelmedi", ["gökhan yıldız"]),
    ("tr", "selin uysal kartın çalışmadığını söyledi", ["selin uysal"]),
    ("tr", "dün murat karaca ile konuştum", ["murat karaca"]),
    ("tr", "emre kurt ve ailesi yardım bekliyor", ["emre kurt"]),
    ("tr", "yasemin koç hasta ve yalnız", ["yasemin koç"]),
    ("tr", "sabah tülay aksoy aradı", ["tülay aksoy"]),
    ("tr", "büşra çelik hala para almadı", ["büşra çelik"]),
    ("tr", "ahmet toprak için kira yardımı lazım", ["ahmet toprak"]),
    # Swahili, lower case
    ("sw", "mpigieni simu hamisi mwakasege kuhusu fomu", ["hamisi mwakasege"]),
    ("sw", "asante kwa mariamu otieno kwa msaada", ["mariamu otieno"]),
    ("sw", "nimeongea na yusufu kiprop jana", ["yusufu kiprop"]),
    ("sw", "zainabu wairimu anasema kadi imeharibika", ["zainabu wairimu"]),
    ("sw", "mjitolea rashidi mwangi alikuwa mkarimu", ["rashidi mwangi"]),
    ("sw", "tafadhali mpigieni athumani chepkemoi leo", ["athumani chepkemoi"]),
    ("sw", "habiba wanjala anaomba msaada wa chakula", ["habiba wanjala"]),
    ("sw", "nimeongea na musa juma kuhusu hema", ["musa juma"]),
    # Swahili, third-person naming
    ("sw-called", "Mtoto wake anaitwa Baraka na ana homa.", ["Baraka"]),
    ("sw-called", "jirani yangu anaitwa pendo mushi", ["pendo mushi"]),
    ("sw-called", "Mjitolea aliitwa Imani Chebet, alikuwa mkarimu.", ["Imani Chebet"]),
    ("sw-called", "jina lake ni neema wambui", ["neema wambui"]),
    ("sw-called", "Jina lake ni Hamisi Kibwana, anaishi hema 3.", ["Hamisi Kibwana"]),
    ("sw-called", "Mgonjwa anaitwa Amani na yuko hema 4.", ["Amani"]),
    ("sw-called", "mama yake aliitwa zawadi", ["zawadi"]),
    ("sw-called", "Afisa anaitwa Tumaini Mollel.", ["Tumaini Mollel"]),
]

CLEAN: list[tuple[str, str]] = [
    # Romanian: words with diacritics, lower case and capitalised
    ("ro", "păunul din grădină a fugit"),
    ("ro", "Pâinea a sosit abia la prânz."),
    ("ro", "bălanul a alergat pe câmp"),
    ("ro", "Câinele vecinului latră toată noaptea."),
    ("ro", "în oraș nu sunt destule pături"),
    ("ro", "Țara noastră are nevoie de pace."),
    ("ro", "mâine vine șeful taberei"),
    ("ro", "Mâncarea nu ajunge pentru toți copiii."),
    ("ro", "știu că plata întârzie, dar așteptăm"),
    ("ro", "tânărul a adus apă și săpun"),
    ("ro", "Întrebați la ghișeu despre formular."),
    ("ro", "ne trebuie încălțăminte și șosete"),
    ("ro", "Vânătorii au plecat în pădure."),
    ("ro", "Bunicii așteaptă în frig de trei ore."),
    ("ro", "Doctorul a spus că rana se vindecă."),
    ("ro", "salteaua e udă și rece"),
    ("ro", "ŞI CĂLDURA NU MERGE DE LUNI"),
    ("ro", "fata şi băiatul sunt bolnavi"),
    # French and Portuguese words with î, â, ã
    ("fr", "l'île est loin, le bateau ne vient plus"),
    ("fr", "Sur l'Île de la tente bleue il pleut."),
    ("fr", "il a eu un accident, âme sensible s'abstenir"),
    ("fr", "la tâche est trop dure pour mon âge"),
    ("pt", "minha irmã está doente desde segunda"),
    ("pt", "a maçã e o pão chegaram tarde"),
    ("pt", "Minha irmã precisa de um cobertor."),
    # Turkish: words with ş and ordinary words that are names
    ("tr", "kuş çadırın üstüne kondu"),
    ("tr", "taş düştü ve çocuk yaralandı"),
    ("tr", "Kuşlar sabah çok erken ötüyor."),
    ("tr", "hayvanat bahçesinde aslan kurt ve ayı gördük"),
    ("tr", "bahar yağmur getirdi, çadır ıslandı"),
    ("tr", "ekim kasım aylarında çok soğuk oluyor"),
    ("tr", "deniz kum ve güneş bize yetmez"),
    ("tr", "umut kaya gibi sağlam olmalı"),
    ("tr", "hala demir kapı kırık duruyor"),
    ("tr", "lütfen yardım edin, su yok"),
    ("tr", "teyzem için yardım gelmedi"),
    ("tr", "yaşlı kadın taşınmak istiyor"),
    # written after the Turkish pair rule, to attack it: bare Turkish nouns and adjectives that are names
    ("tr", "bahar çiçek açtı, bahçe çok güzel"),
    ("tr", "mavi deniz güzel"),
    ("tr", "toprak kayması yüzünden yol kapandı"),
    ("tr", "kaya parçası çadırın üstüne düştü"),
    ("tr", "sabah yağmur yağdı akşam kar yağdı"),
    ("tr", "ekim kasım aralık aylarında soğuk"),
    ("tr", "kurt köpek gibi uluyor"),
    ("tr", "umut sevgi barış"),
    # Swahili: ordinary words after the naming verbs, names of nothing
    ("sw", "mwanangu anaitwa kesho ofisini kwa usaili"),
    ("sw", "Aliitwa ofisini jana lakini hakwenda."),
    ("sw", "jina lake ni zuri sana"),
    ("sw", "Jina lake ni gumu kutamka."),
    ("sw", "jina lake ni la kiarabu"),
    ("sw", "mtoto huyu anaitwa na mwalimu wake"),
    ("sw", "anaitwa mara nyingi lakini hajibu"),
    ("sw", "asante kwa msaada wenu wa chakula"),
    ("sw", "nimeongea na mwalimu jana kuhusu ada"),
    ("sw", "mpigieni simu daktari leo asubuhi"),
    ("sw", "asante kwa zawadi nzuri kwa watoto"),
    ("sw", "rafiki yangu hana kazi tangu mwezi uliopita"),
    ("sw", "hakimu alisema kesi itaendelea kesho"),
    ("sw", "tunahitaji sabuni na kalamu kwa watoto"),
    ("sw", "hesabu za malipo hazijakamilika"),
    ("sw", "amani na upendo vinahitajika kambini"),
]
