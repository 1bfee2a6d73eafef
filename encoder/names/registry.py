"""The authority registry: persons, places and organizations as TEI entries.

A registry is read from one or more TEI files (a TEI document whose ``standOff`` holds
``listPerson`` / ``listPlace`` / ``listOrg``, or a bare list element in the TEI
namespace). Entries are keyed by ``xml:id``; a later file adds to or replaces entries of an
earlier one. The registry keeps each entry's lxml element (the TEI writer copies it into a
document's ``standOff``) and a parsed view of its names for the matcher. The matcher's
lookup tables are built once per Registry, on first use, and nothing is read from disk
after :func:`load_registry` returns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from lxml import etree

from .east_asian import is_surname_first

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

#: entry element -> (name element, mention kind)
ENTRY_KINDS = {
    "person": ("persName", "persName"),
    "place": ("placeName", "placeName"),
    "org": ("orgName", "orgName"),
}

# Words that come before a personal name in a registry's name string ("Radford, Admiral
# Arthur M.", "Harding, Field Marshal Sir John") and are not part of the name. Kept in
# order of length so that "Field Marshal" is taken before "Marshal".
NAME_TITLES = tuple(
    sorted(
        """
        Admiral|Vice Admiral|Rear Admiral|Fleet Admiral|General|Lieutenant General|
        Major General|Brigadier General|General of the Army|Field Marshal|Marshal|
        Air Marshal|Air Chief Marshal|Colonel|Lieutenant Colonel|Colonel General|Captain|
        Commander|Major|Lieutenant|Sir|Lord|Lady|Dame|Baron|Viscount|Earl|Count|Dr.|Dr|
        Mr.|Mrs.|Ms.|Miss|Prof.|Professor|Rev.|Reverend|Archbishop|Bishop|Cardinal|
        Ambassador|President|King|Queen|Prince|Princess|Emperor|Shah|Sultan|Sheikh|
        Comrade|Generalissimo|Chairman|Premier|Senator|Governor|Judge|Justice
        """.replace("\n", "").split("|"),
        key=len,
        reverse=True,
    )
)
NAME_TITLES = tuple(t.strip() for t in NAME_TITLES if t.strip())

SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "vi"}
ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$")
PARTICLES = {"de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "ter", "ten",
             "la", "le", "al", "el", "bin", "ibn", "ben", "y", "dos", "das"}


class RegistryError(Exception):
    """A registry file that cannot be used: ``path:line: message``."""

    def __init__(self, path: str | Path, line: int, message: str):
        self.path = str(path)
        self.line = int(line or 0)
        self.message = message
        super().__init__(f"{self.path}:{self.line}: {message}")


@dataclass(frozen=True)
class Name:
    """One name of an entry, parsed for matching.

    For a person, ``surname`` and ``forenames`` are token tuples as written (``("de",
    "Gaulle")``, ``("Nikita", "Sergeyevich")``); ``surname_first`` is True for names
    written surname first (Mao Zedong, Kim Il Sung). ``nicknames`` come from a one-word
    parenthesis ("Bohlen, Charles E. (Chip)"). For places and organizations the whole
    name is in ``surname`` and ``forenames`` is empty.
    """

    text: str
    type: str
    surname: tuple[str, ...]
    forenames: tuple[str, ...] = ()
    surname_first: bool = False
    roles: tuple[str, ...] = ()
    suffix: str = ""
    nicknames: tuple[str, ...] = ()
    structured: bool = False


@dataclass(frozen=True)
class Entry:
    """A registry entry: ``xml_id``, the mention ``kind`` it yields, its names, and the
    text of its roles and notes (lower-cased; used to check a title such as "Secretary"
    or "Admiral" against a candidate)."""

    xml_id: str
    kind: str
    names: tuple[Name, ...]
    description: str = ""
    #: the entry's ``@type`` ("country", "foreign-ministry"); for an organization that is a
    #: state's own body, the ``xml:id`` its ``placeName`` points to, in this file or another
    #: of the registry ("places.xml#place-china"; see encoder.names.home)
    type: str = ""
    state: str = ""

    @property
    def main(self) -> str:
        for name in self.names:
            if name.type == "main":
                return name.text
        return self.names[0].text


class Registry:
    """Entries by ``xml:id`` plus their TEI elements; built by :func:`load_registry`."""

    def __init__(self) -> None:
        self._entries: dict[str, Entry] = {}
        self._elements: dict[str, etree._Element] = {}
        self._index = None  # built by encoder.names.matcher on first use

    # -- building -------------------------------------------------------------------
    def add(self, entry: Entry, element: etree._Element) -> None:
        self._entries[entry.xml_id] = entry
        self._elements[entry.xml_id] = element
        self._index = None

    # -- lookup ---------------------------------------------------------------------
    def entry(self, xml_id: str) -> etree._Element:
        """The TEI element (``person``/``place``/``org``) of an entry; KeyError if none.

        A leading ``#`` is accepted, so a ``@ref`` value can be passed as it is.
        """
        return self._elements[xml_id.lstrip("#")]

    def get(self, xml_id: str) -> Entry | None:
        return self._entries.get(xml_id.lstrip("#"))

    def __contains__(self, xml_id: object) -> bool:
        return isinstance(xml_id, str) and xml_id.lstrip("#") in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries.values())

    def entries(self, kind: str | None = None) -> list[Entry]:
        return [e for e in self._entries.values() if kind is None or e.kind == kind]


# ---------------------------------------------------------------------------------
# Loading

def load_registry(paths: Sequence[Path | str] | Path | str) -> Registry:
    """Read registry files in order; a later file adds to or overrides an earlier one.

    Raises :class:`RegistryError` (path, line, message) for a file that is not
    well-formed XML, not TEI, or holds an entry without ``xml:id`` or without a name.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    registry = Registry()
    for path in paths:
        for entry, element in _read_file(Path(path)):
            registry.add(entry, element)
    return registry


