"""Language-aware cue words for the pattern recognisers (data only, no logic).

Cues are the phrases that introduce a person or a phone number in community feedback: courtesy titles,
self-introductions, sign-offs, "in the name of", person-denoting role and kinship nouns with a copula,
and request verbs after a name. They are generic vocabulary of each language, never name lists. Every
entry is a regex fragment matched case-insensitively at a word start; names themselves must still look
like names (capitalised, or for Arabic, one or two words before punctuation).
"""

from __future__ import annotations

from dataclasses import dataclass

from shared_code.anonymization.particles import PARTICLES as _PARTICLES


@dataclass(frozen=True)
class PersonCues:
    titles: tuple[str, ...] = ()
    """Courtesy titles directly before a name (``Mr``, ``Mme``, ``Herr``); a trailing dot is optional."""
    before: tuple[str, ...] = ()
    """Phrases directly before a name (``my name is``, ``caller:``, ``signed,``)."""
    roles: tuple[str, ...] = ()
    """Person-denoting nouns; ``<role> [up to 5 words] <copula or colon> <Name>`` (``the landlord is Joy``)."""
    copulas: tuple[str, ...] = ()
    relations: tuple[str, ...] = ()
    """Kinship or neighbour phrases directly before a name (``my neighbour``)."""
    after: tuple[str, ...] = ()
    """Phrases directly after a name (``asks to be called back``)."""
    particles: tuple[str, ...] = _PARTICLES

    def __post_init__(self) -> None:
        for name in ("titles", "before", "roles", "copulas", "relations", "after", "particles"):
            if not isinstance(getattr(self, name), tuple):  # ("a" "b") is a str, not a tuple
                raise TypeError(f"PersonCues.{name} must be a tuple of regex fragments")
    """Lower-case name particles allowed inside a name (``van der``, ``de la``)."""


