"""Names the registry does not know: found by their shape and their place in the text.

A title before a capitalized word ("Comrade Ivanov"), initials before a surname, a name
alone on an address or signature line, an organization built on Embassy / Ministry /
Committee, a place after "in" or a geographic word, a given name an editor put in
brackets, a speaker of "said". Each step claims its tokens, so later steps and the
registry's own matches never overlap it. All are tagged without ``@ref`` and reported
for review, except a slip of the typist for a person the document names.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from encoder.model import NameMention

from ._common_words import COMMON_WORDS, LOWER_WORDS
from ._gazetteer import CAPITAL_WORDS, CITY_PHRASES, COUNTRY_PHRASES, COUNTRY_WORDS, PLACE_WORDS
from ._given_names import GIVEN_NAMES, WORD_GIVEN_NAMES
from .east_asian import SURNAMES, full_name_end, is_given_part
from .home import DEMONYMS
from .index import Index, given_fit
from .lexicon import (
    ADDRESS_LINE, is_demonym, NAME_HEADS, DEAR_OR_ALONE, GEO_ADJECTIVE_HEADS, INSTITUTION_HEAD, LIFE_DATES_AFTER, ORDINAL_MEETING, ORG_LOCATED, ORG_WORDS, ROLE_WORDS, STAFF_BY, CALENDAR, COMPASS, REGION_OF, DATELINE, DATELINE_NOT, GEO_NAMED, HEADER_WORDS, INITIALISMS, LOCATIVE,
    MINISTRY_ACRONYMS, NOT_NAME, ORG_ACRONYM_FIND, ORG_ACRONYMS, ORG_DESCRIPTIVE, ORG_HEAD_FIND, ORG_HEAD_RE,
    ORG_LEAD_NOT, ORG_PLACE_AFTER, ORG_POST, ORG_PRE, ORG_TAIL_NOT, SENTENCE_WORDS, SPEECH_VERBS, TITLE_LAST, AUXILIARIES, PERSONAL_THINGS, WRITTEN_TO, KIN_BEFORE, PERSON_OBJECT_BEFORE,
    TITLE_KEYS, TITLE_SIZE, TITLE_WORDS, given_words, not_a_name, sentence_start, title_before,
    ABSTRACT_NOUN, ATTRIBUTIVE_AFTER, CLOSING_WORDS, DATE_AFTER, DIVISION_WORDS, NOT_A_TOWN_ENDINGS, OFFICE_NOUNS,
    CABLE_NUMBER_AFTER, CABLE_REFERENCE_LINE, DECLASSIFIED_BY, MESSAGE_FROM, PERSON_STATE, POST_CABLE_AFTER, REPEAT_AS, STATE_FORM, TRAVEL_BEFORE_FOR, VISITED,
    ABBREVIATED_TITLES, RANK_TITLES, LOCATIVE_BEFORE, NOT_BEFORE_A_PERSON, NOT_GIVEN, PERSONAL_TITLES, SLAVIC_SURNAME,
)
from .tokens import Tok, alone_on_line, is_initial, norm

# Not registry.PARTICLES: capitalized "Al", "El", "Ben", "Y" before a name are more often a
# given name or a word ("Ben Bella"); "Do" is Portuguese ("Do Amaral").
_PARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(?:Da|De|Di|Do|Dos|Das|Du|Del|Della|Van|Von|Der|Den|Ter|La|Le) $")


def with_particle(text: str, m: NameMention) -> NameMention:
    """An unknown surname keeps its particle: "Da Silva", "Van Fleet", "De Lattre"."""
    if m.kind != "persName" or m.ref is not None:
        return m
    p = _PARTICLE_BEFORE.search(text, max(0, m.start - 6), m.start)
    if p is None:
        return m
    return NameMention(p.start(), m.end, m.kind, m.ref, m.candidates, m.reason)


def misspelled(toks: list[Tok], claimed: list[bool], idx: Index, mentioned: dict[str, int],
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
    r"|General Assembly|Military Armistice Commission|Comintern|Cominform|POLITBURO|PRESIDIUM|CENTRAL COMMITTEE"
    r"|Knesset|Duma|State Duma|Legislative Yuan|Executive Yuan|Control Yuan|Storting|Riksdag|Folketing|Eduskunta|Althing|Oireachtas|Dáil(?: Éireann)?|Seanad"
    r"|Lok Sabha|Rajya Sabha|Majlis|Reichstag|Bundesrat|Nationalrat|Sobranie|Skupština|Skupshtina|Cortes"
    r"|Chiefs of Staff|Combined Chiefs of Staff"  # legislatures by their own names; the chiefs of a state's forces
    r"|(?<!for )(?<!and )Commonwealth(?! of| Relations| Affairs| Office)|National Archives(?! of)"  # the Commonwealth of Nations; the archives of a papers' country
    r"|politburo|Party Center|Party Centre"  # a translator's lower case; Chinese "Party Center" (the CC)
    # a legislature (not a party's numbered congress, "the 20th Congress", nor "Congress of Soviets")
    r"|(?<!Party )(?<!th )(?<!st )(?<!nd )(?<!rd )(?<!National )Congress(?! of| Party))(?![\w-])"
)


def _title_case_line(text: str, at: int) -> bool:
    """Is the line around ``at`` written in title case (a heading), where every word is
    capitalized and capitals say nothing about names?"""
    a, b = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    words = [w for w in re.findall(r"[^\W\d_]{4,}", text[a:b if b >= 0 else len(text)])]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _surname_like(t: Tok) -> bool:
    """Could this capitalized word be a surname after a given name (step 19)?"""
    return t.raw[:1].isupper() and len(t.raw) > 3 and t.key not in COMMON_WORDS and t.key not in NOT_NAME \
        and t.key not in TITLE_WORDS and t.key not in CALENDAR and t.key not in COUNTRY_WORDS \
        and not _telegraphese(t.raw)


# A mission named before its post in telegraphese: "AmEmbassy Bangkok", "Embassy Rangoon".
MISSION_WORDS = {"amembassy", "amemb", "amconsul", "amcongen", "embassy", "emb", "legation", "consulate"}


def _given_name_word(t: Tok) -> bool:
    """Could this capitalized word be a given name before a surname found alone?"""
    key = t.key
    return t.raw[:1].isupper() and t.raw[1:].islower() and len(t.raw) > 2 and not t.possessive \
        and key not in NOT_NAME and key not in TITLE_WORDS and key not in PLACE_WORDS \
        and key not in CALENDAR and key not in SENTENCE_WORDS and key not in HEADER_WORDS and key not in ORG_WORDS \
        and not ORG_HEAD_RE.fullmatch(t.raw) and not is_demonym(key)


def _given_then_surname(toks: list[Tok], k: int, j: int) -> bool:
    """After the given name toks[k], do toks[k+1:j] end in a surname? One that is also a word
    counts after a middle initial ("Gen. John H. Church")."""
    rest = [t for t in toks[k + 1:j] if len(t.raw) > 1]
    if not rest:
        return False
    last = rest[-1]
    if _surname_like(rest[0]) or _surname_like(last):
        return True
    return len(rest) < j - k - 1 and last.raw[1:].islower() and last.key not in NOT_NAME \
        and last.key not in TITLE_WORDS and last.key not in CALENDAR and last.key not in COUNTRY_WORDS


def _rank_before_surname(head: str, text: str, toks: list[Tok], k: int, j: int) -> bool:
    """Can the rank or office ``head`` ("General", "Secretary") make the ordinary word toks[k]
    a surname ("General Smith")? Not when the word is the rank's own noun ("General License",
    "Minister Coordination"), a plural ("General Considerations") or the start of a longer
    capitalized phrase ("General Strike Committee")."""
    key = toks[k].key
    return head.split()[-1] in RANK_TITLES and not ABSTRACT_NOUN.search(key) and key not in OFFICE_NOUNS \
        and not (key.endswith("s") and key[:-1] in COMMON_WORDS) \
        and not (j < len(toks) and text[toks[j - 1].end:toks[j].start] == " " and toks[j].raw[:1].isupper())


def _signer_word(t: Tok) -> bool:
    """Alone on a cable's last line, a town's name or an ordinary word is the signer's
    ("Henderson", "Wright", "Cannon"; the registry has already claimed the capitals), unless
    it is a country, a title, a heading word, a plural ("Notes") or an ordinary word no
    surname is made of ("According")."""
    key = t.key
    return t.raw[1:].islower() and key not in COUNTRY_WORDS and key not in NOT_NAME and key not in TITLE_WORDS \
        and key not in CALENDAR and key not in HEADER_WORDS and key not in SENTENCE_WORDS \
        and key not in CLOSING_WORDS and not (key.endswith("s") and key[:-1] in COMMON_WORDS) \
        and not (key in COMMON_WORDS and (key.endswith(("ing", "ly", "ed")) or ABSTRACT_NOUN.search(key)))


# A capital inside a name after its prefix is the name's own ("McCloy", "MacArthur", "DeGaulle").
_CAPITAL_AFTER_PREFIX = re.compile(r"(?:Mc|Mac|O['’]|De|Da|Di|Du|La|Le|Van|Von)[A-Z]")
_GLUED_CAPITAL = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]*$)")
_GLUED_VERB = re.compile(r"(?<=[a-z]{3})(?:asked|said|replied)$")


def _unglued_end(text: str, last: Tok, end: int) -> int:
    """Where a name ends when a copy glued the next word to it, as Historic Hansard's do
    ("Mr. EggarHer Majesty's", "Mr. Wrayasked the Secretary"): before the glued word."""
    if end != last.end or _CAPITAL_AFTER_PREFIX.match(last.raw):
        return end
    cut = _GLUED_CAPITAL.search(last.raw) or _GLUED_VERB.search(last.raw)
    return last.start + cut.start() if cut else end


def _in_hyphenated(text: str, t: Tok) -> bool:
    """Is the word one part of a hyphenated word ("Boyd" in "Lennox-Boyd")?"""
    return text[t.start - 1:t.start] in ("-", "‐") and text[t.start - 2:t.start - 1].isalpha() \
        or (text[t.end:t.end + 1] in ("-", "‐") and text[t.end + 1:t.end + 2].isalpha())


def person_cue(text: str, toks: list[Tok], gap: list[bool], k: int) -> str:
    """What in the context of the capitalized word toks[k] says it is a person (step 20):
    "speech", "who", "written", "post", "kin", "object", "possessive", "aux"; "" when nothing does.

    Beyond a verb of speaking the cues are weaker, so the word must also look like a
    surname standing alone: not telegraphese ("ChiComs", "UKDel") or a plural of people
    ("Tibetans"), not after a capitalized word or a hyphen, nor before one ("Dalai Lama",
    "Aide-Mémoire"), and for an auxiliary not after an article or a preposition of place
    ("the Comite has", "toward Lhasa will").
    """
    t = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) and gap[k] and text[t.end:toks[k + 1].start].lstrip("’'s") == " " \
        else None
    if nxt is not None and not t.possessive and nxt.raw.lower() in SPEECH_VERBS:
        return "speech"
    prev = toks[k - 1] if k and text[toks[k - 1].end:t.start] == " " else None
    if len(t.raw) < 4 or _telegraphese(t.raw) or t.key.endswith(("ans", "ese")) \
            or text[t.start - 1:t.start] in ("-", "‑") \
            or (prev is not None and prev.raw[:1].isupper() and prev.key not in NOT_NAME
                and prev.key not in SENTENCE_WORDS) \
            or (nxt is not None and nxt.raw[:1].isupper()):
        return ""
    if not t.possessive and _WHO_AFTER.match(text, t.end):
        return "who"  # "Pawley (who, according to", "Massigli, whom we saw": only persons are "who"
    before = text[max(0, t.start - 60):t.start]
    if not t.possessive and PERSON_OBJECT_BEFORE.search(before):
        return "object"  # (a short name too: "urged Lamm")
    if len(t.raw) < 5 and not t.possessive:
        return ""
    if WRITTEN_TO.search(before):
        return "written"
    post = _POST_AFTER.match(text, t.end)
    if post and norm(post[1]) in PLACE_WORDS and not t.possessive:
        return "post"  # a person and the post in brackets: "For Woolcott (Jakarta), Cooper (Lisbon)"
    if KIN_BEFORE.search(before):
        return "kin"
    if t.possessive:  # "in Bhabha's letter", "Pawley's impending visit": the preposition is the letter's
        if nxt is not None and nxt.raw.islower() and nxt.key not in PERSONAL_THINGS and k + 2 < len(toks) \
                and text[nxt.end:toks[k + 2].start] == " ":
            nxt = toks[k + 2]
        return "possessive" if nxt is not None and nxt.key in PERSONAL_THINGS else ""
    if prev is not None and prev.raw.lower() in NOT_BEFORE_A_PERSON:
        return ""
    if nxt is not None:
        after = toks[k + 2] if k + 2 < len(toks) and text[nxt.end:toks[k + 2].start] == " " else None
        if nxt.raw in AUXILIARIES and after is not None and after.raw.islower() and after.key not in ("be", "been"):
            return "aux"  # "Cockcroft did mention", "Mengistu will travel" (not "X is a ...")
        if PERSON_STATE.match(text, t.end):
            return "aux"  # "Bajpai is not very precise", "Bonsal was present"
    return ""


# The last line of a cable, a name alone (step 9), and the footnote lines that may follow it.
_SIGNATURE_LINE = re.compile(r"(?m)^[ \t–—-]*([A-ZÀ-ÝĀ-Ž][\w’'-]{3,})\.?[ \t–—-]*(?:\d+\.?[ \t–—-]*)?\s*\Z")
_FOOTNOTE_LINE = re.compile(r"[ \t]*(?:[-•*][ \t]|\d{1,3}[.)][ \t]|\[\d{1,3}\][ \t]?)(?=[^\n]*\b[a-z]{2,})")
_DATE_LINE = re.compile(r"[ \t]*(?:\d{1,2}[./-](?:\d{1,2}|[IVX]{1,4})[./-][ \t]?\[?\d{2,4}\]?|[A-Z][a-z]+ \d{1,2}, \d{4}"
                        r"|\d{1,2} [A-Z][a-z]+ \d{4})\.?[ \t]*")  # "Terebin.\n17.XII.1947"
_GOVERNMENT_OF = re.compile(r"(?i:governments?|govt\.?)\s+of\s+(?:the\s+)?")
_STATE_BY_ADJECTIVE = re.compile(r"(?<![\w-])(?P<adj>[A-Z][a-z]{3,})"
                                 r"(?:[ \t]+(?:People['’]s|Democratic|Socialist|Federal|Arab|Islamic|Popular))*"
                                 r"[ \t]+Republic(?![\w-])(?![ \t]+of\b)")
# How a message went, who prepared it as a body: "Received by Telegraph", "prepared by Secretariat".
_NOT_A_STAFF_NAME = {"telegraph", "telegram", "cable", "courier", "pouch", "bag", "hand", "radio", "telephone",
                     "phone", "post", "mail", "secretariat", "staff", "department", "embassy", "ministry", "wire"}
# After a name in a telegram's staff line: where it ends, and how the next name is joined.
_STAFF_NAME_END = re.compile(r"(?:[;,.)]|[ \t]+(?:on|and|in)\b|[ \t]*$)", re.M)
_STAFF_NEXT = re.compile(r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?=[A-Z])")
_STATE_BY_FORM = re.compile(r"(?<![\w-])(?:State|Kingdom|Republic|Dominion|Federation|Principality|Sultanate|Emirate)"
                            r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<state>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?![\w-])")
_INNER_THE = re.compile(r"(?<=\S )(?:The|THE) ")  # "in the United Nations The General Assembly"
_CAPITALIZED_BEFORE = re.compile(r"([A-Z]\w*)(?:['’]s)?[ \t]+$")
_AND_TITLE = re.compile(r"[ \t]+and[ \t]+([A-Z][a-z]+)(?=[ \t]+(?:of[ \t]|[A-Z]))")  # "... and Chairman of"
_LIST_ITEM_BEFORE = re.compile(r"(?:^|[,:;][ \t]*|,\d{1,2}[ \t]+)$", re.M)  # the head of a list item
_PARTY_MEETING = re.compile(r"\bParty[ \t]+(?:Congress|Conference|Plenum|Convention)$")
_DANGLING_CONNECTOR = re.compile(r"(?:[ \t]+(?:of|for|in|at|on|to|OF|FOR|IN|AT|ON|TO))(?:[ \t]+(?:the|THE))?[ \t]*$")
_JOINED_BEFORE = re.compile(r"(?<![\w.-])([A-Z][a-z]+) and $")
_WHO_AFTER = re.compile(r"[ \t]*[,(][ \t]*(?:who|whom|whose)\b")
_POST_AFTER = re.compile(r" \(([A-Z][a-z]+)\)")


def _telegraphese(word: str) -> bool:
    """Capitals inside a word, as telegraphese writes "ChiComs", "UKDel" (but "McCloy",
    "MacArthur", "DeGaulle" are names)."""
    inner = re.search(r"[a-z][A-Z]", word) or (word[:2].isupper() and not word.isupper())
    return bool(inner) and not _CAPITAL_AFTER_PREFIX.match(word)


def institutions(text: str) -> list[NameMention]:
    return [NameMention(m.start(), m.end(), "orgName", None, reason="unknown") for m in INSTITUTIONS.finditer(text)]


_CITY_PHRASES = frozenset(CITY_PHRASES)
# Country and city names of several words, by their first word (step 15).
PLACE_PHRASE_BY_WORD: dict[str, list[str]] = {}
for _phrase in sorted(COUNTRY_PHRASES + CITY_PHRASES, key=len, reverse=True):
    PLACE_PHRASE_BY_WORD.setdefault(re.split(r"[ -]", _phrase)[0], []).append(_phrase)  # "Austria-Hungary"


class _Finder:
    """The state the steps of :func:`unknown_names` share: the text, its tokens, which of
    them are claimed, the registry's mentions (``found``) and the names found so far
    (``out``); one method per step."""

    def __init__(self, text, toks, gap, claimed, idx: Index, mentioned, found) -> None:
        self.text, self.toks, self.gap, self.claimed = text, toks, gap, claimed
        self.idx, self.mentioned, self.found = idx, mentioned, found
        self.out: list[NameMention] = []
        self.n = n = len(toks)
        self.starts = {t.start: k for k, t in enumerate(toks)}
        self.starts_list = [t.start for t in toks]
        # Most steps look only at capitalized words: index them once.
        self.capitalized = [k for k in range(n) if toks[k].raw[:1].isupper()]
        self.cued: list[NameMention] = []  # persons found by a cue (a title, a bracket): step 20
        self.initialed: set[str] = set()  # surnames found after initials (step 5): step 20

    def in_range(self, a: int, b: int) -> list[int]:
        """Indexes of the tokens that start in [a, b)."""
        starts_list = self.starts_list
        return list(range(bisect_left(starts_list, a), bisect_left(starts_list, b)))

    def free(self, a: int, b: int) -> bool:
        """Are the tokens toks[a:b] all unclaimed?"""
        return not any(self.claimed[a:b])

    def claim(self, a: int, b: int) -> None:
        claimed = self.claimed
        for k in range(a, b):
            claimed[k] = True

    def name_run(self, k: int, limit: int = 4) -> int:
        """Tokens from k that read as a personal name: capitalized, not a common noun."""
        text, toks, gap, claimed, n = self.text, self.toks, self.gap, self.claimed, self.n
        j = k
        while j < n and j - k < limit and not claimed[j]:
            t = toks[j]
            initial = j > k and len(t.raw) == 1 and text[t.end:t.end + 1] == "."  # "A." is no article
            if not t.raw[:1].isupper() or ((t.key in NOT_NAME or t.key in TITLE_WORDS) and not initial):
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

    def person_run(self, k: int, lenient: bool = False) -> int:
        """The end of a personal name from toks[k], or k (steps 8-9). ``lenient``: where a name
        is expected (after "Signed:"), a full name whose words are also ordinary words counts
        ("Roger Makins")."""
        toks, idx = self.toks, self.idx
        j = self.name_run(k, 3)
        if j == k:
            return k
        loose = lenient and j - k > 1
        for x in range(k, j):
            t = toks[x]
            if t.key in HEADER_WORDS or t.key in NOT_NAME or t.key in TITLE_WORDS or t.key in SENTENCE_WORDS:
                return k
            if not loose and t.key not in idx.forenames and (t.key in COMMON_WORDS or not_a_name(t)):
                return k
        return j

    def kind_of(self, t: Tok, kind: str) -> bool:
        """Is the word in capitals one the registry has as a name of this kind ("USSR": a place)?"""
        return t.raw.isupper() and len(t.raw) >= 2 and any(c[2] == kind for c in self.idx.forms.get((t.key,), ()))

    def titled_persons(self) -> None:
        """1. A title followed by a capitalized name: "Comrade Ivanov", "Ambassador Panyushkin"."""
        text, toks, claimed, idx, mentioned = self.text, self.toks, self.claimed, self.idx, self.mentioned
        out, n, starts_list, capitalized = self.out, self.n, self.starts_list, self.capitalized
        for k in capitalized:
            if not k or claimed[k] or toks[k - 1].key not in TITLE_LAST:
                continue
            gap_text = text[toks[k - 1].end:toks[k].start]
            if gap_text not in (" ", ". ", ".  ", "  ", "\n", ".\n", " \n"):
                continue
            head = title_before(text, toks[k].start)
            if head is None:
                continue
            j = self.name_run(k)
            if j == k:
                continue
            first = toks[k]
            if j - k == 1 and head in {"sir", "lady", "dame"} and first.key in idx.forenames:
                ids = sorted(idx.forenames[first.key])
                pick = [x for x in ids if x in mentioned] or ids
                out.append(NameMention(first.start, first.end, "persName",
                                       pick[0] if len(pick) == 1 else None, tuple(ids),
                                       "forename" if len(pick) == 1 else "ambiguous"))
                self.claim(k, j)
                continue
            if j - k == 1 and head in {"sir", "lady", "dame"}:
                out.append(NameMention(first.start, first.end, "persName", None, (), "unknown"))
                self.claim(k, j)
                continue
            if not_a_name(first) and not first.raw.isupper() and first.raw not in SURNAMES \
                    and first.key not in PLACE_WORDS and not (
                        (head in PERSONAL_TITLES or (gap_text == " " and _rank_before_surname(head, text, toks, k, j)))
                        and first.raw[1:].islower() and first.key not in NOT_NAME
                        and first.key not in TITLE_WORDS and first.key not in SENTENCE_WORDS
                        and first.key not in CALENDAR
                        and (gap_text in (" ", "  ") or head in ABBREVIATED_TITLES)  # not "Ambassador. Most"
                        and not _title_case_line(text, first.start)) \
                    and not (j - k > 1 and (first.key in GIVEN_NAMES or first.key in WORD_GIVEN_NAMES)
                             and first.raw[1:].islower()
                             and first.key not in NOT_NAME and first.key not in CALENDAR
                             and _given_then_surname(toks, k, j)):  # "Captain Mark Phillips"
                continue  # ("Comrade Ding": a Chinese family name, though "ding" is a word; "Mr. Smith";
                #           "the Ambassador Discussed the Issue")
            if any(toks[x].key in COUNTRY_WORDS or any(c[2] == "placeName" for c in idx.forms.get((toks[x].key,), ()))
                   for x in range(k, j)):
                continue  # a place the registry knows or a country; a city's name after a title is
                #           a person's ("Plenipotentiary Matsumoto", "Ambassador Yao")
            if j - k == 1 and (len(re.sub(r"['’]s$", "", first.raw)) < 3 or (first.raw.isupper() and len(first.raw) <= 3)):
                continue
            end = toks[j - 1].end
            if first.raw in SURNAMES:
                full_end = full_name_end(text, first.start, first.end)
                if full_end and full_end > end:
                    j, end = bisect_left(starts_list, full_end), full_end  # "Ambassador Pan Tzu-li"
            while j < n and not claimed[j] and is_initial(toks[j]) and text[toks[j - 1].end:toks[j].start] == " " \
                    and text[toks[j].end:toks[j].end + 1] == ".":
                end = toks[j].end + 1  # "Comrade Szabó F.", "Comrade STALIN I.V.": initials after the surname
                j += 1
                while j < n and is_initial(toks[j]) and toks[j].start == end \
                        and text[toks[j].end:toks[j].end + 1] == ".":
                    end = toks[j].end + 1
                    j += 1
            end = _unglued_end(text, toks[j - 1], end)
            out.append(NameMention(first.start, end, "persName", None, (), "unknown"))
            self.claim(k, j)
            # "Comrades Ivanov and Petrov"
            if head.endswith("s"):
                while j + 1 < n and text[toks[j - 1].end:toks[j].start] in (" ", ", ") \
                        and toks[j].raw.lower() == "and" and not claimed[j + 1]:
                    j2 = self.name_run(j + 1)
                    if j2 == j + 1:
                        break
                    out.append(NameMention(toks[j + 1].start, toks[j2 - 1].end, "persName", None, (),
                                           "unknown"))
                    self.claim(j + 1, j2)
                    j = j2

        self.cued = list(out)  # persons found by a cue (a title, a bracket): their surnames count in step 20

    def bracketed_given_names(self) -> None:
        """2. Given names an editor supplied in brackets, and the surname right after them:
        "[Carlos] Lechuga", "[Bulgarian Ambassador Radenko] Grigorov", "[John F.] Kennedy"."""
        text, toks, claimed, idx, found = self.text, self.toks, self.claimed, self.idx, self.found
        out, starts, starts_list, cued = self.out, self.starts, self.starts_list, self.cued
        persons_at = {x.start: x for x in list(found) + out if x.kind == "persName"}
        for m in re.finditer(r"\] (?=[A-Z])", text):
            k2 = starts.get(m.end())
            k1 = bisect_left(starts_list, m.start()) - 1
            if k2 is None or k1 < 0 or text[toks[k1].end:m.start()] not in ("", "."):
                continue
            family, first = toks[k1], toks[k2]
            if family.raw in SURNAMES and text[family.start - 1:family.start] == "[" and not claimed[k2] \
                    and first.raw[:1].isupper() and not first.raw.isupper() and first.key not in COMMON_WORDS:
                # "[Xi] Zhongxun", "[Zhou] Enlai": an editor's family name before the given name
                ids = {c[0] for c in idx.forms.get((family.key, first.key), ()) if c[2] == "persName"}
                ref = next(iter(ids)) if len(ids) == 1 else None
                reason = "registry" if ref else "unknown"
                known = next((x for x in found if x.start == family.start and x.kind == "persName"), None)
                if known is not None:
                    found.remove(known)
                elif claimed[k1]:
                    continue
                # one person, one name, the bracket inside it
                out.append(NameMention(family.start - 1, first.end, "persName", ref or (known.ref if known else None),
                                       (), reason if ref or known is None else known.reason))
                self.claim(k1, k2 + 1)
                continue
            run: list[int] = []  # the given names and initials that end the bracket
            j1 = k1
            while j1 >= 0 and not claimed[j1]:
                t = toks[j1]
                word = t.raw[:1].isupper() and not t.raw.isupper() and len(t.raw) >= 3 \
                    and (t.key not in COMMON_WORDS or t.key in idx.forenames or t.key in GIVEN_NAMES) \
                    and t.key not in NOT_NAME and t.key not in TITLE_WORDS and t.key not in PLACE_WORDS
                initial = is_initial(t) and text[t.end:t.end + 1] == "."
                after_gap = text[t.end:toks[run[0]].start] if run else ""
                if not (word or initial) or (run and after_gap not in (" ", ".", ". ")):
                    break
                run.insert(0, j1)
                j1 -= 1
            before = next((x for x in list(found) + out if x.kind == "persName" and x.end == toks[k1].end), None)
            if not run and before is None:
                continue  # "[Ambassador Radenko] Grigorov": the given name may be tagged already
            if run and "[" not in text[max(0, toks[run[0]].start - 200):toks[run[0]].start]:
                continue
            after = persons_at.get(toks[k2].start)
            if after is None:
                j = self.name_run(k2, 3)
                # after an editor's given name an ordinary word may be a surname: "[Warren] Rogers"
                given_before = bool(run) and all(toks[x].key in GIVEN_NAMES or toks[x].key in idx.forenames
                                                 or is_initial(toks[x]) for x in run)
                if j == k2 or any((toks[x].key in COMMON_WORDS and not given_before) or toks[x].key in PLACE_WORDS
                                  for x in range(k2, j)):
                    continue
                after = NameMention(toks[k2].start, toks[j - 1].end, "persName", None, (), "unknown")
                out.append(after)
                self.claim(k2, j)
                cued.append(after)  # its surname is a person's wherever else it stands (step 20)
            if not run:
                continue
            given = [toks[x] for x in run]
            ref = after.ref if after.ref and given_fit(idx.entries[after.ref], given) else None
            out.append(NameMention(given[0].start, m.start(), "persName", ref, (), "forename" if ref else "unknown"))
            self.claim(run[0], run[-1] + 1)

    def life_dates(self) -> None:
        """3. A name before life dates, as in an editor's note: "Eugeniusz Milnikiel (1905-1969)"."""
        text, toks, out = self.text, self.toks, self.out
        for m in LIFE_DATES_AFTER.finditer(text) if "(1" in text or "(b" in text else ():
            kk = self.in_range(m.start(1), m.end(1))
            if not kk or not self.free(kk[0], kk[-1] + 1) or any(
                    toks[x].key in COMMON_WORDS or not_a_name(toks[x]) for x in kk):
                continue
            out.append(NameMention(m.start(1), m.end(1), "persName", None, (), "unknown"))
            self.claim(kk[0], kk[-1] + 1)

    def surname_first_names(self) -> None:
        """4. A family name written first and a given name after it, of someone the registry does not know:
        "Ri Pyeong-nam", "Pak Dong Cho", "Nguyen Van Thieu"."""
        text, toks, claimed, out, capitalized = self.text, self.toks, self.claimed, self.out, self.capitalized
        for k in capitalized:
            if toks[k].raw not in SURNAMES or claimed[k]:
                continue
            full_end = full_name_end(text, toks[k].start, toks[k].end)
            if not full_end:
                continue
            kk = self.in_range(toks[k].start, full_end)
            if not self.free(kk[0], kk[-1] + 1) or ("-" not in text[toks[k].end:full_end]
                                                and not given_words(toks, k + 1, full_end, set())):
                continue
            out.append(NameMention(toks[k].start, full_end, "persName", None, (), "unknown"))
            self.claim(kk[0], kk[-1] + 1)

    def initialed_names(self) -> None:
        """5. Initials and a surname anywhere: "A. Zawadzki", "I. Loga-Sowiński", "B. KIRILLOV"."""
        text, toks, gap, claimed, idx = self.text, self.toks, self.gap, self.claimed, self.idx
        out, n, capitalized, initialed = self.out, self.n, self.capitalized, self.initialed
        k_min = 0  # tokens before it belong to a name already read
        for k in capitalized:
            t = toks[k]
            if k < k_min or len(t.raw) > 2 or claimed[k] or not is_initial(t) or text[t.end:t.end + 1] != "." \
                    or (k and toks[k - 1].end == t.start - 1 and text[t.start - 1] == "."):
                continue
            j = k
            while j < n and is_initial(toks[j]) \
                    and text[toks[j].end:toks[j].end + 1] == "." and j < n - 1 and gap[j] and j - k < 3:
                j += 1
            letters = "".join(x.raw for x in toks[k:j])
            if j == k or j >= n or claimed[j] or letters in INITIALISMS:
                k_min = max(j, k + 1)
                continue
            sur = toks[j]
            good = len(sur.raw) > 1 and sur.raw[:1].isupper() and (
                sur.raw[1:].islower() or (sur.raw.isupper() and len(sur.raw) > 2)) \
                and (not not_a_name(sur) or (j - k > 1 and sur.key in PLACE_WORDS and sur.key not in NOT_NAME)) \
                and "\n" not in text[toks[j - 1].end:sur.start] \
                and not any(c.isdigit() for c in sur.raw)  # "O.JAI408" is a telegram's reference
            if not good:
                k_min = j
                continue
            e = j
            while e + 1 < n and text[toks[e].end:toks[e + 1].start] == "-" and \
                    toks[e + 1].raw[:1].isupper() and not claimed[e + 1]:
                e += 1  # "Loga-Sowiński"
            if e == j and e + 1 < n and not claimed[e + 1] and text[sur.end:toks[e + 1].start] == " " \
                    and not sur.raw.isupper() and toks[e + 1].raw[:1].isupper() and toks[e + 1].raw[1:].islower() \
                    and not sur.possessive \
                    and toks[e + 1].key not in PLACE_WORDS and (_surname_like(toks[e + 1]) or (
                        sur.key in GIVEN_NAMES and len(toks[e + 1].raw) > 2 and toks[e + 1].key not in NOT_NAME
                        and toks[e + 1].key not in TITLE_WORDS and toks[e + 1].key not in CALENDAR)):
                e += 1  # "J. Russell Andrus", "W. Walton Butterworth": a middle name written out
            first = k
            if k and not claimed[k - 1] and text[toks[k - 1].end:t.start] == " " and \
                    toks[k - 1].raw[:1].isupper() and toks[k - 1].raw[1:].islower() and \
                    not not_a_name(toks[k - 1]) and (toks[k - 1].key not in COMMON_WORDS
                                                     or not sentence_start(text, toks[k - 1].start)) or (
                        k and not claimed[k - 1] and text[toks[k - 1].end:t.start] == " "
                        and toks[k - 1].key in idx.forenames):
                first = k - 1  # "Richard E. Johnson"
            out.append(NameMention(toks[first].start, _unglued_end(text, toks[e], toks[e].end), "persName", None, (),
                                   "unknown"))
            self.claim(first, e + 1)
            if e == j and not sur.raw.isupper() and len(sur.raw) > 3:
                initialed.add(sur.key)
            k_min = e + 1

    def heading_lines(self) -> None:
        """6. Lines: "TO KRASOVSKY", "From BEIJING", signature lines ("ROSHCHIN", "(A. Gromyko)")."""
        text, toks, gap, claimed, idx = self.text, self.toks, self.gap, self.claimed, self.idx
        mentioned, out = self.mentioned, self.out
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
            ks = self.in_range(line_start, line_start + len(line))
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
            plain = all(t.key not in HEADER_WORDS and (not not_a_name(t) or (
                from_line and t.key in PLACE_WORDS)) for t in rest)
            contiguous = all(gap[k] for k in body[:-1])
            if len(ks) == 1 and words[0].raw.isupper() and 2 <= len(words[0].raw) <= 4 \
                    and re.fullmatch(r"[\s(\[]*[A-Z]{2,4}[\s.)\]]*", line):
                signers = [x for x in idx.initials.get(words[0].raw, ()) if x in mentioned]
                if len(signers) == 1:  # "JFD" alone on a line: the initials of one person named
                    out.append(NameMention(words[0].start, words[0].end, "persName", signers[0], (), "initials"))
                    self.claim(ks[0], ks[0] + 1)
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
                    self.claim(body[0], body[-1] + 1)
                    continue
            # "(A. Gromyko)", "[signature] K. Chernenko", "Signed: N. Popa"
            m = re.fullmatch(r"[\s\"“(\[]*(?:\(?Signed\)?:?\s*|\(?Sd\.?\)?\s*|\[signature\]\s*)?"
                             r"((?:[A-Z]\.\s?){1,3}[A-Z][a-z’'-]+(?:-[A-Z][a-z]+)?)[\s)\].,\"”]*",
                             line)
            if m:
                a, b = line_start + m.start(1), line_start + m.end(1)
                kk = [k for k in ks if a <= toks[k].start < b]
                if kk and self.free(kk[0], kk[-1] + 1) and not not_a_name(toks[kk[-1]]):
                    out.append(NameMention(a, b, "persName", None, (), "unknown"))
                    self.claim(kk[0], kk[-1] + 1)

    def addressees(self) -> None:
        """7. "To: Krajewski": a name alone after an address word is the addressee (a place the gazetteer
        knows stays for step 15: "To: Ankara")."""
        text, toks, out = self.text, self.toks, self.out
        for m in re.finditer(r"(?m)^[ \t]*(?:To|From|TO|FROM)[ \t]*:[ \t]*([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)[ \t.]*$",
                             text):
            kk = self.in_range(m.start(1), m.end(1))
            if not kk or not self.free(kk[0], kk[-1] + 1):
                continue
            words = [toks[k] for k in kk]
            if any(w.key in PLACE_WORDS or w.key in COMMON_WORDS or w.key in NOT_NAME or w.key in TITLE_WORDS
                   or w.key in HEADER_WORDS or (w.raw.isupper() and len(w.raw) <= 4) for w in words):
                continue
            out.append(NameMention(m.start(1), m.end(1), "persName", None, (), "unknown"))
            self.claim(kk[0], kk[-1] + 1)

    def telegram_staff(self) -> None:
        """8. The staff of a telegram, by what they did: "Deciphered by Piecuch, checked by Fiutowski",
        "Approved by: Liao Chengzhi, Han Nianlong"."""
        text, toks, claimed, out, starts = self.text, self.toks, self.claimed, self.out, self.starts
        for m in STAFF_BY.finditer(text) if " by" in text or "By" in text or "igned" in text or "IGNED" in text \
                or "Sgd" in text else ():
            k = starts.get(m.end())
            while k is not None and not claimed[k] and toks[k].raw[:1].isupper():
                j = self.person_run(k, lenient=True)
                if j == k and _STAFF_NAME_END.match(text, toks[k].end) and toks[k].raw[1:].islower() \
                        and toks[k].key not in NOT_NAME and toks[k].key not in TITLE_WORDS \
                        and toks[k].key not in PLACE_WORDS and toks[k].key not in SENTENCE_WORDS \
                        and toks[k].key not in CALENDAR and toks[k].key not in HEADER_WORDS \
                        and toks[k].key not in _NOT_A_STAFF_NAME and not ORG_HEAD_RE.fullmatch(toks[k].raw):
                    j = k + 1  # "Drafted by Spear on March 10": a surname that is also a word
                if j == k:
                    break
                out.append(NameMention(toks[k].start, toks[j - 1].end, "persName", None, (), "unknown"))
                self.claim(k, j)
                more = _STAFF_NEXT.match(text, toks[j - 1].end)  # "cleared by Dillery and Ewing"
                k = starts.get(more.end()) if more else None
        for m in DECLASSIFIED_BY.finditer(text) if "NARA" in text else ():
            k = starts.get(m.start(1))
            if k is not None and not claimed[k]:
                out.append(NameMention(m.start(1), m.end(1), "persName", None, (), "unknown"))
                self.claim(k, k + 1)
        for m in MESSAGE_FROM.finditer(text) if "rom " in text or "ROM " in text else ():
            k = starts.get(m.end())
            if k is None or claimed[k] or toks[k].key in PLACE_WORDS \
                    or any(text.startswith(p, toks[k].start) for p in PLACE_PHRASE_BY_WORD.get(toks[k].raw, ())) \
                    or any(x.start <= toks[k].start < x.end for x in self.found):
                continue  # "For Ambassador from Washington", "Telegram from Addis Ababa"; a registry name
            j = self.person_run(k, lenient=True)
            if j > k:
                out.append(NameMention(toks[k].start, toks[j - 1].end, "persName", None, (), "unknown"))
                self.claim(k, j)

    def closing_signature(self) -> None:
        """9. A name alone on the last line, perhaps with a number: the signature of a cable
        ("Kohoušek 141", "– Monori – 423 –", "Vidaković"), also above the editor's footnotes
        or a date line ("Henderson\n1. Not printed.", "Terebin.\n17.XII.1947")."""
        text, toks, claimed, out, starts = self.text, self.toks, self.claimed, self.out, self.starts
        end = len(text.rstrip())
        while True:  # the editor's footnotes or a date after the signature: "Henderson\n1. Not printed."
            line_start = text.rfind("\n", 0, end) + 1
            if not line_start or not (_FOOTNOTE_LINE.match(text, line_start, end)
                                      or _DATE_LINE.fullmatch(text, line_start, end)):
                break
            end = len(text[:line_start].rstrip())
        for _ in range(2):  # the last signer, and a co-signer on the line above ("Langer\nMahlow")
            last = _SIGNATURE_LINE.search(text, 0, end)
            if not last:
                return
            k = starts.get(last.start(1))
            if k is None or claimed[k] or toks[k].raw.isupper() \
                    or any(x in self.mentioned for x in self.idx.forenames.get(toks[k].key, ())) \
                    or not (self.person_run(k) == k + 1 or _signer_word(toks[k])):
                return  # (a mentioned person's given name, "Winston", is left to step 16 to link)
            out.append(NameMention(toks[k].start, toks[k].end, "persName", None, (), "unknown"))
            self.claim(k, k + 1)
            end = len(text[:text.rfind("\n", 0, last.start(1)) + 1].rstrip())

    def dateline_places(self) -> None:
        """10. Dateline places: "Washington, May 5, 1955.", "Moscow, 13 June 1951", "BEIJING--"."""
        text, toks, out, starts = self.text, self.toks, self.out, self.starts
        for m in DATELINE.finditer(text):
            a, b = m.span("place")
            k = starts.get(a)
            if k is None:
                continue
            kk = self.in_range(a, b)
            if not kk or not self.free(kk[0], kk[-1] + 1):
                continue
            if toks[kk[0]].key in DATELINE_NOT or toks[kk[0]].key in HEADER_WORDS or \
                    toks[kk[0]].key in CALENDAR:
                continue
            b = toks[kk[-1]].end
            out.append(NameMention(a, b, "placeName", None, (), "unknown"))
            self.claim(kk[0], kk[-1] + 1)

    def organizations(self) -> None:
        """11. Organizations: "the Polish Embassy in Havana", "Ministry of Foreign Affairs",
        "Central Committee of the CPSU", "Korean People's Army"."""
        text, toks, found, out, n = self.text, self.toks, self.found, self.out, self.n
        starts, starts_list = self.starts, self.starts_list
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
            kh = bisect_left(starts_list, hs)  # up to four words (and their dots) can precede the head
            pre = ORG_PRE.search(text, toks[max(0, kh - 9)].start if kh else 0, hs)
            a = pre.start() if pre else hs
            joined = _JOINED_BEFORE.search(text, max(0, a - 30), a) if pre else None
            if joined and norm(joined[1]) in COMMON_WORDS and not ORG_HEAD_RE.fullmatch(joined[1]) \
                    and norm(text[a:hs].split()[0]) in COMMON_WORDS:
                a = joined.start(1)  # "Immigration and Naturalization Service", "Protocol and Guest Department"
            b = ORG_POST.match(text, he).end()
            if not ORG_LOCATED.fullmatch(head.group()):
                # "in Pyongyang" names where a university is, and an embassy which one it is
                located = re.search(r"[ \t]+(?:in|at|IN|AT)[ \t]", text[he:b])
                if located:
                    b = he + located.start()
            else:
                about = re.search(r"[ \t]+(?:on|ON)[ \t]", text[he:b])
                if about:
                    b = he + about.start()  # "Embassy in Rio on Army's reaction": what it reports on
            titled = next((x for x in _AND_TITLE.finditer(text[he:b]) if norm(x[1]) in TITLE_WORDS), None) \
                if " and " in text[he:b] else None
            if titled:
                b = he + titled.start()  # "... of Cuba and Chairman of the State Council": another post
            sent_to = re.search(r"[ \t]+(?:to|TO)[ \t]+(?:the[ \t]+)?([A-Z][\w’'-]+)", text[he:b])
            if sent_to and not ORG_LOCATED.fullmatch(head.group()) and (
                    norm(sent_to[1]) in PLACE_WORDS or norm(sent_to[1]) in TITLE_WORDS
                    or any(x.start == he + sent_to.start(1) and x.kind == "placeName" for x in found)):
                b = he + sent_to.start()  # "the Indian Army to Kashmir", "the Government to the President":
                #                           where it goes or whom it writes to, not its name
            if head.group() == "CC":
                party = re.match(r" ([A-Z]{2,6})(?![\w-])", text[b:b + 10])
                if party and norm(party.group(1)) not in HEADER_WORDS:
                    b += party.end()  # "CC BCP", "CC KPD": the central committee of that party
            last_end = b
            # a person's title before the name is not part of it: "First Secretary CC BCP"
            k = starts.get(a)
            if k is not None:
                for size in range(TITLE_SIZE, 0, -1):
                    if k + size < n and toks[k + size - 1].end <= hs and toks[k + size].start <= hs \
                            and (size > 1 or toks[k].key not in ORG_WORDS) \
                            and " ".join(x.raw.lower() for x in toks[k:k + size]) in TITLE_KEYS:
                        a = toks[k + size].start
                        break
            inner_the = list(_INNER_THE.finditer(text[a:hs])) if "The" in text[a:hs] or "THE" in text[a:hs] else []
            if inner_the:
                a += inner_the[-1].start()  # "in the United Nations The General Assembly": a new sentence
            # drop leading sentence words ("The", "In") and trailing connectors
            while True:
                k = starts.get(a)
                if k is None or k >= n:
                    break
                t = toks[k]
                if (t.key in SENTENCE_WORDS or t.key in ORG_LEAD_NOT or t.key in ("of", "for")
                        or (t.key in HEADER_WORDS and not ORG_HEAD_RE.fullmatch(t.raw) and a < hs) or (
                        t.key in TITLE_WORDS and t.key not in ORG_WORDS and k + 1 < n
                        and not ORG_HEAD_RE.match(text[toks[k + 1].start:b]))) \
                        and not ORG_HEAD_RE.match(
                        text[a:b]) and k + 1 < n:
                    a = toks[k + 1].start
                    continue
                if t.possessive and k + 1 < n and toks[k + 1].start < hs and (
                        t.key in PLACE_WORDS or any(x.start == t.start and x.kind == "placeName" for x in found)):
                    a = toks[k + 1].start  # "China’s Xinhua News Agency": the state owns it, is not its name
                    continue
                break
            if b == he and text[he:he + 1] == " " and ORG_PLACE_AFTER.match(head.group()):
                # "Embassy Moscow", "Consulate General Hong Kong" (telegraphese)
                m2 = re.match(r" ([A-Z][\w’'-]+)(?![\w-])", text[he:he + 40])
                k2 = starts.get(he + 1)
                if m2 and k2 is not None and (toks[k2].key in PLACE_WORDS or any(
                        x.kind == "placeName" and x.start == he + 1 for x in found)):
                    b = toks[k2].end
            # header words and titles after the name stay outside: "Ministry of Foreign Affairs
            # Cable", "[PRC Embassy in India Counsellor] Comrade Sheng Jian"
            while b > he:
                kl = self.in_range(he, b)
                if not kl or (toks[kl[-1]].key not in ORG_TAIL_NOT and toks[kl[-1]].key not in ROLE_WORDS):
                    break
                if toks[kl[-1]].key in ROLE_WORDS and len(kl) > 1 and (
                        toks[kl[-2]].key in ("the", "of")
                        or (len(kl) > 2 and toks[kl[-3]].key == "the" and toks[kl[-2]].raw[:1].isupper())):
                    break  # "Secretariat of the Minister", "Office of the (Press) Secretary": part of the name
                b = toks[kl[-2]].end if len(kl) > 1 else he
                b = len(text[:b].rstrip(" \t"))
            if text[b - 1:b] in ("’", "'") and text[b - 2:b - 1] == "s":
                b -= 1  # "the Revolutionary Armed Forces’ list": the apostrophe is the possessive
            # a person named right after the name is not part of it: "the MFA Choe Won-sik"
            pi = bisect_left(person_ends, he + 1)
            if pi < len(person_spans) and he <= person_spans[pi][0] < b:
                b = len(text[:person_spans[pi][0]].rstrip(" \t,"))
                dangling = _DANGLING_CONNECTOR.search(text, he, b)
                if dangling:
                    b = dangling.start()  # "the Council of Ministers for the Cadogan formula"
                b = max(b, he)
                last_end = b
            span_text = text[a:b]
            if ORG_HEAD_RE.match(span_text) or not span_text:
                continue  # a bare "Embassy", "Government": too generic
            gov = _GOVERNMENT_OF.match(span_text)
            state = span_text[gov.end():] if gov else ""
            form = STATE_FORM.match(state)
            if form:
                state = state[form.end():].removeprefix("the ")
            if gov and (any(y.kind == "placeName" and y.end == b and y.start in (a + gov.end(), b - len(state))
                            for y in found)
                        or state in COUNTRY_PHRASES or norm(state) in COUNTRY_WORDS):
                continue  # "the Government of the United States": a state's government, the state a place
            party_meeting = _PARTY_MEETING.search(span_text)
            if party_meeting:
                b = a + party_meeting.start() + len("Party")  # "the Socialist Party Congress": the party holds it
                span_text = text[a:b]
                if span_text == "Party":
                    continue  # "the Party Congress": a meeting of a party not named
            if ORDINAL_MEETING.match(text, a):
                continue  # "the 20th Party Congress": a meeting
            meeting = ORDINAL_MEETING.search(span_text)
            if meeting:
                # "the 22nd Congress", "12th Congress of the MPRP": a meeting, not a body; what
                # holds it may stand before it ("KWP's 6th Congress")
                b = len(text[:a + meeting.start()].rstrip(" \t’'s")) if meeting.start() else a
                if text[b - 2:b] in ("’s", "'s"):
                    b -= 2
                span_text = text[a:b]
                if b <= a or " " not in span_text.strip() and not span_text.isupper():
                    continue
            if b == he and ORG_DESCRIPTIVE.match(head.group()):
                # "the Soviet Government", "Chinese Communist Government", "DRV Government":
                # a state's government described by adjectives, not a name (no "of ...")
                pre_ks = self.in_range(a, hs)
                if pre_ks and all(toks[x].key in NOT_NAME or toks[x].key in PLACE_WORDS
                                  or toks[x].key.endswith(("ist", "ese", "ian", "an", "ish"))
                                  or toks[x].raw.isupper()
                                  or any(y.kind == "placeName" and y.start <= toks[x].start < y.end
                                         for y in found)
                                  for x in pre_ks):
                    continue
            ka = starts.get(a)
            kb = self.in_range(a, b)
            if ka is None or not kb:
                continue
            pi = bisect_left(person_ends, a + 1)
            named_after: list[NameMention] = []
            if pi < len(person_spans) and person_spans[pi][0] < b:
                # "Kim Il Sung University": an institution named after a person is one name
                named_after = [x for x in list(found) + out if x.kind == "persName" and x.start < b and a < x.end]
                if not INSTITUTION_HEAD.fullmatch(head.group()) or any(
                        x.start < a or x.end > hs or text[x.end:hs].strip(" ") for x in named_after):
                    continue
            if named_after or not self.free(ka, kb[-1] + 1):
                # a longer org containing registry places/orgs, or a shorter org found just
                # before ("KWP CC" in "KWP CC International Department"), wins; otherwise skip
                near = found[bisect_left(found_starts, a - 200):bisect_left(found_starts, b)]
                if any(x.start < b and a < x.end and not (a <= x.start and x.end <= b) for x in near) \
                        or any(x.start < b and a < x.end and not (a <= x.start and x.end <= b) for x in out):
                    continue  # crosses another name
                inner = [x for x in found if a <= x.start and x.end <= b and x.kind != "persName"]
                inner_out = [x for x in out if a <= x.start and x.end <= b and x.kind == "orgName"
                             and (x.start, x.end) != (a, b)]
                if not (inner or inner_out or named_after) or any(x.start == a and x.end == b for x in inner):
                    continue
                if any(x.ref and x.kind == "orgName" for x in inner) and len(inner) == 1 and not inner_out \
                        and self.in_range(inner[0].end, b) == [] and toks[kb[0]].start == inner[0].start:
                    continue  # "the Department of State" as the registry has it
                for x in inner + [y for y in named_after if y in found]:
                    found.remove(x)
                for x in inner_out + [y for y in named_after if y in out]:
                    out.remove(x)
                found_starts = [x.start for x in found]
            out.append(NameMention(a, b, "orgName", None, (), "unknown"))
            self.claim(ka, kb[-1] + 1)

    def state_ministries(self) -> None:
        """12. A state's abbreviation before a ministry's, and a department's after it: "USSR MFA",
        "DPRK MFA", "USSR MFA UVPI" are one organization each."""
        text, toks, found, out = self.text, self.toks, self.found, self.out
        n, capitalized = self.n, self.capitalized
        for k in capitalized:
            t = toks[k]
            if t.raw not in MINISTRY_ACRONYMS:
                continue
            a_k = b_k = k
            while a_k > 0 and text[toks[a_k - 1].end:toks[a_k].start] == " " \
                    and self.kind_of(toks[a_k - 1], "placeName"):
                a_k -= 1
            while b_k + 1 < n and text[toks[b_k].end:toks[b_k + 1].start] == " " and toks[b_k + 1].raw.isupper() \
                    and 2 <= len(toks[b_k + 1].raw) <= 6 and toks[b_k + 1].key not in HEADER_WORDS \
                    and toks[b_k + 1].key not in TITLE_WORDS and not self.kind_of(toks[b_k + 1], "placeName"):
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
            self.claim(a_k, b_k + 1)

    def ministry_acronyms(self) -> None:
        """13. Acronyms of ministries any state has ("MFA"): organizations without a registry id."""
        text, toks, claimed, out, starts = self.text, self.toks, self.claimed, self.out, self.starts
        for m in ORG_ACRONYM_FIND.finditer(text):
            k = starts.get(m.start())
            if k is not None and not claimed[k] and toks[k].raw in ORG_ACRONYMS:
                out.append(NameMention(toks[k].start, toks[k].end, "orgName", None, (), "unknown"))
                self.claim(k, k + 1)

    def geographic_places(self) -> None:
        """14. Places named with a geographic word: "Formosa Straits", "Shikotan Island", "McMahon Line",
        "Nghe An province" (the lower-case word stays outside)."""
        text, toks, claimed, found, out = self.text, self.toks, self.claimed, self.found, self.out
        for m in GEO_NAMED.finditer(text):
            a = m.start()
            b = m.end() if m.group("head") else m.end("name")
            kk = self.in_range(a, b)
            while kk and (toks[kk[0]].key in SENTENCE_WORDS or toks[kk[0]].key in TITLE_WORDS):
                kk = kk[1:]  # "The South China Sea"
            if not kk or toks[kk[0]].end > m.end("name"):
                continue
            a = toks[kk[0]].start
            words = [toks[x] for x in kk]
            name_words = [w for w in words if w.end <= m.end("name")]
            adjective_ok = m.group("head") in GEO_ADJECTIVE_HEADS
            if any(w.key in TITLE_WORDS or w.key in HEADER_WORDS or (
                    w.key in NOT_NAME and w.key not in COMPASS and w.key not in SENTENCE_WORDS and not (
                        adjective_ok and w.raw[:1].isupper() and w.key not in TITLE_WORDS))
                   for w in name_words):
                continue
            if (words[0].key in COMMON_WORDS or words[0].raw.lower() in LOWER_WORDS) and \
                    sentence_start(text, a):
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
            self.claim(kk[0], kk[-1] + 1)

    def regions_of_places(self) -> None:
        """15c. A compass word before a place names a part of it, not the place: "North China",
        "Northwest China", "the Eastern Mediterranean" (no link: the registry's place is the whole).
        A name the registry or gazetteer knows whole ("North Korea", "South Africa") is found before."""
        text, toks, claimed, found, out, starts = self.text, self.toks, self.claimed, self.found, self.out, self.starts
        for x in [x for x in list(found) + out if x.kind == "placeName"]:
            k = starts.get(x.start)
            if not k or claimed[k - 1] or toks[k - 1].key not in REGION_OF or not toks[k - 1].raw[:1].isupper() \
                    or text[toks[k - 1].end:x.start] != " ":
                continue
            (found if x in found else out).remove(x)
            out.append(NameMention(toks[k - 1].start, x.end, "placeName", None, (), "unknown"))
            self.claim(k - 1, k)

    def states_by_adjective(self) -> None:
        """15d. A state named by its people's adjective and "Republic": "the Czechoslovakian
        Republic", "the Indonesian Republic", "Vietnamese Republic"; linked to the state the
        registry has under the adjective's country ("Czechoslovakia") if it has one."""
        text, claimed, idx, out, starts = self.text, self.claimed, self.idx, self.out, self.starts
        for m in _STATE_BY_ADJECTIVE.finditer(text) if "Republic" in text else ():
            k = starts.get(m.start())
            kk = self.in_range(m.start(), m.end())
            key = norm(m["adj"])
            if k is None or any(claimed[x] for x in kk) or not (is_demonym(key) or m["adj"] in DEMONYMS
                                                                  or (key in NOT_NAME and key not in COMMON_WORDS)):
                continue
            state = DEMONYMS.get(m["adj"])
            ids = [c[0] for c in idx.forms.get(tuple(norm(w) for w in state.split()), ()) if c[2] == "placeName"] \
                if state else []
            ref = ids[0] if len(set(ids)) == 1 else None
            out.append(NameMention(m.start(), m.end(), "placeName", ref, (), "registry" if ref else "unknown"))
            self.claim(kk[0], kk[-1] + 1)

    def states_by_form(self) -> None:
        """15e. A state by its formal name: "the Kingdom of Thailand", "the Republic of Honduras",
        "the State of Nebraska": one place, linked as the state is."""
        text, claimed, out, starts, found = self.text, self.claimed, self.out, self.starts, self.found
        for m in _STATE_BY_FORM.finditer(text) if " of " in text else ():
            a, b = m.start(), m.end()
            kk = self.in_range(a, b)
            k = starts.get(a)
            if k is None or any(claimed[x] for x in kk[:2]):
                continue
            near = [x for x in list(found) + out if x.start < b and a < x.end]
            inner = [x for x in near if x.kind == "placeName" and x.start == m.start("state") and x.end == b]
            if len(near) > len(inner):
                continue
            longer = _CAPITALIZED_BEFORE.search(text, max(0, a - 20), a)
            if longer and norm(longer[1]) not in SENTENCE_WORDS:
                continue  # "People's Republic of China", "Federal Republic of Germany": a longer name
            if not inner and not (m["state"] in COUNTRY_PHRASES or norm(m["state"]) in COUNTRY_WORDS
                                  or norm(m["state"]) in CAPITAL_WORDS):
                continue
            for x in inner:
                (found if x in found else out).remove(x)
            ref = inner[0].ref if inner else None
            out.append(NameMention(a, b, "placeName", ref, (), "registry" if ref else "unknown"))
            self.claim(kk[0], kk[-1] + 1)

    def gazetteer_places(self) -> None:
        """15. A country, state or large city the registry does not list ("Vienna", "Bandung", "Sri Lanka",
        "La Paz"): a capitalized word of the gazetteer that is not an ordinary word and not part of a longer
        name."""
        text, toks, gap, claimed, idx = self.text, self.toks, self.gap, self.claimed, self.idx
        found, out, n, capitalized = self.found, self.out, self.n, self.capitalized
        for k in capitalized:
            for phrase in PLACE_PHRASE_BY_WORD.get(toks[k].raw, ()):
                a, b = toks[k].start, toks[k].start + len(phrase)
                if not text.startswith(phrase, a) or text[b:b + 1].isalnum():
                    continue
                kk = self.in_range(a, b)
                inner = [x for x in found if a <= x.start and x.end <= b]
                if inner and phrase in _CITY_PHRASES:
                    break  # the registry's "New York" stays linked inside "New York City"
                if any(claimed[x] for x in kk) and (not inner or any(x.kind != "placeName" for x in inner)
                                                    or any(x.start == a and x.end == b for x in inner)):
                    break  # taken by another name, or the registry knows the whole ("South Korea")
                for x in inner:
                    found.remove(x)  # "South Africa" is not Africa
                form = STATE_FORM.match(phrase)
                same = [x.ref for x in inner if x.ref and x.end == b and x.start == a + form.end()] if form else []
                # ... but the "Dominion of India" is India
                out.append(NameMention(a, b, "placeName", same[0] if same else None, (),
                                       "registry" if same else "unknown"))
                self.claim(kk[0], kk[-1] + 1)
                break
        place_ends = {x.end for x in list(found) + out if x.kind == "placeName"}
        for k in capitalized:
            t = toks[k]
            if t.key not in PLACE_WORDS or claimed[k] or len(t.raw) < 4:
                continue
            if (t.key in COMMON_WORDS or t.raw.lower() in LOWER_WORDS) and not (
                    t.key in COUNTRY_WORDS and not sentence_start(text, t.start)):
                continue  # an ordinary word, unless a country's name inside a sentence ("Morocco")
            if t.key in NOT_NAME or t.key in idx.person_first or t.key in idx.forenames:
                continue  # (a word that begins a registry person's name; "Baghdad Pact" does not count)
            if t.raw.isupper() and alone_on_line(text, t.start, t.end):
                continue  # a heading in capitals: a subject, left alone
            prev = toks[k - 1] if k else None
            line_start = t.start == 0 or text[t.start - 1] == "\n"
            if line_start and text[t.end:t.end + 1] == ",":
                pass  # a dateline: "Ankara, May 5, 1955"
            elif t.key in COUNTRY_WORDS or t.key in CAPITAL_WORDS:
                pass  # a country is a place wherever it stands: "the standpoint of Brazil"; so is a
                #       capital: "diplomatic agent Rangoon"
            elif ADDRESS_LINE.fullmatch(text, text.rfind("\n", 0, t.start) + 1, t.start):
                pass  # "To: Ankara"
            elif text[t.start - 1:t.start] == "(" and text[t.end:t.end + 1] == ")" and prev is not None \
                    and text[prev.end:t.start] == " (" and prev.raw[:1].isupper() and prev.end not in place_ends \
                    and prev.key not in PLACE_WORDS and prev.key not in TITLE_WORDS \
                    and not any(y.start <= prev.start < y.end and y.kind != "persName" for y in found) \
                    and not (k > 1 and text[toks[k - 2].end:prev.start] == " " and toks[k - 2].raw[:1].isupper()
                             and toks[k - 2].raw not in ("For", "To", "From", "And", "With", "By", "Cc")):
                pass  # a post after a person: "Woolcott (Jakarta)"; not a person after an office
                #       a place or a longer name: "The Ambassador in India (Henderson)", "the United
                #       Nations (Austin)"
            elif prev is not None and (
                    (text[prev.end:t.start] == ", " and prev.end in place_ends)
                    or (text[prev.end:t.start] in (" – ", " - ", "–", " — ") and (prev.end in place_ends or any(
                        x.kind == "orgName" and x.end == prev.end for x in out)))
                    or (prev.raw == "and" and k > 1 and text[prev.end:t.start] == " "
                        and text[toks[k - 2].end:prev.start] in (" ", ", ") and toks[k - 2].end in place_ends)):
                pass  # a list of places: "from Rangoon, Ceylon and Karachi"
            elif REPEAT_AS.match(text, t.end) or DATE_AFTER.match(text, t.end):
                pass  # "repeat urgently Rome as 80", "Cablegram 632 CANBERRA, 1 October 1946"
            elif POST_CABLE_AFTER.match(text, t.end):
                pass  # a post's telegram by number: "Concur all points Vienna’s 2346"
            elif CABLE_NUMBER_AFTER.match(text, t.end) \
                    and CABLE_REFERENCE_LINE.fullmatch(text, text.rfind("\n", 0, t.start) + 1, t.start):
                pass  # a cable cited by post and number: "• Kampala 2695 [Notal]"
            elif prev is not None and prev.key == "the" and ATTRIBUTIVE_AFTER.match(text, t.end):
                pass  # "the Bangkok meeting", "the Suez crisis"
            elif prev is not None and prev.raw == "for" and TRAVEL_BEFORE_FOR.search(text, max(0, prev.start - 30),
                                                                                   prev.start):
                pass  # "delegates already embarking for Rio", "left for Tokyo"
            elif prev is not None and prev.raw in VISITED and text[prev.end:t.start] == " ":
                pass  # "official personages visiting Rome"
            elif prev is None or prev.raw not in LOCATIVE or text[prev.end:t.start] != " ":
                continue  # only where a place is expected: "to Vienna", "in Bandung"
            if prev is not None and text[prev.end:t.start] in (" ", ". ") and (
                    prev.key in TITLE_LAST or (prev.raw[:1].isupper() and prev.key not in SENTENCE_WORDS
                                                and prev.key not in NOT_NAME and not claimed[k - 1]
                                                and prev.key not in MISSION_WORDS)):
                continue  # "Mr. Jordan", "Michael Jordan" (but "AmEmbassy Bangkok": the post)
            if k + 1 < n and gap[k] and text[t.end:toks[k + 1].start] == " " and \
                    toks[k + 1].raw[:1].isupper() and toks[k + 1].key not in NOT_NAME \
                    and toks[k + 1].key not in SENTENCE_WORDS and toks[k + 1].key not in CALENDAR \
                    and toks[k + 1].key not in PLACE_WORDS and toks[k + 1].key not in DIVISION_WORDS:
                continue  # part of a longer name (not a list in telegraphese, "visited Spain Vatican",
                #           nor a province: "Katanga Province")
            out.append(NameMention(t.start, t.end, "placeName", None, (), "unknown"))
            self.claim(k, k + 1)
            place_ends.add(t.end)
        self.towns_by_preposition(place_ends)

    def towns_by_preposition(self, place_ends: set[int]) -> None:
        """15b. A word no list knows where only a place can stand: after "in", "at" or "near"
        ("killed in Jadotville", "headquarters at Heidelberg"), and the names listed after it
        ("fired on in Kipushi, Dilolo, Bukama and Kaniamba"): a small town the gazetteer lacks."""
        text, toks, claimed, idx, n = self.text, self.toks, self.claimed, self.idx, self.n
        persons = {toks[x].key for m in list(self.found) + self.out if m.kind == "persName"
                   for x in self.in_range(m.start, m.end)}
        for k in self.capitalized:
            t = toks[k]
            if not k or claimed[k] or len(t.raw) < 4 or not t.raw[1:].islower() or t.possessive \
                    or t.key in COMMON_WORDS or t.raw.lower() in LOWER_WORDS or t.key in GIVEN_NAMES \
                    or (not_a_name(t) and t.key not in PLACE_WORDS) \
                    or t.key in idx.person_first or t.key in idx.forenames or t.key in persons or t.key in CALENDAR:
                continue
            prev = toks[k - 1]
            after = text[t.end:t.end + 5]
            if k + 1 < n and text[t.end:toks[k + 1].start] == " " and toks[k + 1].raw[:1].isupper():
                continue  # part of a longer name
            if re.match(r"[ \t]*\d", after) or t.key.endswith(NOT_A_TOWN_ENDINGS):
                continue  # a reference ("in Para 3", "Contel 5"), an adjective ("Marxist", "Asian", "Bolshevik")
            if prev.raw in ("in", "at", "near") and text[prev.end:t.start] == " ":
                pass
            elif ((text[prev.end:t.start] == ", " and prev.end in place_ends)
                  or (prev.raw == "and" and k > 1 and text[toks[k - 2].end:prev.start] in (" ", ", ")
                      and toks[k - 2].end in place_ends)) and re.match(r"(?:,| and |\.|;|$)", after):
                pass  # in a list of places, itself followed by the list or its end
            else:
                continue
            if _in_hyphenated(text, t) or _title_case_line(text, t.start):
                continue  # "Marxist-Leninist"; a heading, where every word is capitalized
            institution = INSTITUTIONS.match(text, t.start)
            if institution and institution.end() == t.end:
                continue  # "his position in Bundesrat": a body, found last
            self.out.append(NameMention(t.start, t.end, "placeName", None, (), "unknown"))
            self.claim(k, k + 1)
            place_ends.add(t.end)

    def given_names_alone(self) -> None:
        """16. A given name alone, as in "Dear Roger:" or a signature, for a person already mentioned in the
        document."""
        text, toks, claimed, idx, mentioned = self.text, self.toks, self.claimed, self.idx, self.mentioned
        out, starts = self.out, self.starts
        for m in DEAR_OR_ALONE.finditer(text):
            k = starts.get(m.start(1))
            if k is None or claimed[k]:
                continue
            cands = sorted(idx.forenames.get(toks[k].key, ()))
            ids = [x for x in cands if x in mentioned]
            if len(ids) == 1:
                out.append(NameMention(m.start(1), m.end(1), "persName", ids[0], tuple(cands), "forename"))
                self.claim(k, k + 1)
            elif text[max(0, m.start(1) - 5):m.start(1)].lower() == "dear ":
                out.append(NameMention(m.start(1), m.end(1), "persName", None, tuple(ids or cands),
                                       "ambiguous" if ids or cands else "unknown"))
                self.claim(k, k + 1)

    def given_names_after_full_name(self) -> None:
        """17. A given name alone ("Fidel came to the residence") after the document has named that person
        with it ("Fidel Castro"), if no other person named so far has it."""
        text, toks, gap, claimed, idx = self.text, self.toks, self.gap, self.claimed, self.idx
        found, out, n, capitalized = self.found, self.out, self.n, self.capitalized
        given_of: dict[str, set[str]] = {}
        first_named: dict[str, int] = {}
        for x in found:
            if x.kind != "persName" or not x.ref or x.ref not in idx.entries:
                continue
            ks = self.in_range(x.start, x.end)
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
            self.claim(k, k + 1)

    def listed_persons(self) -> None:
        """18. A name in a list of persons: "with Molotov, Macmillan and Pinay"; each name found makes its
        neighbours' case ("Comrades Kania, Pinkowski, Barcikowski, Grabski")."""
        text, toks, claimed, idx, found = self.text, self.toks, self.claimed, self.idx, self.found
        out, n, capitalized = self.out, self.n, self.capitalized
        persons = [x for x in list(found) + out if x.kind == "persName"]
        # a word the document puts after "in" / "at" is a place: "at Yatung and Lhasa"
        placed = {toks[k].key for k in capitalized if k and toks[k - 1].raw in LOCATIVE_BEFORE}
        person_ends = {x.end for x in persons}
        person_starts = {x.start for x in persons}
        for k in capitalized + capitalized[::-1]:
            t = toks[k]
            if claimed[k] or t.raw.isupper() or len(t.raw) < 3 or not_a_name(t) or t.key in COMMON_WORDS \
                    or t.key in CALENDAR or t.key in idx.first or t.key in placed:
                continue
            j = self.name_run(k, 3)
            if j == k:
                continue
            left = right = False
            if k > 0 and text[toks[k - 1].end:t.start] in (", ", "; "):
                left = toks[k - 1].end in person_ends
            elif k > 1 and toks[k - 1].raw == "and" and text[toks[k - 1].end:t.start] == " " \
                    and text[toks[k - 2].end:toks[k - 1].start] in (" ", ", "):
                left = toks[k - 2].end in person_ends
            if j + 1 < n and text[toks[j - 1].end:toks[j].start] == ", " and toks[j].raw == "and" \
                    and text[toks[j].end:toks[j + 1].start] == " ":
                right = toks[j + 1].start in person_starts  # "Papandreou, Inonu, and Makarios"
            elif j < n and text[toks[j - 1].end:toks[j].start] in (", ", "; "):
                right = toks[j].start in person_starts
            elif j + 1 < n and toks[j].raw == "and" and text[toks[j - 1].end:toks[j].start] == " " \
                    and text[toks[j].end:toks[j + 1].start] == " ":
                right = toks[j + 1].start in person_starts
            if not (left or right) or any(toks[x].key in COMMON_WORDS or not_a_name(toks[x])
                                                     for x in range(k, j)):
                continue
            mention = NameMention(t.start, toks[j - 1].end, "persName", None, (), "unknown")
            out.append(mention)
            if j - k == 1 and len(t.raw) >= 4 and not is_given_part(t.raw) \
                    and not (t.key.endswith("s") and t.key[:-1] in COMMON_WORDS):
                self.cued.append(mention)  # "sent to Papandreou, Inonu, and Makarios" ... "imposed by Inonu"
            self.claim(k, j)
            person_ends.add(toks[j - 1].end)
            person_starts.add(t.start)

    def given_name_surnames(self) -> None:
        """19. A given name and a surname with no title before them: "Eldridge Durbrow", "Ilie Verdeț",
        "José Ruiz Velasco"; in capitals only alone on a line, as a signature ("LUIZ LEIVAS BASTIAN PINTO").
        Not the start of an institution ("Karl Marx University") or the middle of a longer capitalized
        phrase."""
        text, toks, claimed, out, n = self.text, self.toks, self.claimed, self.out, self.n
        capitalized, cued = self.capitalized, self.cued
        for k in capitalized:
            t = toks[k]
            if claimed[k] or t.key not in GIVEN_NAMES or t.key in NOT_NAME or t.key in TITLE_WORDS \
                    or t.key in CALENDAR or t.key in PLACE_WORDS or t.key in NOT_GIVEN:
                continue
            if k and toks[k - 1].raw[:1].isupper() and text[toks[k - 1].end:t.start] == " ":
                continue
            j = k + 1
            while j < n and j - k <= 3 and not claimed[j] and not toks[j - 1].possessive \
                    and text[toks[j - 1].end:toks[j].start] == " " and _surname_like(toks[j]):
                j += 1
            if j == k + 1 and self.ordinary_surname(k):
                j = k + 2
            while j > k + 1 and j < n and not claimed[j] and text[toks[j - 1].end:toks[j].start] in ("-", "‐") \
                    and toks[j].raw[:1].isupper() and toks[j].raw[1:].islower():
                j += 1  # "Paul Niculescu-Mizil": a double-barrelled surname
            if j == k + 1 or (j < n and INSTITUTION_HEAD.fullmatch(toks[j].raw)):
                continue
            run = toks[k:j]
            if all(is_given_part(x.raw) for x in run):
                continue  # "Thanh Hoa", "Yung Hao": East Asian names are read by steps 4 and 15
            if any(x.raw.isupper() for x in run) and not (
                    all(x.raw.isupper() for x in run) and alone_on_line(text, t.start, run[-1].end)):
                continue
            mention = NameMention(t.start, run[-1].end, "persName", None, (), "unknown")
            out.append(mention)
            cued.append(mention)  # "Durbrow" alone later is the same person (step 20)
            self.claim(k, j)

    def given_names_before(self) -> None:
        """21. The given names before a surname found alone, in a list or by a cue: "Milko Balev,
        Grisha Philipov", "Gheorghe Mauer" (up to two words no list has as anything else)."""
        text, toks, claimed, out, starts = self.text, self.toks, self.claimed, self.out, self.starts
        for i, m in enumerate(out):
            if m.kind != "persName" or m.ref is not None:
                continue
            k = starts.get(m.start)
            a = k
            while a is not None and a > 0 and k - a < 2 and not claimed[a - 1] \
                    and text[toks[a - 1].end:toks[a].start] == " " and _given_name_word(toks[a - 1]) \
                    and (toks[a - 1].key in GIVEN_NAMES or (
                        toks[a - 1].key not in COMMON_WORDS  # a name no list knows, at the head of a list item
                        and _LIST_ITEM_BEFORE.search(text, max(0, toks[a - 1].start - 4), toks[a - 1].start)
                        is not None)) \
                    and not (a - 1 and toks[a - 2].key in TITLE_LAST and text[toks[a - 2].end:toks[a - 1].start] == " "):
                a -= 1
            if a is None or a == k or sentence_start(text, toks[a].start) and toks[a].key not in GIVEN_NAMES:
                continue
            out[i] = NameMention(toks[a].start, m.end, m.kind, m.ref, m.candidates, m.reason)
            self.claim(a, k)

    def particle_surnames(self) -> None:
        """19c. A capitalized Dutch or German particle and the surname after it: "Van Kleffens",
        "Von Brentano" (not "Nguyen Van Thieu", where a family name comes first, nor "Lake Van")."""
        text, toks, claimed, out, n = self.text, self.toks, self.claimed, self.out, self.n
        for k in self.capitalized:
            t = toks[k]
            if t.raw not in ("Van", "Von", "Vander") or claimed[k] or k + 1 >= n or claimed[k + 1] \
                    or text[t.end:toks[k + 1].start] != " ":
                continue
            if k and toks[k - 1].raw[:1].isupper() and text[toks[k - 1].end:t.start] == " " \
                    and toks[k - 1].key not in SENTENCE_WORDS:
                continue
            j = k + 1
            if j + 1 < n and toks[j].raw in ("der", "den", "de") and text[toks[j].end:toks[j + 1].start] == " ":
                j += 1  # "Van der Stoel"
            s = toks[j]
            if not (s.raw[:1].isupper() and s.raw[1:].islower() and len(s.raw) > 2) or claimed[j] \
                    or s.key in PLACE_WORDS or s.key in NOT_NAME \
                    or s.key in TITLE_WORDS or s.key in CALENDAR:
                continue
            out.append(NameMention(t.start, _unglued_end(text, s, s.end), "persName", None, (), "unknown"))
            self.claim(k, j + 1)

    def ordinary_surname(self, k: int) -> bool:
        """Is the ordinary word after the given name toks[k] its surname ("Gordon Gray", "Burke
        Trend")? Only after a given name no dictionary has as a word, inside a sentence, and not
        a body's or a place's head word ("Washington University", "Berlin Crisis")."""
        text, toks, n = self.text, self.toks, self.n
        if k + 1 >= n or toks[k].key in COMMON_WORDS or is_demonym(toks[k].key) or toks[k].possessive \
                or self.claimed[k + 1] \
                or text[toks[k].end:toks[k + 1].start] != " " or _title_case_line(text, toks[k].start):
            return False
        s = toks[k + 1]
        key = s.key
        if not (s.raw[:1].isupper() and s.raw[1:].islower() and len(s.raw) >= 3 and key in COMMON_WORDS) \
                or key in NOT_NAME or key in TITLE_WORDS or key in CALENDAR or key in PLACE_WORDS \
                or key in ORG_WORDS or key in SENTENCE_WORDS or key in NAME_HEADS \
                or INSTITUTION_HEAD.fullmatch(s.raw) or ABSTRACT_NOUN.search(key) \
                or key.endswith(("ing", "s")):
            return False
        return not (k + 2 < n and toks[k + 2].raw[:1].isupper() and text[s.end:toks[k + 2].start] == " ")

    def cued_surnames(self) -> None:
        """20. A capitalized word that is not an ordinary word, said to speak or act ("Stephanopoulos said",
        "Pritchard will no doubt wish"), owning what only a person has ("Bhabha's letter"), written to
        ("a letter to Harpham"), a relative ("his sons Yuriy and Nikolay"), with a post in brackets
        ("Woolcott (Jakarta)") or with a Slavic surname's ending ("Novoselova"); and its other
        occurrences in the document."""
        text, toks, gap, claimed, idx = self.text, self.toks, self.gap, self.claimed, self.idx
        found, out, n, capitalized, cued = self.found, self.out, self.n, self.capitalized, self.cued
        initialed = self.initialed
        # words already taken by another kind of name ("Jordan" the country) are not persons; a
        # surname that another step found as a person's stays free to be found again here
        person_words = {toks[x].key for m in out if m.kind == "persName" for x in self.in_range(m.start, m.end)}
        known = {toks[k].key for k in range(n) if claimed[k]} - person_words
        people: set[str] = set()
        weak: set[str] = set()
        for k in capitalized:
            t = toks[k]
            if claimed[k] or t.raw.isupper() or len(t.raw) < 3 or not_a_name(t) or t.key in known \
                    or t.key in COMMON_WORDS or _in_hyphenated(text, t):
                continue
            cue = person_cue(text, toks, gap, k)
            if t.key in idx.first and cue != "kin":
                continue  # a registry person's given name, unless "his son Nikolay"
            if cue == "speech":
                people.add(t.key)
            elif cue or (len(t.raw) >= 6 and SLAVIC_SURNAME.search(t.raw)):
                weak.add(t.key)  # or a Slavic surname by its ending: "Belova", "Barcikowski"
        # a weak cue is overruled by a place's preposition elsewhere: "Lhasa will" but "in Lhasa"
        weak -= {toks[k].key for k in capitalized if k and toks[k].key in weak and toks[k - 1].raw in LOCATIVE_BEFORE
                  and not toks[k].possessive}
        people |= weak
        people |= {key for key in initialed if key not in idx.first}
        ordinary: set[str] = set()  # surnames that are also words: found again only inside a sentence
        for x in cued:
            ks = self.in_range(x.start, x.end)
            last = toks[ks[-1]] if ks else None
            if last is not None and last.end == x.end and not last.raw.isupper() and len(last.raw) > 2:
                if not not_a_name(last):
                    people.add(last.key)  # "Mr. Skouras" ... "Skouras"; "Secretary Da Silva" ... "Silva"
                elif len(ks) == 1 and last.key not in GIVEN_NAMES and last.key not in NOT_NAME \
                        and last.key not in TITLE_WORDS and last.key not in PLACE_WORDS:
                    ordinary.add(last.key)  # "General Smith" ... "Smith presented"
        people |= ordinary
        if people:
            # in a hyphenated compound only beside another person: "Panikkar-Raschin conversation"
            # (not "Lennox-Boyd", "Scripps-Howard")
            person_tokens = {x for m in list(found) + out if m.kind == "persName"
                             for x in self.in_range(m.start, m.end)}
            for k in capitalized:
                t = toks[k]
                if t.key in people and not claimed[k] \
                        and (t.key not in ordinary or not sentence_start(text, t.start)) and (not _in_hyphenated(text, t) or (
                        k - 1 in person_tokens if text[t.start - 1:t.start] in ("-", "‐")
                        else k + 1 in person_tokens)):
                    start = k
                    prev = toks[k - 1] if k else None
                    if prev is not None and prev.raw in SURNAMES and not claimed[k - 1] \
                            and text[prev.end:t.start] == " " and prev.key not in COMMON_WORDS \
                            and not prev.possessive and is_given_part(t.raw) \
                            and not (k > 1 and toks[k - 2].raw[:1].isupper() and text[toks[k - 2].end:prev.start] == " "):
                        start = k - 1  # "Tseng Tao replied": a family name before a given name
                    out.append(NameMention(toks[start].start, t.end, "persName", None, (), "unknown"))
                    self.claim(start, k + 1)

    def double_barrelled_surnames(self) -> None:
        """20b. A hyphenated surname said to speak or act, or done to ("Scott-Fox said", "told
        Lennox-Boyd"), and its other occurrences: the two words are one name."""
        text, toks, claimed, n = self.text, self.toks, self.claimed, self.n
        pairs: dict[str, list[int]] = {}
        for k in self.capitalized:
            if k + 1 >= n or claimed[k] or claimed[k + 1] or text[toks[k].end:toks[k + 1].start] not in ("-", "‐"):
                continue
            a, b = toks[k], toks[k + 1]
            if not all(x.raw[:1].isupper() and x.raw[1:].islower() and len(x.raw) >= 3 and x.key not in NOT_NAME
                       and x.key not in TITLE_WORDS and x.key not in SENTENCE_WORDS and x.key not in PLACE_WORDS
                       and x.key not in CALENDAR and not (not_a_name(x) and x.key not in COMMON_WORDS)
                       for x in (a, b)) or text[a.start - 1:a.start] in ("-", "‐") \
                    or text[b.end:b.end + 1] in ("-", "‐"):
                continue
            pairs.setdefault(a.key + "-" + b.key, []).append(k)
        for ks in pairs.values():
            def cued(k: int) -> bool:
                after, before = toks[k + 1], text[max(0, toks[k].start - 40):toks[k].start]
                nxt = toks[k + 2] if k + 2 < n and text[after.end:toks[k + 2].start] == " " else None
                return bool((nxt is not None and not after.possessive and nxt.raw.lower() in SPEECH_VERBS)
                            or (not after.possessive and _WHO_AFTER.match(text, after.end))
                            or PERSON_OBJECT_BEFORE.search(before)
                            or (after.possessive and nxt is not None and nxt.key in PERSONAL_THINGS))
            if any(cued(k) for k in ks):
                for k in ks:
                    self.out.append(NameMention(toks[k].start, toks[k + 1].end, "persName", None, (), "unknown"))
                    self.claim(k, k + 2)