def _read_file(path: Path) -> Iterable[tuple[Entry, etree._Element]]:
    parser = etree.XMLParser(remove_blank_text=False, resolve_entities=False, no_network=True)
    try:
        tree = etree.parse(str(path), parser)
    except OSError as exc:
        raise RegistryError(path, 0, f"cannot read registry file: {exc}") from None
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or (exc.position[0] if getattr(exc, "position", None) else 0)
        raise RegistryError(path, line, f"not well-formed XML: {exc.msg}") from None
    root = tree.getroot()
    if etree.QName(root).namespace != TEI_NS:
        raise RegistryError(path, root.sourceline or 1,
                            f"root element <{root.tag}> is not in the TEI namespace")
    found = []
    for tag, (name_tag, kind) in ENTRY_KINDS.items():
        for el in root.iter(f"{{{TEI_NS}}}{tag}"):
            parent = el.getparent()
            if parent is None or etree.QName(parent).localname not in {
                "listPerson", "listPlace", "listOrg", "person", "place", "org"
            }:
                continue  # e.g. a <place> inside some other structure
            found.append((el.sourceline or 0, el, name_tag, kind))
    found.sort(key=lambda item: item[0])
    for line, el, name_tag, kind in found:
        xml_id = el.get(XML_ID)
        if not xml_id:
            raise RegistryError(path, line, f"<{etree.QName(el).localname}> without xml:id")
        names = [_parse_name(n, kind, path) for n in el.findall(f"{{{TEI_NS}}}{name_tag}")]
        names = [n for n in names if n is not None]
        if not names:
            raise RegistryError(path, line, f"entry {xml_id!r} has no <{name_tag}>")
        if kind == "persName":
            names = _with_order_of_main(names)
        description = " ".join(
            " ".join(x.itertext())
            for x in el
            if isinstance(x.tag, str)
            and etree.QName(x).localname in {"note", "roleName", "occupation", "affiliation", "state"}
        )
        roles = " ".join(" ".join(n.roles) for n in names)
        state = el.find(f"{{{TEI_NS}}}placeName[@ref]") if kind == "orgName" else None
        yield (
            Entry(xml_id, kind, tuple(names), " ".join(f"{description} {roles}".lower().split()),
                  type=el.get("type", ""), state=state.get("ref").rpartition("#")[2] if state is not None else ""),
            el,
        )


def _with_order_of_main(names: list[Name]) -> list[Name]:
    """Unstructured variants of a surname-first main name are read surname first too,
    unless they end with its family name ("John M. Chang" for Chang Myon)."""
    main = next((n for n in names if n.type == "main"), names[0])
    if not main.surname_first:
        return names
    out = []
    for n in names:
        if n.type not in {"main", "pseudonym"} and not n.structured and n.forenames and not n.surname_first \
                and n.surname != main.surname:
            tokens = n.forenames + n.surname
            n = Name(n.text, n.type, tokens[:1], tokens[1:], True, n.roles, n.suffix, n.nicknames)
        out.append(n)
    return out