PERSON_CUES: dict[str, PersonCues] = {
    "en": PersonCues(
        titles=("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "mister", "doctor", "nurse",
                "sister", "brother", "uncle", "auntie", "aunt", "mama", "mzee", "sheikh", "pastor", "father"),
        before=(r"my name is", r"my name's", r"i am called", r"this is", r"speaking with", r"caller\s*:",
                r"call(?:ing)? from", r"contact(?: person)?\s*:", r"signed\s*[,:]?", r"regards\s*,",
                r"sincerely\s*,", r"thanks\s*,", r"from\s*:", r"name\s*:", r"(?:full )?name of", r"named",
                r"registered under", r"(?:the )?account holder(?: is)?\s*:?", r"(?:please )?ask for",
                r"in the name of", r"on behalf of", r"patient\s*:", r"beneficiary\s*:"),
        roles=(r"landlord", r"landlady", r"patient", r"agent", r"officer", r"staff member", r"staff",
               r"volunteer", r"leader", r"chair(?:person|man|woman)?", r"worker", r"doctor", r"nurse",
               r"teacher", r"driver", r"guard", r"caseworker", r"interpreter", r"contact", r"person",
               r"owner", r"manager", r"coordinator", r"focal point", r"representative", r"member", r"team leader",
               r"supervisor", r"social worker", r"community mobili[sz]er",
               r"child", r"boy", r"girl", r"man", r"woman", r"caller", r"beneficiary"),
        copulas=(r"is", r"was", r"is called", r"was called", r"name is", r"name was"),
        relations=(r"(?:my|our|his|her|their) (?:neighbou?r|cousin|brother|sister|son|daughter|husband|"
                   r"wife|mother|father|uncle|aunt|friend|nephew|niece|grandmother|grandfather|colleague)",),
        after=(r"has the same", r"asked for", r"asks for", r"asked to be", r"asks to be", r"is asking",
               r"would like a call", r"wants a call", r"requests a call"),
    ),
    "fr": PersonCues(
        titles=("m", "mme", "mlle", "monsieur", "madame", "mademoiselle", "dr", "docteur", "docteure",
                "maître", "me", "pr", "professeur", "sœur", "frère", "tonton", "tata", "maman", "papa"),
        before=(r"je m['’]appelle", r"mon nom est", r"je suis", r"ici", r"c['’]est", r"appelant\s*:",
                r"appel de", r"contact\s*:", r"signé\s*:?", r"cordialement\s*,?", r"nom\s*:",
                r"au nom de", r"enregistrée? (?:sous le nom de|au nom de)", r"titulaire(?: du compte)?\s*:?",
                r"demandez", r"de la part de", r"patiente?\s*:"),
        roles=(r"propriétaire", r"patiente?", r"agente?", r"personne", r"membre du personnel",
               r"personnel", r"bénévole", r"responsable", r"président(?:e)?", r"chef", r"médecin",
               r"infirmière?", r"enseignante?", r"chauffeur", r"gardien(?:ne)?", r"contact", r"employée?",
               r"voisine?", r"enfant", r"homme", r"femme", r"garçon", r"fille", r"bailleur", r"bailleresse",
               r"coordinat(?:eur|rice)", r"chef d['’]équipe", r"animat(?:eur|rice)", r"travailleu(?:r|se) social(?:e)?"),
        copulas=(r"est", r"était", r"s['’]appelle", r"s['’]appelait", r"se nomme"),
        relations=(r"(?:mon|ma|notre|son|sa) (?:voisine?|cousine?|frère|sœur|fils|fille|mari|femme|épouse|"
                   r"mère|père|oncle|tante|amie?|neveu|nièce|grand-mère|grand-père|collègue)",),
        after=(r"a le même", r"demande à", r"demande qu", r"souhaite être", r"voudrait être"),
        particles=("de", "du", "des", "la", "le", "van", "von", "al", "el", "ben", "ibn"),
    ),
    "es": PersonCues(
        titles=("sr", "sra", "srta", "señor", "señora", "señorita", "don", "doña", "dr", "dra", "doctor",
                "doctora", "lic", "licenciada?", "ing", "profe", "profesora?"),
        before=(r"me llamo", r"mi nombre es", r"soy", r"habla", r"llamada de", r"contacto\s*:",
                r"firma(?:do)?\s*:?", r"saludos\s*,?", r"atentamente\s*,?", r"nombre\s*:", r"a nombre de",
                r"registrad[oa] (?:a nombre de|como)", r"titular(?: de la cuenta)?\s*:?", r"pregunten por",
                r"pregunte por", r"de parte de", r"(?:me )?atendió(?: la| el)?(?: doctora| doctor)?",
                r"paciente\s*:"),
        roles=(r"dueñ[oa]", r"propietari[oa]", r"arrendador(?:a)?", r"paciente", r"agente", r"persona",
               r"encargad[oa]", r"responsable", r"voluntari[oa]", r"líder", r"president[ea]", r"jef[ea]",
               r"médic[oa]", r"enfermer[oa]", r"maestr[oa]", r"conductor(?:a)?", r"guardia", r"contacto",
               r"funcionari[oa]", r"emplead[oa]", r"quien", r"niñ[oa]", r"hombre", r"mujer", r"equipo",
               r"coordinador(?:a)?", r"promotor(?:a)?", r"técnic[oa]", r"trabajador(?:a)?"),
        copulas=(r"es", r"era", r"fue", r"se llama", r"se llamaba"),
        relations=(r"(?:mi|nuestr[oa]|su) (?:vecin[oa]|prim[oa]|herman[oa]|hij[oa]|espos[oa]|marido|"
                   r"madre|padre|mamá|papá|tí[oa]|amig[oa]|sobrin[oa]|abuel[oa]|compañer[oa])",),
        after=(r"pide que", r"tiene el mismo", r"tiene la misma", r"quiere que", r"solicita"),
        particles=("de", "del", "la", "las", "los", "y", "van", "von", "al", "el"),
    ),
    "nl": PersonCues(
        titles=("meneer", "mevrouw", "dhr", "mevr", "mw", "juffrouw", "dokter", "dr", "zuster"),
        before=(r"mijn naam is", r"ik heet", r"ik ben", r"u spreekt met", r"hier is", r"beller\s*:",
                r"gebeld door", r"contact\s*:", r"met vriendelijke groet\s*,?", r"groeten\s*,?",
                r"groet\s*,?", r"naam\s*:", r"op naam van", r"ingeschreven (?:op naam van|als)",
                r"rekeninghouder\s*:?", r"vraag naar", r"het gaat om", r"namens", r"geholpen door",
                r"patiënt\s*:"),
        roles=(r"verhuurder", r"verhuurster", r"huisbaas", r"patiënte?", r"medewerker", r"medewerkster",
               r"vrijwilliger", r"leider", r"voorzitter", r"arts", r"verpleegkundige", r"leraar",
               r"lerares", r"chauffeur", r"bewaker", r"contactpersoon", r"persoon", r"uitbetaler",
               r"beheerder", r"kind", r"jongen", r"meisje", r"man", r"vrouw", r"eigenaar", r"teamleider",
               r"coördinator", r"coordinator", r"hulpverlener", r"begeleider"),
        copulas=(r"is", r"was", r"heet", r"heette"),
        relations=(r"(?:mijn|onze|zijn|haar) (?:buurman|buurvrouw|neef|nicht|broer|zus|zoon|dochter|man|"
                   r"vrouw|moeder|vader|oom|tante|vriend|vriendin|opa|oma|collega)",),
        after=(r"vraagt om", r"vraagt of", r"heeft hetzelfde", r"heeft dezelfde", r"wil graag"),
        particles=("van", "de", "der", "den", "ter", "ten", "het", "op", "el", "al"),
    ),
    "de": PersonCues(
        titles=("herr", "herrn", "frau", "dr", "doktor", "prof", "schwester", "fräulein"),
        before=(r"mein name ist", r"ich heiße", r"ich bin", r"hier spricht", r"hier ist", r"anruf von",
                r"anrufer(?:in)?\s*:", r"kontakt\s*:", r"ansprechperson(?: im \w+)?\s*:",
                r"ansprechpartner(?:in)?(?: im \w+)?\s*:", r"mit freundlichen grüßen\s*,?", r"grüße\s*,?",
                r"gruß\s*,?", r"name\s*:", r"auf den namen", r"im namen von", r"kontoinhaber(?:in)?\s*:?",
                r"fragen sie (?:bitte )?nach", r"sie bitte nach", r"behandelt hat uns(?: dr\.?)?",
                r"betroffen ist", r"patient(?:in)?\s*:"),
        roles=(r"vermieter(?:in)?", r"patient(?:in)?", r"mitarbeiter(?:in)?", r"helfer(?:in)?",
               r"freiwillige[rn]?", r"leiter(?:in)?", r"vorsitzende[rn]?", r"arzt", r"ärztin",
               r"pfleger(?:in)?", r"lehrer(?:in)?", r"fahrer(?:in)?", r"person", r"kontaktperson",
               r"zuständig(?:e[rn]?)?", r"kind", r"junge", r"mädchen", r"mann", r"frau", r"eigentümer(?:in)?",
               r"teamleiter(?:in)?", r"koordinator(?:in)?", r"betreuer(?:in)?", r"sozialarbeiter(?:in)?"),
        copulas=(r"ist", r"war", r"heißt", r"hieß"),
        relations=(r"(?:mein|meine|unser|unsere|sein|seine|ihr|ihre) (?:nachbar(?:in)?|cousin(?:e)?|"
                   r"bruder|schwester|sohn|tochter|mann|frau|mutter|vater|onkel|tante|freund(?:in)?|"
                   r"neffe|nichte|oma|opa|kollege|kollegin)",),
        after=(r"bittet um", r"bittet darum", r"hat das gleiche", r"hat dasselbe", r"hat die gleiche",
               r"möchte zurückgerufen"),
        particles=("von", "zu", "vom", "zur", "van", "de", "al", "el", "bin", "ibn", r"v[ao]n[ \t]+de[rnm]"),
    ),
    "pt": PersonCues(
        titles=("sr", "sra", "senhor", "senhora", "dona", "dr", "dra", "doutor", "doutora"),
        before=(r"meu nome é", r"me chamo", r"chamo-me", r"sou", r"contato\s*:", r"contacto\s*:",
                r"assinado\s*:?", r"atenciosamente\s*,?", r"nome\s*:", r"em nome de", r"titular\s*:?",
                r"perguntem? por"),
        roles=(r"senhorio", r"senhoria", r"paciente", r"agente", r"pessoa", r"responsável",
               r"voluntári[oa]", r"líder", r"médic[oa]", r"enfermeir[oa]", r"professor(?:a)?"),
        copulas=(r"é", r"era", r"foi", r"se chama", r"chama-se"),
        relations=(r"(?:meu|minha|nosso|nossa) (?:vizinh[oa]|prim[oa]|irmão|irmã|filh[oa]|marido|esposa|"
                   r"mãe|pai|ti[oa]|amig[oa])",),
        after=(r"pede que", r"tem o mesmo", r"tem a mesma"),
        particles=("da", "das", "do", "dos", "de", "e"),
    ),
    "it": PersonCues(
        titles=("sig", "sig\\.ra", "signor", "signore", "signora", "signorina", "dott", "dott\\.ssa",
                "dottore", "dottoressa"),
        before=(r"mi chiamo", r"il mio nome è", r"sono", r"contatto\s*:", r"firmato\s*:?",
                r"cordiali saluti\s*,?", r"nome\s*:", r"a nome di", r"intestat[oa] a", r"chiedete di"),
        roles=(r"proprietari[oa]", r"paziente", r"agente", r"persona", r"responsabile", r"volontari[oa]",
               r"medico", r"infermier[ea]", r"insegnante"),
        copulas=(r"è", r"era", r"si chiama"),
        relations=(r"(?:mio|mia|nostro|nostra) (?:vicin[oa]|cugin[oa]|fratello|sorella|figli[oa]|marito|"
                   r"moglie|madre|padre|zi[oa]|amic[oa])",),
        after=(r"chiede di", r"ha lo stesso", r"ha la stessa"),
        particles=("di", "da", "del", "della", "de", "la", "lo"),
    ),
    "uk": PersonCues(
        titles=("пан", "пані", "панна", "лікар", "лікарка", "доктор", "лікарю", "сестра", "брат"),
        before=(r"мене звати", r"моє ім['’ʼ]я", r"мо[єя] прізвище", r"я\s*[—–-]", r"це", r"дзвінок\s*:",
                r"дзвонить", r"контакт\s*:", r"підпис\s*:?", r"з повагою\s*,?", r"ім['’ʼ]я\s*:",
                r"на ім['’ʼ]я", r"власник(?: рахунку| житла)?\s*:?", r"власниця(?: рахунку| житла)?\s*:?",
                r"ім['’ʼ]я працівника\s*:", r"повторюю ім['’ʼ]я\s*:", r"пацієнтк?а?\s*:", r"пацієнт\s*:",
                r"запитайте", r"питайте"),
        roles=(r"старш(?:ий|а|ою|им)", r"працівни(?:к|ця)", r"волонтер(?:ка)?", r"лікар(?:ка)?",
               r"голова", r"керівни(?:к|ця)", r"контактна особа", r"особа", r"власни(?:к|ця)", r"агент(?:ка)?",
               r"представни(?:к|ця)", r"координатор(?:ка)?", r"орендодав(?:ець|иця)"),
        copulas=(r"був", r"була", r"є", r"звати"),
        relations=(r"(?:мій|моя|наш|наша) (?:сусід(?:ка)?|родич(?:ка)?|брат|сестра|син|донька|дочка|чоловік|"
                   r"дружина|мати|батько|дядько|тітка|друг|подруга|онук|онука|бабуся|дідусь)",),
        after=(r"просить", r"має таку ж", r"має таку саму", r"має ту саму", r"хоче"),
        particles=(),
    ),
    "ru": PersonCues(
        titles=("господин", "госпожа", "доктор", "врач"),
        before=(r"меня зовут", r"моё имя", r"мое имя", r"это", r"звонок\s*:", r"контакт\s*:",
                r"подпись\s*:?", r"с уважением\s*,?", r"имя\s*:", r"на имя", r"владел(?:ец|ица)\s*:?"),
        roles=(r"старш(?:ий|ая)", r"сотрудни(?:к|ца)", r"волонт[её]р", r"врач", r"председатель"),
        copulas=(r"был", r"была", r"зовут"),
        relations=(r"(?:мой|моя|наш|наша) (?:сосед(?:ка)?|родственни(?:к|ца)|брат|сестра|сын|дочь|муж|жена|"
                   r"мать|отец|друг|подруга)",),
        after=(r"просит", r"имеет такую же"),
        particles=(),
    ),
    "ar": PersonCues(
        titles=("السيد", "السيدة", "الآنسة", "الأستاذ", "الأستاذة", "الدكتور", "الدكتورة", "الطبيب",
                "الطبيبة", "الحاج", "الحاجة", "الشيخ", "أبو", "أم", "المدعو", "المدعوة", "المسمى", "المسماة", "الأخ", "الأخت"),
        before=(r"اسمي", r"أنا اسمي", r"اسمه", r"اسمها", r"يدعى", r"تدعى", r"يسمى", r"تسمى", r"معك", r"معكم", r"اتصال من", r"للتواصل\s*:", r"التواصل\s*:",
                r"التوقيع\s*:", r"الاسم\s*:", r"باسم", r"مسجل باسم", r"صاحب الحساب\s*:?", r"اسألوا عن",
                r"اسأل عن", r"الشخص المعني\s*:", r"اسم الموظفة?\s*:", r"المريضة?\s*:", r"صاحب(?:ة)? البيت\s*:",
                r"الطبيبة?\s*:", r"وكيلة? الصرف في \p{Arabic}+\s*:"),
        roles=(r"مسؤول(?:ة)?(?: \p{Arabic}+){0,2}", r"الموظف(?:ة)?", r"المتطوع(?:ة)?", r"المسؤول(?:ة)?"),
        copulas=(r"هو", r"هي", r"كان", r"كانت"),
        relations=(r"جار(?:ي|تي)", r"ابن عمي", r"ابنة عمي", r"أخي", r"أختي", r"زوجي", r"زوجتي", r"صديقي",
                   r"صديقتي", r"ابني", r"ابنتي"),
        after=(r"تطلب", r"يطلب", r"عنده نفس", r"عندها نفس", r"لديه نفس", r"لديها نفس"),
        particles=(),
    ),
}
ANY_LATIN_BEFORE: tuple[str, ...] = (  # Turkish, Swahili, Polish, Romanian: routed to a neighbour's cues
    r"benim adım", r"ismim", r"hesap sahibi\s*:?", r"jina langu ni", r"naitwa", r"ninaitwa", r"mwenye akaunti\s*:?",
    r"nazywam się", r"mam na imię", r"właściciel(?:ka)? (?:konta|rachunku)\s*:?", r"mă numesc", r"numele meu (?:este|e)",
    r"titularul contului\s*:?", r"a(?:na|li|ta|me)(?:ye)?itwa", r"huitwa", r"jina lake ni")
