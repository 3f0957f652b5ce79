"""Round 10 east set, tuning half: a blind probe set for the tenth round of issue 12, written before any of
that round's rules and independently of the rules and of earlier test data. The held-out half, with other
sentences, people, towns and sentence shapes, lives in ``round10_east_check.py`` and must not be tuned on.

Feedback as people write it to an aid agency in Ukrainian (uk), Arabic (ar: Modern Standard and colloquial
Levantine, Iraqi, Sudanese and Yemeni spellings), Swahili (sw), Turkish (tr), Polish (pl) and Romanian (ro):
made-up people with names of those living there today (Crimean Tatar, Kurdish, Syrian, Sudanese, Iraqi,
Yemeni, Somali, Congolese, Burundian, Afghan, Ukrainian, Belarusian, Roma and Moldovan among them), real
towns, districts and camps, and street addresses in each country's convention with the house number.
Names sit at the start, the middle and the end, after prepositions, in lists, as possessives, greetings and
sign-offs, inflected (Ukrainian and Polish cases, Turkish suffixes, Arabic attached prefixes, kunyas and
bin/bint chains), in lower case and in capitals, and several times with no cue phrase at all. ``CLEAN``
holds no personal data but many ordinary words that are also names (hope, light, peace, faith...),
institutions, programmes, feasts, months, medicines and roles.

``NAMES`` and ``CLEAN`` have the layout of ``name_probes.py``; ``PLACES`` and ``NO_PII`` that of
``place_probes.py``. Run:

    .venv/bin/python tests/benchmarks/name_probe.py --probes round10_east
    .venv/bin/python tests/benchmarks/place_probe.py --probes round10_east
"""

from __future__ import annotations

