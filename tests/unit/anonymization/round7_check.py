"""A check set for the seventh round of issue 12 (Arabic names and places, English street suffixes,
Swahili and Turkish names, clean text), written before the round's rules by someone who did not write
them, measured on the round's start and once after its merge, never tuned on. Made-up people, real towns
and real-world address conventions, varied position and context. ``PLACES`` and ``NO_PII`` have the
layout of ``place_probes.py`` (``.venv/bin/python tests/benchmarks/place_probe.py --probes round7_check``);
``NAMES`` and ``CLEAN`` the layout of ``name_probes.py`` (``tests/benchmarks/name_probe.py --probes
round7_check``)."""

from __future__ import annotations

PLACES: list[tuple[str, str, list[str]]] = [
    # Arabic towns and countries
    ("ar", "نزحنا من حلب إلى إدلب قبل سنتين ولم نحصل على أي مساعدة.", ["حلب", "إدلب"]),
    ("ar", "أنا لاجئة من السودان وأعيش الآن في القاهرة مع أطفالي.", ["السودان", "القاهرة"]),
    ("ar", "وصلنا إلى عمان الأسبوع الماضي والمركز مغلق.", ["عمان"]),
    ("ar", "العائلات في مخيم الزعتري بالمفرق تحتاج إلى مياه.", ["الزعتري", "المفرق"]),
    ("ar", "أخي ما زال في الموصل والاتصال مقطوع.", ["الموصل"]),
    ("ar", "نحن من تعز ونسكن في عدن منذ الحرب.", ["تعز", "عدن"]),
    ("ar", "التوزيع في بنغازي تأخر كثيرا هذا الشهر.", ["بنغازي"]),
    ("ar", "رجعنا من لبنان إلى حمص ولم نجد بيتنا.", ["لبنان", "حمص"]),
    ("ar", "أسكن في وهران وأريد أن أعرف موعد التسجيل.", ["وهران"]),
    ("ar", "هربنا من الفاشر إلى تشاد مشيا على الأقدام.", ["الفاشر", "تشاد"]),
    ("ar", "المساعدات وصلت إلى غزة لكن ليس إلى رفح.", ["غزة", "رفح"]),
    ("ar", "زوجي يعمل في طرابلس وأنا في مصراتة مع الأولاد.", ["طرابلس", "مصراتة"]),
    # Arabic streets, Arabic and mixed script
    ("ar", "عنواني شارع الملك فيصل 23 بجانب المسجد.", ["شارع الملك فيصل 23"]),
    ("ar", "نسكن في حي النصر، شارع 14، عمارة 6.", ["حي النصر", "شارع 14"]),
    ("ar", "المكتب في طريق المطار رقم 8 مغلق دائما.", ["طريق المطار رقم 8"]),
    ("ar", "بيتي في King Abdullah Street 45 قرب الصيدلية.", ["King Abdullah Street 45"]),
    ("ar", "عنوان أختي: الحمراء Road 12، الطابق الثاني.", ["الحمراء Road 12"]),
    ("ar", "نعيش الآن في آل سعود Avenue 9 منذ شهرين.", ["آل سعود Avenue 9"]),
    # English streets with USPS suffixes
    ("en", "We moved to 27 Maple Terrace last month and nobody came.", ["27 Maple Terrace"]),
    ("en", "My address is 118 Willow Crest, apartment 4.", ["118 Willow Crest"]),
    ("en", "The food was delivered to Harbor View Court 15 instead of our house.", ["Harbor View Court 15"]),
    ("en", "She lives at 9 Juniper Heights with her three children.", ["9 Juniper Heights"]),
    ("en", "please send it to 402 Cedar Ridge, the blue door", ["402 Cedar Ridge"]),
    ("en", "We stay at 61 Elmwood Place near the clinic.", ["61 Elmwood Place"]),
    ("sw", "Tunaishi 14 Kenyatta Avenue karibu na soko.", ["14 Kenyatta Avenue"]),
    ("fr", "J'habite au 12 Mango Crescent à Kinshasa depuis janvier.", ["12 Mango Crescent", "Kinshasa"]),
]

NO_PII: list[tuple[str, str]] = [
    ("en", "The court hearing is on 14 March and 3 families still wait."),
    ("en", "Park 2 of the camp has no lights and the village water point is broken."),
    ("en", "We waited 5 hours at the mission and the view from the queue was the road."),
    ("en", "Only 12 people came to the Village Committee meeting on Tuesday."),
    ("ar", "انتظرنا 3 ساعات في الطابور ولم نحصل على شيء."),
    ("ar", "وزعوا 20 سلة غذائية فقط على 50 عائلة."),
    ("ar", "الهلال الأحمر وزع البطانيات يوم الخميس في المدرسة."),
    ("ar", "نحتاج إلى دواء للسكري والضغط بشكل عاجل."),
    ("ar", "الشارع الرئيسي مليء بالمياه بعد المطر."),
    ("fr", "La Croix-Rouge a distribué 40 kits le 3 mai au centre de santé."),
]

