"""Round 10 east set, held-out half: a blind check set for the tenth round of issue 12, written before any
of that round's rules and independently of the rules and of earlier test data; measure on it, never tune
on it. The tuning half lives in ``round10_east.py``; this half has the same kinds of content but other
sentences, other people, other towns and other sentence shapes (never a tuning sentence with names swapped).

Feedback as people write it to an aid agency in Ukrainian (uk), Arabic (ar: Modern Standard and colloquial
Levantine, Iraqi, Sudanese and Yemeni spellings), Swahili (sw), Turkish (tr), Polish (pl) and Romanian (ro):
made-up people with names of those living there today (Crimean Tatar, Kurdish, Syrian, Sudanese, Iraqi,
Yemeni, Somali, Congolese, Burundian, Afghan, Ukrainian, Belarusian, Roma and Moldovan among them), real
towns, districts and camps, and street addresses in each country's convention with the house number.
Names sit at the start, the middle and the end, after prepositions, in lists, as possessives, greetings and
sign-offs, inflected (Ukrainian and Polish cases, Turkish suffixes, Arabic attached prefixes, kunyas and
bint/bin chains), in lower case and in capitals, and several times with no cue phrase at all. ``CLEAN``
holds no personal data but many ordinary words that are also names, institutions, programmes, feasts,
months, medicines and roles.

``NAMES`` and ``CLEAN`` have the layout of ``name_probes.py``; ``PLACES`` and ``NO_PII`` that of
``place_probes.py``. Run:

    .venv/bin/python tests/benchmarks/name_probe.py --probes round10_east_check
    .venv/bin/python tests/benchmarks/place_probe.py --probes round10_east_check
"""

from __future__ import annotations

