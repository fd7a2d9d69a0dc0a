"""Vocabulary for the benchmark generators (gen_corpus.py, gen_pack.py).

Every sentence here was written for the benchmark: statute-like English and
Russian text (general provisions, procedure, penalties, definitions) with the
human-rights vocabulary the shipped packs match (torture, detention, marriage
age, forced labour, trafficking, discrimination, assembly ...). Nothing is
copied from real statutes or treaties.

Slots in templates: {auth} {verb} {obj} {circ} {n_days} {age} {term} ... are
filled by gen_corpus.py; see Filler.sentence() there.
"""

# ---------------------------------------------------------------- numbers ---

EN_NUM = {
    1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
    8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen",
    14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen",
    19: "nineteen", 20: "twenty", 21: "twenty-one", 24: "twenty-four", 25: "twenty-five",
    30: "thirty", 45: "forty-five", 48: "forty-eight", 60: "sixty", 72: "seventy-two",
    90: "ninety",
}

# Russian cardinals: nominative/accusative and genitive.
RU_NOM = {
    1: "один", 2: "два", 3: "три", 4: "четыре", 5: "пять", 6: "шесть", 7: "семь",
    8: "восемь", 9: "девять", 10: "десять", 11: "одиннадцать", 12: "двенадцать",
    13: "тринадцать", 14: "четырнадцать", 15: "пятнадцать", 16: "шестнадцать",
    17: "семнадцать", 18: "восемнадцать", 19: "девятнадцать", 20: "двадцать",
    21: "двадцать один", 24: "двадцать четыре", 25: "двадцать пять", 30: "тридцать",
    45: "сорок пять", 48: "сорок восемь", 60: "шестьдесят", 72: "семьдесят два",
    90: "девяносто",
}
RU_GEN = {
    1: "одного", 2: "двух", 3: "трех", 4: "четырех", 5: "пяти", 6: "шести", 7: "семи",
    8: "восьми", 9: "девяти", 10: "десяти", 11: "одиннадцати", 12: "двенадцати",
    13: "тринадцати", 14: "четырнадцати", 15: "пятнадцати", 16: "шестнадцати",
    17: "семнадцати", 18: "восемнадцати", 19: "девятнадцати", 20: "двадцати",
    21: "двадцати одного", 24: "двадцати четырех", 25: "двадцати пяти", 30: "тридцати",
    45: "сорока пяти", 48: "сорока восьми", 60: "шестидесяти", 72: "семидесяти двух",
    90: "девяноста",
}
# Unit forms: (one, few, many) after a nominative numeral; genitive (sg, pl).
RU_UNIT = {
    "year": (("год", "года", "лет"), ("года", "лет")),
    "month": (("месяц", "месяца", "месяцев"), ("месяца", "месяцев")),
    "day": (("день", "дня", "дней"), ("дня", "дней")),
    "hour": (("час", "часа", "часов"), ("часа", "часов")),
}
RU_AGE_ADJ = {  # "шестнадцатилетнего возраста"
    14: "четырнадцатилетнего", 15: "пятнадцатилетнего", 16: "шестнадцатилетнего",
    18: "восемнадцатилетнего",
}

# ------------------------------------------------------------ English -----