NAMES: list[tuple[str, str, list[str]]] = [
    # Arabic: given names that are also words, family names with the article, compounds
    ("ar", "اسمي سعيد الحمادي وأحتاج إلى مساعدة طبية.", ["سعيد", "الحمادي"]),
    ("ar", "جارتي أمل العبيدي لم تستلم القسيمة حتى الآن.", ["أمل", "العبيدي"]),
    ("ar", "تحدثت مع السيد كريم بن عيسى في المركز.", ["كريم", "عيسى"]),
    ("ar", "ابني نور الدين مريض منذ أسبوع.", ["نور", "الدين"]),
    ("ar", "أرجو الاتصال بزوجتي هدى الزبيدي.", ["هدى", "الزبيدي"]),
    ("ar", "المتطوعة ريم أبو غوش كانت لطيفة جدا معنا.", ["ريم", "غوش"]),
    ("ar", "أنا جميلة عبد الرحمن من المخيم الشمالي.", ["جميلة", "الرحمن"]),
    ("ar", "سلمت الأوراق إلى الموظف وليد الخطيب يوم الاثنين.", ["وليد", "الخطيب"]),
    ("ar", "عائلة منصور الشمري تحتاج إلى خيمة جديدة.", ["منصور", "الشمري"]),
    ("ar", "الحاجة فاطمة آل زيد تسأل عن موعد التوزيع.", ["فاطمة", "زيد"]),
    ("ar", "أختي سلمى تعبانة وما في دكتور.", ["سلمى"]),
    ("ar", "شكرا لـ باسل القحطاني على المساعدة.", ["باسل", "القحطاني"]),
    ("ar", "قال حسام الدباغ إن التوزيع كان غير عادل.", ["حسام", "الدباغ"]),
    ("ar", "لم يستلم مروان السقا ولا رنا حداد أي شيء.", ["مروان", "السقا", "رنا", "حداد"]),
    ("ar", "يوسف النعيمي وعمر الراوي ينتظران منذ الصباح.", ["يوسف", "النعيمي", "عمر", "الراوي"]),
    ("ar", "أعطوا البطانيات لعائشة المصري فقط.", ["المصري"]),
    ("ar", "زارنا اليوم طارق الفاسي من المنظمة.", ["طارق", "الفاسي"]),
    ("ar", "بدي احكي مع مسؤول، انا اسماء الجبوري من الخيمة ٤.", ["اسماء", "الجبوري"]),
    ("ar", "سامي وكمال الحلبي لم يتم تسجيلهما.", ["سامي", "كمال", "الحلبي"]),
    ("ar", "أرسلت رسالة باسم ليلى الدوري لكن لا أحد رد.", ["ليلى", "الدوري"]),
    # Swahili
    ("sw", "Jina langu ni Neema Wanjiku na sijapata msaada.", ["Neema", "Wanjiku"]),
    ("sw", "Tulikutana na Baraka Otieno sokoni jana.", ["Baraka", "Otieno"]),
    ("sw", "Mama yangu, Zawadi Achieng, ni mgonjwa sana.", ["Zawadi", "Achieng"]),
    ("sw", "Tafadhali mpigie simu Hamisi Mwakyusa leo.", ["Hamisi", "Mwakyusa"]),
    ("sw", "mtoto wa rehema kimaro hajaandikishwa bado", ["rehema", "kimaro"]),
    # Turkish
    ("tr", "Komşum Ayşe Kaplan'ın çocukları hasta.", ["Ayşe", "Kaplan"]),
    ("tr", "Dün Mehmet Arslan'a yardım kolisi verilmedi.", ["Mehmet", "Arslan"]),
    ("tr", "Benim adım Elif Çelik, kartım çalışmıyor.", ["Elif", "Çelik"]),
    ("tr", "Görevli Murat Bey bize yardım etmedi.", ["Murat"]),
    ("tr", "annem zeynep demir kayıt olamadı", ["zeynep", "demir"]),
    # Ukrainian
    ("uk", "Моя сусідка Галина Мельничук досі не отримала допомогу.", ["Галина", "Мельничук"]),
    ("uk", "Ми говорили з Тарасом Гнатюком у центрі.", ["Тарасом", "Гнатюком"]),
    ("uk", "Прошу передзвонити Олені Коваль.", ["Олені", "Коваль"]),
]

CLEAN: list[tuple[str, str]] = [
    ("es", "Dolores de cabeza y fiebre tiene mi hijo desde el Lunes."),
    ("es", "La Semana Santa cerraron el Comedor Social San Vicente de Paúl."),
    ("es", "Pilar de la comunidad es la Parroquia, que reparte comida los Viernes."),
    ("es", "Gracias a la Cruz Roja y a Cáritas tenemos mantas para el Invierno."),
    ("es", "El Programa de Alimentación Escolar no llegó a la Escuela Rural."),
    ("pt", "Graças a Deus a Cáritas deu cobertores, mas a Farmácia Popular fechou."),
    ("pt", "O Banco Alimentar e a Junta de Freguesia não responderam ao pedido."),
    ("pt", "Luz e água faltam desde a Páscoa no Bairro Social."),
    ("pt", "A Assistência Social diz que o Bolsa Família só volta em Março."),
    ("sw", "Msalaba Mwekundu ulileta chakula Jumatatu lakini maji hayatoshi."),
    ("sw", "Neema ya Mungu ni kubwa, lakini watoto wanahitaji dawa."),
    ("sw", "Baraka za Mwenyezi Mungu ziwe nanyi kwa msaada huu."),
    ("tr", "Kızılay çadırları Pazartesi dağıttı ama battaniye yoktu."),
    ("tr", "Umut ediyoruz ki Belediye suyu yakında açar."),
    ("tr", "Sağlık Ocağı Cuma günü kapalıydı ve ilaç alamadık."),
    ("ar", "الهلال الأحمر وزع الطعام لكن الماء قليل."),
    ("ar", "نحمد الله على السلامة ونطلب المساعدة في الإيجار."),
    ("ar", "المدرسة مغلقة والأطفال بدون تعليم منذ شهرين."),
    ("ar", "الأمل موجود لكن الوضع صعب جدا في الشتاء."),
    ("ar", "نور الكهرباء مقطوع منذ ثلاثة أيام."),
]