NAMES: list[tuple[str, str, list[str]]] = [
    # Ukrainian
    ("uk", "Чи можна записати мою тітку Ніну Степанівну Руденко на отримання ковдр?", ["Ніну", "Степанівну", "Руденко"]),
    ("uk", "Ескендер Муратов і Севіль Муратова вже двічі приходили без результату.", ["Ескендер", "Муратов", "Севіль", "Муратова"]),
    ("uk", "Гроші надійшли тільки Юрію, а Юлії Пономаренко ні.", ["Юрію", "Юлії", "Пономаренко"]),
    ("uk", "Пишу від імені свого батька, Миколи Григоровича Лисенка.", ["Миколи", "Григоровича", "Лисенка"]),
    ("uk", "наталка з третього поверху каже що їй теж нічого не дали", ["наталка"]),
    ("uk", "ВЛАДИСЛАВ ОСТАПЕНКО ДОСІ НЕ ОТРИМАВ КАРТКУ", ["ВЛАДИСЛАВ", "ОСТАПЕНКО"]),
    ("uk", "Пані Надія з вашого офісу сказала прийти в середу, ми прийшли, а Надії не було.", ["Надія", "Надії"]),
    ("uk", "Хочу поскаржитися на охоронця, він накричав на мою доньку Дарину.", ["Дарину"]),
    ("uk", "Максим і Богдана Гончар — діти загиблого військового, допоможіть їм.", ["Максим", "Богдана", "Гончар"]),
    ("uk", "Велике спасибі Рустему Аблаєву за те, що переклав нам усе.", ["Рустему", "Аблаєву"]),
    ("uk", "Залишаю номер сестри, звати Віра Шевчук.", ["Віра", "Шевчук"]),
    ("uk", "Дякую! Петро.", ["Петро"]),
    # Arabic
    ("ar", "يوسف إبراهيم محمد النور بدو يعرف ليش انقطع الدعم عن عيلته", ["يوسف", "إبراهيم", "محمد", "النور"]),
    ("ar", "أرسلت الأوراق مع زوجة أخي شيرين وابنها دلشاد", ["شيرين", "دلشاد"]),
    ("ar", "أم علي عم تسأل إذا في حليب أطفال هالشهر", ["علي"]),
    ("ar", "السلام عليكم، أنا زينب حسين جاسم وعندي ثلاث أطفال أيتام", ["زينب", "حسين", "جاسم"]),
    ("ar", "لم يتم تسجيل مرتضى وسجاد أولاد أختي", ["مرتضى", "سجاد"]),
    ("ar", "بلغوا أبو يوسف إنه الموعد تغير لبكرا", ["يوسف"]),
    ("ar", "المرحومة أمينة بنت عثمان بن موسى كانت مسجلة عندكم", ["أمينة", "عثمان", "موسى"]),
    ("ar", "نور الهدى وأختها أمل عم يناموا بالشارع", ["نور", "الهدى", "أمل"]),
    ("ar", "شكراً لكريم عبد الرحيم موظف التسجيل، كان محترم جداً", ["كريم", "عبد", "الرحيم"]),
    ("ar", "والله يا دكتورة سعاد الوضع ما بينطاق", ["سعاد"]),
    ("ar", "ولدي بخيت آدم إسحاق عنده حمى من يومين وما لقينا دواء", ["بخيت", "آدم", "إسحاق"]),
    ("ar", "مقدمه: سعيد عبده مقبل", ["سعيد", "عبده", "مقبل"]),
    # Swahili
    ("sw", "Hodan Abdi Warsame na watoto wake wanne hawana mahali pa kulala.", ["Hodan", "Abdi", "Warsame"]),
    ("sw", "Naitwa Jean-Claude Mwamba, nimefika mwezi uliopita na sijapewa hema.", ["Jean-Claude", "Mwamba"]),
    ("sw", "Tafadhali mpigieni simu Bi. Achieng, namba yake imebadilika.", ["Achieng"]),
    ("sw", "Wanjiru na Kamau walisaidia kubeba magunia, tunawashukuru.", ["Wanjiru", "Kamau"]),
    ("sw", "Kadi ya Imani Niyonzima imeibiwa sokoni.", ["Imani", "Niyonzima"]),
    ("sw", "nimeongea na mzee said bakari anasema maji yamekatika", ["said", "bakari"]),
    ("sw", "MWANANGU IRAKOZE DIVINE AMEPOTEA TANGU JANA", ["IRAKOZE", "DIVINE"]),
    ("sw", "Upendo Nsimire alijifungua jana usiku na anahitaji nguo za mtoto.", ["Upendo", "Nsimire"]),
    ("sw", "Shukrani kwa daktari Mohamed Yusuf, Mohamed alimtibu mtoto wangu bure.", ["Mohamed", "Yusuf"]),
    ("sw", "Wako, Halima Mwinyi", ["Halima", "Mwinyi"]),
    ("sw", "Zawadi na mdogo wake Baraka Nshimirimana wameachwa nje ya orodha.", ["Zawadi", "Baraka", "Nshimirimana"]),
    ("sw", "Mume wa Mwajuma hajarudi tangu aende kutafuta kazi.", ["Mwajuma"]),
    # Turkish
    ("tr", "Zozan ve Berfin Yıldız'ın okul kayıtları hâlâ yapılmadı.", ["Zozan", "Berfin", "Yıldız'ın"]),
    ("tr", "Oğlum Barış'ı hastaneye götürdük ama sıra yoktu.", ["Barış'ı"]),
    ("tr", "Benim adım Farid Ahmadi, kayıt numaram çalışmıyor.", ["Farid", "Ahmadi"]),
    ("tr", "Emine Çelik ile Hüseyin Çelik iki haftadır cevap bekliyor.", ["Emine", "Hüseyin", "Çelik"]),
    ("tr", "Yara'nın annesi Rama el-Ali çok hasta, ilaç lazım.", ["Yara'nın", "Rama", "el-Ali"]),
    ("tr", "selam ben kadir, başvurum ne durumda", ["kadir"]),
    ("tr", "ACİL! KARDEŞİM DİLAN DEMİRTAŞ'A ULAŞAMIYORUM", ["DİLAN", "DEMİRTAŞ'A"]),
    ("tr", "Görevliniz Serkan Bey bize bağırdı, Serkan Bey'den şikayetçiyim.", ["Serkan"]),
    ("tr", "Deniz'le Umut aynı sınıftalar, ikisine de kırtasiye verilmedi.", ["Deniz'le", "Umut"]),
    ("tr", "Nazanin Hosseini dün gece doğum yaptı, bebek bezi gerekiyor.", ["Nazanin", "Hosseini"]),
    ("tr", "İyi çalışmalar, Hasan Hüseyin Koç", ["Hasan", "Hüseyin", "Koç"]),
    ("tr", "Kayınpederim Abdulkadir Hamo'ya tekerlekli sandalye lazım.", ["Abdulkadir", "Hamo'ya"]),
    # Polish
    ("pl", "Wczoraj Natalia Hnatiuk przyszła z dwójką dzieci i odesłano ją z niczym.", ["Natalia", "Hnatiuk"]),
    ("pl", "Bardzo dziękujemy panu Grzegorzowi za pomoc przy przeprowadzce.", ["Grzegorzowi"]),
    ("pl", "Mam na imię Aliaksandra Zhuk i pytam o kurs polskiego.", ["Aliaksandra", "Zhuk"]),
    ("pl", "Wniosek Wołodymyra Tkaczuka utknął w urzędzie.", ["Wołodymyra", "Tkaczuka"]),
    ("pl", "Ania i Piotrek Zielińscy zgłosili się jako wolontariusze.", ["Ania", "Piotrek", "Zielińscy"]),
    ("pl", "hej, czy halyna dostała już paczkę? halyna nie ma telefonu", ["halyna"]),
    ("pl", "MÓJ MĄŻ ANDRIJ SAWCZENKO LEŻY W SZPITALU", ["ANDRIJ", "SAWCZENKO"]),
    ("pl", "Spotkałam się z Uladzimirem Kawalou, on też czeka na decyzję.", ["Uladzimirem", "Kawalou"]),
    ("pl", "Pani Małgorzato, proszę o oddzwonienie.", ["Małgorzato"]),
    ("pl", "Z poważaniem Jadwiga Kamińska-Lis", ["Jadwiga", "Kamińska-Lis"]),
    ("pl", "Oksana Wowk zostawiła dokumenty u Joli w recepcji.", ["Oksana", "Wowk", "Joli"]),
    ("pl", "Dla Zosi i Krzysia potrzebujemy butów zimowych.", ["Zosi", "Krzysia"]),
    # Romanian
    ("ro", "Gheorghe Zlătaru și soția lui au dormit în mașină trei nopți.", ["Gheorghe", "Zlătaru"]),
    ("ro", "Numele meu este Tatiana Lungu și am nevoie de un medic pentru fetița mea.", ["Tatiana", "Lungu"]),
    ("ro", "Dați-i vă rog și lui Costel Ciurar un pachet, are șase copii.", ["Costel", "Ciurar"]),
    ("ro", "Nu i s-a dat nimic Ilenei Moraru, deși e pe listă.", ["Ilenei", "Moraru"]),
    ("ro", "Vitalie Grosu, Serghei Popa și Andrei Munteanu au venit împreună la centru.", ["Vitalie", "Grosu", "Serghei", "Popa", "Andrei", "Munteanu"]),
    ("ro", "buna ziua sunt cristina, vreau sa stiu de cardul meu", ["cristina"]),
    ("ro", "VĂ ROG AJUTAȚI-L PE FRATELE MEU MARIAN STOICA", ["MARIAN", "STOICA"]),
    ("ro", "Doamna Speranța de la ghișeu ne-a ajutat mult, mulțumim Speranței!", ["Speranța", "Speranței"]),
    ("ro", "Fetița Denisei nu are încălțăminte pentru iarnă.", ["Denisei"]),
    ("ro", "Cu respect, Olha Melnychuk", ["Olha", "Melnychuk"]),
    ("ro", "Am fost cu Florica și cu Nicu Rostaș, nimeni nu ne-a băgat în seamă.", ["Florica", "Nicu", "Rostaș"]),
    ("ro", "Domnule Dănuț, când vine mașina cu lemne?", ["Dănuț"]),
]