EN_AUTH = [
    "the competent authority", "the Ministry of Justice", "the registration body",
    "the court", "the local self-government body", "the tax authority", "the prosecutor",
    "the inspection body", "the Government", "the licensing authority", "the commission",
    "the head of the institution", "the employer", "the investigating officer",
    "the guardianship authority", "the registrar", "the Ombudsperson", "the municipal council",
    "the statistics office", "the central bank", "the electoral commission",
    "the labour inspectorate", "the public prosecutor's office", "the trustee",
]
EN_VERB = [
    "consider", "publish", "register", "examine", "approve", "notify the applicant of",
    "submit", "review", "keep a record of", "verify", "suspend", "revoke", "transmit",
    "return", "forward to the court", "take a decision on", "enter in the register",
    "make available to the public", "archive", "certify",
]
EN_OBJ = [
    "the application", "the report", "the decision", "the register of licences",
    "the annual budget estimate", "the complaint", "the notification", "the documents submitted",
    "the request for information", "the draft regulation", "the certificate",
    "the accounting records", "the minutes of the meeting", "the contract", "the permit",
    "the list of candidates", "the statement of claim", "the appeal", "the inventory",
    "the financial statements", "the technical conditions", "the cadastral plan",
]
EN_CIRC = [
    "within {n} days of its receipt", "in accordance with the procedure established by the Government",
    "on the basis of a written request", "unless otherwise provided by law",
    "not later than {n} working days after the decision", "in the manner prescribed by this Code",
    "at the expense of the applicant", "in the official gazette", "without undue delay",
    "in electronic form", "within {n} months of the end of the financial year",
    "in the State language", "free of charge", "in the cases provided for by article {ref}",
    "after consulting the relevant associations", "with the consent of the owner",
]
EN_FILLER = [
    "{Auth} shall {verb} {obj} {circ}.",
    "{Auth} shall {verb} {obj} {circ} and inform {auth2} thereof.",
    "The procedure for {gerund} {obj} shall be determined by {auth}.",
    "The provisions of this article shall not apply to {obj} {circ}.",
    "Where {auth} refuses to {verb} {obj}, the reasons for the refusal shall be stated in writing.",
    "{Obj} shall contain the name of the applicant, the address of {place} and the date of submission.",
    "A fee of {amount} units shall be paid for {gerund} {obj}.",
    "Disputes arising from {obj} shall be settled by {auth} {circ}.",
    "The {ordinal} copy of {obj} shall be kept by {auth} for {n} years.",
    "Information contained in {obj} may be disclosed only {circ}.",
    "Article {ref} of this Code applies accordingly.",
    "{Auth} may extend the period referred to in paragraph {small} by not more than {n} days.",
    "The costs of {gerund} {obj} shall be borne by {auth}.",
    "{Obj} shall be signed by {auth} and sealed.",
    "Amendments to {obj} shall enter into force on the date of their publication.",
    "The {place} Regional Office shall maintain {obj} {circ}.",
]
EN_GERUND = [
    "preparing", "registering", "examining", "filing", "publishing", "keeping", "issuing",
    "renewing", "cancelling", "transferring", "storing",
]
EN_ORDINAL = ["first", "second", "third", "original"]