NAMES: list[tuple[str, str, list[str]]] = [
    # Ukrainian
    ("uk", "Вчора Світлана Литвиненко чекала у черзі чотири години і так нічого не отримала.", ["Світлана", "Литвиненко"]),
    ("uk", "Прошу передати Галині Кравчук, що її заявку ще не розглянули.", ["Галині", "Кравчук"]),
    ("uk", "Мій сусід Ленур Сеїтмеметов, кримський татарин, виїхав з родиною і досі без житла.", ["Ленур", "Сеїтмеметов"]),
    ("uk", "Дякую Андрію Петровичу Бондаренку за допомогу з документами!", ["Андрію", "Петровичу", "Бондаренку"]),
    ("uk", "карта на ім'я дмитро савчук досі заблокована, що робити", ["дмитро", "савчук"]),
    ("uk", "ДОПОМОЖІТЬ БУДЬ ЛАСКА МОЇЙ МАМІ ВАЛЕНТИНІ ГРИЦЕНКО ВОНА ЛЕЖАЧА", ["ВАЛЕНТИНІ", "ГРИЦЕНКО"]),
    ("uk", "Ми приходили разом із Заремою Абдуллаєвою та її донькою Айше, але нас не записали.", ["Заремою", "Абдуллаєвою", "Айше"]),
    ("uk", "Віра Мороз отримала виплату, а Надія Мороз ні, хоча вони подавали в один день.", ["Віра", "Надія", "Мороз"]),
    ("uk", "Питання від Тараса Мельника: коли буде наступна видача продуктових наборів?", ["Тараса", "Мельника"]),
    ("uk", "Хочу подякувати волонтерці на ім'я Любов, вона дуже терпляча. Любов нам усе пояснила.", ["Любов"]),
    ("uk", "З повагою, Ігор Васильович Ткачук", ["Ігор", "Васильович", "Ткачук"]),
    ("uk", "Оксано, ви обіцяли передзвонити ще в понеділок!", ["Оксано"]),
    # Arabic
    ("ar", "اسمي محمد عبدالله أحمد الحسن ولم أستلم المساعدة منذ ثلاثة أشهر", ["محمد", "عبدالله", "أحمد", "الحسن"]),
    ("ar", "بدي احكي عن أم خالد جارتنا، صارلها شهر ما اخدت الكرت", ["خالد"]),
    ("ar", "أرجو مساعدة فاطمة بنت علي بن حسين لأنها أرملة ولديها أربعة أطفال", ["فاطمة", "علي", "حسين"]),
    ("ar", "حيدر كاظم راح للمكتب ثلاث مرات وماكو أحد يرد عليه", ["حيدر", "كاظم"]),
    ("ar", "شكراً جزيلاً لنور ولسارة على المعاملة الطيبة", ["نور", "سارة"]),
    ("ar", "الزول عوض الكريم الطيب داير يسجل أسرته لكن ما عنده رقم تلفون", ["عوض", "الكريم", "الطيب"]),
    ("ar", "أخي هوشيار وزوجته روناك ما زالوا في الخيمة بدون تدفئة", ["هوشيار", "روناك"]),
    ("ar", "يا أستاذ سعيد، متى يفتح التسجيل مرة ثانية؟", ["سعيد"]),
    ("ar", "ابني كريم مريض وأمل أخته الصغيرة كمان مريضة", ["كريم", "أمل"]),
    ("ar", "مع التحية، عبده صالح ناجي القدسي", ["عبده", "صالح", "ناجي", "القدسي"]),
    ("ar", "أبو أحمد وأبو سامر تخانقوا عند التوزيع وما حدا تدخل", ["أحمد", "سامر"]),
    ("ar", "جميلة إبراهيم آدم وصلت مع بناتها الأسبوع الماضي ولا أحد سجلها", ["جميلة", "إبراهيم", "آدم"]),
    # Swahili
    ("sw", "Jina langu ni Abdirahman Hassan Farah na sijapokea msaada wa chakula mwezi huu.", ["Abdirahman", "Hassan", "Farah"]),
    ("sw", "Mama Wanjiku amekuwa akisubiri kadi yake tangu Machi.", ["Wanjiku"]),
    ("sw", "Tunaomba msaidie Neema Ndayishimiye, ni mjane na ana watoto watano.", ["Neema", "Ndayishimiye"]),
    ("sw", "Asante sana kwa Baraka na Zawadi, walitusaidia sana siku ya usajili.", ["Baraka", "Zawadi"]),
    ("sw", "Ilunga Mukendi alipigwa na mlinzi kwenye foleni jana jioni.", ["Ilunga", "Mukendi"]),
    ("sw", "mtoto wa fadumo ali anaumwa na hatujapata dawa", ["fadumo", "ali"]),
    ("sw", "TAFADHALI MSAIDIE BABU YANGU HAKIZIMANA EMMANUEL HAWEZI KUTEMBEA", ["HAKIZIMANA", "EMMANUEL"]),
    ("sw", "Nilizungumza na Bw. Otieno lakini Otieno hakujua lolote kuhusu pesa.", ["Otieno"]),
    ("sw", "Kwa heri, Mwanaisha Juma Said", ["Mwanaisha", "Juma", "Said"]),
    ("sw", "Shangazi wa Amani Kasongo bado hajasajiliwa.", ["Amani", "Kasongo"]),
    ("sw", "Habari Rehema, je kadi zetu zimefika?", ["Rehema"]),
    ("sw", "Furaha Mapendo na mumewe Bahati Bisimwa walifika wiki iliyopita bila kitu.", ["Furaha", "Mapendo", "Bahati", "Bisimwa"]),
    # Turkish
    ("tr", "Merhaba, ben Ayşe Yılmaz, kartım iki aydır yüklenmiyor.", ["Ayşe", "Yılmaz"]),
    ("tr", "Rojda Aslan'ın çocukları okula kaydedilmedi.", ["Rojda", "Aslan'ın"]),
    ("tr", "Dün Muhammed Halil ile birlikte ofise gittik ama kimse ilgilenmedi.", ["Muhammed", "Halil"]),
    ("tr", "Umut'a söyleyin lütfen, belgeleri getirdim.", ["Umut'a"]),
    ("tr", "Gulalai Rahimi ve kızı Zahra üç haftadır çadırda kalıyor.", ["Gulalai", "Rahimi", "Zahra"]),
    ("tr", "annem fatma demir şeker hastası ve ilacı bitti", ["fatma", "demir"]),
    ("tr", "LÜTFEN BABAM MEHMET KAYA'YI ARAYIN TELEFONU BOZUK", ["MEHMET", "KAYA'YI"]),
    ("tr", "Görevli Deniz Hanım çok yardımcı oldu, Deniz Hanım'a teşekkürler.", ["Deniz"]),
    ("tr", "Barış ile Welat kardeşler, ikisi de yardım listesinde yok.", ["Barış", "Welat"]),
    ("tr", "Saygılarımla, Şervan Öztürk", ["Şervan", "Öztürk"]),
    ("tr", "Ahmad el-Hasan'dan haber alamıyoruz, telefonu kapalı.", ["Ahmad", "el-Hasan'dan"]),
    ("tr", "Komşumuz Hatice Teyze'nin evi hasarlı, yardım bekliyor.", ["Hatice"]),
    # Polish
    ("pl", "Nazywam się Ołena Szewczenko i od marca czekam na świadczenie.", ["Ołena", "Szewczenko"]),
    ("pl", "Proszę przekazać Kasi Nowak, że dokumenty są gotowe.", ["Kasi", "Nowak"]),
    ("pl", "Byłam tam z Tomkiem i z panią Hanną Łukaszewicz, nikt nas nie obsłużył.", ["Tomkiem", "Hanną", "Łukaszewicz"]),
    ("pl", "Mykoła Bondar dostał pomoc, a jego brat Wasyl nie.", ["Mykoła", "Bondar", "Wasyl"]),
    ("pl", "dziękuję bardzo pani iwonie z punktu, była bardzo miła", ["iwonie"]),
    ("pl", "PROSZĘ O KONTAKT Z MOJĄ CÓRKĄ TETIANĄ KOWALENKO", ["TETIANĄ", "KOWALENKO"]),
    ("pl", "Siarhiej Kazłouski przyjechał z żoną i nie ma gdzie spać.", ["Siarhiej", "Kazłouski"]),
    ("pl", "Pozdrawiam, Agnieszka Wiśniewska", ["Agnieszka", "Wiśniewska"]),
    ("pl", "Czy pan Marek mógłby oddzwonić? Marek obiecał sprawdzić wniosek.", ["Marek"]),
    ("pl", "Dzieci Iryny Melnyk nie dostały paczek na święta.", ["Iryny", "Melnyk"]),
    ("pl", "Wolontariusze pomogli Zbigniewowi Kowalczykowi wnieść węgiel.", ["Zbigniewowi", "Kowalczykowi"]),
    ("pl", "Dzień dobry Pani Bożeno, kiedy będzie wydawanie żywności?", ["Bożeno"]),
    # Romanian
    ("ro", "Mă numesc Ion Rusu și nu am primit încă ajutorul promis.", ["Ion", "Rusu"]),
    ("ro", "Vă rog să o ajutați pe Sorina Lăcătuș, are trei copii mici și nu are lemne.", ["Sorina", "Lăcătuș"]),
    ("ro", "Natalia Cojocaru a stat la coadă toată ziua degeaba.", ["Natalia", "Cojocaru"]),
    ("ro", "Mulțumesc doamnei Elena Popescu pentru răbdare.", ["Elena", "Popescu"]),
    ("ro", "Cardul Mariei Stănescu a fost blocat fără explicație.", ["Mariei", "Stănescu"]),
    ("ro", "am vorbit cu gheorghe căldărar si el zice ca nu a primit nimic", ["gheorghe", "căldărar"]),
    ("ro", "VĂ ROG SUNAȚI-O PE MAMA MEA OKSANA TKACENKO", ["OKSANA", "TKACENKO"]),
    ("ro", "Vasile și Dorin Ceban au fost trimiși înapoi de la ghișeu.", ["Vasile", "Dorin", "Ceban"]),
    ("ro", "Copilul lui Florin este bolnav, iar Florin nu are bani de medicamente.", ["Florin"]),
    ("ro", "Cu stimă, Ludmila Bejenari", ["Ludmila", "Bejenari"]),
    ("ro", "Bună ziua, domnule Veaceslav, când vin tichetele?", ["Veaceslav"]),
    ("ro", "Am predat actele împreună cu Mirela Rostaș și fiica ei, Gheorghița.", ["Mirela", "Rostaș", "Gheorghița"]),
]