CLEAN: list[tuple[str, str]] = [
    # Ukrainian
    ("uk", "Ми втратили будь-яку надію на Компенсацію за зруйноване житло."),
    ("uk", "Віра та Надія — це все, що в нас залишилося після обстрілу."),
    ("uk", "Червоний Хрест України видає Гігієнічні набори щовівторка."),
    ("uk", "У Відділі соціального захисту сказали звернутися до ЦНАПу після Трійці."),
    ("uk", "Програма єВідновлення не відшкодувала нам нічого."),
    ("uk", "Сімейний лікар виписав Амоксицилін, але в Аптеці його немає."),
    ("uk", "Слава Україні! Дякуємо Волонтерам за Гуманітарку."),
    ("uk", "Голова ОСББ каже, що Водоканал відключить воду у Вівторок."),
    ("uk", "УВКБ ООН обіцяло Багатоцільову грошову допомогу до Нового року, а Листопад уже минає."),
    # Arabic
    ("ar", "ما عندنا أي أمل إنو يرجعوا يفتحوا باب التسجيل"),
    ("ar", "سلام على كل العاملين في الإغاثة، جزاكم الله خير"),
    ("ar", "رجع النور للحي بس المي لسا مقطوعة"),
    ("ar", "الجيران ناس كريمين معنا بس ما بيقدروا يساعدوا أكثر"),
    ("ar", "اليونيسف وزعت حقائب مدرسية قبل بداية العام الدراسي في أيلول"),
    ("ar", "وقفة عيد الأضحى ما وصلتنا الأضاحي من الجمعية الخيرية"),
    ("ar", "الممرضة في العيادة المتنقلة أعطتنا أموكسيسيلين للأطفال"),
    ("ar", "ليلة سعيدة للجميع، وشكراً لمنسق المخيم على الجهود"),
    ("ar", "الحمد لله على السلامة، بس الخيمة مقطعة وبدنا وحدة جديدة يوم الأحد"),
    # Swahili
    ("sw", "Hakuna amani kambini tangu mgao wa chakula upunguzwe."),
    ("sw", "Baraka za Mungu ziwe nanyi, lakini tafadhali ongezeni sabuni."),
    ("sw", "Furaha yetu ilikuwa kubwa siku ya Sikukuu ya Eid al-Adha."),
    ("sw", "Shirika la Afya Duniani na UNICEF walitoa chanjo Jumamosi."),
    ("sw", "Zawadi ndogo kama ndoo na sabuni zinatusaidia sana."),
    ("sw", "Mhudumu wa Afya ya Jamii alituletea vidonge vya Amoxicillin."),
    ("sw", "Kiongozi wa Block alisema malipo ya M-Pesa yatakuja Agosti."),
    ("sw", "Tunahitaji huruma na neema, si maneno tu."),
    ("sw", "Mwalimu Mkuu wa Shule ya Msingi amefunga madarasa kwa sababu ya Kipindupindu."),
    # Turkish
    ("tr", "Hiçbir umudumuz kalmadı, Kızılay Kart'a para gelmiyor."),
    ("tr", "Barış içinde yaşamak istiyoruz, savaştan bıktık."),
    ("tr", "Deniz suyu çadırlara kadar geldi, her yer ıslak."),
    ("tr", "Göçmen Sağlığı Merkezi Cumartesi günleri kapalı."),
    ("tr", "Eczane Amoksisilin vermedi, reçete lazımmış."),
    ("tr", "Kurban Bayramı'nda UNICEF okul çantası dağıttı."),
    ("tr", "Bahar gelince belki konteynerler düzelir."),
    ("tr", "Mahalle Muhtarı ikametgâh belgesi için Salı gelin dedi."),
    ("tr", "Aslan gibi çocuklar ama okul yok, Güneş enerjili lamba da Mart'ta gelecekmiş."),
    # Polish
    ("pl", "Nie mamy już żadnej nadziei na mieszkanie socjalne."),
    ("pl", "Wiara i Nadzieja to za mało, gdy w lodówce pusto."),
    ("pl", "Miejski Ośrodek Pomocy Rodzinie wypłaca Zasiłek Celowy po Trzech Królach."),
    ("pl", "Lekarz z Przychodni przepisał Amoksycylinę na anginę."),
    ("pl", "Caritas Polska i UNHCR zorganizowali dystrybucję Bonów Żywnościowych w Środę."),
    ("pl", "Pani Kierowniczka Schroniska kazała przyjść w Poniedziałek Wielkanocny."),
    ("pl", "Zgodnie z nową Ustawą świadczenie przysługuje do Czerwca."),
    ("pl", "Dobra Wola nie wystarczy, potrzebne są Pieluchy i Mleko Modyfikowane."),
    ("pl", "Wigilia w Świetlicy była piękna, dziękujemy Wolontariuszom."),
    # Romanian
    ("ro", "Nu mai avem nicio speranță că vom primi locuință socială."),
    ("ro", "Crăciunul și Anul Nou au trecut fără niciun ajutor de la Primărie."),
    ("ro", "Organizația Internațională pentru Migrație dă Vouchere de Alimente Marțea."),
    ("ro", "Farmacia nu ne-a dat Augmentin fără rețetă."),
    ("ro", "Lumina s-a întors, dar Apa Caldă încă lipsește."),
    ("ro", "De Sânziene s-au dat pachete, dar noi n-am fost anunțați."),
    ("ro", "Asistentul Medical Comunitar vine doar Joia."),
    ("ro", "Mediatorul Școlar a spus că Bursa Socială vine în Septembrie."),
    ("ro", "De Sfânta Maria biroul e închis, deci veniți Vineri."),
]

