"""Find persons, places and organizations in a transcription.

``find_names(text, registry)`` returns sorted, non-overlapping :class:`NameMention` spans.
Registry names are looked up in a dict keyed by normalized token tuples, built once per
Registry (see :func:`_index`); a document is tokenized once and scanned left to right.

Rules, in order of precedence:

1. Registry names, longest match first: full names, variants, code names, initials
   ("N.S. Khrushchev", "Gromyko A.A."), ALL CAPS and letter-spaced forms, possessives
   (the span stops before "'s"), generational suffixes kept in the span ("Jr.", "II").
   Titles and honorifics are never part of a span.
2. A surname alone links when the registry has one person of that name, or when the
   document's context decides (the person named more fully elsewhere in the document, a
   title that fits the person's role); otherwise ``ref=None, reason="ambiguous"``.
3. Names not in the registry (``ref=None, reason="unknown"``): a title followed by a
   capitalized name, ALL CAPS names after "to"/"from" or alone on a signature line,
   organizations built on Embassy / Ministry / Committee ..., dateline places.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import product

from encoder.model import NameMention

from ._common_words import COMMON_WORDS, LOWER_WORDS
from ._gazetteer import COUNTRY_WORDS, PLACE_WORDS
from .east_asian import SURNAMES, VIETNAMESE_MIDDLE, full_name_end
from .registry import PARTICLES, ROMAN as ROMAN_NUMBER, Entry, Registry

# ---------------------------------------------------------------------------------
# Normalization and tokens

_SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
                          "đ": "d", "Đ": "D", "ı": "i", "ß": "ss", "œ": "oe", "Œ": "OE"})
_ENDING = re.compile(r"(?<=[a-z]{3})(?:iy|ii|ij|yy|yi)$")
WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W\d_]+)*")
LETTER_SPACED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_a-z] ){3,}[^\W\d_a-z](?![^\W\d_])")


_NORM_CACHE: dict[str, str] = {}


def norm(token: str) -> str:
    """The lookup key of one word: no accents, no apostrophes, case-folded, with the
    Russian adjectival endings -iy/-ii/-ij/-yy folded to -y (Vyshinskii = Vyshinsky)."""
    key = _NORM_CACHE.get(token)
    if key is not None:
        return key
    if token.isascii():
        s = token.lower().replace("'", "")
    else:
        s = unicodedata.normalize("NFKD", token.translate(_SPECIAL))
        s = "".join(c for c in s if not unicodedata.combining(c))
        s = s.casefold().replace("'", "").replace("’", "").replace("ʼ", "")
    if len(s) > 4:
        s = s.replace("ou", "u")
        if s[-1] in "iyj":
            s = _ENDING.sub("y", s)
    if len(_NORM_CACHE) > 500_000:
        _NORM_CACHE.clear()
    _NORM_CACHE[token] = s
    return s


@dataclass(slots=True)
class Tok:
    start: int
    end: int  # end of the name part (before a possessive 's)
    raw: str
    key: str
    possessive: bool = False
    spaced: bool = False
    full: str = ""  # key of the whole word when possessive ("People's" inside a name)


def tokenize(text: str) -> list[Tok]:
    spaced = [(m.start(), m.end()) for m in LETTER_SPACED.finditer(text)]
    if not spaced:
        toks = []
        append = toks.append
        cache = _NORM_CACHE
        for m in WORD.finditer(text):
            raw = m.group()
            if len(raw) > 3 and raw[-1] in "sS" and raw[-2] in "'’ʼ":
                append(Tok(m.start(), m.end() - 2, raw[:-2], norm(raw[:-2]), True, False,
                           norm(raw)))
            else:
                append(Tok(m.start(), m.end(), raw, cache.get(raw) or norm(raw)))
        return toks
    toks: list[Tok] = []
    si = 0
    for m in WORD.finditer(text):
        s, e = m.start(), m.end()
        while si < len(spaced) and spaced[si][1] <= s:
            si += 1
        if si < len(spaced) and spaced[si][0] <= s < spaced[si][1]:
            a, b = spaced[si]
            if s == a:
                letters = text[a:b].replace(" ", "")
                toks.append(Tok(a, b, letters, norm(letters), spaced=True))
            continue
        raw = m.group()
        possessive = False
        full = ""
        if len(raw) > 3 and raw[-2] in "'’ʼ" and raw[-1] in "sS":
            full = norm(raw)
            raw, e, possessive = raw[:-2], e - 2, True
        toks.append(Tok(s, e, raw, norm(raw), possessive, False, full))
    return toks


def _gaps(text: str, toks: list[Tok]) -> list[bool]:
    """gap_ok[k]: may a name run from toks[k] on to toks[k+1]?"""
    out = []
    for k in range(len(toks) - 1):
        a, b = toks[k], toks[k + 1]
        g = text[a.end + 2:b.start] if a.possessive else text[a.end:b.start]
        if g in (" ", "-", "\n", "  ", "‐", " \n", "\n "):
            out.append(True)
        elif (len(a.raw) == 1 or a.raw in INITIAL_DIGRAPHS) and g in (".", ". ", ".\n", ".  "):
            out.append(True)  # an initial: N.S. / N. S. / Yu. V.
        else:
            out.append(False)
    return out


# ---------------------------------------------------------------------------------
# Word lists (data, not branches)

PERSON_TITLES = [
    "Comrades", "Comrade", "Cde", "Comr", "Tov", "Com", "Messrs", "Mr", "Mrs", "Ms", "Miss",
    "Mme", "Madame", "Monsieur", "Herr", "Dr", "Prof", "Professor", "Sir", "Lord", "Lady",
    "Ambassador", "Ambassadors", "Envoy", "Minister", "Counselor", "Counsellor", "Consul",
    "Attaché", "Attache", "Chargé", "Charge",
    "General", "Generals", "Gen", "Lieutenant General", "Lt. Gen", "Major General",
    "Brigadier General", "Colonel General", "Colonel", "Col", "Lieutenant Colonel",
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
]
TITLE_KEYS = {" ".join(_w.lower() for _w in WORD.findall(t)) for t in PERSON_TITLES}
TITLE_SIZE = max(len(t.split()) for t in PERSON_TITLES)
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
    Congress Conference Session Meeting Delegation Mission Commission Administration
    Agency Service Services Council Cabinet Parliament Senate House Court Bank Fund Program
    Plan Pact Treaty Agreement Charter Doctrine Declaration Note Memorandum Telegram Report
    Letter Message Statement Resolution Decision Question Problem Issue Situation
    God Lord Dear Sir Madam Excellency Your His Her Majesty Highness Thanks Thank Please
    Today Tomorrow Yesterday Tonight Joint Chiefs
    Dept Deptel Deptels Embtel Emb Embassy Embassies Govt Govts Gov Sov Sovs SovEmb Amb Ambs
    FonOff FonMin Secy Sec Rep Reps Min Del Dels Dep Mins Conf Info Ref Reftel Urtel Mytel
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
    """.split()}

ORG_HEADS = ("Embassy|Embassies|Legation|Consulate General|Consulate|Ministry|Ministries|"
             "Commissariat|Department|Central Committee|Committee|Council of Ministers|Council|"
             "Presidium|Politburo|Political Bureau|Secretariat|Bureau|Army|Armies|Navy|Air Force|"
             "Party|Command|Headquarters|General Staff|Staff|Directorate|Administration|Agency|"
             "Foreign Office|Office|Government|Assembly|Volunteers|Front|Corps|Commission|Academy|"
             "Institute|Mission|Delegation|Cabinet|Parliament|Diet|Congress|Senate|CC|"
             "University|College|School|Desk|Association|Federation|League|Society|Service|"
             "Division|Section|Brigade|Regiment|Battalion|Fleet|Court|Tribunal|Company|"
             "Corporation|Organization|Organisation|Alliance|Movement")
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
_GEO_UPPER = "Islands|Island|Isles|Sea|Straits|Strait|Line|River|Peninsula|Bay|Gulf|Ocean|Lake|Mountains|Canal|Desert|Plateau|Archipelago|Europe|Asia"
_GEO_LOWER = "province|district|region|county|oblast|prefecture|river|valley|island|islands"
GEO_NAMED = re.compile(
    rf"(?<![\w’'.-])(?P<name>(?:[A-Z][\w’'-]*[ \t]+){{0,2}}?(?:[A-Z][\w’'-]*))"
    rf"(?:[ \t]+(?P<head>{_GEO_UPPER})|[ \t]+(?P<low>{_GEO_LOWER}))(?![\w-])")
