"""Ninth round, Spanish and Turkish no-PII feedback (written at the round's start, before its rules): capitalised
common nouns that are also given names or surnames (``Fuentes``, ``Dolores``, ``Umut``, ``Temiz``), aid agencies
and public bodies, sentence-initial adjectives. ``CLEAN``: ``(language, text)``, nothing should be removed;
``NAMED``: ``(language, text, values)``, made-up people named with the same words, who must stay found. The
check set the rules were not tuned on is ``clean_probes_9_check``. Run ``.venv/bin/python
tests/benchmarks/clean_probe.py --probes clean_probes_9 [-v]``."""

from __future__ import annotations

CLEAN: list[tuple[str, str]] = [
    ('es', 'La Cruz Roja repartió Kits de Higiene en el Albergue Municipal, pero faltaban Pañales y Toallas Sanitarias.'),
    ('es', 'Agradecemos a Médicos Sin Fronteras por la Clínica Móvil; el Personal fue muy amable.'),
    ('es', 'En la Escuela Primaria no hay Agua Potable y los Baños están cerrados desde Semana Santa.'),
    ('es', 'La Señora de la Cocina dice que el Arroz llegó húmedo y con Gorgojos.'),
    ('es', 'Gracias a ACNUR y al Consejo Noruego para Refugiados tenemos Colchones nuevos.'),
    ('es', 'Los Voluntarios de la Media Luna Roja explicaron bien el Proceso de Registro.'),
    ('es', 'La Línea Gratuita no contesta los Domingos y el Buzón de Quejas está lleno.'),
    ('es', 'Las Torres de Luz se cayeron con el viento y seguimos sin Electricidad.'),
    ('es', 'Vivimos con Dolores de cabeza por el humo de la Basura quemada.'),
    ('es', 'Hermanas Franciscanas y Pastoral Social ayudaron con Ropa de Invierno.'),
    ('es', 'Caritas entregó Mercados, pero sin Aceite ni Azúcar.'),
    ('es', 'La Guerra nos sacó de la tierra y ahora no tenemos Trabajo.'),
    ('es', 'Aldeas Infantiles y Plan Internacional dieron Útiles Escolares a los Niños.'),
    ('es', 'En la Fila del Banco Agrario esperamos desde las cinco de la Mañana.'),
    ('es', 'La Trabajadora Social de Save the Children visitó a las Familias del Bloque B.'),
    ('es', 'La Doctora Jefe del Puesto de Salud pidió más Guantes y Mascarillas.'),
    ('es', 'El Señor del Almacén cobra el Agua más cara a los Migrantes.'),
    ('es', 'Nuestra Fe está en Dios y en la Junta de Acción Comunal.'),
    ('tr', 'Temiz su yok, çocuklar hasta oluyor.'),
    ('tr', 'Umut ediyoruz ki kış gelmeden konteyner verilir.'),
    ('tr', 'Deniz Feneri Derneği erzak dağıttı, Allah razı olsun.'),
    ('tr', 'Yağmur yağdığında Mahalle sular altında kalıyor.'),
    ('tr', 'Bahar gelince okul açılacak mı bilmiyoruz.'),
    ('tr', 'Sarı otobüs artık kampa uğramıyor.'),
    ('tr', 'Işık yok, geceleri tuvalete gitmek korkutucu.'),
    ('tr', 'Sosyal Uyum Yardımı bu ay yatmadı, Kızılaykart boş.'),
    ('tr', 'Barış içinde yaşamak istiyoruz, kavga bitsin.'),
    ('tr', 'Sevgi ve saygı ile karşılandık, teşekkürler.'),
    ('tr', 'Demir kapı kırık, konteyner kilitlenmiyor.'),
    ('tr', 'Ateş çıktı, yangın söndürücü yoktu.'),
    ('tr', 'Yıldız Teknik Üniversitesi gönüllüleri ders verdi.'),
    ('tr', 'Cennet gibi bir yer değil burası, su bile yok.'),
    ('tr', "Zafer Bayramı'nda da dağıtım yapılmadı."),
    ('tr', 'Tatlı su kuyusu kurudu, Belediye tanker göndermiyor.'),
    ('tr', 'Aile ve Sosyal Hizmetler Bakanlığı başvurumuza cevap vermedi.'),
    ('tr', 'Toprak Mahsulleri Ofisi un vermeyi kesti.'),
]

NAMED: list[tuple[str, str, list[str]]] = [
    ("es", "Rosario Fuentes vino ayer a la oficina.", ["Rosario Fuentes"]),
    ("es", "Mi vecina Consuelo Torres no recibió el bono.", ["Consuelo Torres"]),
    ("es", "Habló con el señor Pastor Vega sobre la carpa.", ["Pastor Vega"]),
    ("es", "La señora Dolores Castillo está enferma.", ["Dolores Castillo"]),
    ("tr", "Umut Temiz dün kayıt yaptırdı.", ["Umut Temiz"]),
    ("tr", "Deniz Kara ile görüştük, çadır gelmedi.", ["Deniz Kara"]),
    ("tr", "Komşumuz Aslan Bey hasta.", ["Aslan"]),
    ("tr", "Benim adım Yıldız Güneş.", ["Yıldız Güneş"]),
]