CLEAN: list[tuple[str, str]] = [
    # Ukrainian
    ("uk", "Надія вмирає останньою, але гуманітарну допомогу ми чекаємо вже третій місяць."),
    ("uk", "Любов до рідного дому не допомагає платити за Оренду, а Віри в обіцянки вже немає."),
    ("uk", "Видача наборів від Світової продовольчої програми буде в Четвер після Великодня."),
    ("uk", "Лікар у Центрі первинної медико-санітарної допомоги виписав Парацетамол та Ібупрофен."),
    ("uk", "Пенсійний фонд України не відповідає на заявки з Дії вже два тижні."),
    ("uk", "На Різдво обіцяли Зимову допомогу, але Соціальний працівник так і не прийшов."),
    ("uk", "Управління соціального захисту населення працює з понеділка по п'ятницю, крім Дня Незалежності."),
    ("uk", "Наш Староста каже, що Карітас привезе генератори в листопаді."),
    ("uk", "Слава Богу, Буржуйку привезли вчасно, але Вугілля й Ковдр не вистачає."),
    # Arabic
    ("ar", "عندنا أمل كبير إن شاء الله تتحسن الأوضاع بعد العيد"),
    ("ar", "السلام عليكم، متى يبدأ توزيع السلال الغذائية من برنامج الأغذية العالمي؟"),
    ("ar", "النور مقطوع من يومين والمولدة خربانة"),
    ("ar", "الله كريم، بس الإيجار غالي كتير وما في شغل"),
    ("ar", "كل عام وأنتم بخير بمناسبة عيد الفطر السعيد"),
    ("ar", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين أغلقت مكتب التسجيل يوم الخميس"),
    ("ar", "الطبيب في المركز الصحي أعطانا باراسيتامول وشراب للسعال فقط"),
    ("ar", "في شهر رمضان وزعوا كوبونات من الهلال الأحمر ولكن لم تصلنا"),
    ("ar", "الحياة هنا جميلة لكن المساعدات النقدية تأخرت ثلاثة أشهر"),
    # Swahili
    ("sw", "Amani ni muhimu, lakini chakula ni kidogo sana mwezi huu."),
    ("sw", "Neema ya Mungu imetulinda, lakini tunahitaji mablanketi kabla ya Desemba."),
    ("sw", "Zawadi za Krismasi kutoka Shirika la Msalaba Mwekundu hazikutufikia."),
    ("sw", "Baraka tele kwa wafanyakazi wa Mpango wa Chakula Duniani."),
    ("sw", "Ofisi ya UNHCR imefungwa Jumatatu na Jumanne kwa sababu ya Sikukuu ya Idi."),
    ("sw", "Daktari katika Kituo cha Afya alitupa Panadol na ORS tu."),
    ("sw", "Hakuna furaha hapa bila umeme, Mwenyekiti wa Kamati ya Wakimbizi anajua."),
    ("sw", "Msimamizi wa Ghala anasema unga na mafuta ya kupikia vitafika Ijumaa."),
    ("sw", "Imani yetu ni kwamba Serikali ya Kaunti itasaidia kabla ya Pasaka."),
    # Turkish
    ("tr", "Umut hiç bitmiyor ama kira yardımı Ocak ayından beri gelmedi."),
    ("tr", "Barış gelince evimize döneceğiz, şimdilik Kızılay çadırında kalıyoruz."),
    ("tr", "Deniz kenarındaki konteyner kentte su yok."),
    ("tr", "Göç İdaresi randevuları Kurban Bayramı'ndan sonraya erteledi."),
    ("tr", "Aile Hekimi bize sadece Parol ve öksürük şurubu yazdı."),
    ("tr", "Sosyal Uyum Yardımı kartına Şubat ayında para yüklenmedi."),
    ("tr", "Muhtar Bey ile Sosyal Hizmet Uzmanı Pazartesi günü gelecekmiş."),
    ("tr", "Güneş açınca çadırlar biraz ısınıyor ama geceler çok soğuk."),
    ("tr", "Ramazan Bayramı'nda dağıtılan gıda kolilerinde Un ve Yağ eksikti."),
    # Polish
    ("pl", "Nadzieja umiera ostatnia, ale paczki z Caritasu nie przyszły od Wielkanocy."),
    ("pl", "Ośrodek Pomocy Społecznej jest zamknięty w Boże Ciało i w Święto Niepodległości."),
    ("pl", "Wiara w lepsze jutro nie wystarczy, potrzebujemy Opału na zimę."),
    ("pl", "Urząd do Spraw Cudzoziemców przedłużył termin rozpatrzenia wniosku o Kartę Pobytu."),
    ("pl", "Lekarz Rodzinny przepisał Paracetamol i syrop, ale Apteka nie miała leku."),
    ("pl", "Świadczenie 800 plus wpłynęło dopiero w Październiku."),
    ("pl", "Polska Akcja Humanitarna i Polski Czerwony Krzyż rozdają Koce w Sobotę."),
    ("pl", "Kierownik Punktu Recepcyjnego powiedział, że numer PESEL trzeba wyrobić w Urzędzie Gminy."),
    ("pl", "Zgoda na przetwarzanie danych była podpisana w Poniedziałek."),
    # Romanian
    ("ro", "Speranța ne ține în viață, dar ajutorul de la Crucea Roșie Română nu a venit."),
    ("ro", "De Paști și de Crăciun am primit pachete, dar acum în Februarie nu mai avem nimic."),
    ("ro", "Inspectoratul General pentru Imigrări ne-a cerut din nou Permisul de Ședere."),
    ("ro", "Medicul de Familie ne-a dat Paracetamol și Nurofen pentru copii."),
    ("ro", "Direcția Generală de Asistență Socială și Protecția Copilului e închisă Vineri."),
    ("ro", "De Florii am mers la Biserică și Preotul ne-a dat mâncare."),
    ("ro", "Programul 50/20 pentru refugiați s-a oprit în Mai."),
    ("ro", "Doamna Asistentă Socială a spus că Primăria plătește Ajutorul de Încălzire din Noiembrie."),
    ("ro", "Sănătate și Noroc la toți voluntarii de la Salvați Copiii!"),
]

PLACES: list[tuple[str, str, list[str]]] = [
    # Ukrainian
    ("uk", "Ми виїхали з Маріуполя ще у березні і тепер живемо в Ужгороді.", ["Маріуполя", "Ужгороді"]),
    ("uk", "Пункт видачі на вул. Івана Франка, 23 зачинений вже тиждень.", ["вул. Івана Франка, 23"]),
    ("uk", "Бабуся залишилася в селі Велика Олександрівка на Херсонщині.", ["Велика Олександрівка", "Херсонщині"]),
    ("uk", "Наш будинок у Бахмуті зруйнований, а родичі в Дніпрі нас не приймуть.", ["Бахмуті", "Дніпрі"]),
    ("uk", "Живу за адресою просп. Перемоги, 45, кв. 17, Чернігів.", ["просп. Перемоги, 45", "Чернігів"]),
    ("uk", "Родини з Бахчисарая тепер тиснуться в гуртожитку в Оболонському районі Києва.", ["Бахчисарая", "Оболонському районі", "Києва"]),
    ("uk", "Автобус з Покровська до Павлограда більше не ходить.", ["Покровська", "Павлограда"]),
    # Arabic
    ("ar", "نزحنا من حلب إلى إدلب ثم وصلنا إلى مخيم الزعتري", ["حلب", "إدلب", "الزعتري"]),
    ("ar", "كنا ساكنين بالموصل وهسه احنا بمخيم حسن شام", ["الموصل", "حسن شام"]),
    ("ar", "هربنا من الفاشر ووصلنا أدري في تشاد بعد أسبوعين", ["الفاشر", "أدري", "تشاد"]),
    ("ar", "العنوان: شارع الجمهورية 12، الطابق الثاني، إربد", ["شارع الجمهورية 12", "إربد"]),
    ("ar", "عائلتي في عدن وأنا هنا في القاهرة وحدي", ["عدن", "القاهرة"]),
    ("ar", "أسكن في جبل الحسين، شارع خالد بن الوليد رقم 8 في عمّان", ["جبل الحسين", "شارع خالد بن الوليد رقم 8", "عمّان"]),
    ("ar", "خرجنا من القامشلي لعرسال وبعدين لطرابلس", ["القامشلي", "عرسال", "طرابلس"]),
    # Swahili
    ("sw", "Tulikimbia kutoka Bukavu hadi Uvira, kisha tukafika kambi ya Nyarugusu.", ["Bukavu", "Uvira", "Nyarugusu"]),
    ("sw", "Familia yangu bado iko Mogadishu, mimi niko Dadaab peke yangu.", ["Mogadishu", "Dadaab"]),
    ("sw", "Ninaishi Mtaa wa Msimbazi Na. 17, Kariakoo, Dar es Salaam.", ["Mtaa wa Msimbazi Na. 17", "Kariakoo", "Dar es Salaam"]),
    ("sw", "Wakimbizi kutoka Burundi wamefika Kigoma na Kasulu wiki hii.", ["Burundi", "Kigoma", "Kasulu"]),
    ("sw", "Ofisi ya Kakuma iko mbali sana na Kalobeyei.", ["Kakuma", "Kalobeyei"]),
    ("sw", "Duka langu lilikuwa Eastleigh, Nairobi, kabla ya moto.", ["Eastleigh", "Nairobi"]),
    ("sw", "Nyumba yetu huko Goma iliharibiwa na vita.", ["Goma"]),
    # Turkish
    ("tr", "Halep'ten kaçıp önce Kilis'e, sonra Gaziantep'e geldik.", ["Halep'ten", "Kilis'e", "Gaziantep'e"]),
    ("tr", "Adresim Atatürk Caddesi No: 45 Daire 3, Şahinbey.", ["Atatürk Caddesi No: 45", "Şahinbey"]),
    ("tr", "Depremden sonra Antakya'daki evimiz yıkıldı, şimdi Mersin'de kalıyoruz.", ["Antakya'daki", "Mersin'de"]),
    ("tr", "Kabil'den İran üzerinden Van'a yürüyerek geldik.", ["Kabil'den", "İran", "Van'a"]),
    ("tr", "Esenyurt'ta, Mehmet Akif Ersoy Mahallesi 1453. Sokak No: 7'de oturuyoruz.", ["Esenyurt'ta", "Mehmet Akif Ersoy Mahallesi", "1453. Sokak No: 7'de"]),
    ("tr", "Kahramanmaraş konteyner kentinde su yok.", ["Kahramanmaraş"]),
    ("tr", "Annem hâlâ Afrin'de, biz Şanlıurfa'dayız.", ["Afrin'de", "Şanlıurfa'dayız"]),
    # Polish
    ("pl", "Uciekliśmy z Charkowa i od roku mieszkamy w Przemyślu.", ["Charkowa", "Przemyślu"]),
    ("pl", "Mój adres to ul. Lubelska 12/4, 20-400 Lublin.", ["ul. Lubelska 12/4", "Lublin"]),
    ("pl", "Babcia została w Mariupolu, a my jesteśmy we Wrocławiu.", ["Mariupolu", "Wrocławiu"]),
    ("pl", "Przyjechaliśmy z Mińska przez Terespol do Białej Podlaskiej.", ["Mińska", "Terespol", "Białej Podlaskiej"]),
    ("pl", "Punkt pomocy przy al. Jana Pawła II 15 w Rzeszowie jest zamknięty.", ["al. Jana Pawła II 15", "Rzeszowie"]),
    ("pl", "Mieszkamy na Pradze-Północ, niedaleko dworca.", ["Pradze-Północ"]),
    ("pl", "Nasz ośrodek w Chełmie nie ma miejsc dla rodzin z Zaporoża.", ["Chełmie", "Zaporoża"]),
    # Romanian
    ("ro", "Am trecut granița la Siret și acum stăm în Suceava.", ["Siret", "Suceava"]),
    ("ro", "Locuiesc pe Strada Ion Creangă nr. 9, bl. B2, ap. 5, Iași.", ["Strada Ion Creangă nr. 9", "Iași"]),
    ("ro", "Familia mea e în Chișinău, eu lucrez la Constanța.", ["Chișinău", "Constanța"]),
    ("ro", "Am fugit din Odesa cu bacul prin Isaccea.", ["Odesa", "Isaccea"]),
    ("ro", "Copiii romi din Ferentari, Sectorul 5, nu au primit rechizite.", ["Ferentari", "Sectorul 5"]),
    ("ro", "Centrul din Bulevardul Independenței nr. 3, Galați, e închis.", ["Bulevardul Independenței nr. 3", "Galați"]),
    ("ro", "Bunicii au rămas la Bălți, iar noi am venit la Botoșani.", ["Bălți", "Botoșani"]),
]

NO_PII: list[tuple[str, str]] = [
    ("uk", "Станція метро була зачинена, а дорога до табору розмита дощем."),
    ("uk", "На ринку біля лікарні немає хліба, церква роздає суп тільки в неділю."),
    ("uk", "Ми живемо на півночі міста, а пункт видачі на півдні, автобуса немає."),
    ("uk", "Площа перед вокзалом переповнена людьми з сумками."),
    ("ar", "المستشفى بعيد والطريق إلى المخيم مقطوع بسبب المطر"),
    ("ar", "السوق مسكر والجامع هو المكان الوحيد اللي بيوزع خبز"),
    ("ar", "نحن نسكن في الجهة الشمالية والمركز في الجنوب ولا يوجد مواصلات"),
    ("ar", "الكنيسة جنب الساحة بتوزع بطانيات كل أسبوع"),
    ("sw", "Kituo cha basi kiko mbali na barabara ya kwenda kambini imeharibika."),
    ("sw", "Soko limefungwa na msikiti ndio unatoa chakula sasa."),
    ("sw", "Tunaishi upande wa kaskazini wa kambi, hospitali iko kusini."),
    ("sw", "Kanisa karibu na uwanja linagawa blanketi kila Jumapili."),
    ("tr", "Hastane çok uzak, kampa giden yol çamur içinde."),
    ("tr", "Pazar yerinde ekmek yok, cami sadece cuma günü yemek dağıtıyor."),
    ("tr", "Şehrin kuzeyinde oturuyoruz ama dağıtım noktası güneyde."),
    ("tr", "Kilisenin önündeki meydanda battaniye dağıtıldı."),
    ("pl", "Szpital jest daleko, a droga do obozu jest nieprzejezdna."),
    ("pl", "Na rynku nie ma chleba, parafia przy kościele wydaje zupę."),
    ("pl", "Mieszkamy na północy miasta, a punkt jest na południu."),
    ("pl", "Na placu przed meczetem rozdawali koce."),
    ("ro", "Spitalul e departe și drumul spre tabără e plin de noroi."),
    ("ro", "Piața e închisă, doar biserica mai dă mâncare."),
    ("ro", "Stăm în partea de nord, iar centrul de distribuire e la sud."),
    ("ro", "Moscheea de lângă gară a dat pături."),
]