def _text(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def _parse_name(el: etree._Element, kind: str, path: Path) -> Name | None:
    text = _text(el)
    if not text:
        return None
    name_type = el.get("type") or ("main" if el.getparent().index(el) == 0 else "variant")
    if kind != "persName":
        return Name(text, name_type, tuple(text.split()))
    parts = [c for c in el if isinstance(c.tag, str)]
    if any(etree.QName(c).localname in {"surname", "forename"} for c in parts):
        surname: list[str] = []
        forenames: list[str] = []
        roles: list[str] = []
        suffix = ""
        first = None
        for c in parts:
            local = etree.QName(c).localname
            value = _text(c)
            if local == "surname":
                surname += value.split()
                first = first or "surname"
            elif local == "forename":
                forenames += value.split()
                first = first or "forename"
            elif local in {"roleName", "addName"}:
                roles.append(value)
            elif local == "genName":
                suffix = value
        if not surname:  # forenames only (a ruler, a single name)
            surname, forenames = forenames, []
        return Name(text, name_type, tuple(surname), tuple(forenames), first == "surname",
                    tuple(roles), suffix, (), True)
    return parse_name_string(text, name_type)


def parse_name_string(text: str, name_type: str = "main") -> Name:
    """Parse a personal name written as a string.

    "Dulles, John Foster" (inverted, as in library authority files and FRUS persons
    lists), "Radford, Admiral Arthur M.", "Hoover, Herbert C., Jr.", "Bohlen, Charles E.
    (Chip)", "Joseph Stalin", "Charles de Gaulle", "Paul I", "Filippov".
    """
    nicknames: list[str] = []
    for inner in re.findall(r"\(([^)]*)\)", text):
        words = inner.split()
        if len(words) == 1 and words[0][:1].isupper():
            nicknames.append(words[0])
    core = re.sub(r"\s*\([^)]*\)", "", text).strip()
    core = re.sub(r"\s*\[[^\]]*\]", "", core).strip()
    roles: list[str] = []
    suffix = ""
    if "," in core:
        pieces = [p.strip() for p in core.split(",")]
        surname_part, rest = pieces[0], pieces[1:]
        forename_part = ""
        for piece in rest:
            if piece.lower().rstrip(".") in {s.rstrip(".") for s in SUFFIXES} or ROMAN.match(piece):
                suffix = piece
            elif not forename_part:
                forename_part = piece
        forename_part, roles = _strip_titles(forename_part)
        words = forename_part.split()
        surname_words = surname_part.split()
        while len(words) > 1 and words[-1].lower() in PARTICLES:
            surname_words.insert(0, words.pop())  # "Gaulle, Charles de": the surname is "de Gaulle"
        surname_part = " ".join(surname_words)
        if words and (words[-1].lower() in SUFFIXES or ROMAN.match(words[-1])) and len(words) > 1:
            suffix = suffix or words.pop()
        return Name(text, name_type, tuple(surname_part.split()), tuple(words), False,
                    tuple(roles), suffix, tuple(nicknames))
    core, roles = _strip_titles(core)
    words = core.split()
    if len(words) > 1 and (words[-1].lower() in SUFFIXES or ROMAN.match(words[-1])):
        suffix = words.pop()
        if words and words[-1].endswith(","):
            words[-1] = words[-1][:-1]
    if len(words) <= 1:
        return Name(text, name_type, tuple(words), (), False, tuple(roles), suffix, tuple(nicknames))
    if is_surname_first(words):  # "Chou En-lai", "Kim Il Sung": the family name comes first
        return Name(text, name_type, tuple(words[:1]), tuple(words[1:]), True, tuple(roles), suffix,
                    tuple(nicknames))
    # particles before the last word belong to the surname: "Charles de Gaulle"
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in PARTICLES:
        cut -= 1
    return Name(text, name_type, tuple(words[cut:]), tuple(words[:cut]), False, tuple(roles),
                suffix, tuple(nicknames))


def _strip_titles(s: str) -> tuple[str, list[str]]:
    roles = []
    changed = True
    while changed and s:
        changed = False
        for title in NAME_TITLES:
            if s == title or s.startswith(title + " "):
                roles.append(title)
                s = s[len(title):].strip()
                changed = True
                break
    return s, roles
