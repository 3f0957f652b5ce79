"""Check set of ``name_probes_swtr`` (same shapes, written at the same time, never tuned on): made-up
Swahili, Turkish and Ukrainian names in aid feedback. Run
``.venv/bin/python tests/benchmarks/name_probe.py --probes name_probes_swtr_check``."""

from __future__ import annotations

NAMES: list[tuple[str, str, list[str]]] = [
    ("sw", "Salma Njeri amekosa mgao wa chakula.", ["Salma Njeri"]),
    ("sw", "Nimeongea na Rashidi kuhusu maji.", ["Rashidi"]),
    ("sw", "Pesa zilitumwa kwa Mariamu Chepkoech.", ["Mariamu Chepkoech"]),
    ("sw", "Dada yangu Sikudhani hana godoro.", ["Sikudhani"]),
    ("sw", "Baba yake Kassimu Odhiambo ni mgonjwa.", ["Kassimu Odhiambo"]),
    ("sw", "jina langu ni mwanahawa said.", ["mwanahawa said"]),
    ("sw", "Tafadhali mpigieni Peter Njoroge leo.", ["Peter Njoroge"]),
    ("sw", "Ramadhani, Zuhura na Idrisa hawajasajiliwa.", ["Ramadhani", "Zuhura", "Idrisa"]),
    ("sw", "Afisa Beatrice Wambui alitusaidia sana.", ["Beatrice Wambui"]),
    ("sw", "Mtoto wa Selemani Mbwana amepotea.", ["Selemani Mbwana"]),
    ("tr", "Hacer'in çocuğu hasta.", ["Hacer"]),
    ("tr", "Recep'e kira yardımı yapılmadı.", ["Recep"]),
    ("tr", "Eşim Songül Aktaş ameliyat olacak.", ["Songül Aktaş"]),
    ("tr", "Amcam Yaşar Kılıç'ın evi yıkıldı.", ["Yaşar Kılıç"]),
    ("tr", "benim adım tuğba erdem.", ["tuğba erdem"]),
    ("tr", "Görevli Volkan Bey telefonu açmıyor.", ["Volkan"]),
    ("tr", "Kemal, Sibel ve Orhan kayıt bekliyor.", ["Kemal", "Sibel", "Orhan"]),
    ("tr", "Yardımı Ferhat Yavuz'dan aldık.", ["Ferhat Yavuz"]),
    ("tr", "Kızım Elif'e ilaç lazım.", ["Elif"]),
    ("tr", "Dün Şükrü Bulut buraya geldi.", ["Şükrü Bulut"]),
    ("uk", "Світлана Гончаренко чекає на ліки.", ["Світлана Гончаренко"]),
    ("uk", "Брат Дмитро загубив паспорт.", ["Дмитро"]),
    ("uk", "Я говорила з Юлією Савченко.", ["Юлією Савченко"]),
    ("uk", "Допоможіть Людмилі Іванівні, вона сама.", ["Людмилі Іванівні"]),
]

CLEAN: list[tuple[str, str]] = [
    ("sw", "Upendo na amani vinahitajika kambini."),
    ("sw", "Rehema ya Mungu ni kubwa kwetu."),
    ("sw", "Mama zetu wanapika bila kuni."),
    ("tr", "Umut hep var, yardım gelecek."),
    ("tr", "Deniz suyu içilmez, temiz su lazım."),
    ("tr", "Annemle birlikte kayıt yaptırdık."),
    ("uk", "Надія на краще не зникає."),
    ("uk", "Сестри і брати чекають на допомогу."),
]
