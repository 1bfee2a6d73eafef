"""The words the name finder knows: titles, months, headings, organization heads, patterns.

Data, not branches: a rule in :mod:`encoder.names.matcher` or
:mod:`encoder.names.unknown` asks these sets and patterns, so a new title or heading word
is one line here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._common_words import COMMON_WORDS, LOWER_WORDS
from ._gazetteer import PLACE_WORDS
from .east_asian import VIETNAMESE_MIDDLE, is_given_part
from .registry import PARTICLES
from .tokens import WORD, Tok, norm

PERSON_TITLES = [
    "Comrades", "Comrade", "Cde", "Comr", "Tov", "Com", "Messrs", "Mr", "Mrs", "Ms", "Miss",
    "Mme", "Madame", "Monsieur", "Herr", "Dr", "Prof", "Professor", "Sir", "Lord", "Lady",
    "Ambassador", "Ambassadors", "Envoy", "Minister", "Counselor", "Counsellor", "Consul",
    "Attaché", "Attache", "Chargé", "Charge",
    "General", "Generals", "Gen", "Lieutenant General", "Lt. Gen", "Major General",
    "Brigadier General", "Brigadier", "Colonel General", "Colonel", "Col", "Lieutenant Colonel",
    "Captain", "Capt", "Lieutenant", "Lt", "Major", "Maj", "Commander", "Admiral", "Adm",
    "Marshal", "Marshals", "Field Marshal", "Generalissimo", "Chairman", "Premier",
    "Vice Premier", "Secretary", "Under Secretary", "Secretary of State",
    "Secretary of Defense", "Secretary of the Treasury", "Secretary-General",
    "Secretary General", "President", "Vice President", "Prime Minister", "Foreign Minister",
    "Defense Minister", "Deputy Foreign Minister", "Deputy Minister", "Deputy Premier",
    "Senator", "Governor", "Chancellor", "King", "Queen", "Prince", "Princess", "Emperor",
    "Shah", "Archbishop", "Bishop", "Cardinal", "Pope", "Father", "Marshal of the Soviet Union",
    "Plenipotentiary", "Vice-Minister", "Vice Minister", "Vice-Premier", "Foreign Secretary",
    "Congressman", "Congresswoman", "Representative", "Rep", "Judge", "Justice", "Mayor",
    "Assistant Secretary", "Deputy Secretary", "Director", "Vice Admiral", "Rear Admiral",
    "Reverend", "Rev", "Monsignor", "Sheikh", "Sultan", "Emir", "Señor", "Senor", "Frau",
    "Señora", "Senora", "Señorita", "Senorita", "Signor", "Signora", "Mademoiselle", "Mlle", "Monsignore",
    "Товарищ", "Товарищу", "Товарищи", "Товарищам", "Тов",
    "FonMin", "PriMin", "DepFonMin", "ViceFonMin", "DefMin", "Amb", "Interpreter",
    "First Secretary", "Second Secretary", "Third Secretary", "General Secretary", "First Deputy",
    "His Excellency", "Her Excellency", "Excellency", "Honorable", "Honourable", "Mister",
    "Tsepon", "Dzasa", "Kalon",
] + [f"{c} d{q}Affaires{a}" for c in ("Chargé", "Chargés", "Charge") for q in "'’" for a in ("", " ad interim")]
# Plurals before a list of names ("Secretaries Rusk and McNamara"); at the end of a body's name
# they are its members, not a title after it ("Committee of Three Foreign Ministers").
PLURAL_TITLES = ["Secretaries", "Senators", "Admirals",
                 "Colonels", "Governors", "Congressmen", "Professors", "Drs"]
PERSON_TITLES += PLURAL_TITLES
# keys as title_before reads the text: letters only ("chargé d affaires ad interim")
TITLE_KEYS = {" ".join(_w.lower() for _w in re.findall(r"[^\W\d_]+", t)) for t in PERSON_TITLES}
TITLE_SIZE = max(len(re.findall(r"[^\W\d_]+", t)) for t in PERSON_TITLES)
TITLE_WORDS = {norm(w) for t in PERSON_TITLES for w in WORD.findall(t)}
TITLE_LAST = {norm(WORD.findall(t)[-1]) for t in PERSON_TITLES}

# Usual English short forms of given names (Bob Bowie = Robert Bowie).
HYPOCORISTIC = {}
for _line in """robert: Bob Bobby Rob; william: Bill Billy Will; james: Jim Jimmy; john: Jack Johnny;
    richard: Dick Rick; thomas: Tom Tommy; joseph: Joe; charles: Chuck Charlie; edward: Ed Ted
    Eddie; theodore: Ted Teddy; michael: Mike; david: Dave; daniel: Dan; samuel: Sam;
    benjamin: Ben; anthony: Tony; andrew: Andy; frederick: Fred; henry: Harry Hank;
    harold: Hal; lawrence: Larry; walter: Walt; albert: Al; alfred: Al Alf; dwight: Ike;
    nicholas: Nick; stephen: Steve; steven: Steve; kenneth: Ken; donald: Don; ronald: Ron;
    gerald: Jerry; leonard: Len; herbert: Herb; averell: Ave; christopher: Chris;
    nikolai: Kolya; vladimir: Volodya; aleksandr: Sasha""".split(";"):
    _full, _shorts = _line.split(":")
    HYPOCORISTIC[_full.strip()] = tuple(_shorts.split())

SPEECH_VERBS = set("""said says asked replied stated told added remarked noted explained agreed
    thought expressed indicated suggested emphasized emphasised observed commented continued
    inquired predicted recommended insisted urged declared promised proposed answered warned
    assured responded believed felt wanted wished hoped feared argued admitted conceded
    interjected countered mentioned concluded confirmed denied calls called thinks believes
    wants asks tells informed requested demanded announced stressed reported visited received
    refused accepted rejected objected complained""".split())

# After a capitalized word, these say it acts: "Pritchard will no doubt wish", "Bhabha had made".
AUXILIARIES = set("did does could would will should has had may might must can cannot".split())
# What is said only of a person after "is" or "was": "Eder was present", "Bajpai is not very precise".
PERSON_STATE = re.compile(r"[ \t]+(?:is|was)[ \t]+(?:(?:not|also|still|now|then|quite|very|most|rather|clearly|obviously)[ \t]+)*"
                          r"(?:present|absent|aware|unaware|anxious|willing|unwilling|reluctant|glad|pleased|sorry"
                          r"|unable|confident|convinced|surprised|concerned|worried|disappointed|satisfied|insistent"
                          r"|emphatic|inclined|determined|eager|keen|optimistic|pessimistic|evasive|noncommittal"
                          r"|adamant|precise|vague|born|married|reported|said|believed|thought|understood)\b")
# What only a person has: "Bhabha's letter", "Goulart's emissary", "Mengistu's speech".
PERSONAL_THINGS = {norm(w) for w in """letter letters paper note notes memorandum message telegram cable
    conversation conversations talk talks call request instructions
    reply answer visit trip arrival departure emissary envoy wife husband son sons daughter
    daughters brother sister father mother family signature speech speeches remarks words
    statement health illness death successor predecessor deputy assistant secretary
    interpreter aide aides book memoirs diary article suggestion paragraph policies views
    attitude intentions purpose appointment resignation dismissal assassination funeral career
    behalf initiative proposal proposals opinion view reaction mind briefing report reports conception
    idea ideas""".split()}
# Before a capitalized word: "a letter to Harpham", "a further letter from Marten".
# (Telegrams come from places: "telegram from Kalimpong".)
WRITTEN_TO = re.compile(r"\b(?:letter|letters|note|message|memorandum|reply|statement)"
                        r"\s+(?:\w+\s+)?(?:to|from)\s+$", re.I)
# What is done only to a person, or only with one: "urged Lamm", "told Trevelyan and me",
# "discussions with Mates", "call by Trevelyan" (a weak cue, step 20).
PERSON_OBJECT_BEFORE = re.compile(
    r"\b(?:told|urged|informed|asked|instructed|assured|thanked|advised|reminded|congratulated|warned|persuaded"
    r"|telephoned|briefed|interviewed|accompanied|expressed\s+to"
    r"|(?:[Dd]rafted|[Aa]pproved|[Cc]leared|[Ii]nitialed|[Ii]nitialled|[Cc]oncurred|[Ss]igned)(?:\s+(?:by|with))?"
    r"|(?:adviser|advisor|assistant|deputy|successor|predecessor|aide|interpreter|counsell?or)\s+to"
    r"|(?:conversations?|talks?|discussions?|meetings?"
    r"|interviews?|consultations?|talked|spoke|conferred|lunched|dined|appointment|audience)\s+with|calls?\s+by)\s+"
    r"(?:[A-Z][\w’'-]+(?:,\s+and\s+|,\s+|\s+and\s+)){0,4}$")  # and the rest of a list: "approved by Rogers, Sisco, and"
# Relatives named after the relation: "his sons Yuriy and", "her husband".
KIN_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:son|sons|daughter|daughters|wife|husband|brother|"
                        r"brothers|sister|sisters|father|mother)\s+(?:[A-Z]\w+\s+and\s+)?$")

MONTHS = ("January February March April May June July August September October November "
          "December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
CALENDAR = {norm(w) for w in MONTHS + WEEKDAYS}

# Capitalized words that do not start or continue a personal name after a title.
NOT_NAME = {norm(w) for w in (
    MONTHS + WEEKDAYS + """
    The A An And Or Of In On At To For From By With Without As Is Was Were Be Has Had Have
    I He She We They You It His Her Their Our My Your Its This That These Those There Here
    Who Whom Which What When Where Why How Not No Yes All Both Each Every Some Any Also
    Staff Assembly Council Committee Ministry Government Embassy Legation Department Army
    Party Office Command Headquarters Forces Force Navy Corps Division Front Union Republic
    State States Nations Affairs Security Defense Defence Foreign Home Interior Finance
    Trade War Peace Military Political Economic Central Supreme Soviet Soviets Chinese Korean
    Koreans American Americans British English French German Germans Polish Hungarian
    Czechoslovak Romanian Rumanian Bulgarian Cuban Vietnamese Indian Japanese Turkish Greek
    Greeks Cypriot Russian Russians Yugoslav Albanian Mongolian Italian Spanish Arab Israeli
    Egyptian Western Eastern Northern Southern North South East West People People's
    Peoples Volunteers National International United General Secretary President Minister
    Ambassador Chairman Premier Comrade Comrades Marshal Admiral Colonel Captain Deputy Vice
    Chief Commander Extraordinary Plenipotentiary Council Presidium Politburo Bureau Plenum
    Comite Comité Komitet Pravda Izvestia Izvestiya Sputnik Tass Xinhua Granma Commie Commies
    Chicom Chicoms
    Congress Conference Session Meeting Delegation Mission Commission Administration
    Agency Service Services Council Cabinet Parliament Senate House Court Bank Fund Program
    Plan Pact Treaty Agreement Charter Doctrine Declaration Note Memorandum Telegram Report
    Letter Message Statement Resolution Decision Question Problem Issue Situation
    God Lord Dear Sir Madam Excellency Your His Her Majesty Highness Thanks Thank Please
    Today Tomorrow Yesterday Tonight Joint Chiefs
    Dept Deptel Deptels Embtel Emb Embassy Embassies Govt Govts Gov Sov Sovs SovEmb Amb Ambs
    FonOff FonMin Secy Sec Rep Reps Min Del Dels Dep Mins Conf Info Ref Reftel Urtel Mytel Treas Defmin Commerce
    Brit Brits Amer Amers Ital Itals Ger Jap Japs Fr Turk Depts Admin Adm Admins
    European Europeans Asian Asians African Africans Asiatic Latin
    Turks Greeks Cypriots Russians Chinese Koreans Americans Britons Frenchmen Germans Poles
    Hungarians Czechs Slovaks Romanians Rumanians Bulgarians Yugoslavs Serbs Croats
    Albanians Cubans Indians Pakistanis Japanese Arabs Israelis Egyptians Syrians Iraqis
    Iranians Persians Afghans Italians Spaniards Dutch Belgians Swedes Norwegians Danes
    Finns Austrians Swiss Mongolians Indonesians Filipinos Thais Burmese Laotians Cambodians
    Vietnamese Soviets Communists Nationalists Democrats Republicans Conservatives
    Socialists Liberals Allies Westerners Europeans Asians Africans Latins Slavs
    """.split())}

HEADER_WORDS = {norm(w) for w in """
    CIPHERED CIPHER TELEGRAM TELEGRAMS CABLE TOP SECRET STRICTLY COPIES COPY SPECIAL URGENT
    PRIORITY IMMEDIATE FLASH NIACT ROUTINE OPERATIONAL PRIORITY RECEIVED SENT SERIES
    CONFIDENTIAL RESTRICTED UNCLASSIFIED DECLASSIFIED MEMORANDUM SUBJECT DATE OUTGOING
    INCOMING EXTREMELY HIGHEST PERSONAL EYES ONLY DEPTEL EMBTEL REFTEL ANNEX APPENDIX
    ENCLOSURE ATTACHMENT DRAFT TRANSLATION TRANSCRIPT ORIGINAL FILE FOLDER PAGE SHEET END TEXT
    MESSAGE DISPATCH DESPATCH REPORT MINUTES RECORD CONVERSATION NOTES NOTE STATEMENT
    DECISION RESOLUTION PROTOCOL AGREEMENT DIRECTIVE ORDER INSTRUCTION INSTRUCTIONS ISSUING
    SHIFT CHIEF VERIFIED TYPED DISTRIBUTION MAKING PROHIBITED CONFIRM RECEIPT FROM TO NO NR
    SIGNED SIGNATURE STAMP HANDWRITTEN ILLEGIBLE ATTENTION INFO ACTION SUMMARY EXCERPT
    DEPARTMENT EMBASSY MINISTRY COMMITTEE GOVERNMENT DELEGATION
    ВНЕ ОЧЕРЕДИ СРОЧНО СЕКРЕТНО СОВЕРШЕННО ШИФРТЕЛЕГРАММА ТЕЛЕГРАММА КОПИЯ ЭКЗ ЭКЗЕМПЛЯР ОСОБАЯ ПАПКА
    ВХ ИСХ ЗАПИСЬ БЕСЕДЫ ДНЕВНИК СПРАВКА ПРОТОКОЛ ПОСТАНОВЛЕНИЕ ПИСЬМО ИЗ ПОЛУЧЕНО ОТПРАВЛЕНО
    """.split()}

ORG_HEADS = ("Embassy|Embassies|Legation|Consulate General|Consulate|Ministry|Ministries|"
             "Commissariat|Department|Central Committee|Committee|Council of Ministers|Council|"
             "Presidium|Politburo|Political Bureau|Secretariat|Bureau|Army|Armies|Navy|Air Force|"
             "Party|Command|Headquarters|General Staff|Staff|Directorate|Administration|Agency|"
             "Foreign Office|Office|Government|Assembly|Volunteers|Front|Corps|Commission|Academy|"
             "Institute|Mission|Delegation|Cabinet|Parliament|Diet|Congress|Senate|CC|"
             "University|College|School|Desk|Association|Federation|League|Society|Service|"
             "Division|Section|Brigade|Regiment|Battalion|Fleet|Court|Tribunal|Company|"
             "Corporation|Organization|Organisation|Alliance|Movement|Hospital|Library|Museum|Foundation|"
             "Airlines|Airways")
# Title words that also begin the names of bodies ("State Council", "General Staff").
ORG_WORDS = {norm(w) for w in "State General Foreign Defense Defence Treasury Interior Supreme Central "
             "National People People's War Navy Army First Second Third Fourth Fifth Main Chief".split()}
# One-word titles of persons that are no part of an organization's name after it
# ("[PRC Embassy in India Counsellor] Comrade Sheng Jian"; not "Consulate General").
ROLE_WORDS = {norm(t) for t in PERSON_TITLES if " " not in t} - ORG_WORDS - {norm(t) for t in PLURAL_TITLES}
# A numbered congress, plenum or session is a meeting, not an organization.
ORDINAL_MEETING = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th)|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|"
                             r"Eighth|Ninth|Tenth|Eleventh|Twelfth|[A-Z][a-z]+(?:teenth|tieth)))[ \t]+"
                             r"(?:Party[ \t]+)?(?:Congress|Plenum|Session|Conference|Meeting|Assembly)\b")
# A given name after "Dear", or a word alone on its line (a signature): "Dear Roger:", "\nROSHCHIN\n".
DEAR_OR_ALONE = re.compile(r"(?:\b(?:Dear|DEAR) |^)([A-Z][a-z]+|[A-Z]{3,})(?=[:,]?[ \t]*(?:\n|$))", re.MULTILINE)
# Two or three capitalized words before life dates: "Eugeniusz Milnikiel (1905 -1969)".
LIFE_DATES_AFTER = re.compile(r"(?<![\w’'-])([A-ZÀ-ÝĀ-Ž][\w’'-]+(?:[ \t]+[A-ZÀ-ÝĀ-Ž][\w’'-]+){1,2})"
                              r"[ \t]+\((?:b\.[ \t]*|born[ \t]+)?1[89]\d\d[ \t]*[-–—]")
# What the staff of a telegram did, before their names: "Deciphered by Piecuch".
STAFF_BY = re.compile(r"(?<![\w-])(?:(?i:deciphered|decoded|decrypted|encoded|enciphered|ciphered|checked|typed"
                      r"|prepared|drafted|compiled|approved|recorded|translated|sent|copied|written|verified"
                      r"|dictated|transmitted|cleared|edited|signed|received|taken|created)[ \t]+by[ \t]*:?"
                      r"|(?:Signed|SIGNED|Sgd\.?)[ \t]*:|\((?:signed|Signed|SIGNED|sgd\.?|Sgd\.?|sd\.?|Sd\.?)\))"
                      r"[ \t]+(?=[A-ZÀ-ÝĀ-Ž])")
# The archivist's initials in a declassification stamp: "By SMF, NARA, Date 3/28/00".
DECLASSIFIED_BY = re.compile(r"(?m)^[ \t]*By[ \t]+((?=[a-z]*[A-Z])[A-Za-z]{2,4}),?[ \t]+NARA\b")
# A message's heading line that names its sender: "For Ambassador from Newsom",
# "240. Under Secretary from Belcher." (the name ends the line or the sentence).
MESSAGE_FROM = re.compile(r"(?m)^(?:\d+\.[ \t]+)?(?:(?:[Ff]or|FOR|[Tt]o|TO)[ \t]+)?(?:[A-Z][\w.’']*[ \t]+){0,4}"
                          r"(?:from|From|FROM)[ \t]+(?=[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?(?:\.|[ \t]*$))")
# Heads whose name goes on with the place they are in ("Embassy in Moscow", "Mission at the UN").
ORG_LOCATED = re.compile(r"(?i:Embassy|Embassies|Legation|Consulate General|Consulate|Mission|Delegation"
                         r"|Office|Bureau|Representation|Trade Mission|Headquarters|Command)")
# Heads of institutions that may be named after a person ("Kim Il Sung University").
INSTITUTION_HEAD = re.compile(r"University|College|School|Institute|Academy|Hospital|Library|Museum|Foundation"
                              r"|Factory|Works|Plant|Prize|Order")
_CAP = r"(?!(?:" + "|".join(MONTHS + WEEKDAYS) + r")\b)(?:[A-Z][a-z’']+(?:['’]s)?(?:-[A-Za-z][a-z]+)*|[A-Z]{2,}(?:['’]s)?|(?:[A-Z]\.){2,})"
_CONN = r"(?:of|for|in|at|on|to|OF|FOR|IN|AT|ON|TO)"
_ART = r"(?:(?:the|THE)\s+)?"
_HEADS_CASED = "|".join(sorted({h for x in ORG_HEADS.split("|") for h in (x, x.upper())},
                               key=len, reverse=True))
ORG_HEAD_FIND = re.compile(rf"(?<![\w])(?:{_HEADS_CASED})(?![\w])")
ORG_PRE = re.compile(rf"(?<![\w.])(?:(?:{_CAP}|\d{{1,2}}(?:st|nd|rd|th))[ \t]+){{1,4}}$")
# "and" joins words of one name ("Ministry of Agriculture and Food"), not two names
# ("the Ministry of Foreign Affairs and Ministry of Higher Education")
_AND = rf"(?:and[ \t]+(?!(?:the[ \t]+)?(?:{ORG_HEADS})\b))"
ORG_POST = re.compile(
    rf"(?:[ \t]+{_CONN}[ \t]+{_ART}(?:{_CAP}(?:[ \t]+{_AND}?{_CAP}){{0,4}}))*")
# Words that end an organization's name when they follow it on a header line:
# "Ministry of Foreign Affairs Cable", "EMBASSY IN THE DPRK TOP SECRET".
ORG_TAIL_NOT = {norm(w) for w in """Cable Telegram Telegrams Report Memorandum Letter Note Notes
    Record Minutes Stamp Level Copy Secret Top Urgent Confidential Strictly Received Sent
    Incoming Outgoing No Nº""".split()}
COMPASS = {norm(w) for w in "North South East West Northern Southern Eastern Western Central".split()}
# Before a place, a part of it: "North China", "Northwest China", "the Eastern Mediterranean".
REGION_OF = COMPASS | {norm(w) for w in """Northeast Northwest Southeast Southwest Northeastern Northwestern
    Southeastern Southwestern""".split()}
_GEO_UPPER = ("Islands|Island|Isles|Sea|Straits|Strait|Line|River|Peninsula|Bay|Gulf|Ocean|Lake|Mountains|Canal|Basin"
              "|Desert|Plateau|Archipelago|Europe|Asia|Harbor|Harbour")
_GEO_LOWER = "province|district|region|county|oblast|prefecture|river|valley|island|islands|airport|airfield"
# Ordinary words that end a building's, a paper's or a place's name, not a surname after a
# given name: "Porter Hotel", "Irish Independent", "Lincoln Memorial".
NAME_HEADS = {norm(w) for w in (_GEO_UPPER.replace("|", " ") + """ Hotel Street Road Avenue Square Bridge
    Park Station House Hall Palace Club Press Independent Times Post News Herald Tribune Gazette Chronicle
    Journal Review Agency Bank Fund Company Corporation Building Centre Center Memorial Cathedral Church
    Chapel Airport Airlines Tower Gate Port Hill Hills Valley Mountain Mount Field Fields Forest Falls
    Day Plan Doctrine Line Act Treaty Pact Award Medal Cup""").split()}
# Heads after which a nationality adjective is part of the name: "Korean Peninsula", "Persian Gulf".
GEO_ADJECTIVE_HEADS = {"Sea", "Ocean", "Gulf", "Peninsula", "Strait", "Straits", "Bay", "Archipelago"}
GEO_NAMED = re.compile(
    rf"(?<![\w’'.-])(?P<name>(?:[A-Z][\w’'-]*[ \t]+){{0,2}}?(?:[A-Z][\w’'-]*))"
    rf"(?:[ \t]+(?P<head>{_GEO_UPPER})|[ \t]+(?P<low>{_GEO_LOWER}))(?![\w-])")
ORG_LEAD_NOT = {norm(w) for w in """Sent Received Repeated Info Pass Re Copy Copies Dispatched
    Arrived Action Attention Subject From To""".split()}
ORG_PLACE_AFTER = re.compile(r"^(?:Embassy|Legation|Consulate General|Consulate|Mission|EMBASSY|LEGATION|CONSULATE)$")
# Heads that a nationality alone does not make a name: "the Soviet Government", "the Soviet
# Embassy" (but "the Soviet Embassy in Hanoi" and "the Government of the USSR" are names).
ORG_DESCRIPTIVE = re.compile(r"^(?i:Government|Governments|Govt|Delegation|Delegations|Cabinet|Embassy|Embassies"
                             r"|Legation|Consulate|Mission)$")
# Acronyms of organizations any state has (no registry entry: which one is meant varies).
ORG_ACRONYMS = {"MFA", "FonOff", "FONOFF", "MOFA"}
# A state's ministry by its abbreviation: "USSR MFA", "MID USSR", "MSZ" (Polish), "MZV" (Czech).
MINISTRY_ACRONYMS = ORG_ACRONYMS | {"MID", "MVD", "MGB", "MSZ", "MZV", "MfAA"}
ORG_ACRONYM_FIND = re.compile(r"(?<![\w])(?:" + "|".join(sorted(ORG_ACRONYMS)) + r")(?![\w])")
ORG_HEAD_RE = re.compile(rf"^(?i:{ORG_HEADS})$")
SENTENCE_WORDS = {norm(w) for w in """The A An In On At To For From By With As If When While After
    Before During Since Under Both All Each Every Some Any No Not But And Or This That These
    Those His Her Their Our My Your Its It He She We They I There Here Thus However Also
    Meanwhile Yesterday Today Tomorrow Should Would Could Shall Did Does Do Has Have Had Is Was
    Were Are Must Can Let Please Whether Although Though Once Unless Because Why What Where How Who
    Which Then Now So Yet Nor Perhaps Indeed Moreover Furthermore Nevertheless Accordingly
    Consequently Instead Only Even Otherwise Again Besides Despite Regarding Upon Through Between
    Among Without Within Against Toward Towards Until About""".split()} | {norm(m) for m in MONTHS + WEEKDAYS}

_MONTH_ALT = "|".join(MONTHS)
DATELINE = re.compile(
    rf"^[ \t]*(?:From[ \t]+)?(?P<place>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){{0,2}}?)"
    rf"(?:,[ \t]*(?=(?:{_MONTH_ALT})\.?[ \t]+\d|\d{{1,2}}[ \t.]+(?:{_MONTH_ALT})|\d{{1,2}}[./]\d)"
    rf"|[ \t]*(?:--|—|–)[ \t]*$)",
    re.MULTILINE,
)
# Words after which a gazetteer word is read as a place ("went to Austin"), not a surname.
LOCATIVE = set("in to from at near via into towards toward through across around outside inside "
               "In To From At Near Via Into Through".split())

# Titles that only a person's name follows: after them an ordinary word is a surname
# ("Mr. Smith", "Ambassador Bunker"), unlike "General" or "Secretary" ("General Motors").
PERSONAL_TITLES = {"mr", "mrs", "ms", "miss", "dr", "comrade", "comrades", "cde", "comr", "tov", "ambassador",
                   "senator", "monsieur", "herr", "madame", "mme", "señor", "senor", "frau", "messrs",
                   "senora", "señora", "senorita", "señorita", "signor", "signora", "mademoiselle", "mlle", "monsignore",
                   "monsignor"}
# Ranks and offices that also stand before a name made of an ordinary word ("General Smith",
# "Secretary Brown", "President Ford"), but only inside a sentence, where the capital is the name's.
RANK_TITLES = {"general", "admiral", "colonel", "col", "gen", "adm", "captain", "capt", "lieutenant", "lt",
               "marshal", "secretary", "president", "governor", "gov", "premier", "minister", "chancellor",
               "senator", "congressman", "judge", "bishop", "ambassador", "chargé", "charge", "brigadier"}
ABBREVIATED_TITLES = {"mr", "mrs", "ms", "dr", "cde", "comr", "tov", "mme", "messrs"}


# Given names that begin places or are particles and abbreviations more often than names here:
# "San Francisco", "Von Brentano", telegraphese "Chi Nats" (Chinese Nationalists), "Nat Def".
NOT_GIVEN = {"san", "santa", "santo", "sao", "saint", "sainte", "fort", "port", "mount", "cape", "lake",
             "chi", "nat", "viet"} | {norm(p) for p in PARTICLES}


# Endings of Slavic surnames that no place or common word of these documents shares
# (not -ov, -in, -ovo, -sk: Rostov, Kremlin, Kosovo, Minsk)
SLAVIC_SURNAME = re.compile(r"(?:[^aeiouy]ova|[^aeiouy]eva|skaya|[cs]ka|enko|[eo]vich|wicz|[cs]ki|sky|skiy|skii)$")


# Before a word, these make it a place rather than a person ("toward Lhasa will"), and an
# article or a preposition of place makes a weak person cue void ("the Comite has").
LOCATIVE_BEFORE = {"in", "at", "near", "via", "toward", "towards", "into", "In", "At", "Near", "Via"}
NOT_BEFORE_A_PERSON = {"the", "a", "an", "this", "these", "those", "in", "at", "to", "toward", "towards",
                       "from", "into", "of", "near", "via", "across"}

# The start of an address line: "To: Ankara", "FROM: Moscow".
ADDRESS_LINE = re.compile(r"[ \t]*(?:To|From|TO|FROM)[ \t]*:?[ \t]*")

# Verbs of movement after which a name is a place ("entered Lao Cai", "captured Hue").
LOCATIVE_VERBS = set("entered reached captured occupied left visited bombed attacked took liberated "
                     "evacuated crossed surrounded shelled".split())

# Letters before a full stop that are an abbreviation, not a person's initials.
INITIALISMS = {"US", "UK", "UN", "USA", "SS", "PS", "NB", "AM", "PM", "AD", "BC", "RN", "DC"}

DATELINE_NOT = {norm(w) for w in "Received Sent Dispatched Arrived Processed Date Dated Signed "
                "Typed Copy Translated Issued No Nr Telegram Series".split()}


_TITLE_WORD = re.compile(r"[^\W\d_]+")


def title_before(text: str, start: int) -> str | None:
    """The title right before ``start`` ("Comrade", "Lt. Gen.", "Secretary of State"),
    lower-cased and without its full stops, or None. Looks the last words up in a set (a
    regex search over the preceding characters cost a third of the time spent on each
    registry name)."""
    chunk = text[max(0, start - 60):start]
    if not chunk[-1:].isspace():
        return None
    words = list(_TITLE_WORD.finditer(chunk))[-TITLE_SIZE:]
    if not words or chunk[words[-1].end():].lstrip(".").strip():
        return None
    # words of a title are apart by spaces (after a full stop), a hyphen or an apostrophe:
    # the title can reach back only as far as the words are joined so
    first = len(words) - 1
    while first > 0:
        between = chunk[words[first - 1].end():words[first].start()]
        if not between or (between not in ("-", "'", "’") and between.lstrip(".").strip()):
            break
        first -= 1
    lowered = [w.group().lower() for w in words]
    for size in range(len(words) - first, 0, -1):
        begin = len(words) - size
        if words[begin].start() > 0 and chunk[words[begin].start() - 1].isalnum():
            continue
        candidate = " ".join(lowered[begin:])
        if candidate in TITLE_KEYS:
            return candidate
    return None


def sentence_start(text: str, start: int) -> bool:
    k = start - 1
    while k >= 0 and text[k] in " \t\"“‘'([":
        k -= 1
    if k < 0 or text[k] == "\n":
        return True
    if text[k] in ".!?:;":
        # "Mr. Young", "N. Young": an abbreviation or initial, not a sentence end
        m = re.search(r"(?<![^\W\d_])([^\W\d_]+)\.$", text[max(0, k - 12):k + 1])
        if m and (len(m.group(1)) == 1 or norm(m.group(1)) in TITLE_WORDS):
            return False
        return True
    return False


@lru_cache(maxsize=None)
def is_demonym(key: str) -> bool:
    """A people's name made from a place's: "Tibetan(s)", "Pakistani", "Nepalese", "Korean"."""
    for end in ("ans", "an", "ese", "is", "i", "ians", "ian"):
        if key.endswith(end) and len(key) - len(end) >= 4:
            stem = key[:-len(end)]
            if stem in PLACE_WORDS or (end in ("an", "ans", "ian", "ians") and stem + "a" in PLACE_WORDS):  # "Tibet-an", "Kore(a)-an"
                return True
    return False


def not_a_name(t: Tok) -> bool:
    """An ordinary word, a place, a nationality: not to be guessed as a personal name."""
    k = t.key
    if k.endswith(("ists", "ites", "isms")) or is_demonym(k):
        return True
    return (k in LOWER_WORDS or t.raw.lower() in LOWER_WORDS or k in NOT_NAME
            or k in TITLE_WORDS or k in SENTENCE_WORDS or k in PLACE_WORDS)


def given_words(toks: list[Tok], k: int, end: int, in_hit: set[int]) -> bool:
    """Are the words from toks[k] up to ``end`` free to be a given name (no ordinary
    word, title, month, place or other registry name among them)?"""
    while k < len(toks) and toks[k].start < end:
        t = toks[k]
        if t.raw in VIETNAMESE_MIDDLE:  # "Van" in "Nguyen Van Thieu" is a name, not a word
            k += 1
            continue
        if k in in_hit or t.key in NOT_NAME or t.key in TITLE_WORDS or t.key in CALENDAR \
                or (t.key in PLACE_WORDS and not is_given_part(t.raw)) \
                or (t.raw[:1].isupper() and t.key in COMMON_WORDS):
            return False  # (a small town's name can be a given name's syllables: "Wang Shijie")
        k += 1
    return True


# Words of the steps that find places and bodies where only they can stand, and signatures
# (encoder.names.unknown).
# Ordinary words after a rank that are the rank's noun, not a surname: "General Considerations",
# "Minister Coordination" (of Coordination), "General License", "General Manager".
ABSTRACT_NOUN = re.compile(r"(?:tion|sion|ment|ness|ity|ism|ance|ence|ense|erce|ive|ure|ship)$")
OFFICE_NOUNS = {"manager", "director", "counsel", "agent", "officer", "staff", "delegate", "editor", "inspector"}
# Words that end a message without being anyone's name.
CLOSING_WORDS = {"ends", "end", "stop", "regards", "signed", "sincerely", "thanks", "unquote", "quote", "text",
                 "message", "copy", "original", "translation", "confidential", "secret", "unclassified", "urgent"}
# Where a town's name is expected (step 15): a telegram's list of posts to repeat it to, a
# place and date, and a place's name before what happened or lies there.
REPEAT_AS = re.compile(r" as (?:\d{1,4}|unnumbered)\b")
# A cable cited by its post and number, as the reference list of a telegram gives it:
# "• Kampala 2695 [Notal]", "Ref: Islamabad 4533".
CABLE_NUMBER_AFTER = re.compile(r"[ \t]+\d{2,5}(?![\d.,:/–-]\d)\b")
# A post's own telegram, cited by its possessive and number: "(Vienna’s 23312)".
POST_CABLE_AFTER = re.compile(r"['’]s[ \t]+\d{2,5}(?![\d,:/–-]\d)\b")
CABLE_REFERENCE_LINE = re.compile(r"[ \t•·*-]*(?:(?:Refs?|Reftels?|Reference|References)[.:]?[ \t]*)?")
DATE_AFTER = re.compile(r",[ \t]*(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?),?[ \t]+\d{4}\b")
ATTRIBUTIVE_AFTER = re.compile(r" (?:meeting|meetings|conference|talks|crisis|question|problem|issue|dispute|area|region"
                               r"|sector|front|riots|incident|agreement|negotiations|situation|base|airfield|port"
                               r"|final act|accords|summit|treaty|declaration|communiqué|formula|proposals|plan)\b")
TRAVEL_BEFORE_FOR = re.compile(r"\b(?:plane|planes|flight|train|ship|boat|passage|tickets?"
                               r"|leave|leaves|leaving|left|depart|departs|departed|departing|bound|embark"
                               r"|embarks|embarking|embarked|sail|sails|sailed|sailing|fly|flies|flew|flying|proceed"
                               r"|proceeds|proceeded|proceeding|set out|start|started|starting)\s+$")
VISITED = {"visit", "visits", "visited", "visiting", "reached", "reaching", "entered", "entering", "left", "leaving",
           "leave", "toured", "touring", "dated", "repeated", "Repeated", "Dated"}  # "dated Batavia", "repeated Cairo 36"
DIVISION_WORDS = {"province", "region", "district", "prefecture", "county", "oblast", "governorate"}
STATE_FORM = re.compile(r"(?:State|Dominion|Union|Republic|Kingdom|Federation|Commonwealth) of ")
NOT_A_TOWN_ENDINGS = ("ist", "ists", "ish", "ian", "ean", "ic", "ik", "ese", "tel", "tels")