ORG_LEAD_NOT = {norm(w) for w in """Sent Received Repeated Info Pass Re Copy Copies Dispatched
    Arrived Action Attention Subject From To""".split()}
ORG_PLACE_AFTER = re.compile(r"^(?:Embassy|Legation|Consulate General|Consulate|Mission|EMBASSY|LEGATION|CONSULATE)$")
ORG_DESCRIPTIVE = re.compile(r"^(?i:Government|Governments|Govt|Delegation|Delegations|Cabinet)$")
# Acronyms of organizations any state has (no registry entry: which one is meant varies).
ORG_ACRONYMS = {"MFA", "FonOff", "FONOFF", "MOFA"}
# A state's ministry by its abbreviation: "USSR MFA", "MID USSR", "MSZ" (Polish), "MZV" (Czech).
MINISTRY_ACRONYMS = ORG_ACRONYMS | {"MID", "MVD", "MGB", "MSZ", "MZV", "MfAA"}
ORG_ACRONYM_FIND = re.compile(r"(?<![\w])(?:MFA|FonOff|FONOFF|MOFA)(?![\w])")
ORG_HEAD_RE = re.compile(rf"^(?i:{ORG_HEADS})$")
SENTENCE_WORDS = {norm(w) for w in """The A An In On At To For From By With As If When While After
    Before During Since Under Both All Each Every Some Any No Not But And Or This That These
    Those His Her Their Our My Your Its It He She We They I There Here Thus However Also
    Meanwhile Yesterday Today Tomorrow Our""".split()} | {norm(m) for m in MONTHS + WEEKDAYS}

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

# The start of an address line: "To: Ankara", "FROM: Moscow".
ADDRESS_LINE = re.compile(r"[ \t]*(?:To|From|TO|FROM)[ \t]*:?[ \t]*")

# Verbs of movement after which a name is a place ("entered Lao Cai", "captured Hue").
LOCATIVE_VERBS = set("entered reached captured occupied left visited bombed attacked took liberated "
                     "evacuated crossed surrounded shelled".split())

# Letters before a full stop that are an abbreviation, not a person's initials.
INITIALISMS = {"US", "UK", "UN", "USA", "SS", "PS", "NB", "AM", "PM", "AD", "BC", "RN", "DC"}

DATELINE_NOT = {norm(w) for w in "Received Sent Dispatched Arrived Processed Date Dated Signed "
                "Typed Copy Translated Issued No Nr Telegram Series".split()}


# ---------------------------------------------------------------------------------
# The index: built once per Registry

@dataclass
class _Index:
    forms: dict[tuple[str, ...], list[tuple[str, str, str, str]]] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)
    forenames: dict[str, set[str]] = field(default_factory=dict)  # key -> person ids
    initials: dict[str, set[str]] = field(default_factory=dict)  # "JFD" -> person ids
    entries: dict[str, Entry] = field(default_factory=dict)

    def add(self, tokens: list[str], pattern: str, xml_id: str, tier: str, kind: str) -> None:
        key = tuple(norm(t) for t in tokens)
        if not key or not all(key):
            return
        bucket = self.forms.setdefault(key, [])
        for i, (xid, t, k, p) in enumerate(bucket):
            if xid == xml_id:
                if t != "full" and tier == "full":
                    bucket[i] = (xml_id, tier, kind, pattern)
                return
        bucket.append((xml_id, tier, kind, pattern))
        self.first[key[0]] = max(self.first.get(key[0], 0), len(key))


def _case(token: str, abbreviation: bool) -> str:
    if abbreviation and len(token) > 1 and token.isupper():
        return "A"
    return "U" if token[:1].isupper() else "l"


def _words(s: str) -> list[str]:
    return WORD.findall(s)


def _index(registry: Registry) -> _Index:
    if registry._index is not None:
        return registry._index
    idx = _Index()
    for entry in registry:
        idx.entries[entry.xml_id] = entry
        for name in entry.names:
            if entry.kind == "persName":
                _person_forms(idx, entry, name)
            else:
                words = _words(name.text)
                abbr = name.type in {"abbreviation", "abbr", "acronym"} or (
                    len(words) == 1 and words[0].isupper() and len(words[0]) <= 8)
                idx.add(words, "".join(_case(w, abbr) for w in words), entry.xml_id, "full",
                        entry.kind)
    registry._index = idx
    return idx


def _person_forms(idx: _Index, entry: Entry, name) -> None:
    xid = entry.xml_id
    add = lambda toks, tier: idx.add(toks, "".join(_case(t, False) for t in toks), xid, tier,
                                     "persName")
    if name.type == "pseudonym":
        add(_words(name.text), "full")
        return
    surname = _words(" ".join(name.surname))
    forenames = [_words(f) for f in name.forenames]
    forenames = [f for f in forenames if f]
    if not surname:
        return
    if not forenames:
        add(surname, "full")
        return
    if not name.surname_first and name.type == "main":
        letters = "".join(f[0][0] for f in forenames) + surname[-1][0]
        idx.initials.setdefault(letters.upper(), set()).add(xid)  # "JFD" signs a memorandum
    if name.surname_first:
        given = [w for f in forenames for w in f]
        add(surname + given, "full")
        add(surname + ["".join(given)], "full")
        add(given + surname, "full")
    else:
        for choice in product((0, 1, 2), repeat=len(forenames)):
            if all(c == 2 for c in choice):
                continue
            toks: list[str] = []
            for c, f in zip(choice, forenames):
                if c == 0:
                    toks += f
                elif c == 1:
                    toks += [f[0][0]]
            add(toks + surname, "full")
        initials = [f[0][0] for f in forenames]
        add(surname + initials, "full")
        if len(surname) == 1 and len(forenames[0][0]) > 1:
            add(surname + forenames[0][:1], "full")  # surname first: "RHEE SYNGMAN"
        if len(initials) > 1:
            add(surname + initials[:1], "full")
        for nick in name.nicknames:
            add(_words(nick) + surname, "full")
    # the surname alone, and the usual short forms of compound surnames
    shorts = [surname]
    if len(surname) > 1:
        content = [w for w in surname if w.lower() not in PARTICLES]
        if len(name.surname) == 1 and "-" in name.surname[0]:
            shorts.append(surname[:1])  # Averoff-Tossizza -> Averoff
        elif content:
            shorts.append(content[-1:])  # Nuri Birgi -> Birgi; de Gaulle -> Gaulle
    for s in shorts:
        if len("".join(s)) >= 3:
            add(s, "surname")
        if s is not surname and not name.surname_first:
            given = [f for f in forenames if len(f[0]) > 1]
            if given:
                add(given[0] + s, "full")  # Evangelos Averoff
    given = [f for f in forenames if len(f[0]) > 1]
    usual = given[:1] if name.surname_first is False else []
    for f in usual + [_words(n) for n in name.nicknames]:
        if f and len(f[0]) > 2:
            idx.forenames.setdefault(norm(f[0]), set()).add(xid)
    if not name.surname_first:
        for f in given[:1]:
            for short in HYPOCORISTIC.get(norm(f[0]), ()):
                add([short] + surname, "full")  # Bob Bowie
                idx.forenames.setdefault(norm(short), set()).add(xid)


# ---------------------------------------------------------------------------------
# Matching

@dataclass
class _Hit:
    i: int
    j: int  # token range [i, j)
    start: int
    end: int
    cands: list[tuple[str, str, str]]  # (id, tier, kind)


