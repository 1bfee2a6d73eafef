"""Find persons, places and organizations in a transcription.

``find_names(text, registry)`` returns sorted, non-overlapping :class:`NameMention` spans.
Registry names are looked up in a dict keyed by normalized token tuples, built once per
Registry (:mod:`encoder.names.index`); a document is tokenized once
(:mod:`encoder.names.tokens`) and scanned left to right. The words the rules consult are
data in :mod:`encoder.names.lexicon`.

Rules, in order of precedence:

1. Registry names, longest match first: full names, variants, code names, initials
   ("N.S. Khrushchev", "Gromyko A.A."), ALL CAPS and letter-spaced forms, possessives
   (the span stops before "'s"), generational suffixes kept in the span ("Jr.", "II").
   Titles and honorifics are never part of a span.
2. A surname alone links when the registry has one person of that name, or when the
   document's context decides (the person named more fully elsewhere in the document, a
   title that fits the person's role); otherwise ``ref=None, reason="ambiguous"``.
3. Names not in the registry (``ref=None, reason="unknown"``), found by their shape
   (:mod:`encoder.names.unknown`): a title followed by a capitalized name, ALL CAPS names
   after "to"/"from" or alone on a signature line, organizations built on Embassy /
   Ministry / Committee ..., dateline places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from encoder.model import NameMention

from ._common_words import COMMON_WORDS, LOWER_WORDS
from ._gazetteer import COUNTRY_WORDS, PLACE_WORDS
from ._given_names import GIVEN_NAMES
from .east_asian import SURNAMES, VIETNAMESE_SURNAMES, full_name_end, is_given_part
from .index import (PATRONYMIC, Index, fits_title, given_fit, index_of, not_yet_active, regnal, sounds_like_given,
                    writes_surname_first)
from .lexicon import (CALENDAR, LOCATIVE, LOCATIVE_VERBS, NOT_NAME, SENTENCE_WORDS, TITLE_LAST, TITLE_WORDS, given_words,
                      is_demonym, sentence_start, title_before)
from .registry import Registry
from .tokens import Tok, alone_on_line, gaps, is_initial, norm, tokenize
from .unknown import institutions, misspelled, unknown_names, with_particle

__all__ = ["find_names"]


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


def _registry_hits(text: str, toks: list[Tok], gap: list[bool], idx: Index) -> list[_Hit]:
    hits = []
    n = len(toks)
    i = 0
    forms, first = idx.forms, idx.first
    while i < n:
        t = toks[i]
        maxlen = max(first.get(t.key, 0), first.get(t.full, 0) if t.full else 0) or None  # "People's Republic"
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


def find_names(text: str, registry: Registry, *, year: int | None = None,
               named_before: tuple[str, ...] = ()) -> list[NameMention]:
    """All person, place and organization names in ``text``: sorted, non-overlapping.

    ``year``: when the document was written, if known; a name shared by several registry
    persons is not given to one whose public life began long after it ("Malik" in 1951
    is Yakov Malik, not Adam Malik, Indonesia's minister from 1966).
    ``named_before``: registry ids the document's title names ("Reagan to Thatcher"); they
    count as mentioned before the text begins ("Dear Margaret:" is Thatcher).
    """
    idx = index_of(registry)
    toks = tokenize(text)
    gap = gaps(text, toks)
    hits = _registry_hits(text, toks, gap, idx)

    # Persons named unambiguously by a fuller form anywhere in the document.
    named_at: dict[str, list[int]] = {}
    named_in_full: dict[str, int] = {}  # where each person is first named by more than one word
    for h in hits:
        persons = {c[0] for c in h.cands if c[2] == "persName" and c[1] == "full"}
        if len(persons) == 1 and h.j - h.i > 1:
            named_in_full.setdefault(next(iter(persons)), h.start)
        if len(persons) == 1 and (h.j - h.i > 1 or any(
                n.type == "pseudonym" or not n.forenames
                for n in idx.entries[next(iter(persons))].names)):
            named_at.setdefault(next(iter(persons)), []).append(h.start)

    out: list[NameMention] = []
    mentioned: dict[str, int] = dict.fromkeys(named_before, -1)
    claimed = [False] * len(toks)

    in_hit = {k for h in hits for k in range(h.i, h.j)}
    for h in hits:
        mention = _resolve(text, toks, gap, h, idx, named_at, mentioned, in_hit, year, named_in_full)
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

    out += unknown_names(text, toks, gap, claimed, idx, mentioned, out)
    out = misspelled(toks, claimed, idx, mentioned, out)
    out = [_bracket_closed(text, _without_monsieur(text, with_particle(text, m), idx)) for m in out]
    for i, m in enumerate(out):
        longer = with_state_form(text, m)
        if longer is not m and not any(o.start < m.start and o.end > longer.start for o in out):
            out[i] = longer
    out += [m for m in institutions(text) if not any(o.start < m.end and m.start < o.end for o in out)]
    return _finish([m for m in out if not _file_title(text, m)])


# An archive's file titles name persons and places as labels, not as mentions: "Box 48,
# Mexico", "POL 23–9 THE CONGO", "Brzezinski Material", "Dulles Papers".
_FILE_BEFORE = re.compile(r"(?:\bBox[ \t]+\d+,[ \t]*|\b(?:POL|DEF|AID|ORG|FT|INCO|CSM|SOC|EDU|PPB|FN|FSE|CON|ECIN|FIN"
                          r"|PET|SCI|AV|CULT|PS|PR)[ \t]+\d+(?:[-–]\d+)*[ \t]+(?:THE[ \t]+)?)$")
_FILE_AFTER = re.compile(r"[ \t]+(?:Papers|Material|Materials|Files|Collection)\b")


def _file_title(text: str, m: NameMention) -> bool:
    if m.kind not in ("persName", "placeName"):
        return False
    return bool(_FILE_BEFORE.search(text, max(0, m.start - 20), m.start) or _FILE_AFTER.match(text, m.end))


# What makes an ordinary word before it part of a body's name, not a surname: "Home Department".
_BODY_AFTER = {"department", "office", "affairs", "ministry", "guard", "rule", "fleet", "front", "service", "forces"}


# Words that begin a verb's object: after a surname that is also a verb, the verb is meant.
_OBJECT_STARTS = {"the", "a", "an", "to", "with", "his", "her", "its", "their", "our", "your", "this", "these",
                  "those", "that", "it", "them", "him", "us"}


_COMPOUND_AFTER = re.compile(r"[-‐]([A-Z][a-z]+)")  # "Franco-German"
def _bracket_closed(text: str, m: NameMention) -> NameMention:
    """A name read across an editor's brackets takes in the bracket it opened or closed:
    "[Liu] Shaoqi", "Kim [Il Sung]"."""
    inner = text[m.start:m.end]
    start, end = m.start, m.end
    if inner.count("]") > inner.count("[") and text[start - 1:start] == "[":
        start -= 1
    if inner.count("[") > inner.count("]") and text[end:end + 1] == "]":
        end += 1
    if (start, end) == (m.start, m.end):
        return m
    return NameMention(start, end, m.kind, m.ref, m.candidates, m.reason)


def _without_monsieur(text: str, m: NameMention, idx: Index) -> NameMention:
    """"M. Molotov" in a British paper is Monsieur Molotov: an "M." that is not the initial of
    the registry person's given name is a title, left outside the name."""
    if m.kind != "persName" or not m.ref or not text.startswith("M. ", m.start) or m.ref not in idx.entries:
        return m
    if any(n.forenames and n.forenames[0][:1].upper() == "M" for n in idx.entries[m.ref].names):
        return m
    return NameMention(m.start + 3, m.end, m.kind, m.ref, m.candidates, m.reason)


def _known_by_given_name(entry, key: str) -> bool:
    """Is ``key`` the given name the registry also lists alone for this person ("Fidel")?
    Then a surname after it makes someone else's name ("Fidel Ramos")."""
    return any(n.forenames and norm(n.forenames[0]) == key for n in entry.names)


def _resolve(text, toks, gap, h: _Hit, idx: Index, named_at, mentioned,
             in_hit: set[int], year: int | None = None, named_in_full: dict | None = None) -> NameMention | None:
    full = [c for c in h.cands if c[1] == "full"]
    if full and h.j - h.i == 1 and named_in_full:
        # a surname the registry gives one person alone ("Castro": Fidel) is another
        # namesake's when the document named only that one in full before ("Raúl Castro")
        full_ids = {c[0] for c in full}
        others = [c for c in h.cands if c[0] not in full_ids and named_in_full.get(c[0], h.start) < h.start]
        if others and not any(named_in_full.get(x, h.start) < h.start for x in full_ids):
            full = others
    cands = full or h.cands
    tier = cands[0][1]
    title = title_before(text, h.start) if h.i and toks[h.i - 1].key in TITLE_LAST else None
    nxt = toks[h.j] if h.j < len(toks) and gap[h.j - 1] else None
    if nxt is not None and h.j - h.i == 1 and toks[h.i].raw in SURNAMES and all(
            c[2] == "persName" and writes_surname_first(idx.entries[c[0]]) for c in cands):
        # "Pak Seong-cheol": a family name written first and a given name after it
        full_end = full_name_end(text, h.start, h.end, known_surname=True)
        if full_end and ("-" in text[h.end:full_end] or given_words(toks, h.j, full_end, in_hit)
                         or toks[h.i].raw in VIETNAMESE_SURNAMES):  # "Phạm Hùng": never a surname alone
            given = text[h.end:full_end]
            ids = tuple(dict.fromkeys(c[0] for c in cands))
            fits = [x for x in ids if sounds_like_given(idx.entries[x], given)]
            if len(fits) == 1:
                return NameMention(h.start, full_end, "persName", fits[0], ids, "registry")
            return NameMention(h.start, full_end, "persName", None, ids, "unknown")
    compound = _COMPOUND_AFTER.match(text, h.end)
    if h.j - h.i == 1 and compound and all(c[2] == "persName" for c in cands) and (
            norm(compound[1]) in NOT_NAME or is_demonym(norm(compound[1])) or norm(compound[1]) in COUNTRY_WORDS):
        return None  # "the Franco-German talks": a compound adjective, not General Franco
    if tier == "surname" and h.j - h.i == 1 and nxt is not None and toks[h.i].key in LOWER_WORDS \
            and not toks[h.i].raw.isupper() and nxt.raw in _OBJECT_STARTS and title is None:
        return None  # "Begin the talks", "Lodge a protest": a verb, not the registry's surname
    prev = toks[h.i - 1] if h.i else None
    if prev is not None and h.j - h.i == 1 and tier == "surname" and prev.raw in SURNAMES \
            and h.i - 1 not in in_hit and text[prev.end:h.start] == " " and prev.key not in NOT_NAME \
            and prev.key not in COMMON_WORDS and prev.key not in SENTENCE_WORDS and is_given_part(toks[h.i].raw) \
            and not (h.i > 1 and toks[h.i - 2].raw[:1].isupper() and text[toks[h.i - 2].end:prev.start] == " ") \
            and all(c[2] == "persName" and writes_surname_first(idx.entries[c[0]]) for c in cands):
        # "Tseng Tao" is not Tao Zhu: a family name before it makes the registry's family name
        # a given name
        return NameMention(prev.start, h.end, "persName", None, (), "unknown")
    if nxt is not None and h.j - h.i == 1 and nxt.raw[:1].isupper() and not nxt.raw.isupper() \
            and text[toks[h.i].end:nxt.start] == " " and nxt.key not in NOT_NAME \
            and nxt.key not in TITLE_WORDS and nxt.key not in SENTENCE_WORDS \
            and (all(c[2] == "persName" and (regnal(idx.entries[c[0]]) or _known_by_given_name(idx.entries[c[0]], toks[h.i].key))
                     for c in cands)
                 or (tier == "surname" and toks[h.i].key in GIVEN_NAMES and h.j not in in_hit and not nxt.possessive
                     and nxt.key not in COMMON_WORDS and nxt.key not in PLACE_WORDS and len(nxt.raw) > 2
                     and all(c[2] == "persName" for c in cands))
                 or (nxt.raw in SURNAMES and h.j not in in_hit and all(
                     c[2] == "persName" and not writes_surname_first(idx.entries[c[0]]) for c in cands))):
        # "Paul Porter" is not King Paul I (a ruler's one name followed by a surname), "Fraser
        # Wilkins" not Malcolm Fraser (a surname that is also a given name, before a surname), and
        # "Johnson Cheng" is not President Johnson (a Western given name before a Chinese surname)
        end = nxt.end
        return NameMention(h.start, end, "persName", None, (), "unknown")
    if nxt is not None and h.j - h.i == 2 and PATRONYMIC.search(toks[h.j - 1].raw) and nxt.raw[:1].isupper() \
            and text[toks[h.j - 1].end:nxt.start] == " " and nxt.key not in NOT_NAME \
            and nxt.key not in TITLE_WORDS and nxt.key not in SENTENCE_WORDS:
        # "Nikolay Vasilyevich Novikov" is not Nikolai Vasilyevich Roshchin: a given name and
        # patronymic followed by another surname
        return NameMention(h.start, nxt.end, "persName", None, (), "unknown")
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
        if any(len(x.raw) > 1 and x.raw.isupper() and x.raw.lower() in LOWER_WORDS for x in near):
            return None  # "LET US KNOW": the pronoun, in a telegram written in capitals
    single = h.j - h.i == 1
    end = h.end
    if kind == "persName":
        t = toks[h.i]
        evidence = bool(title) or any(x in mentioned for x in ids)
        common = t.key in COMMON_WORDS or t.raw.lower() in COMMON_WORDS
        alone = alone_on_line(text, h.start, h.end)
        if single and not t.spaced and not alone:
            # an ordinary word at the start of a sentence ("Young people...")
            if common and not evidence and not any(x in named_at for x in ids) \
                    and sentence_start(text, t.start):
                return None
            if common and not t.raw.isupper() and h.j < len(toks) and gap[h.j - 1] \
                    and text[t.end:toks[h.j].start] == " " and toks[h.j].raw[:1].isupper() \
                    and not toks[h.j].raw.isupper():
                # part of a longer proper noun ("White House", "the Home Department")
                nxt_key = toks[h.j].key
                if (tier == "surname" and nxt_key not in TITLE_WORDS and nxt_key not in CALENDAR) \
                        or nxt_key in _BODY_AFTER:
                    return None
        if tier == "surname" and not title:
            # given names or initials before the surname: the same person if they fit one
            # candidate ("Adlai E. Stevenson"), else someone else ("J. Edgar Hoover")
            k = h.i
            while k > 0 and h.i - k < 3 and gap[k - 1] and toks[k - 1].raw[:1].isupper() \
                    and (k - 1) not in in_hit \
                    and (not toks[k - 1].raw.isupper() or is_initial(toks[k - 1])) \
                    and toks[k - 1].key not in TITLE_WORDS \
                    and ((toks[k - 1].key not in NOT_NAME and toks[k - 1].key not in SENTENCE_WORDS)
                         or (is_initial(toks[k - 1]) and text[toks[k - 1].end:toks[k - 1].end + 1] == ".")) \
                    and "\n" not in text[toks[k - 1].end:toks[k].start] \
                    and not (toks[k - 1].key in COMMON_WORDS and sentence_start(text, toks[k - 1].start)):
                k -= 1
            if k < h.i and not (h.i - k == 1 and sentence_start(text, toks[k].start)
                                and len(toks[k].raw) > 1 and toks[k].key not in idx.forenames):
                before = toks[k:h.i]
                fits = [x for x in ids if given_fit(idx.entries[x], before)]
                if len(fits) == 1:
                    return NameMention(toks[k].start, h.end, "persName", fits[0], tuple(ids),
                                       "registry")
                if not fits and all(writes_surname_first(idx.entries[x]) for x in ids) and k and (
                        (toks[k - 1].raw in LOCATIVE_VERBS | LOCATIVE and text[toks[k - 1].end:toks[k].start] == " ")
                        or (text[toks[k - 1].end:toks[k].start] in ("–", "—", "-")
                            and (toks[k - 1].key in PLACE_WORDS or any(
                                c[2] == "placeName" for c in idx.forms.get((toks[k - 1].key,), ()))))):
                    # "entered Lao Cai", "the railway Hanoi–Lao Cai": a word before a surname
                    # that is written first (Cai Chang) is not a given name; after "in",
                    # "near", "entered", or a place and a dash, it is a place
                    return NameMention(toks[k].start, h.end, "placeName", None, (), "unknown")
                if before[-1].raw == "M" and len(before) == 1 and text[before[0].end:before[0].end + 2] == ". ":
                    pass  # the French "M." (Monsieur), not an initial that fits no one: "M. Kennedy"
                elif any(not is_initial(b) for b in before) or len(before) > 1 or all(
                        any(n.forenames for n in idx.entries[x].names) for x in ids):
                    # "Yu. Zhukov" is not Georgy Zhukov: an initial that fits no one
                    # whose given names are known is someone else
                    return NameMention(toks[k].start, h.end, "persName", None, tuple(ids), "unknown")
        if tier == "full" and is_initial(toks[h.i]):
            # "Yu. V. Andropov": more initials before a registry form that begins with one
            k = h.i
            while k > 0 and h.i - k < 2 and gap[k - 1] and is_initial(toks[k - 1]) and (k - 1) not in in_hit:
                k -= 1
            if k < h.i:
                before = toks[k:h.i + 1]
                fits = [x for x in ids if given_fit(idx.entries[x], before)]
                if fits:
                    ids = fits
                    h = _Hit(k, h.j, toks[k].start, h.end, h.cands)
        if any(c[1] == "full" for c in cands) and h.j - h.i > 1:
            m = re.match(r",?\s(?:Jr\.?|Sr\.?|II|III|IV)(?![\w])", text[end:end + 6])
            if m:
                end += m.end()
                suffix = m.group().strip(", .").lower()
                if kind == "persName" and not any((n.suffix or "").strip(" .").lower() == suffix
                                                  for x in ids for n in idx.entries[x].names):
                    # "Habib Bourguiba, Jr." is the son of the registry's Habib Bourguiba
                    return NameMention(h.start, end, kind, None, tuple(ids), "unknown")
    if kind == "orgName" and text[end:end + 3] in ("(b)", "(B)"):
        end += 3  # "CPSU(b)", "VKP(b)": the Bolsheviks are part of the name
    if len(ids) == 1:
        return NameMention(h.start, end, kind, ids[0], (), "registry" if tier == "full" else "surname")
    # ambiguous: let the document decide
    pool = ids
    # first who could be meant at all (in public life by then), then whom the title fits
    if year and kind == "persName":
        fit = [x for x in pool if not not_yet_active(idx.entries[x], year)]
        if fit:
            pool = fit
    if title and kind == "persName" and len(pool) > 1:
        fit = [x for x in pool if fits_title(idx.entries[x], title)]
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


# The official form of a state's name before the name the registry knows: "Republic of Cuba",
# "People's Republic of Bulgaria", "PR of Bulgaria", "Kingdom of Laos".
_STATE_FORM = re.compile(r"(?<![\w-])(?:(?:People['’]s|Democratic|Socialist|Federal|Federative|Arab|United|Islamic"
                         r"|Popular|Soviet)[ \t]+)*(?:Republic|Kingdom|Union|Commonwealth|Federation|PR)[ \t]+of"
                         r"[ \t]+(?:the[ \t]+)?$")


_DC_AFTER = re.compile(r",?[ \t]*D\.[ \t]?C\.")


def with_state_form(text: str, m: NameMention) -> NameMention:
    """A place the registry knows keeps its official form in the span, and its link:
    "Republic of Cuba", "Washington, D.C."."""
    if m.kind != "placeName" or m.ref is None:
        return m
    dc = _DC_AFTER.match(text, m.end) if "D" in text[m.end:m.end + 4] else None
    if dc:
        m = NameMention(m.start, dc.end(), m.kind, m.ref, m.candidates, m.reason)
    if "of" not in text[max(0, m.start - 9):m.start]:
        return m
    form = _STATE_FORM.search(text, max(0, m.start - 60), m.start)
    if form is None:
        return m
    return NameMention(form.start(), m.end, m.kind, m.ref, m.candidates, m.reason)


def _finish(mentions: list[NameMention]) -> list[NameMention]:
    mentions.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[NameMention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out
