"""The state a document comes from, and its own bodies named without their state.

Within a state's own papers its bodies go by their generic names: in a Chinese cable "the
Foreign Ministry" is the PRC's, in a Soviet ambassador's record "MFA instructions" are the
USSR's. The registry marks such bodies (``<org type="foreign-ministry">`` with a
``placeName`` pointing at the state); a document's home state is read from its title
("Cable from the Chinese Embassy in Hungary") or, failing that, from its original language;
a nationality word before the name overrides it ("the Soviet politburo" in a Cuban cable).
A link made this way is an inference: it is reported for the editor to check.
"""

from __future__ import annotations

import re
from dataclasses import replace
from weakref import WeakKeyDictionary

from ..model import NameMention
from ._gazetteer import COUNTRY_WORDS, PLACE_WORDS
from .registry import Registry
from .tokens import norm

#: generic names of a state's bodies, by the registry's ``org/@type``
GENERIC_NAMES = {
    "foreign-ministry": ("Ministry of Foreign Affairs", "Ministry for Foreign Affairs", "Foreign Ministry",
                         "Foreign Affairs Ministry", "MFA", "MID"),
    "central-committee": ("Central Committee", "Party Central Committee", "CC", "Party Center",
                          "Party Centre"),
    "politburo": ("Politburo", "Political Bureau"),
}
_KIND_OF = {" ".join(name.lower().split()): kind for kind, names in GENERIC_NAMES.items() for name in names}

#: nationality words of titles -> the state's name, to be looked up in the registry
DEMONYMS = {
    "Soviet": "USSR", "Chinese": "China", "North Korean": "North Korea", "South Korean": "South Korea",
    "East German": "East Germany", "West German": "West Germany", "Polish": "Poland",
    "Hungarian": "Hungary", "Czechoslovak": "Czechoslovakia", "Czechoslovakian": "Czechoslovakia",
    "Romanian": "Romania", "Rumanian": "Romania", "Bulgarian": "Bulgaria", "Yugoslav": "Yugoslavia",
    "Yugoslavian": "Yugoslavia", "Albanian": "Albania", "Cuban": "Cuba", "Mongolian": "Mongolia",
    "Japanese": "Japan", "Indian": "India", "British": "United Kingdom", "French": "France",
    "American": "United States", "US": "United States", "U.S.": "United States", "Italian": "Italy",
    "Israeli": "Israel", "Indonesian": "Indonesia", "Egyptian": "Egypt", "Austrian": "Austria",
    "Finnish": "Finland", "Turkish": "Turkey", "Greek": "Greece", "Pakistani": "Pakistan",
    "Afghan": "Afghanistan", "GDR": "East Germany", "DPRK": "North Korea", "PRC": "China",
    "USSR": "USSR", "ROK": "South Korea", "FRG": "West Germany",
}
_DEMONYM = re.compile(r"(?<![\w.])(" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True))
                      + r")(?![\w-])")

#: an original language spoken by one state only, in the years given
LANGUAGE_STATES = {
    "chinese": ("China", 1949, 9999), "russian": ("USSR", 1922, 1991), "polish": ("Poland", 0, 9999),
    "hungarian": ("Hungary", 0, 9999), "romanian": ("Romania", 0, 9999), "bulgarian": ("Bulgaria", 0, 9999),
    "czech": ("Czechoslovakia", 1918, 1992), "slovak": ("Czechoslovakia", 1918, 1992),
    "mongolian": ("Mongolia", 0, 9999), "japanese": ("Japan", 0, 9999), "albanian": ("Albania", 0, 9999),
    "serbo-croatian": ("Yugoslavia", 1918, 1991),
}

# A quoted part of a title is the document's own heading, not its sender.
_QUOTED = re.compile(r"[\"“„'‘].*$")
# A state after "in"/"to"/"at" is where a mission sits or whom it writes to: "Embassy in Hungary".
_WHERE = re.compile(r"(?:\bin|\bto|\bat|\bwith|\bon|\babout)\s+(?:the\s+)?$", re.I)


def home_state(title: str | None, original_language: str | None, year: int | None,
               registry: Registry) -> str | None:
    """The registry id of the state the document comes from, or None when not clear."""
    by_name, pattern, _ = _countries(registry)
    head = _QUOTED.sub("", title or "")
    sender = re.split(r"\s+to\s+", re.split(r"\bfrom\s+", head, maxsplit=1)[-1], maxsplit=1)[0] \
        if re.search(r"\bfrom\s", head) else head
    for part in (sender, head):
        for match in _DEMONYM.finditer(part):
            if not _WHERE.search(part[:match.start()]):
                return by_name.get(DEMONYMS[match[1]].lower())
        for match in pattern.finditer(part) if pattern else ():
            if not _WHERE.search(part[:match.start()]):
                return by_name[match[0].lower()]
    languages = [w.strip().lower() for w in re.split(r"[,;/]|\band\b", original_language or "") if w.strip()]
    states = {LANGUAGE_STATES[w] for w in languages if w in LANGUAGE_STATES}
    if len(languages) == 1 and len(states) == 1:
        name, first, last = next(iter(states))
        if year is None or first <= year <= last:
            return by_name.get(name.lower())
    return None