ANY_LATIN_TITLES: tuple[str, ...] = (  # the same languages' courtesy titles, none an ordinary word elsewhere
    # (not ``dl``/``dna``: decilitre, DNA; not ``bwana``: ``Bwana Shamba``, ``Bwana Afya`` are officials)
    "domnul", "domnului", "doamna", "doamnei", "domnișoara", "d-na", "d-l", "dlui", "dnei",
    "bi", "ndugu", "pani", "panią", "pana", "panu", "panem")

COMMON_NON_NAME_WORDS: tuple[str, ...] = (
    # channel, form and cue words the small NER models tag as names or organisations in every language
    "iban", "pin", "sms", "whatsapp", "facebook", "telegram", "viber", "messenger", "email", "e-mail", "id", "ok",
    "hotline", "caller", "contact", "signed", "appelant", "signé", "boîte", "formulaire", "llamada", "contacto",
    "firma", "buzón", "formulario", "beller", "ideeënbus", "webformulier", "anrufer", "anruferin", "kontakt",
    "formular", "дзвінок", "контакт", "підпис",
    "telefon", "téléphone", "teléfono", "telefoon", "telefone", "telefono", "simu", "телефон", "tel", "ip",
)

NAME_HOMOGRAPHS: dict[str, tuple[str, ...]] = {
    # entries of spaCy's stop-word lists that are common given names (Arabic علي, a variant spelling of
    # على "on", is also Ali)
    "ar": ("علي",),
}