PLACES: list[tuple[str, str, list[str]]] = [
    # Ukrainian
    ("uk", "Приїхали до Львова з Краматорська потягом.", ["Львова", "Краматорська"]),
    ("uk", "Дім бабусі на вулиці Лесі Українки, 7 у Херсоні пошкоджений.", ["вулиці Лесі Українки, 7", "Херсоні"]),
    ("uk", "Ми з Джанкоя, але вже десять років живемо у Вінниці.", ["Джанкоя", "Вінниці"]),
    ("uk", "Гуртожиток на просп. Миру, 101, Кременчук, переповнений.", ["просп. Миру, 101", "Кременчук"]),
    ("uk", "Чоловік залишився під Ізюмом, у селі Кам'янка.", ["Ізюмом", "Кам'янка"]),
    ("uk", "Тернопіль приймає переселенців із Сумщини та Харківщини.", ["Тернопіль", "Сумщини", "Харківщини"]),
    ("uk", "Моя адреса: м. Одеса, вул. Пушкінська, 34, кв. 8.", ["Одеса", "вул. Пушкінська, 34"]),
    # Arabic
    ("ar", "نحن من دير الزور ونعيش الآن في مخيم الهول", ["دير الزور", "الهول"]),
    ("ar", "هربت عائلتي من نيالا إلى القضارف ثم إلى بورتسودان", ["نيالا", "القضارف", "بورتسودان"]),
    ("ar", "ساكنين بالزرقاء، حي معصوم، شارع الملك عبدالله الثاني رقم 23", ["الزرقاء", "حي معصوم", "شارع الملك عبدالله الثاني رقم 23"]),
    ("ar", "جينا من سنجار وهسه ساكنين بدهوك", ["سنجار", "دهوك"]),
    ("ar", "أخي بقي في تعز وأنا وصلت إلى مأرب", ["تعز", "مأرب"]),
    ("ar", "المكتب في صيدا بعيد عن مخيم عين الحلوة", ["صيدا", "عين الحلوة"]),
    ("ar", "عنواني: بغداد، الكرادة، محلة 903 زقاق 7 دار 14", ["بغداد", "الكرادة", "محلة 903 زقاق 7 دار 14"]),
    # Swahili
    ("sw", "Tulitoka Beni tukapita Kampala kabla ya kufika Nakivale.", ["Beni", "Kampala", "Nakivale"]),
    ("sw", "Mama yangu bado yuko Kismayo na hana simu.", ["Kismayo"]),
    ("sw", "Nimehamia Kisumu kutoka Mombasa kwa sababu ya kazi.", ["Kisumu", "Mombasa"]),
    ("sw", "Anwani: Barabara ya Uhuru, Nyumba Na. 23, Arusha.", ["Barabara ya Uhuru, Nyumba Na. 23", "Arusha"]),
    ("sw", "Kambi ya Nduta ina watu wengi kutoka Makamba na Rumonge.", ["Nduta", "Makamba", "Rumonge"]),
    ("sw", "Tunaishi Kawangware, karibu na kanisa, tangu tutoke Bujumbura.", ["Kawangware", "Bujumbura"]),
    ("sw", "Ofisi ya Moi Avenue Na. 45, Nairobi imefungwa.", ["Moi Avenue Na. 45", "Nairobi"]),
    # Turkish
    ("tr", "Şam'dan çıktık, Lübnan'da iki yıl kaldık, sonra Hatay'a geçtik.", ["Şam'dan", "Lübnan'da", "Hatay'a"]),
    ("tr", "Sultanbeyli'deki derneğe gittik ama kapalıydı.", ["Sultanbeyli'deki"]),
    ("tr", "Adres: Cumhuriyet Mahallesi, Gazi Bulvarı No: 112/4, Bornova / İzmir", ["Cumhuriyet Mahallesi", "Gazi Bulvarı No: 112/4", "Bornova", "İzmir"]),
    ("tr", "Herat'tan gelen aileler Van'da değil Erzurum'da kalıyor.", ["Herat'tan", "Van'da", "Erzurum'da"]),
    ("tr", "Adıyaman'ın köylerinde hâlâ çadırda yaşayan çok insan var.", ["Adıyaman'ın"]),
    ("tr", "Diyarbakır Sur ilçesinde elektrik kesik.", ["Diyarbakır", "Sur"]),
    ("tr", "Kiracıyız, İnönü Caddesi No: 8 Kat: 2, Malatya.", ["İnönü Caddesi No: 8", "Malatya"]),
    # Polish
    ("pl", "Przyjechaliśmy ze Lwowa do Krakowa w 2022 roku.", ["Lwowa", "Krakowa"]),
    ("pl", "Zameldowana jestem pod adresem ul. Piłsudskiego 8 m. 3, Białystok.", ["ul. Piłsudskiego 8 m. 3", "Białystok"]),
    ("pl", "Mama mieszka w Grodnie, a ja w Białymstoku.", ["Grodnie", "Białymstoku"]),
    ("pl", "Ośrodek dla uchodźców w Medyce był pełny, więc pojechaliśmy do Jarosławia.", ["Medyce", "Jarosławia"]),
    ("pl", "Nasz dom w Odessie stoi pusty.", ["Odessie"]),
    ("pl", "Do punktu w Gdańsku-Wrzeszczu trzeba jechać z Gdyni godzinę.", ["Gdańsku-Wrzeszczu", "Gdyni"]),
    ("pl", "Zbiórka odbędzie się przy ul. Mickiewicza 21 w Poznaniu.", ["ul. Mickiewicza 21", "Poznaniu"]),
    # Romanian
    ("ro", "Suntem din Cernăuți și acum locuim la Rădăuți.", ["Cernăuți", "Rădăuți"]),
    ("ro", "Adresa mea: Str. Gării nr. 22, bl. A2, Brașov.", ["Str. Gării nr. 22", "Brașov"]),
    ("ro", "Am venit din Ungheni prin Sculeni până la Iași.", ["Ungheni", "Sculeni", "Iași"]),
    ("ro", "În cartierul Mănăștur din Cluj-Napoca nu mai e loc în cămin.", ["Mănăștur", "Cluj-Napoca"]),
    ("ro", "Comunitatea de romi din Țăndărei a rămas fără apă.", ["Țăndărei"]),
    ("ro", "Fratele meu e încă la Harkov, eu sunt la Timișoara.", ["Harkov", "Timișoara"]),
    ("ro", "Ne mutăm pe Calea Victoriei nr. 120, București.", ["Calea Victoriei nr. 120", "București"]),
]