def unknown_names(text, toks, gap, claimed, idx: Index, mentioned, found) -> list[NameMention]:
    """Names the registry does not know, in steps that each claim their tokens: persons by
    a title (1), in editors' brackets (2), before life dates (3), written surname first (4),
    with initials (5), on heading, address, staff and signature lines (6-9); dateline places
    (10); organizations (11-13); places by a geographic word or the gazetteer (14-15), where a
    town must stand (15b), as a part of a place (15c), as a state by its people's adjective or
    its formal name (15d-e); given names alone (16-17); persons in a list (18), by a given name
    (19), after a particle (19c) or said to speak or act (20), hyphenated surnames so (20b);
    lists again, grown from what step 20 found; and the given names before the surnames found
    (21). ``found`` are the registry's mentions (a step may absorb one into a longer name);
    ``claimed`` marks the tokens taken so far. Each step is a method of ``_Finder``.
    """
    f = _Finder(text, toks, gap, claimed, idx, mentioned, found)
    f.titled_persons()
    f.bracketed_given_names()
    f.life_dates()
    f.surname_first_names()
    f.initialed_names()
    f.heading_lines()
    f.addressees()
    f.telegram_staff()
    f.closing_signature()
    f.dateline_places()
    f.organizations()
    f.state_ministries()
    f.ministry_acronyms()
    f.geographic_places()
    f.gazetteer_places()
    f.regions_of_places()
    f.states_by_adjective()
    f.states_by_form()
    f.given_names_alone()
    f.given_names_after_full_name()
    f.listed_persons()
    f.given_name_surnames()
    f.particle_surnames()
    f.cued_surnames()
    f.double_barrelled_surnames()
    f.listed_persons()  # again: a surname step 20 found makes its neighbours' case ("Sunarso and Tjan")
    f.given_names_before()
    return f.out