NOUN_CAPITALISING: frozenset[str] = frozenset({"de", "lb"})
"""Languages that capitalise every noun: a capitalised word there is a name only in name-like positions."""

PLACE_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    # the lower-case words after which a capitalised word may be a place name (German: still a name, not a
    # noun; every language: a town that is also a person's name is read as the town)
    "de": ("in", "aus", "nach", "von", "bei", "bis", "über", "nahe", "gegenüber", "zwischen", "richtung"),
    "lb": ("an", "aus", "vun", "bei", "bis", "op"),
    "en": ("in", "at", "from", "to", "near", "of"),
    "fr": ("à", "a", "de", "du", "vers", "près", "depuis"),
    "es": ("en", "de", "desde", "a", "hacia", "cerca"),
    "nl": ("in", "uit", "naar", "bij", "te", "van"),
    "pt": ("em", "de", "para", "no", "na", "perto"),
    "it": ("a", "in", "da", "di", "verso"),
    "uk": ("в", "у", "з", "із", "зі", "до", "біля", "під", "міста", "місто", "селі", "село"),
    "ru": ("в", "во", "из", "до", "около"),
    "ar": ("في", "من", "إلى", "الى", "قرب", "مدينة", "بلدة"),
}

NON_NAME_WORDS: dict[str, tuple[str, ...]] = {
    # capitalised words that follow cues but are never names: calendar words, greetings, form labels
    "en": ("good", "morning", "afternoon", "evening", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
           "march", "april", "june", "july", "august", "september", "october", "november", "december",
           "please", "thanks", "thank", "hello", "dear", "urgent", "god", "allah", "card", "bank", "account",
           "phone", "address", "number", "email", "here", "sorry", "help", "yes", "ok"),
    "fr": ("salut", "cher", "chère", "chers", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février",
           "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
           "merci", "bonjour", "bonsoir", "urgent", "dieu", "aidez", "compte", "carte", "adresse", "numéro",
           "madame", "monsieur", "pourquoi", "combien", "quand"),
    "es": ("días", "tardes", "noches", "estimado", "estimada", "querido", "querida", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "enero", "febrero",
           "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
           "diciembre", "gracias", "hola", "buenas", "buenos", "urgente", "dios", "cuenta", "tarjeta",
           "dirección", "número", "ayuda", "por", "favor", "señor", "señora"),
    "nl": ("goedenavond", "beste", "geachte", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari",
           "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december", "dank", "bedankt", "hallo", "goedemorgen", "goedemiddag", "dringend",
           "god", "rekening", "kaart", "adres", "nummer", "help", "alstublieft"),
    "de": ("guten", "tag", "morgen", "abend", "liebe", "liebes", "lieber", "geehrte", "geehrter", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar",
           "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
           "dezember", "danke", "hallo", "bitte", "dringend", "gott", "konto", "karte", "adresse", "nummer",
           "hilfe", "team", "sie", "ihnen", "ihr", "ihre"),
    "uk": ("дайте", "скажіть", "надішліть", "прошу", "просимо", "шановна", "шановний", "шановні", "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя", "дякую", "дякуємо",
           "будь", "терміново", "бог", "рахунок", "картка", "адреса", "номер", "допоможіть", "вітаю"),
    "ru": ("спасибо", "пожалуйста", "срочно", "бог", "счёт", "карта", "адрес", "номер", "помогите"),
    "ar": ("صاحب", "صاحبة", "مرحبا", "مرحباً", "عنده", "عندها", "عندهم", "لديه", "لديها", "نفس", "تطلب", "يطلب", "شكرا", "شكراً", "الله",
           "رقم", "الحساب", "البطاقة", "العنوان", "أرجو", "يرجى", "الرجاء", "من", "في", "عن", "جاري", "جارتي",
           "أخي", "أختي", "زوجي", "زوجتي", "ابني", "ابنتي", "صديقي", "صديقتي", "اسمي", "باسم", "السيد", "السيدة",
           "قرب", "بالقرب", "بجانب", "أمام", "خلف", "عند", "حيث", "منذ", "بعد", "قبل", "مركز", "المركز", "مكتب",
           "المكتب", "المستوصف", "المدرسة", "المخيم", "الخيمة", "البيت", "المنزل", "الشارع", "نقطة",
           # calendar words (months of both calendars in use, days)
           "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
           "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
           "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    "pt": ("obrigado", "obrigada", "olá", "urgente", "deus", "conta", "cartão", "endereço", "número",
           "segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo", "feira", "janeiro", "fevereiro",
           "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"),
    "it": ("grazie", "ciao", "urgente", "dio", "conto", "carta", "indirizzo", "numero", "lunedì", "martedì",
           "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "gennaio", "febbraio", "marzo", "aprile",
           "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"),
}