NO_PII: list[tuple[str, str]] = [
    ("uk", "Вокзал закрили на ніч, люди ночують на зупинці."),
    ("uk", "Мечеть і церква поруч роздають гарячу їжу по черзі."),
    ("uk", "Дорога на південь перекрита, а на північ їхати небезпечно."),
    ("uk", "Лікарня не приймає без направлення, а ринок працює до обіду."),
    ("ar", "المحطة مسكرة والناس نايمين على الرصيف"),
    ("ar", "الطريق من الشمال للجنوب مقطوع من أسبوع"),
    ("ar", "المستوصف في السوق ما فيه دكتور أطفال"),
    ("ar", "الجامع والكنيسة في الساحة بيفتحوا أبوابهم للنازحين بالليل"),
    ("sw", "Stesheni ya treni imefungwa na barabara kuu ina matope."),
    ("sw", "Msikiti na kanisa vinasaidia wakimbizi wapya."),
    ("sw", "Hospitali ya wilaya iko upande wa magharibi wa soko."),
    ("sw", "Uwanja wa kambi umejaa maji baada ya mvua."),
    ("tr", "Otogar kapalı, insanlar istasyonda sabahladı."),
    ("tr", "Camiyle kilise aynı sokakta, ikisi de sıcak yemek veriyor."),
    ("tr", "Hastanenin güney kapısı kapalıymış, kuzey kapısından girin dediler."),
    ("tr", "Meydandaki çarşıda fiyatlar iki katına çıktı."),
    ("pl", "Dworzec jest zamknięty na noc i ludzie śpią na przystanku."),
    ("pl", "W obozie przejściowym brakuje pryszniców, a sklep jest daleko od przystanku."),
    ("pl", "Cerkiew na wschodzie miasta wydaje ciepłe posiłki, kościół na zachodzie też."),
    ("pl", "Szpital nie przyjmuje bez skierowania, a targ jest czynny do południa."),
    ("ro", "Autogara e închisă noaptea și oamenii dorm în stație."),
    ("ro", "Biserica și moscheea din cartier dau mâncare caldă."),
    ("ro", "Drumul spre sud e blocat de zăpadă."),
    ("ro", "Spitalul județean nu primește fără trimitere, iar piața e departe."),
]