# Human-rights sentences; {age}, {age_n}, {h}, {lo}, {hi}, {m} are numbers.
EN_RIGHTS = [
    "No one shall be subjected to torture or to cruel, inhuman or degrading treatment or punishment.",
    "For the purposes of this Code, torture means any act by which severe pain or suffering, whether physical or mental, is intentionally inflicted on a person by a public official or with his consent or acquiescence for the purpose of obtaining information or a confession.",
    "A public official who inflicts torture shall be punished by imprisonment for a term of {lo} to {hi} years.",
    "Any person who is arrested or detained shall be brought promptly, and in any case within {h} hours, before a judge.",
    "Everyone has the right to liberty and security of person, and no one shall be subjected to arbitrary arrest or detention.",
    "A detained person shall have access to a lawyer of his or her choice from the moment of detention.",
    "Evidence obtained under torture shall not be admissible in any proceedings.",
    "The marriageable age is {age} years for women and men.",
    "No person under the age of {age} years shall marry.",
    "In exceptional cases the court may permit marriage from {age} years.",
    "Forced or compulsory labour is prohibited.",
    "A child under the age of {age_n} shall not be admitted to employment or work in any occupation.",
    "A person who has attained the age of {age} years may be employed in light work that is not likely to harm his or her health.",
    "No {age_n}-year-old shall be employed in hazardous work or at night.",
    "Trafficking in persons for the purpose of exploitation shall be punished by imprisonment for a term of {lo} to {hi} years.",
    "Discrimination on the ground of sex, race, colour, language, religion, political or other opinion, national or social origin, property, birth or other status is prohibited.",
    "Men and women have equal rights and equal opportunities in employment and remuneration for work of equal value.",
    "Everyone has the right to freedom of peaceful assembly, and the organisers shall notify the local authority at least {n} days in advance.",
    "Everyone has the right to freedom of association with others, including the right to form and join trade unions.",
    "Everyone has the right to freedom of thought, conscience and religion.",
    "Any propaganda for war shall be prohibited by law.",
    "Corporal punishment of children is prohibited in all settings, including the home.",
    "The enforced disappearance of a person shall be punished by imprisonment for a term of up to {hi} years.",
    "A person deprived of liberty shall be informed at the time of arrest of the reasons for the arrest and of any charges.",
    "Anyone deprived of liberty by arrest or detention is entitled to take proceedings before a court so that the court may decide without delay on the lawfulness of the detention.",
    "A person who sells a child or offers a child for sexual exploitation shall be liable to imprisonment of up to {hi} years.",
    "Persons with disabilities shall enjoy legal capacity on an equal basis with others in all aspects of life.",
    "Pre-trial detention shall not exceed {m} months.",
    "The age of criminal responsibility is {age} years.",
    "A child who has not reached the age of {age} years shall not be held criminally liable.",
    "Domestic violence against a spouse or a family member shall be punished by a fine or by imprisonment for up to {lo} years.",
    "A wife may take up employment without the consent of her husband.",
    "The death penalty shall not be imposed on persons below {age} years of age.",
    "Corruption of a public official shall be punished by imprisonment for a term of {lo} to {hi} years and a fine.",
]

# --------------------------------------------------------------- Russian ---

RU_AUTH = [
    "уполномоченный орган", "Министерство юстиции", "регистрирующий орган", "суд",
    "орган местного самоуправления", "налоговый орган", "прокурор", "контрольный орган",
    "Правительство", "лицензирующий орган", "комиссия", "руководитель учреждения",
    "работодатель", "следователь", "орган опеки и попечительства", "нотариус",
    "Уполномоченный по правам человека", "муниципальный совет", "орган статистики",
    "центральный банк", "избирательная комиссия", "государственная инспекция труда",
]
RU_AUTH_GEN = [
    "уполномоченного органа", "Министерства юстиции", "регистрирующего органа", "суда",
    "органа местного самоуправления", "налогового органа", "прокурора", "контрольного органа",
    "Правительства", "лицензирующего органа", "комиссии", "руководителя учреждения",
    "работодателя", "следователя", "органа опеки и попечительства", "нотариуса",
]
RU_VERB = [
    "рассматривает", "публикует", "регистрирует", "проверяет", "утверждает", "направляет",
    "возвращает", "принимает решение по вопросу о", "вносит в реестр", "хранит",
    "приостанавливает действие", "аннулирует", "заверяет", "передает в архив",
    "размещает в сети Интернет", "представляет",
]
RU_OBJ = [
    "заявление", "отчет", "решение", "реестр лицензий", "проект бюджета", "жалобу",
    "уведомление", "представленные документы", "запрос", "проект нормативного акта",
    "свидетельство", "бухгалтерскую отчетность", "протокол заседания", "договор",
    "разрешение", "список кандидатов", "исковое заявление", "апелляционную жалобу",
    "опись имущества", "финансовую отчетность", "технические условия", "кадастровый план",
]
RU_CIRC = [
    "в течение {n_days} со дня его поступления", "в порядке, установленном Правительством",
    "на основании письменного заявления", "если иное не предусмотрено федеральным законом",
    "не позднее {n_days} после принятия решения", "в порядке, предусмотренном настоящим Кодексом",
    "за счет заявителя", "в официальном печатном издании", "без неоправданной задержки",
    "в форме электронного документа", "в течение {n_months} после окончания финансового года",
    "на государственном языке", "бесплатно", "в случаях, предусмотренных статьей {ref}",
    "после консультаций с заинтересованными объединениями", "с согласия собственника",
]
RU_FILLER = [
    "{Auth} {verb} {obj} {circ}.",
    "{Auth} {verb} {obj} {circ} и информирует об этом {auth_gen2}.",
    "Порядок рассмотрения документов определяется решением {auth_gen}.",
    "Положения настоящей статьи не применяются к отношениям, возникшим до {date}.",
    "В случае отказа {auth_gen} причины отказа указываются в письменной форме.",
    "Заявление должно содержать наименование заявителя, его адрес в {place} и дату подачи.",
    "За рассмотрение заявления уплачивается государственная пошлина в размере {amount} рублей.",
    "Споры, возникающие в связи с исполнением договора, разрешаются {circ}.",
    "Экземпляр документа хранится у {auth_gen} в течение {n_years}.",
    "Сведения, содержащиеся в реестре, могут быть раскрыты только {circ}.",
    "Статья {ref} настоящего Кодекса применяется соответственно.",
    "{Auth} вправе продлить срок, указанный в части {small} настоящей статьи, не более чем на {n_days}.",
    "Расходы, связанные с регистрацией, несет заявитель.",
    "Документ подписывается руководителем {auth_gen} и заверяется печатью.",
    "Изменения вступают в силу со дня их официального опубликования.",
    "Территориальное управление в {place} ведет реестр {circ}.",
]

