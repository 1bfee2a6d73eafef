"""The registry as the matcher reads it: every name form of every entry, built once.

:func:`index_of` turns a :class:`~encoder.names.registry.Registry` into a dict keyed by
normalized token tuples ("n", "s", "khrushchev"), cached on the registry; the predicates
here ask an entry about a mention (do these given names fit, was the person active then).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import product

from .lexicon import HYPOCORISTIC
from .registry import PARTICLES, ROMAN as ROMAN_NUMBER, Entry, Registry
from .tokens import INITIAL_DIGRAPHS, Tok, is_initial, norm, word_list


PATRONYMIC = re.compile(r"(?:ovich|evich|ich|ovna|evna|ichna|inichna)$")


@dataclass
class Index:
    forms: dict[tuple[str, ...], list[tuple[str, str, str, str]]] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)
    person_first: set[str] = field(default_factory=set)  # first words of persons' names
    forenames: dict[str, set[str]] = field(default_factory=dict)  # key -> person ids
    initials: dict[str, set[str]] = field(default_factory=dict)  # "JFD" -> person ids
    entries: dict[str, Entry] = field(default_factory=dict)

    def add(self, tokens: list[str], pattern: str, xml_id: str, tier: str, kind: str) -> None:
        key = tuple(norm(t) for t in tokens)
        if not key or not all(key):
            return
        bucket = self.forms.setdefault(key, [])
        for i, (xid, t, k, p) in enumerate(bucket):
            if xid == xml_id and p == pattern:  # (one form may be written in two cases: "de Gaulle", "De Gaulle")
                if t != "full" and tier == "full":
                    bucket[i] = (xml_id, tier, kind, pattern)
                return
        bucket.append((xml_id, tier, kind, pattern))
        self.first[key[0]] = max(self.first.get(key[0], 0), len(key))
        if kind == "persName":
            self.person_first.add(key[0])


def _case(token: str, abbreviation: bool) -> str:
    if abbreviation and len(token) > 1 and token.isupper():
        return "A"
    return "U" if token[:1].isupper() else "l"


def index_of(registry: Registry) -> Index:
    if registry._index is not None:
        return registry._index
    idx = Index()
    for entry in registry:
        idx.entries[entry.xml_id] = entry
        for name in entry.names:
            if entry.kind == "persName":
                _person_forms(idx, entry, name)
            else:
                words = word_list(name.text)
                abbr = name.type in {"abbreviation", "abbr", "acronym"} or (
                    len(words) == 1 and words[0].isupper() and len(words[0]) <= 8)
                idx.add(words, "".join(_case(w, abbr) for w in words), entry.xml_id, "full",
                        entry.kind)
                if abbr and len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6:
                    # "C.I.A.", "U.S.S.R.": the abbreviation written with full stops
                    idx.add(list(words[0]), "U" * len(words[0]), entry.xml_id, "full", entry.kind)
    registry._index = idx
    return idx


def _person_forms(idx: Index, entry: Entry, name) -> None:
    xid = entry.xml_id
    add = lambda toks, tier: idx.add(toks, "".join(_case(t, False) for t in toks), xid, tier,
                                     "persName")
    if name.type == "pseudonym":
        add(word_list(name.text), "full")
        return
    surname = word_list(" ".join(name.surname))
    forenames = []
    for f in map(word_list, name.forenames):
        if len(f) > 1 and all(len(w) == 1 for w in f):
            forenames += [[w] for w in f]  # "I.V." is two initials, not one name
        elif f:
            forenames.append(f)
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
        digraphs = [f[0][:2] if f[0][:2] in INITIAL_DIGRAPHS else f[0][0] for f in forenames]
        if digraphs != initials:  # "Andropov Yu.V.", "Yu.V. Andropov"
            add(surname + digraphs, "full")
            add(digraphs + surname, "full")
        if len(surname) == 1 and len(forenames[0][0]) > 1:
            add(surname + forenames[0][:1], "full")  # surname first: "RHEE SYNGMAN"
        if len(initials) > 1:
            add(surname + initials[:1], "full")
        for nick in name.nicknames:
            add(word_list(nick) + surname, "full")
        words = [w for f in forenames for w in f]
        if len(words) >= 2 and PATRONYMIC.search(words[-1]):
            # Russian forms: "Iosif Vissarionovich" (name and patronymic, how one is
            # addressed) and "STALIN Iosif Vissarionovich" (surname first, in lists)
            add(words[-2:], "full")
            add(surname + words[-2:], "full")
    # the surname alone, and the usual short forms of compound surnames
    shorts = [surname]
    if len(surname) > 1:
        content = [w for w in surname if w.lower() not in PARTICLES]
        if len(name.surname) == 1 and "-" in name.surname[0]:
            if surname[0].lower() not in PARTICLES:
                shorts.append(surname[:1])  # Averoff-Tossizza -> Averoff (but Ben-Gurion is not "Ben")
        elif content:
            shorts.append(content[-1:])  # Nuri Birgi -> Birgi; de Gaulle -> Gaulle
            if len(surname) > 2 and surname[0].lower() not in PARTICLES and surname[1].lower() in PARTICLES:
                shorts.append(surname[:1])  # Couve de Murville -> Couve
    for s in shorts:
        if len("".join(s)) >= 3:
            add(s, "surname")
        if s is not surname and not name.surname_first:
            given = [f for f in forenames if len(f[0]) > 1]
            if given:
                add(given[0] + s, "full")  # Evangelos Averoff
    given = [f for f in forenames if len(f[0]) > 1]
    usual = given[:1] if name.surname_first is False else []
    for f in usual + [word_list(n) for n in name.nicknames]:
        if f and len(f[0]) > 2:
            idx.forenames.setdefault(norm(f[0]), set()).add(xid)
    if not name.surname_first:
        for f in given[:1]:
            for short in HYPOCORISTIC.get(norm(f[0]), ()):
                add([short] + surname, "full")  # Bob Bowie
                idx.forenames.setdefault(norm(short), set()).add(xid)


def given_fit(entry: Entry, before: list[Tok]) -> bool:
    """Do the given names / initials written before a surname fit this person?

    The first must be the person's first given name, its initial or usual short form (or
    another of the given names: "Foster Dulles"); the others given names or initials, an
    extra middle initial being allowed ("Adlai E. Stevenson").
    """
    for name in entry.names:
        if name.type == "pseudonym" or not name.forenames:
            continue
        given = [norm(w) for f in name.forenames for w in word_list(f)]
        nick = {norm(n) for n in name.nicknames}
        for g in given[:1]:
            nick |= {norm(x) for x in HYPOCORISTIC.get(g, ())}
        first, rest = before[0], before[1:]
        if is_initial(first):
            ok = given[0].startswith(first.key)
        else:
            ok = first.key in given or first.key in nick
        for b in rest:
            if not is_initial(b) and b.key not in given:
                ok = False
            elif is_initial(b) and len(given) > 1 and not any(g.startswith(b.key) for g in given[1:]):
                ok = False  # "V.E. Kuznetsov" is not V.V. Kuznetsov
        if ok:
            return True
    return False


def regnal(entry: Entry) -> bool:
    """A person known by one name and a regnal number ("Paul I", "Farouk I")."""
    return any(not n.forenames and n.suffix and ROMAN_NUMBER.match(n.suffix) for n in entry.names)


YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def not_yet_active(entry: Entry, year: int) -> bool:
    """True if the years of the entry's roles all lie more than ten years after ``year``:
    the person was not yet in public life when the document was written."""
    years = [int(y) for y in YEAR.findall(entry.description)]
    return bool(years) and year < min(years) - 10


_VOWELS = re.compile(r"[aeiouyw]")
_CONSONANT_PAIRS = str.maketrans("gbdjr", "kptcl")


def _skeleton(s: str) -> str:
    """A romanized given name without its vowels and voicing: Song-chol and Seong-cheol,
    Pyong Nam and Pyeong-nam (McCune-Reischauer and Revised Romanization) agree."""
    return _VOWELS.sub("", norm("".join(word_list(s))).replace("'", "")).translate(_CONSONANT_PAIRS)


def sounds_like_given(entry: Entry, given: str) -> bool:
    """The same given name in another romanization: Korean hyphenated names are compared
    by their consonants (Seong-cheol = Song-chol); unhyphenated pinyin must be equal
    (Feng is not Fang)."""
    target = _skeleton(given)
    for n in entry.names:
        if not (n.surname_first and n.forenames):
            continue
        written = " ".join(n.forenames)
        if "-" in given and "-" in written:
            if _skeleton(written) == target:
                return True
        elif norm("".join(word_list(written))) == norm("".join(word_list(given))):
            return True
    return False


def writes_surname_first(entry: Entry) -> bool:
    return any(n.surname_first for n in entry.names if n.type == "main")


def fits_title(entry: Entry, title: str) -> bool:
    if title in {"mr", "mrs", "ms", "miss", "comrade", "comrades", "cde", "comr", "tov", "com",
                 "dr", "sir", "herr", "monsieur", "mme", "madame", "messrs"}:
        return True
    desc = entry.description + " " + " ".join(n.text.lower() for n in entry.names)
    words = title.split()
    return title in desc or words[-1] in desc or words[0] in desc