def _case_ok(toks: list[Tok], i: int, pattern: str, text: str) -> bool:
    for k, p in enumerate(pattern):
        t = toks[i + k]
        if p == "A":
            if not t.raw.isupper():
                return False
        elif p == "U":
            if not t.raw[:1].isupper() and not (k and text[t.start - 1:t.start] == "-"):
                return False
    return True


def _registry_hits(text: str, toks: list[Tok], gap: list[bool], idx: _Index) -> list[_Hit]:
    hits = []
    n = len(toks)
    i = 0
    forms, first = idx.forms, idx.first
    while i < n:
        t = toks[i]
        maxlen = first.get(t.key)
        if maxlen is None or not (t.raw[:1].isupper() or t.raw[:1] in "dvbaltey0123456789"):
            i += 1
            continue
        found = None
        run = 1
        while run < maxlen and i + run < n and gap[i + run - 1]:
            run += 1
        for k in range(run, 0, -1):
            window = toks[i:i + k]
            key = tuple(x.full or x.key for x in window[:-1]) + (window[-1].key,)
            bucket = forms.get(key)
            if not bucket:
                continue
            cands = [(xid, tier, kind) for xid, tier, kind, pat in bucket
                     if _case_ok(toks, i, pat, text)]
            if cands:
                found = (k, cands)
                break
        if not found:
            i += 1
            continue
        k, cands = found
        start, end = t.start, toks[i + k - 1].end
        last = toks[i + k - 1]
        if len(last.raw) == 1 and k > 1 and text[end:end + 1] == ".":
            end += 1  # "Gromyko A.A."
        hits.append(_Hit(i, i + k, start, end, cands))
        i += k
    return hits


_TITLE_WORD = re.compile(r"[^\W\d_]+")


def _title_before(text: str, start: int) -> str | None:
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
    for size in range(len(words), 0, -1):
        part = words[-size:]
        if any(chunk[x.end():y.start()] != "-" and (chunk[x.end():y.start()].lstrip(".").strip()
                                                     or not chunk[x.end():y.start()])
               for x, y in zip(part, part[1:])):
            continue  # words of a title are apart by spaces (after a full stop) or a hyphen
        if part[0].start() > 0 and chunk[part[0].start() - 1].isalnum():
            continue
        candidate = " ".join(w.group().lower() for w in part)
        if candidate in TITLE_KEYS:
            return candidate
    return None


def _sentence_start(text: str, start: int) -> bool:
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


def _not_a_name(t: Tok) -> bool:
    """An ordinary word, a place, a nationality: not to be guessed as a personal name."""
    k = t.key
    if k.endswith(("ists", "ites", "isms")):
        return True
    return (k in LOWER_WORDS or t.raw.lower() in LOWER_WORDS or k in NOT_NAME
            or k in TITLE_WORDS or k in SENTENCE_WORDS or k in PLACE_WORDS)


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Is the name all there is on its line (a signature, a heading name)?"""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    return bool(re.fullmatch(r"[\s\"“(\[]*", text[a:start])) and bool(
        re.fullmatch(r"[\s.,:;\"”’')\]]*", text[end:b]))


def _given_fit(entry: Entry, before: list[Tok]) -> bool:
    """Do the given names / initials written before a surname fit this person?

    The first must be the person's first given name, its initial or usual short form (or
    another of the given names: "Foster Dulles"); the others given names or initials, an
    extra middle initial being allowed ("Adlai E. Stevenson").
    """
    for name in entry.names:
        if name.type == "pseudonym" or not name.forenames:
            continue
        given = [norm(w) for f in name.forenames for w in _words(f)]
        nick = {norm(n) for n in name.nicknames}
        for g in given[:1]:
            nick |= {norm(x) for x in HYPOCORISTIC.get(g, ())}
        first, rest = before[0], before[1:]
        if _initial(first):
            ok = given[0].startswith(first.key)
        else:
            ok = first.key in given or first.key in nick
        for b in rest:
            if not _initial(b) and b.key not in given:
                ok = False
        if ok:
            return True
    return False


# Russian initials of two letters: Yu. (Yuri), Ya. (Yakov), Zh., Kh., Ts., Ch., Sh.
INITIAL_DIGRAPHS = {"Yu", "Ya", "Ye", "Yo", "Zh", "Kh", "Ts", "Ch", "Sh"}


def _initial(t: Tok) -> bool:
    """One capital letter, or a two-letter Russian initial: a given name's initial."""
    return (len(t.raw) == 1 and t.raw.isupper()) or t.raw in INITIAL_DIGRAPHS


def _regnal(entry: Entry) -> bool:
    """A person known by one name and a regnal number ("Paul I", "Farouk I")."""
    return any(not n.forenames and n.suffix and ROMAN_NUMBER.match(n.suffix) for n in entry.names)


YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def _not_yet_active(entry: Entry, year: int) -> bool:
    """True if the years of the entry's roles all lie more than ten years after ``year``:
    the person was not yet in public life when the document was written."""
    years = [int(y) for y in YEAR.findall(entry.description)]
    return bool(years) and year < min(years) - 10


def _given_words(toks: list[Tok], k: int, end: int, in_hit: set[int]) -> bool:
    """Are the words from toks[k] up to ``end`` free to be a given name (no ordinary
    word, title, month, place or other registry name among them)?"""
    while k < len(toks) and toks[k].start < end:
        t = toks[k]
        if t.raw in VIETNAMESE_MIDDLE:  # "Van" in "Nguyen Van Thieu" is a name, not a word
            k += 1
            continue
        if k in in_hit or t.key in NOT_NAME or t.key in TITLE_WORDS or t.key in CALENDAR \
                or t.key in PLACE_WORDS or (t.raw[:1].isupper() and t.key in COMMON_WORDS):
            return False
        k += 1
    return True


_VOWELS = re.compile(r"[aeiouyw]")
_CONSONANT_PAIRS = str.maketrans("gbdjr", "kptcl")


def _skeleton(s: str) -> str:
    """A romanized given name without its vowels and voicing: Song-chol and Seong-cheol,
    Pyong Nam and Pyeong-nam (McCune-Reischauer and Revised Romanization) agree."""
    return _VOWELS.sub("", norm("".join(_words(s))).replace("'", "")).translate(_CONSONANT_PAIRS)


def _sounds_like_given(entry: Entry, given: str) -> bool:
    target = _skeleton(given)
    return any(n.surname_first and n.forenames and _skeleton(" ".join(n.forenames)) == target
               for n in entry.names)


def _surname_first(entry: Entry) -> bool:
    return any(n.surname_first for n in entry.names if n.type == "main")


def _fits_title(entry: Entry, title: str) -> bool:
    if title in {"mr", "mrs", "ms", "miss", "comrade", "comrades", "cde", "comr", "tov", "com",
                 "dr", "sir", "herr", "monsieur", "mme", "madame", "messrs"}:
        return True
    desc = entry.description + " " + " ".join(n.text.lower() for n in entry.names)
    words = title.split()
    return title in desc or words[-1] in desc or words[0] in desc


def find_names(text: str, registry: Registry, *, year: int | None = None) -> list[NameMention]:
    """All person, place and organization names in ``text``: sorted, non-overlapping.

    ``year``: when the document was written, if known; a name shared by several registry
    persons is not given to one whose public life began long after it ("Malik" in 1951
    is Yakov Malik, not Adam Malik, Indonesia's minister from 1966).
    """
    idx = _index(registry)
    toks = tokenize(text)
    gap = _gaps(text, toks)
    hits = _registry_hits(text, toks, gap, idx)

    # Persons named unambiguously by a fuller form anywhere in the document.
    named_at: dict[str, list[int]] = {}
    for h in hits:
        persons = {c[0] for c in h.cands if c[2] == "persName" and c[1] == "full"}
        if len(persons) == 1 and (h.j - h.i > 1 or any(
                n.type == "pseudonym" or not n.forenames
                for n in idx.entries[next(iter(persons))].names)):
            named_at.setdefault(next(iter(persons)), []).append(h.start)

    out: list[NameMention] = []
    mentioned: dict[str, int] = {}
    claimed = [False] * len(toks)

    in_hit = {k for h in hits for k in range(h.i, h.j)}
    for h in hits:
        mention = _resolve(text, toks, gap, h, idx, named_at, mentioned, in_hit, year)
        if mention is None:
            continue
        out.append(mention)
        for k in range(h.i, h.j):
            claimed[k] = True
        k = h.i - 1
        while k >= 0 and toks[k].start >= mention.start:
            claimed[k] = True
            k -= 1
        if mention.ref:
            mentioned[mention.ref] = mention.start

    out += _unknown_names(text, toks, gap, claimed, idx, mentioned, out)
    out = _misspelled(toks, claimed, idx, mentioned, out)
    out = [_with_particle(text, m) for m in out]
    out += [m for m in _institutions(text) if not any(o.start < m.end and m.start < o.end for o in out)]
    return _finish(out)


_PARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(?:Da|De|Di|Do|Dos|Das|Du|Del|Della|Van|Von|Der|Den|Ter|La|Le) $")


def _with_particle(text: str, m: NameMention) -> NameMention:
    """An unknown surname keeps its particle: "Da Silva", "Van Fleet", "De Lattre"."""
    if m.kind != "persName" or m.ref is not None:
        return m
    p = _PARTICLE_BEFORE.search(text, max(0, m.start - 6), m.start)
    if p is None:
        return m
    return NameMention(p.start(), m.end, m.kind, m.ref, m.candidates, m.reason)


def _misspelled(toks: list[Tok], claimed: list[bool], idx: _Index, mentioned: dict[str, int],
                mentions: list[NameMention]) -> list[NameMention]:
    """A surname one slip of the typist away from a person the document names ("Gromkyo"
    where Gromyko is named elsewhere) is that person.

    Only persons the document has already named are considered, and only words of five or
    more letters that are not ordinary words, so a real other name is not swallowed.
    """
    surnames: dict[str, set[str]] = {}
    for ref in mentioned:
        entry = idx.entries.get(ref)
        if entry is None or entry.kind != "persName":
            continue
        for name in entry.names:
            if name.surname:
                surnames.setdefault(norm(name.surname[-1]), set()).add(ref)
    if not surnames:
        return mentions
    unknown = {m.start: i for i, m in enumerate(mentions) if m.kind == "persName" and m.ref is None and not m.candidates}
    by_initial: dict[str, list[tuple[str, set[str]]]] = {}
    for key, ids in surnames.items():
        by_initial.setdefault(key[0], []).append((key, ids))  # a slip seldom hits the first letter
    for k, t in enumerate(toks):
        at = unknown.get(t.start)
        if claimed[k] and (at is None or mentions[at].end != t.end):
            continue
        if len(t.key) < 5 or t.key[0] not in by_initial or not t.raw[:1].isupper() or t.key in surnames \
                or t.key in idx.first or t.key in COMMON_WORDS or t.key in NOT_NAME or t.key in PLACE_WORDS:
            continue
        refs = {ref for key, ids in by_initial[t.key[0]] if _one_slip(t.key, key) for ref in ids}
        if len(refs) != 1:
            continue
        found = NameMention(t.start, t.end, "persName", refs.pop(), (), "spelling")
        if at is None:
            mentions.append(found)
            claimed[k] = True
        else:
            mentions[at] = found
    return mentions


def _one_slip(a: str, b: str) -> bool:
    """True if ``a`` differs from ``b`` by one letter added, dropped, changed, or two swapped."""
    if a == b or abs(len(a) - len(b)) > 1 or len(b) < 5:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if long_ == a and a[:-1] == b and a[-1] in "as":
        return False  # "Khrushcheva", "Kennedys": a wife, a family, not a slip
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


# Bodies named by their generic name alone ("the Politburo decided", "the Senate"): an
# organization whichever country's it is, so tagged without a registry link.
INSTITUTIONS = re.compile(
    r"(?<![\w-])(?:Politburo|Political Bureau|Presidium|Secretariat|Central Committee|Council of Ministers"
    r"|Cabinet of Ministers|State Council|Supreme Soviet|Supreme People's Assembly|National Assembly|Senate"
    r"|House of Representatives|House of Commons|Sejm|Bundestag|Volkskammer|Foreign Office|State Department"
    r"|Department of State|Foreign Ministry|Ministry of Foreign Affairs|General Staff|Security Council"
    r"|General Assembly|Military Armistice Commission|Comintern|Cominform|POLITBURO|PRESIDIUM|CENTRAL COMMITTEE)(?![\w-])"
)


def _institutions(text: str) -> list[NameMention]:
    return [NameMention(m.start(), m.end(), "orgName", None, reason="unknown") for m in INSTITUTIONS.finditer(text)]