RU_RIGHTS = [
    "Никто не должен подвергаться пыткам, насилию, другому жестокому или унижающему человеческое достоинство обращению или наказанию.",
    "Под пыткой понимается причинение физических или нравственных страданий в целях понуждения к даче показаний, совершенное должностным лицом либо с его согласия или молчаливого согласия.",
    "Пытка, совершенная должностным лицом, наказывается лишением свободы на срок от {lo_gen} до {hi_gen} лет.",
    "Задержанный должен быть доставлен к судье в течение {h_gen} часов с момента фактического задержания.",
    "Каждый имеет право на свободу и личную неприкосновенность; никто не может быть подвергнут произвольному аресту или задержанию.",
    "Каждый задержанный имеет право пользоваться помощью адвоката (защитника) с момента задержания.",
    "Доказательства, полученные с применением пыток, являются недопустимыми.",
    "Брачный возраст устанавливается в {age_nom} лет.",
    "Вступление в брак лица, не достигшего {age_gen} лет, не допускается.",
    "При наличии уважительных причин суд вправе разрешить вступление в брак лицам, достигшим {age_gen} лет.",
    "Принудительный труд запрещен.",
    "Трудовой договор может быть заключен с лицом, достигшим {age_adj} возраста.",
    "Лицо, достигшее {age_gen} лет, с согласия одного из родителей может выполнять легкий труд, не причиняющий вреда его здоровью.",
    "Запрещается применение труда лиц в возрасте до {age_gen} лет на работах с вредными условиями труда.",
    "Торговля людьми в целях эксплуатации наказывается лишением свободы на срок от {lo_gen} до {hi_gen} лет.",
    "Государство гарантирует равенство прав и свобод человека и гражданина независимо от пола, расы, национальности, языка, происхождения, имущественного положения, отношения к религии и убеждений.",
    "Мужчины и женщины имеют равные права и равные возможности в сфере труда и равную оплату за труд равной ценности.",
    "Граждане имеют право собираться мирно, без оружия, проводить собрания, митинги и демонстрации; уведомление подается не позднее чем за {n_days} до дня проведения публичного мероприятия.",
    "Каждый имеет право на объединение, включая право создавать профессиональные союзы для защиты своих интересов.",
    "Каждому гарантируется свобода совести, свобода вероисповедания и свобода мысли.",
    "Пропаганда войны запрещается законом.",
    "Телесные наказания детей запрещаются, в том числе в семье.",
    "Насильственное исчезновение лица наказывается лишением свободы на срок до {hi_gen} лет.",
    "Задержанному немедленно сообщаются основания задержания и предъявляемое обвинение.",
    "Каждый, кто лишен свободы в результате ареста или задержания, имеет право на безотлагательное рассмотрение судом вопроса о законности задержания.",
    "Купля-продажа несовершеннолетнего наказывается лишением свободы на срок до {hi_gen} лет.",
    "Инвалиды обладают правоспособностью наравне с другими во всех аспектах жизни.",
    "Срок содержания под стражей при расследовании преступлений не может превышать {m_gen} месяцев.",
    "Уголовной ответственности подлежит лицо, достигшее ко времени совершения преступления {age_gen} лет.",
    "Побои, нанесенные близкому лицу, наказываются штрафом в размере до {amount} рублей либо арестом на срок до {lo_gen} месяцев.",
    "Согласие мужа на трудоустройство жены не требуется.",
    "Смертная казнь не назначается лицам, не достигшим {age_gen} лет.",
    "Получение взятки должностным лицом наказывается лишением свободы на срок от {lo_gen} до {hi_gen} лет со штрафом.",
]

