"""Check set of ``clean_probes_9`` (same shapes, written at the same time, never tuned on). Run
``.venv/bin/python tests/benchmarks/clean_probe.py --probes clean_probes_9_check``."""

from __future__ import annotations

CLEAN: list[tuple[str, str]] = [
    ('es', 'Desde que cerró el Comedor Comunitario, las Familias de la Zona Alta no reciben Almuerzo.'),
    ('es', 'El Programa de Transferencias Monetarias no pagó en Marzo y el Banco dice que la Tarjeta está bloqueada.'),
    ('es', 'Solicitamos que la Alcaldía y la Defensa Civil revisen el Puente Peatonal antes de las Lluvias.'),
    ('es', 'Nadie del Equipo de Protección vino a la Reunión del Jueves.'),
    ('es', 'El Centro de Salud no tiene Insulina ni Amoxicilina desde Navidad.'),
    ('es', 'Queremos más Clases de Español para Adultos y un Espacio Amigable para Niños.'),
    ('es', 'El Pozo del barrio está seco y las Fuentes públicas no funcionan.'),
    ('es', 'El Pastor de la Iglesia Evangélica nos prestó el Salón para las Reuniones.'),
    ('es', 'Pedimos Amparo a la Defensoría del Pueblo porque nos quieren desalojar.'),
    ('es', 'Los Niños del Hogar Don Bosco no tienen Zapatos para ir al Colegio.'),
    ('es', 'Socorro, el Río creció y el Campamento está inundado.'),
    ('es', 'El Doctor del Hospital nos atendió rápido, pero la Farmacia no tenía Jarabe.'),
    ('es', 'El Rosario de los jueves en la Capilla es lo único que nos da Consuelo.'),
    ('es', 'Los Jóvenes quieren Fútbol los Sábados y Talleres de Música.'),
    ('es', 'Sin Luz ni Gas desde Año Nuevo; el Invierno es duro para los Abuelos.'),
    ('es', 'Acción contra el Hambre y Ayuda en Acción no volvieron desde Julio.'),
    ('es', 'Las Nieves de la Sierra cortaron el Camino y no llegan los Camiones.'),
    ('es', 'Pedimos al Comité de Vecinos que hable con la Policía sobre la Iluminación del Sendero.'),
    ('tr', 'Kızılay çadır verdi ama Battaniye yetmedi.'),
    ('tr', 'Dünya Gıda Programı kartlara para yatırmadı.'),
    ('tr', 'Kar yağınca çadırlar çöktü, yardım gelmedi.'),
    ('tr', 'Güneş çok yakıyor, gölgelik lazım.'),
    ('tr', 'Kara kış geldi, kömür yok.'),
    ('tr', 'Genç kızlar için ayrı tuvalet istiyoruz.'),
    ('tr', 'Göç İdaresi randevu vermiyor, kimlik yenilenmiyor.'),
    ('tr', 'Yeryüzü Doktorları Mobil Klinik ile geldi, çok iyiydi.'),
    ('tr', 'Hayat çok pahalı, kira ödeyemiyoruz.'),
    ('tr', 'Aslan gibi çalışıyoruz ama maaş yok.'),
    ('tr', 'Taş ve toprak yollar yüzünden ambulans gelmiyor.'),
    ('tr', 'Çiçek aşısı değil ama kızamık aşısı lazım.'),
    ('tr', 'Özgür bir hayat istiyoruz, kampta sıkıldık.'),
    ('tr', 'Kader diyip geçemeyiz, çocuklar aç.'),
    ('tr', 'Kurt sesleri geliyor, kamp çevresi çitsiz.'),
    ('tr', 'Güzel bir dağıtım oldu, herkes memnun.'),
    ('tr', 'Mutlu değiliz, iş yok, okul yok.'),
    ('tr', 'Aydın bir gelecek istiyoruz ama ders yok.'),
]

NAMED: list[tuple[str, str, list[str]]] = [
    ("es", "Amparo Molina llamó por la tarjeta.", ["Amparo Molina"]),
    ("es", "El niño de Socorro Ramos no va a la escuela.", ["Socorro Ramos"]),
    ("tr", "Barış Demir kampta gönüllü.", ["Barış Demir"]),
    ("tr", "Sevgi Hanım ile Kader Bulut geldi.", ["Sevgi", "Kader Bulut"]),
]