def _resolve(text, toks, gap, h: _Hit, idx: _Index, named_at, mentioned,
             in_hit: set[int], year: int | None = None) -> NameMention | None:
    full = [c for c in h.cands if c[1] == "full"]
    cands = full or h.cands
    tier = cands[0][1]
    title = _title_before(text, h.start) if h.i and toks[h.i - 1].key in TITLE_WORDS else None
    nxt = toks[h.j] if h.j < len(toks) and gap[h.j - 1] else None
    if nxt is not None and h.j - h.i == 1 and toks[h.i].raw in SURNAMES and all(
            c[2] == "persName" and _surname_first(idx.entries[c[0]]) for c in cands):
        # "Pak Seong-cheol": a family name written first and a given name after it
        full_end = full_name_end(text, h.start, h.end, known_surname=True)
        if full_end and ("-" in text[h.end:full_end] or _given_words(toks, h.j, full_end, in_hit)):
            given = text[h.end:full_end]
            ids = tuple(dict.fromkeys(c[0] for c in cands))
            fits = [x for x in ids if _sounds_like_given(idx.entries[x], given)]
            if len(fits) == 1:
                return NameMention(h.start, full_end, "persName", fits[0], ids, "registry")
            return NameMention(h.start, full_end, "persName", None, ids, "unknown")
    if nxt is not None and h.j - h.i == 1 and nxt.raw[:1].isupper() and not nxt.raw.isupper() \
            and text[toks[h.i].end:nxt.start] == " " and nxt.key not in NOT_NAME \
            and nxt.key not in TITLE_WORDS and nxt.key not in SENTENCE_WORDS \
            and all(c[2] == "persName" and _regnal(idx.entries[c[0]]) for c in cands):
        # "Paul Porter" is not King Paul I: a ruler's one name followed by a surname
        end = nxt.end
        return NameMention(h.start, end, "persName", None, (), "unknown")
    kinds = {c[2] for c in cands}
    if len(kinds) > 1:
        persons = [c for c in cands if c[2] == "persName"]
        if title or any(c[0] in named_at for c in persons):
            cands = persons
        else:
            cands = [c for c in cands if c[2] != "persName"]
            kinds = {c[2] for c in cands}
            if len(kinds) > 1:
                cands = [c for c in cands if c[2] == "placeName"] or cands
    kind = cands[0][2]
    ids = list(dict.fromkeys(c[0] for c in cands))
    t0 = toks[h.i]
    if h.j - h.i == 1 and len(t0.raw) <= 3 and t0.raw.isupper() and t0.raw.lower() in LOWER_WORDS:
        near = toks[max(0, h.i - 2):h.i] + toks[h.j:h.j + 2]
        if any(len(x.raw) > 1 and x.raw.isupper() for x in near):
            return None  # "LET US KNOW": the pronoun, in a telegram written in capitals
    single = h.j - h.i == 1
    end = h.end
    if kind == "persName":
        t = toks[h.i]
        evidence = bool(title) or any(x in mentioned for x in ids)
        common = t.key in COMMON_WORDS or t.raw.lower() in COMMON_WORDS
        alone = _alone_on_line(text, h.start, h.end)
        if single and not t.spaced and not alone:
            # an ordinary word at the start of a sentence ("Young people...")
            if common and not evidence and not any(x in named_at for x in ids) \
                    and _sentence_start(text, t.start):
                return None
            if tier == "surname" and common and not t.raw.isupper():
                # part of a longer proper noun ("White House")
                if h.j < len(toks) and gap[h.j - 1] and text[t.end:toks[h.j].start] == " " \
                        and toks[h.j].raw[:1].isupper() and not toks[h.j].raw.isupper() \
                        and toks[h.j].key not in TITLE_WORDS \
                        and toks[h.j].key not in CALENDAR:
                    return None
        if tier == "surname" and not title:
            # given names or initials before the surname: the same person if they fit one
            # candidate ("Adlai E. Stevenson"), else someone else ("J. Edgar Hoover")
            k = h.i
            while k > 0 and h.i - k < 3 and gap[k - 1] and toks[k - 1].raw[:1].isupper() \
                    and (k - 1) not in in_hit \
                    and (not toks[k - 1].raw.isupper() or _initial(toks[k - 1])) \
                    and toks[k - 1].key not in TITLE_WORDS \
                    and toks[k - 1].key not in NOT_NAME and toks[k - 1].key not in SENTENCE_WORDS \
                    and "\n" not in text[toks[k - 1].end:toks[k].start] \
                    and not (toks[k - 1].key in COMMON_WORDS and _sentence_start(text, toks[k - 1].start)):
                k -= 1
            if k < h.i and not (h.i - k == 1 and _sentence_start(text, toks[k].start)
                                and len(toks[k].raw) > 1 and toks[k].key not in idx.forenames):
                before = toks[k:h.i]
                fits = [x for x in ids if _given_fit(idx.entries[x], before)]
                if len(fits) == 1:
                    return NameMention(toks[k].start, h.end, "persName", fits[0], tuple(ids),
                                       "registry")
                if not fits and all(_surname_first(idx.entries[x]) for x in ids) \
                        and k and toks[k - 1].raw in LOCATIVE_VERBS | LOCATIVE \
                        and text[toks[k - 1].end:toks[k].start] == " ":
                    # "entered Lao Cai": a word before a surname that is written first (Cai
                    # Chang) is not a given name; after "in", "near", "entered" it is a place
                    return NameMention(toks[k].start, h.end, "placeName", None, (), "unknown")
                if any(not _initial(b) for b in before) or len(before) > 1 or all(
                        any(n.forenames for n in idx.entries[x].names) for x in ids):
                    # "Yu. Zhukov" is not Georgy Zhukov: an initial that fits no one
                    # whose given names are known is someone else
                    return NameMention(toks[k].start, h.end, "persName", None, tuple(ids), "unknown")
        if tier == "full" and _initial(toks[h.i]):
            # "Yu. V. Andropov": more initials before a registry form that begins with one
            k = h.i
            while k > 0 and h.i - k < 2 and gap[k - 1] and _initial(toks[k - 1]) and (k - 1) not in in_hit:
                k -= 1
            if k < h.i:
                before = toks[k:h.i + 1]
                fits = [x for x in ids if _given_fit(idx.entries[x], before)]
                if fits:
                    ids = fits
                    h = _Hit(k, h.j, toks[k].start, h.end, h.cands)
        if any(c[1] == "full" for c in cands) and h.j - h.i > 1:
            m = re.match(r",?\s(?:Jr\.?|Sr\.?|II|III|IV)(?![\w])", text[end:end + 6])
            if m:
                end += m.end()
    if kind == "orgName" and text[end:end + 3] in ("(b)", "(B)"):
        end += 3  # "CPSU(b)", "VKP(b)": the Bolsheviks are part of the name
    if len(ids) == 1:
        return NameMention(h.start, end, kind, ids[0], (), "registry" if tier == "full" else "surname")
    # ambiguous: let the document decide
    pool = ids
    if title and kind == "persName":
        fit = [x for x in pool if _fits_title(idx.entries[x], title)]
        if fit:
            pool = fit
    if year and kind == "persName" and len(pool) > 1:
        fit = [x for x in pool if not _not_yet_active(idx.entries[x], year)]
        if fit:
            pool = fit
    if len(pool) > 1:
        before = [x for x in pool if any(p < h.start for p in named_at.get(x, ()))]
        anywhere = [x for x in pool if x in named_at]
        if len(before) == 1:
            pool = before
        elif len(before) > 1:
            pool = [max(before, key=lambda x: max(p for p in named_at[x] if p < h.start))]
        elif len(anywhere) == 1:
            pool = anywhere
        else:
            recent = [x for x in pool if x in mentioned]
            if len(recent) == 1:
                pool = recent
    if len(pool) == 1:
        return NameMention(h.start, end, kind, pool[0], tuple(ids), "context")
    return NameMention(h.start, end, kind, None, tuple(ids), "ambiguous")