# ----------------------------------------------------------- structure ----

EN_CODES = [
    ("criminal", "Criminal Code"), ("family", "Family Code"), ("labour", "Labour Code"),
    ("criminal-procedure", "Code of Criminal Procedure"), ("civil", "Civil Code"),
    ("administrative", "Code of Administrative Offences"), ("children", "Child Rights Act"),
    ("assembly", "Public Assemblies Act"),
]
RU_CODES = [
    ("criminal", "Уголовный кодекс"), ("family", "Семейный кодекс"), ("labour", "Трудовой кодекс"),
    ("criminal-procedure", "Уголовно-процессуальный кодекс"), ("civil", "Гражданский кодекс"),
    ("administrative", "Кодекс об административных правонарушениях"),
    ("children", "Закон об основных гарантиях прав ребенка"),
    ("assembly", "Закон о собраниях, митингах и демонстрациях"),
]
EN_HEADINGS = [
    "General provisions", "Scope of application", "Definitions", "Registration",
    "Rights and obligations of the parties", "Procedure for consideration of applications",
    "Liability", "Supervision and control", "Transitional provisions", "Entry into force",
    "Guarantees", "Time limits", "Appeals", "Protection of personal data", "Fees",
    "Offences against the person", "Detention and arrest", "Marriage", "Employment of minors",
    "Equality", "Public events", "Associations", "Criminal liability",
]
RU_HEADINGS = [
    "Общие положения", "Сфера применения", "Основные понятия", "Регистрация",
    "Права и обязанности сторон", "Порядок рассмотрения заявлений", "Ответственность",
    "Надзор и контроль", "Переходные положения", "Вступление в силу", "Гарантии", "Сроки",
    "Обжалование", "Защита персональных данных", "Пошлины", "Преступления против личности",
    "Задержание и арест", "Брак", "Труд несовершеннолетних", "Равноправие",
    "Публичные мероприятия", "Объединения", "Уголовная ответственность",
]
EN_DEFS = [
    ("child", "every human being below the age of {age} years"),
    ("public official", "any person holding a legislative, executive, administrative or judicial office"),
    ("detention", "the deprivation of liberty of a person by a decision of a competent authority"),
    ("forced labour", "all work or service exacted from any person under the menace of any penalty"),
    ("applicant", "a natural or legal person who submits an application under this Code"),
    ("register", "the State register kept under article {ref}"),
]
RU_DEFS = [
    ("ребенок", "лицо до достижения им возраста {age_gen} лет"),
    ("должностное лицо", "лицо, постоянно или временно осуществляющее функции представителя власти"),
    ("задержание", "мера процессуального принуждения, применяемая на срок не более {h_gen} часов"),
    ("принудительный труд", "выполнение работы под угрозой применения какого-либо насильственного воздействия"),
    ("заявитель", "физическое или юридическое лицо, обратившееся с заявлением"),
    ("реестр", "государственный реестр, который ведется в соответствии со статьей {ref}"),
]
EN_NOTES = [
    "This provision was amended by the Act of {year}.",
    "See also article {ref} of this Code.",
    "The amount is indexed annually in accordance with the consumer price index.",
]
RU_NOTES = [
    "Примечание. Лицо, добровольно сообщившее о преступлении, освобождается от уголовной ответственности.",
    "Примечание. Крупным размером признается сумма, превышающая {amount} рублей.",
    "Примечание. Под должностными лицами понимаются лица, осуществляющие функции представителя власти.",
]