_COUNTRIES: WeakKeyDictionary = WeakKeyDictionary()


def _countries(registry: Registry) -> tuple[dict[str, str], re.Pattern | None, dict[tuple[str, str], str]]:
    """Built once per registry: its countries by each of their names (lower case), a pattern
    finding them, and the states' own bodies by (state, kind)."""
    if registry not in _COUNTRIES:
        by_name = {n.text.lower(): e.xml_id for e in registry.entries("placeName") if e.type == "country"
                   for n in e.names}
        names = sorted(by_name, key=len, reverse=True)
        pattern = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])", re.I) \
            if names else None
        bodies = {(e.state, e.type): e.xml_id for e in registry.entries("orgName") if e.state and e.type}
        _COUNTRIES[registry] = by_name, pattern, bodies
    return _COUNTRIES[registry]


def link_home_bodies(mentions: list[NameMention], text: str, state: str | None,
                     registry: Registry) -> list[NameMention]:
    """Link organizations named generically to a state's body: the state a nationality word
    names ("Soviet politburo"), else the document's home state ("the Foreign Ministry")."""
    by_name, _, bodies = _countries(registry)
    if not bodies:
        return mentions
    out = []
    for m in mentions:
        kind = _KIND_OF.get(" ".join(text[m.start:m.end].lower().split())) if m.kind == "orgName" and not m.ref else None
        if kind is None:
            out.append(m)
            continue
        said = _DEMONYM_BEFORE.search(text, max(0, m.start - 30), m.start)
        owner = by_name.get(DEMONYMS[said[1]].lower()) if said else state
        body = bodies.get((owner, kind))
        out.append(replace(m, ref=body, candidates=(body,), reason="home") if body else m)
    return out


_DEMONYM_BEFORE = re.compile(_DEMONYM.pattern + r"[ \t]+$")

# A mission's title names the state it sits in: "The Ambassador in the Soviet Union (Smith)
# to the Secretary of State", "Telegram from the Embassy in Brazil".
_POSTED_IN = re.compile(r"\b(?:Ambassador|Embassy|Legation|Chargé|Charge|Minister|Consul|Consulate|Mission|"
                        r"Delegation|Representative|High Commissioner)\b[^()]{0,40}?\bin\s+(?:the\s+)?")
#: what an embassy's telegrams call the host state's foreign ministry
FOREIGN_OFFICE = re.compile(r"(?:Foreign Office|FonOff|FONOFF|Foreign Ministry|ForMin|FORMIN)")
_BRITISH_BEFORE = re.compile(r"(?<![\w.])(?:British|Brit|UK|U\.K\.)[ \t]+$")


def host_state(title: str | None, registry: Registry) -> str | None:
    """The registry id of the state a mission's document was written in ("The Ambassador in
    the Soviet Union ... to the Secretary of State"); "?Brazil" for a state the registry does
    not list; None when the title names no mission."""
    by_name, pattern, _ = _countries(registry)
    head = _QUOTED.sub("", title or "")
    posted = _POSTED_IN.search(head)
    if posted is None or pattern is None:
        return None
    country = pattern.match(head, posted.end())
    if country:
        return by_name[country[0].lower()]
    other = re.match(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?", head[posted.end():])
    if other and (norm(other[0].split()[0]) in COUNTRY_WORDS or norm(other[0].split()[0]) in PLACE_WORDS):
        return "?" + other[0]  # a state the registry does not list: its ministry is not the British one
    return None


def link_host_foreign_office(mentions: list[NameMention], text: str, host: str | None,
                             registry: Registry) -> list[NameMention]:
    """In a mission's telegram the "Foreign Office" (or "FonOff") is the host state's: the
    Soviet ministry in a telegram from Moscow, not the British one the registry names so;
    "Brit FonOff" is the British one. Where the registry has no such body, the link is dropped."""
    if host is None:
        return mentions
    by_name, _, bodies = _countries(registry)
    uk = by_name.get("united kingdom")
    out = []
    for m in mentions:
        name = text[m.start:m.end]
        if m.kind != "orgName" or not FOREIGN_OFFICE.fullmatch(name):
            out.append(m)
            continue
        owner = uk if _BRITISH_BEFORE.search(text, max(0, m.start - 12), m.start) else host
        body = registry_id_named(registry, "British Foreign Office") if owner == uk \
            else bodies.get((owner, "foreign-ministry"))
        if body != m.ref:
            m = replace(m, ref=body, candidates=(body,) if body else (), reason="home" if body else "unknown")
        out.append(m)
    return out


def registry_id_named(registry: Registry, name: str) -> str | None:
    """The id of the registry organization one of whose names is ``name``."""
    for entry in registry.entries("orgName"):
        if any(n.text == name for n in entry.names):
            return entry.xml_id
    return None