def _unknown_names(text, toks, gap, claimed, idx: _Index, mentioned, found) -> list[NameMention]:
    out: list[NameMention] = []
    n = len(toks)
    starts = {t.start: k for k, t in enumerate(toks)}
    starts_list = [t.start for t in toks]

    def in_range(a: int, b: int) -> list[int]:
        """Indexes of the tokens that start in [a, b)."""
        return list(range(bisect_left(starts_list, a), bisect_left(starts_list, b)))

    def free(a: int, b: int) -> bool:
        return not any(claimed[a:b])

    def claim(a: int, b: int) -> None:
        for k in range(a, b):
            claimed[k] = True

    def name_run(k: int, limit: int = 4) -> int:
        """Tokens from k that read as a personal name: capitalized, not a common noun."""
        j = k
        while j < n and j - k < limit and not claimed[j]:
            t = toks[j]
            if not t.raw[:1].isupper() or t.key in NOT_NAME or t.key in TITLE_WORDS:
                break
            if j > k and (not gap[j - 1] or "\n" in text[toks[j - 1].end:t.start]):
                break
            j += 1
            if t.possessive:
                break
        # a run of initials alone is not a name
        while j > k and len(toks[j - 1].raw) == 1:
            j -= 1
        return j

    # Most steps look only at capitalized words: index them once.
    capitalized = [k for k in range(n) if toks[k].raw[:1].isupper()]

    # 1. A title followed by a capitalized name: "Comrade Ivanov", "Ambassador Panyushkin".
    for k in capitalized:
        if not k or claimed[k] or toks[k - 1].key not in TITLE_LAST:
            continue
        gap_text = text[toks[k - 1].end:toks[k].start]
        if gap_text not in (" ", ". ", ".  ", "  ", "\n", ".\n", " \n"):
            continue
        head = _title_before(text, toks[k].start)
        if head is None:
            continue
        j = name_run(k)
        if j == k:
            continue
        first = toks[k]
        if j - k == 1 and head in {"sir", "lady", "dame"} and first.key in idx.forenames:
            ids = sorted(idx.forenames[first.key])
            pick = [x for x in ids if x in mentioned] or ids
            out.append(NameMention(first.start, first.end, "persName",
                                   pick[0] if len(pick) == 1 else None, tuple(ids),
                                   "forename" if len(pick) == 1 else "ambiguous"))
            claim(k, j)
            continue
        if j - k == 1 and head in {"sir", "lady", "dame"}:
            out.append(NameMention(first.start, first.end, "persName", None, (), "unknown"))
            claim(k, j)
            continue
        if _not_a_name(first) and not first.raw.isupper():
            continue
        if any(toks[x].key in PLACE_WORDS for x in range(k, j)):
            continue
        if j - k == 1 and (len(first.raw) < 3 or (first.raw.isupper() and len(first.raw) <= 3)):
            continue
        out.append(NameMention(first.start, toks[j - 1].end, "persName", None, (), "unknown"))
        claim(k, j)
        # "Comrades Ivanov and Petrov"
        if head.endswith("s"):
            while j + 1 < n and text[toks[j - 1].end:toks[j].start] in (" ", ", ") \
                    and toks[j].raw.lower() == "and" and not claimed[j + 1]:
                j2 = name_run(j + 1)
                if j2 == j + 1:
                    break
                out.append(NameMention(toks[j + 1].start, toks[j2 - 1].end, "persName", None, (),
                                       "unknown"))
                claim(j + 1, j2)
                j = j2

    titled = list(out)

    # 1c. A given name an editor supplied in brackets, and the surname right after it:
    #     "[Carlos] Lechuga", "[Bulgarian Ambassador Radenko] Grigorov", "[Luis] Bastian Pinto".
    persons_at = {x.start: x for x in list(found) + out if x.kind == "persName"}
    for m in re.finditer(r"\] (?=[A-Z])", text):
        k2 = starts.get(m.end())
        k1 = bisect_left(starts_list, m.start()) - 1
        if k2 is None or k1 < 0 or toks[k1].end != m.start():
            continue
        given = toks[k1]
        if not given.raw[:1].isupper() or given.raw.isupper() or len(given.raw) < 3 \
                or given.key in COMMON_WORDS or given.key in NOT_NAME or given.key in TITLE_WORDS \
                or given.key in PLACE_WORDS or "[" not in text[max(0, given.start - 200):given.start]:
            continue
        after = persons_at.get(toks[k2].start)
        if after is None:
            j = name_run(k2, 3)
            if j == k2 or any(toks[x].key in COMMON_WORDS or toks[x].key in PLACE_WORDS for x in range(k2, j)):
                continue
            after = NameMention(toks[k2].start, toks[j - 1].end, "persName", None, (), "unknown")
            out.append(after)
            claim(k2, j)
            titled.append(after)  # its surname is a person's wherever else it stands (step 6)
        if not claimed[k1]:
            ref = after.ref if after.ref and _given_fit(idx.entries[after.ref], [given]) else None
            out.append(NameMention(given.start, given.end, "persName", ref, (), "forename" if ref else "unknown"))
            claim(k1, k1 + 1)

    # 1a. A family name written first and a given name after it, of someone the registry
    #     does not know: "Ri Pyeong-nam", "Pak Dong Cho", "Nguyen Van Thieu".
    for k in capitalized:
        if toks[k].raw not in SURNAMES or claimed[k]:
            continue
        full_end = full_name_end(text, toks[k].start, toks[k].end)
        if not full_end:
            continue
        kk = in_range(toks[k].start, full_end)
        if not free(kk[0], kk[-1] + 1) or ("-" not in text[toks[k].end:full_end]
                                            and not _given_words(toks, k + 1, full_end, set())):
            continue
        out.append(NameMention(toks[k].start, full_end, "persName", None, (), "unknown"))
        claim(kk[0], kk[-1] + 1)

    # 1b. Initials and a surname anywhere: "A. Zawadzki", "I. Loga-Sowiński", "B. KIRILLOV".
    initialed: set[str] = set()
    k = 0
    while k < n:
        t = toks[k]
        if len(t.raw) > 2 or claimed[k] or not _initial(t) or text[t.end:t.end + 1] != "." \
                or (k and toks[k - 1].end == t.start - 1 and text[t.start - 1] == "."):
            k += 1
            continue
        j = k
        while j < n and _initial(toks[j]) \
                and text[toks[j].end:toks[j].end + 1] == "." and j < n - 1 and gap[j] and j - k < 3:
            j += 1
        letters = "".join(x.raw for x in toks[k:j])
        if j == k or j >= n or claimed[j] or letters in INITIALISMS:
            k = max(j, k + 1)
            continue
        sur = toks[j]
        good = len(sur.raw) > 1 and sur.raw[:1].isupper() and (
            sur.raw[1:].islower() or (sur.raw.isupper() and len(sur.raw) > 2)) \
            and not _not_a_name(sur) and "\n" not in text[toks[j - 1].end:sur.start]
        if not good:
            k = j
            continue
        e = j
        while e + 1 < n and text[toks[e].end:toks[e + 1].start] == "-" and \
                toks[e + 1].raw[:1].isupper() and not claimed[e + 1]:
            e += 1  # "Loga-Sowiński"
        first = k
        if k and not claimed[k - 1] and text[toks[k - 1].end:t.start] == " " and \
                toks[k - 1].raw[:1].isupper() and toks[k - 1].raw[1:].islower() and \
                not _not_a_name(toks[k - 1]) and not _sentence_start(text, toks[k - 1].start) or (
                    k and not claimed[k - 1] and text[toks[k - 1].end:t.start] == " "
                    and toks[k - 1].key in idx.forenames):
            first = k - 1  # "Richard E. Johnson"
        out.append(NameMention(toks[first].start, toks[e].end, "persName", None, (), "unknown"))
        claim(first, e + 1)
        if e == j and not sur.raw.isupper() and len(sur.raw) > 3:
            initialed.add(sur.key)
        k = e + 1

    # 2. Lines: "TO KRASOVSKY", "From BEIJING", signature lines ("ROSHCHIN", "(A. Gromyko)").
    pos = 0
    prev_line = ""
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        before_line, prev_line = prev_line, stripped.lower()
        if len(stripped) > 60:
            continue
        ks = in_range(line_start, line_start + len(line))
        if not ks or any(claimed[k] for k in ks):
            continue
        words = [toks[k] for k in ks]
        head = words[0].raw.lower()
        body = ks[1:] if head in {"to", "from"} else ks
        if not body:
            continue
        rest = [toks[k] for k in body]
        caps = all(t.raw.isupper() and len(t.raw) > 1 for t in rest)
        from_line = head == "from" and len(rest) == 1 and re.fullmatch(
            r"\s*From\s+\S+[\s.\-—]*", line, re.I) is not None
        plain = all(t.key not in HEADER_WORDS and (not _not_a_name(t) or (
            from_line and t.key in PLACE_WORDS)) for t in rest)
        contiguous = all(gap[k] for k in body[:-1])
        if len(ks) == 1 and words[0].raw.isupper() and 2 <= len(words[0].raw) <= 4 \
                and re.fullmatch(r"[\s(\[]*[A-Z]{2,4}[\s.)\]]*", line):
            signers = [x for x in idx.initials.get(words[0].raw, ()) if x in mentioned]
            if len(signers) == 1:  # "JFD" alone on a line: the initials of one person named
                out.append(NameMention(words[0].start, words[0].end, "persName", signers[0], (), "initials"))
                claim(ks[0], ks[0] + 1)
                continue
        if len(rest) == 1 and len(rest[0].raw) <= 4 or before_line.startswith("subj"):
            caps = False  # an acronym; a subject line
        if caps and plain and contiguous and len(rest) <= 3:
            # what is left on the line must be punctuation, a date or a bracket
            tail = text[rest[-1].end:line_start + len(line)]
            lead = text[line_start:rest[0].start]
            if re.fullmatch(r"[\s.,:;\"”’')\]]*(?:\[[^\]]*\][\s.\"”]*)?", tail) and (
                    head in {"to", "from"} or re.fullmatch(
                        r"[\s\"“(\[]*(?:\d{1,2}[./][IVXivx\d]{1,4}[./]\d{2,4}\s+)?", lead)):
                kind = "placeName" if from_line else "persName"
                out.append(NameMention(rest[0].start, rest[-1].end, kind, None, (), "unknown"))
                claim(body[0], body[-1] + 1)
                continue
        # "(A. Gromyko)", "[signature] K. Chernenko", "Signed: N. Popa"
        m = re.fullmatch(r"[\s\"“(\[]*(?:\(?Signed\)?:?\s*|\(?Sd\.?\)?\s*|\[signature\]\s*)?"
                         r"((?:[A-Z]\.\s?){1,3}[A-Z][a-z’'-]+(?:-[A-Z][a-z]+)?)[\s)\].,\"”]*",
                         line)
        if m:
            a, b = line_start + m.start(1), line_start + m.end(1)
            kk = [k for k in ks if a <= toks[k].start < b]
            if kk and free(kk[0], kk[-1] + 1) and not _not_a_name(toks[kk[-1]]):
                out.append(NameMention(a, b, "persName", None, (), "unknown"))
                claim(kk[0], kk[-1] + 1)

    # 2b. "To: Krajewski": a name alone after an address word is the addressee (a place
    #     the gazetteer knows stays for 4d: "To: Ankara").
    for m in re.finditer(r"(?m)^[ \t]*(?:To|From|TO|FROM)[ \t]*:[ \t]*([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)[ \t.]*$", text):
        kk = in_range(m.start(1), m.end(1))
        if not kk or not free(kk[0], kk[-1] + 1):
            continue
        words = [toks[k] for k in kk]
        if any(w.key in PLACE_WORDS or w.key in COMMON_WORDS or w.key in NOT_NAME or w.key in TITLE_WORDS
               or w.key in HEADER_WORDS or (w.raw.isupper() and len(w.raw) <= 4) for w in words):
            continue
        out.append(NameMention(m.start(1), m.end(1), "persName", None, (), "unknown"))
        claim(kk[0], kk[-1] + 1)

    # 3. Dateline places: "Washington, May 5, 1955.", "Moscow, 13 June 1951", "BEIJING--".
    for m in DATELINE.finditer(text):
        a, b = m.span("place")
        k = starts.get(a)
        if k is None:
            continue
        kk = in_range(a, b)
        if not kk or not free(kk[0], kk[-1] + 1):
            continue
        if toks[kk[0]].key in DATELINE_NOT or toks[kk[0]].key in HEADER_WORDS or \
                toks[kk[0]].key in CALENDAR:
            continue
        b = toks[kk[-1]].end
        out.append(NameMention(a, b, "placeName", None, (), "unknown"))
        claim(kk[0], kk[-1] + 1)

    # 4. Organizations: "the Polish Embassy in Havana", "Ministry of Foreign Affairs",
    #    "Central Committee of the CPSU", "Korean People's Army".
    person_spans = sorted([(x.start, x.end) for x in found if x.kind == "persName"] +
                          [(x.start, x.end) for x in out if x.kind == "persName"],
                          key=lambda se: se[1])
    person_ends = [e for _, e in person_spans]
    found.sort(key=lambda x: x.start)
    found_starts = [x.start for x in found]  # names are short: look only near a span
    last_end = -1
    for head in ORG_HEAD_FIND.finditer(text):
        hs, he = head.span()
        if hs < last_end:
            continue
        pre = ORG_PRE.search(text, max(0, hs - 120), hs)
        a = pre.start() if pre else hs
        b = ORG_POST.match(text, he).end()
        last_end = b
        # drop leading sentence words ("The", "In") and trailing connectors
        while True:
            k = starts.get(a)
            if k is None or k >= n:
                break
            t = toks[k]
            if (t.key in SENTENCE_WORDS or t.key in ORG_LEAD_NOT or (
                    t.key in TITLE_WORDS and k + 1 < n
                    and not ORG_HEAD_RE.match(text[toks[k + 1].start:b]))) \
                    and not ORG_HEAD_RE.match(
                    text[a:b]) and k + 1 < n:
                a = toks[k + 1].start
                continue
            break
        if b == he and text[he:he + 1] == " " and ORG_PLACE_AFTER.match(head.group()):
            # "Embassy Moscow", "Consulate General Hong Kong" (telegraphese)
            m2 = re.match(r" ([A-Z][\w’'-]+)(?![\w-])", text[he:he + 40])
            k2 = starts.get(he + 1)
            if m2 and k2 is not None and (toks[k2].key in PLACE_WORDS or any(
                    x.kind == "placeName" and x.start == he + 1 for x in found)):
                b = toks[k2].end
        # header words after the name stay outside: "Ministry of Foreign Affairs Cable"
        while b > he:
            kl = in_range(he, b)
            if not kl or toks[kl[-1]].key not in ORG_TAIL_NOT:
                break
            b = toks[kl[-2]].end if len(kl) > 1 else he
            b = len(text[:b].rstrip(" \t"))
        if text[b - 1:b] in ("’", "'") and text[b - 2:b - 1] == "s":
            b -= 1  # "the Revolutionary Armed Forces’ list": the apostrophe is the possessive
        # a person named right after the name is not part of it: "the MFA Choe Won-sik"
        pi = bisect_left(person_ends, he + 1)
        if pi < len(person_spans) and he <= person_spans[pi][0] < b:
            b = len(text[:person_spans[pi][0]].rstrip(" \t,"))
            b = max(b, he)
            last_end = b
        span_text = text[a:b]
        if ORG_HEAD_RE.match(span_text) or not span_text:
            continue  # a bare "Embassy", "Government": too generic
        if b == he and ORG_DESCRIPTIVE.match(head.group()):
            # "the Soviet Government", "Chinese Communist Government", "DRV Government":
            # a state's government described by adjectives, not a name (no "of ...")
            pre_ks = in_range(a, hs)
            if pre_ks and all(toks[x].key in NOT_NAME or toks[x].key in PLACE_WORDS
                              or toks[x].key.endswith(("ist", "ese", "ian", "an", "ish"))
                              or toks[x].raw.isupper()
                              or any(y.kind == "placeName" and y.start <= toks[x].start < y.end
                                     for y in found)
                              for x in pre_ks):
                continue
        ka = starts.get(a)
        kb = in_range(a, b)
        if ka is None or not kb:
            continue
        pi = bisect_left(person_ends, a + 1)
        if pi < len(person_spans) and person_spans[pi][0] < b:
            continue
        if not free(ka, kb[-1] + 1):
            # a longer org containing registry places/orgs, or a shorter org found just
            # before ("KWP CC" in "KWP CC International Department"), wins; otherwise skip
            near = found[bisect_left(found_starts, a - 200):bisect_left(found_starts, b)]
            if any(x.start < b and a < x.end and not (a <= x.start and x.end <= b) for x in near) \
                    or any(x.start < b and a < x.end and not (a <= x.start and x.end <= b) for x in out):
                continue  # crosses another name
            inner = [x for x in found if a <= x.start and x.end <= b and x.kind != "persName"]
            inner_out = [x for x in out if a <= x.start and x.end <= b and x.kind == "orgName"
                         and (x.start, x.end) != (a, b)]
            if not (inner or inner_out) or any(x.start == a and x.end == b for x in inner):
                continue
            if any(x.ref and x.kind == "orgName" for x in inner) and len(inner) == 1 and not inner_out \
                    and in_range(inner[0].end, b) == [] and toks[kb[0]].start == inner[0].start:
                continue  # "the Department of State" as the registry has it
            for x in inner:
                found.remove(x)
            for x in inner_out:
                out.remove(x)
            found_starts = [x.start for x in found]
        out.append(NameMention(a, b, "orgName", None, (), "unknown"))
        claim(ka, kb[-1] + 1)

    # 4a. A state's abbreviation before a ministry's, and a department's after it:
    #     "USSR MFA", "DPRK MFA", "USSR MFA UVPI" are one organization each.
    def kind_of(t: Tok, kind: str) -> bool:
        return t.raw.isupper() and len(t.raw) >= 2 and any(c[2] == kind for c in idx.forms.get((t.key,), ()))

    for k in capitalized:
        t = toks[k]
        if t.raw not in MINISTRY_ACRONYMS:
            continue
        a_k = b_k = k
        while a_k > 0 and text[toks[a_k - 1].end:toks[a_k].start] == " " and kind_of(toks[a_k - 1], "placeName"):
            a_k -= 1
        while b_k + 1 < n and text[toks[b_k].end:toks[b_k + 1].start] == " " and toks[b_k + 1].raw.isupper() \
                and 2 <= len(toks[b_k + 1].raw) <= 6 and toks[b_k + 1].key not in HEADER_WORDS \
                and toks[b_k + 1].key not in TITLE_WORDS and not kind_of(toks[b_k + 1], "placeName"):
            b_k += 1
        if a_k == k:
            continue  # without a state before it, the acronym stands as the registry or 4b has it
        a, b = toks[a_k].start, toks[b_k].end
        if any(x.start < b and a < x.end for x in out):
            continue
        inner = [x for x in found if x.start < b and a < x.end]
        if any(x.start < a or x.end > b or x.kind == "persName" for x in inner):
            continue
        if any(x.start == a and x.end == b for x in inner):
            continue  # the registry knows it: "USSR MFA"
        for x in inner:
            found.remove(x)
        out.append(NameMention(a, b, "orgName", None, (), "unknown"))
        claim(a_k, b_k + 1)

    # 4b. Acronyms of ministries any state has ("MFA"): organizations without a registry id.
    for m in ORG_ACRONYM_FIND.finditer(text):
        k = starts.get(m.start())
        if k is not None and not claimed[k] and toks[k].raw in ORG_ACRONYMS:
            out.append(NameMention(toks[k].start, toks[k].end, "orgName", None, (), "unknown"))
            claim(k, k + 1)

    # 4c. Places named with a geographic word: "Formosa Straits", "Shikotan Island",
    #     "McMahon Line", "Nghe An province" (the lower-case word stays outside).
    for m in GEO_NAMED.finditer(text):
        a = m.start()
        b = m.end() if m.group("head") else m.end("name")
        kk = in_range(a, b)
        while kk and (toks[kk[0]].key in SENTENCE_WORDS or toks[kk[0]].key in TITLE_WORDS):
            kk = kk[1:]  # "The South China Sea"
        if not kk or toks[kk[0]].end > m.end("name"):
            continue
        a = toks[kk[0]].start
        words = [toks[x] for x in kk]
        name_words = [w for w in words if w.end <= m.end("name")]
        if any(w.key in TITLE_WORDS or w.key in HEADER_WORDS or (
                w.key in NOT_NAME and w.key not in COMPASS and w.key not in SENTENCE_WORDS)
               for w in name_words):
            continue
        if (words[0].key in COMMON_WORDS or words[0].raw.lower() in LOWER_WORDS) and \
                _sentence_start(text, a):
            continue
        inner = [x for x in found if a <= x.start and x.end <= b]
        partial = [x for x in found if x.start < b and a < x.end and x not in inner]
        if partial or any(x.kind != "placeName" for x in inner):
            continue
        if any(claimed[x] for x in kk) and not inner:
            continue
        if any(x.start < b and a < x.end for x in out):
            continue
        if any(x.start == a and x.end == b for x in inner):
            continue  # the registry knows the whole name ("Yalu River")
        for x in inner:
            found.remove(x)  # "South China Sea" is not China
        out.append(NameMention(a, b, "placeName", None, (), "unknown"))
        claim(kk[0], kk[-1] + 1)

    # 4d. A country, state or large city the registry does not list ("Vienna", "Bandung"):
    #     a capitalized word of the gazetteer that is not an ordinary word and not part of
    #     a longer name.
    for k in capitalized:
        t = toks[k]
        if t.key not in PLACE_WORDS or claimed[k] or len(t.raw) < 4:
            continue
        if t.key in COMMON_WORDS or t.raw.lower() in LOWER_WORDS or t.key in NOT_NAME \
                or t.key in idx.first or t.key in idx.forenames:
            continue
        if t.raw.isupper() and _alone_on_line(text, t.start, t.end):
            continue  # a heading in capitals: a subject, left alone
        prev = toks[k - 1] if k else None
        line_start = t.start == 0 or text[t.start - 1] == "\n"
        if line_start and text[t.end:t.end + 1] == ",":
            pass  # a dateline: "Ankara, May 5, 1955"
        elif t.key in COUNTRY_WORDS:
            pass  # a country is a place wherever it stands: "the standpoint of Brazil"
        elif ADDRESS_LINE.fullmatch(text, text.rfind("\n", 0, t.start) + 1, t.start):
            pass  # "To: Ankara"
        elif prev is None or prev.raw not in LOCATIVE or text[prev.end:t.start] != " ":
            continue  # only where a place is expected: "to Vienna", "in Bandung"
        if prev is not None and text[prev.end:t.start] in (" ", ". ") and (
                prev.key in TITLE_LAST or (prev.raw[:1].isupper() and prev.key not in SENTENCE_WORDS
                                            and prev.key not in NOT_NAME and not claimed[k - 1])):
            continue  # "Mr. Jordan", "Michael Jordan"
        if k + 1 < n and gap[k] and text[t.end:toks[k + 1].start] == " " and \
                toks[k + 1].raw[:1].isupper() and toks[k + 1].key not in NOT_NAME \
                and toks[k + 1].key not in SENTENCE_WORDS and toks[k + 1].key not in CALENDAR:
            continue  # part of a longer name
        out.append(NameMention(t.start, t.end, "placeName", None, (), "unknown"))
        claim(k, k + 1)

    # 5. A given name alone, as in "Dear Roger:" or a signature, for a person already
    #    mentioned in the document.
    for m in re.finditer(r"(?:(?<=\bDear )|(?<=\bDEAR )|(?<=\n))([A-Z][a-z]+|[A-Z]{3,})(?=[:,]?[ \t]*(?:\n|$))",
                         text):
        k = starts.get(m.start(1))
        if k is None or claimed[k]:
            continue
        cands = sorted(idx.forenames.get(toks[k].key, ()))
        ids = [x for x in cands if x in mentioned]
        if len(ids) == 1:
            out.append(NameMention(m.start(1), m.end(1), "persName", ids[0], tuple(cands), "forename"))
            claim(k, k + 1)
        elif text[max(0, m.start(1) - 5):m.start(1)].lower() == "dear ":
            out.append(NameMention(m.start(1), m.end(1), "persName", None, tuple(ids or cands),
                                   "ambiguous" if ids or cands else "unknown"))
            claim(k, k + 1)

    # 5b. A given name alone ("Fidel came to the residence") after the document has named
    #     that person with it ("Fidel Castro"), if no other person named so far has it.
    given_of: dict[str, set[str]] = {}
    first_named: dict[str, int] = {}
    for x in found:
        if x.kind != "persName" or not x.ref or x.ref not in idx.entries:
            continue
        ks = in_range(x.start, x.end)
        if len(ks) < 2:
            continue
        first = toks[ks[0]]
        for name in idx.entries[x.ref].names:
            if name.forenames and not name.surname_first and norm(name.forenames[0]) == first.key:
                given_of.setdefault(first.key, set()).add(x.ref)
                first_named.setdefault(first.key, first.end)
    for k in capitalized if given_of else ():
        t = toks[k]
        refs = given_of.get(t.key)
        if not refs or len(refs) != 1 or claimed[k] or t.start < first_named[t.key] \
                or not t.raw[:1].isupper() or t.raw.isupper() or len(t.raw) < 3 or t.key in COMMON_WORDS:
            continue
        if k + 1 < n and gap[k] and text[t.end:toks[k + 1].start] == " " and toks[k + 1].raw[:1].isupper() \
                and toks[k + 1].key not in SENTENCE_WORDS and toks[k + 1].key not in NOT_NAME:
            continue  # "Fidel Ramos": someone else's full name
        out.append(NameMention(t.start, t.end, "persName", next(iter(refs)), (), "forename"))
        claim(k, k + 1)

    # 6. A capitalized word that is not an ordinary word, said to speak or act
    #    ("Stephanopoulos said"), and its other occurrences in the document.
    known = {toks[k].key for k in range(n) if claimed[k]}
    people: set[str] = set()
    for k in capitalized:
        t = toks[k]
        if k == n - 1 or claimed[k] or t.raw.isupper() or len(t.raw) < 3:
            continue
        if toks[k + 1].raw.lower() not in SPEECH_VERBS or not gap[k] or \
                text[t.end:toks[k + 1].start] != " ":
            continue
        if _not_a_name(t) or t.key in known or t.key in idx.first:
            continue
        people.add(t.key)
    people |= {key for key in initialed if key not in idx.first}
    for x in titled:
        ks = in_range(x.start, x.end)
        last = toks[ks[-1]] if ks else None
        if last is not None and last.end == x.end and not _not_a_name(last) and not last.raw.isupper() \
                and len(last.raw) > 2:
            people.add(last.key)  # "Mr. Skouras" ... "Skouras"; "Secretary Da Silva" ... "Silva"
    if people:
        for k in capitalized:
            t = toks[k]
            if t.key in people and not claimed[k]:
                out.append(NameMention(t.start, t.end, "persName", None, (), "unknown"))
                claim(k, k + 1)
    return out


def _finish(mentions: list[NameMention]) -> list[NameMention]:
    mentions.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[NameMention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out