# Syllables for rare words: place names and organisations (distinct tokens).
EN_SYL = ["har", "low", "bridge", "ton", "mar", "wick", "ford", "ash", "ley", "brook",
          "dun", "mere", "stan", "wood", "hol", "by", "kirk", "ridge", "ing", "ham"]
RU_SYL = ["за", "ре", "чин", "ск", "ов", "ка", "бер", "ез", "но", "ли", "пол", "дол",
          "гор", "ян", "ни", "ль", "мир", "ог", "рад", "ест"]

# Stems for the synthetic 10x pack (gen_pack.py): adjectives and nouns from
# the texts above, so that some synthetic terms occur in the corpus.
EN_ADJ = ["administrative", "annual", "appropriate", "central", "civil", "competent",
          "criminal", "electoral", "electronic", "financial", "local", "municipal", "official",
          "personal", "public", "regional", "relevant", "social", "technical", "written",
          "judicial", "legal", "national", "federal", "minimum", "maximum", "private",
          "cadastral", "statistical", "environmental", "medical", "postal", "sanitary", "urban",
          "rural", "maritime", "agricultural", "academic", "customs", "fiscal", "budgetary",
          "consular", "diplomatic", "forensic", "territorial", "temporary", "permanent"]
EN_NOUN = ["application", "authority", "body", "budget", "certificate", "commission", "complaint",
           "contract", "council", "court", "decision", "document", "employer", "estimate", "fee",
           "gazette", "inspection", "inventory", "licence", "list", "minutes", "notification",
           "office", "permit", "plan", "procedure", "record", "register", "regulation", "report",
           "request", "statement", "trustee", "appeal", "audit", "archive", "bank", "census",
           "district", "fund", "hearing", "institution", "land", "ministry", "notary", "property",
           "registry", "tariff", "tax", "vehicle", "warrant", "zone"]
RU_ADJ = ["административн", "годов", "надлежащ", "центральн", "гражданск", "уполномоченн",
          "уголовн", "избирательн", "электронн", "финансов", "местн", "муниципальн",
          "официальн", "персональн", "публичн", "региональн", "соответствующ", "социальн",
          "техническ", "письменн", "судебн", "правов", "национальн", "федеральн",
          "минимальн", "максимальн", "частн", "кадастров", "статистическ", "экологическ",
          "медицинск", "почтов", "санитарн", "городск", "сельск", "морск", "таможенн",
          "налогов", "бюджетн", "консульск", "территориальн", "временн", "постоянн"]
RU_NOUN = ["заявлени", "орган", "бюджет", "свидетельств", "комисси", "жалоб", "договор",
           "совет", "суд", "решени", "документ", "работодател", "смет", "пошлин", "реестр",
           "проверк", "опис", "лицензи", "список", "протокол", "уведомлени", "управлени",
           "разрешени", "план", "порядок", "запис", "регламент", "отчет", "запрос",
           "нотариус", "архив", "банк", "перепис", "район", "фонд", "слушани", "учреждени",
           "земл", "министерств", "имуществ", "тариф", "налог", "транспорт", "ордер", "зон"]
