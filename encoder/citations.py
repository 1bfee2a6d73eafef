"""Archival references in Wilson Center style citations.

A WCDA citation is ``"Title", Date, Wilson Center Digital Archive, <references>.``; the
references name one or more archives, joined by ``;`` and/or ``and``, each followed by
comma-separated identifiers (``f. 45, op. 1, d. 339, ll. 55-56``). What the archives call
their levels differs (``dosar``, ``k.``, ``Box``, ``RG``...), so that knowledge lives in the
tables below; the machinery only cuts the citation into pieces, finds where an archive
starts, and types each piece by the tables.

Every ``ArchivalSource.raw`` is a slice of the citation, and text that cannot be typed is
kept (as a ``signature``, or in ``raw``), never dropped; the caller keeps the whole
citation in a ``bibl`` anyway. A part that names a book rather than an archive yields
nothing: no source is better than an invented one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from encoder.model import ArchivalSource, Locus

__all__ = ["ARCHIVES", "archive_id", "parse_citation"]

# --------------------------------------------------------------------------------------
# Knowledge
# --------------------------------------------------------------------------------------

#: Abbreviation (as historians cite it) -> full English name. Where an archive has no
#: official English name, the rendering used in English-language scholarship is given.
ARCHIVES: dict[str, str] = {
    # Russia
    "APRF": "Archive of the President of the Russian Federation",
    "AVPRF": "Archive of Foreign Policy of the Russian Federation",
    "RGASPI": "Russian State Archive of Socio-Political History",
    "RGANI": "Russian State Archive of Contemporary History",
    "GARF": "State Archive of the Russian Federation",
    "RGAE": "Russian State Archive of the Economy",
    "RGVA": "Russian State Military Archive",
    "TsAMO": "Central Archive of the Ministry of Defense of the Russian Federation",
    "RGAKFD": "Russian State Documentary Film and Photo Archive",
    "RGALI": "Russian State Archive of Literature and Art",
    # Germany
    "SAPMO-BArch": "Foundation Archives of Parties and Mass Organizations of the GDR in the Federal Archives",
    "BArch": "German Federal Archives",
    "BStU": "Federal Commissioner for the Records of the State Security Service of the former German Democratic Republic",
    "PA AA": "Political Archive of the Federal Foreign Office",
    # Poland
    "AAN": "Central Archives of Modern Records",
    "AMSZ": "Archive of the Ministry of Foreign Affairs of Poland",  # usual English rendering
    "IPN": "Institute of National Remembrance",
    # Hungary
    "MNL OL": "National Archives of Hungary",
    "ÁBTL": "Historical Archives of the Hungarian State Security",
    # Romania
    "ANIC": "Central Historical National Archives of Romania",  # usual rendering of Arhivele Naționale Istorice Centrale
    "AMAE": "Archive of the Ministry of Foreign Affairs of Romania",  # Romanian here; the French AMAE is not meant
    "ACNSAS": "National Council for the Study of the Securitate Archives",
    # Bulgaria
    "TsDA": "Central State Archive of Bulgaria",  # usual rendering of Tsentralen darzhaven arhiv
    "AMVnR": "Archive of the Ministry of Foreign Affairs of Bulgaria",  # usual rendering
    # Czech Republic
    "NA": "National Archives of the Czech Republic",  # Národní archiv; "NA" is read as Czech, not US
    "AMZV": "Archive of the Ministry of Foreign Affairs of the Czech Republic",  # usual rendering
    "ABS": "Security Services Archive",
    # Albania, Yugoslavia
    "AQSH": "Central State Archive of Albania",  # usual rendering of Arkivi Qendror Shtetëror
    "AJ": "Archives of Yugoslavia",
    # China
    "PRC FMA": "Foreign Ministry Archive of the People's Republic of China",
    # United States
    "NARA": "National Archives and Records Administration",
    "JFK Library": "John F. Kennedy Presidential Library and Museum",
    "LBJ Library": "Lyndon Baines Johnson Presidential Library",
    # United Kingdom
    "TNA": "The National Archives of the United Kingdom",
    # India (renamed Prime Ministers' Museum and Library in 2023; cited by the old name)
    "NMML": "Nehru Memorial Museum and Library",
    # Japan (no established abbreviation; "MOFA Japan" is this project's key)
    "MOFA Japan": "Diplomatic Archives of the Ministry of Foreign Affairs of Japan",
    # Cuba (Archivo del Ministerio de Relaciones Exteriores, "AMINREX" in scholarship)
    "AMINREX": "Archive of the Ministry of Foreign Affairs of Cuba",
}

#: Other ways citations name the same institution (older names included: TsKhSD is RGANI
#: before 1999, RTsKhIDNI is RGASPI, MOL and SÚA the Hungarian and Czech archives'
#: former names, PRO the UK archive's). Matched case-sensitively, as written.
_ALIASES: dict[str, tuple[str, ...]] = {
    "APRF": ("AP RF", "Archive of the President of the Russian Federation", "Presidential Archive"),
    "AVPRF": ("AVP RF", "Archive of Foreign Policy of the Russian Federation",
              "Foreign Policy Archive of the Russian Federation"),
    "RGASPI": ("Russian State Archive of Socio-Political History",
               "Russian State Archive of Social and Political History", "RTsKhIDNI"),
    "RGANI": ("Russian State Archive of Contemporary History", "TsKhSD", "SCCD",
              "Storage Center for Contemporary Documentation"),
    "GARF": ("State Archive of the Russian Federation",),
    "RGAE": ("Russian State Archive of the Economy",),
    "RGVA": ("Russian State Military Archive",),
    "TsAMO": ("TsAMO RF", "Central Archive of the Ministry of Defense of the Russian Federation"),
    "SAPMO-BArch": ("SAPMO-BA", "SAPMO BArch", "SAPMO"),
    "BArch": ("Bundesarchiv", "German Federal Archives"),
    "PA AA": ("PA-AA", "PAAA", "Political Archive of the Federal Foreign Office",
              "Politisches Archiv des Auswärtigen Amts"),
    "AAN": ("Archiwum Akt Nowych", "Central Archives of Modern Records"),
    "AMSZ": ("Archiwum Ministerstwa Spraw Zagranicznych", "Polish Foreign Ministry Archive"),
    "IPN": ("Institute of National Remembrance", "Instytut Pamięci Narodowej"),
    "MNL OL": ("MNL-OL", "MOL", "Hungarian National Archives", "National Archives of Hungary",
               "Magyar Nemzeti Levéltár Országos Levéltára", "Magyar Országos Levéltár"),
    "ÁBTL": ("ABTL", "Historical Archives of the Hungarian State Security",
             "Állambiztonsági Szolgálatok Történeti Levéltára"),
    "ANIC": ("Arhivele Naționale Istorice Centrale", "Arhivele Nationale Istorice Centrale",
             "Central Historical National Archives", "Romanian National Archives"),
    "AMAE": ("Arhiva Ministerului Afacerilor Externe", "Romanian Foreign Ministry Archive"),
    "ACNSAS": ("CNSAS",),
    "TsDA": ("Central State Archive, Sofia", "TsPA"),  # TsPA (party archive) is now fond 1B of TsDA
    "AMVnR": ("Bulgarian Foreign Ministry Archive",),
    "NA": ("Národní archiv", "National Archives of the Czech Republic", "SÚA"),
    "AMZV": ("Archiv ministerstva zahraničních věcí", "Czech Foreign Ministry Archive"),
    "PRC FMA": ("PRCFMA", "PRC Foreign Ministry Archive", "PRC Foreign Ministry Archives",
                "Chinese Foreign Ministry Archive", "Chinese Foreign Ministry Archives",
                "Foreign Ministry Archive of the People's Republic of China"),
    "NARA": ("National Archives and Records Administration", "US National Archives",
             "U.S. National Archives"),
    "JFK Library": ("JFKL", "John F. Kennedy Library", "John F. Kennedy Presidential Library",
                    "John F. Kennedy Presidential Library and Museum"),
    "LBJ Library": ("LBJL", "Lyndon B. Johnson Library", "Lyndon Baines Johnson Library",
                    "Lyndon B. Johnson Presidential Library", "Lyndon Baines Johnson Presidential Library"),
    "TNA": ("The National Archives of the United Kingdom", "UK National Archives", "PRO",
            "Public Record Office"),
    "NMML": ("Nehru Memorial Museum and Library", "Nehru Memorial Museum & Library"),
    "MOFA Japan": ("Diplomatic Archives of the Ministry of Foreign Affairs of Japan",
                   "Japanese Foreign Ministry Archives", "Diplomatic Archives of the Ministry of Foreign Affairs, Japan"),
    "AMINREX": ("MINREX", "Archives of the Cuban Ministry of Foreign Affairs",
                "Archive of the Cuban Ministry of Foreign Affairs", "Cuban Foreign Ministry Archives"),
}

#: Identifier keywords -> type (``locus`` = folios). Spellings ending in "." may be
#: followed directly by a digit ("f.45", but not "P.N. Haksar"); case is ignored.
_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("fond", ("fond", "fonds", "f.", "fd.")),
    ("opis", ("opis", "opis'", "op.")),
    ("delo", ("delo", "d.", "dd.", "sprava", "spr.")),  # spr. = sprava, the Ukrainian delo
    ("papka", ("papka", "pap.", "p.")),
    ("locus", ("listy", "list", "ll.", "l.", "karta", "karty", "k.", "kk.",
               "folio", "folios", "fol.", "fols.", "fl.", "fls.", "ark.", "Blatt", "Bl.", "pp.", "pages", "page")),
    ("collection", ("collection", "coll.")),
    ("series", ("series", "ser.")),
    ("box", ("box", "boxes", "carton")),
    ("folder", ("folder", "folders")),
    ("file", ("subject file", "file", "dosar", "dossier", "a.e.", "a.j.")),  # a.e./a.j.: Bulgarian/Czech archival unit
    ("record-group", ("record group", "RG")),
    ("signature", ("sygn.", "signatur", "signature", "sign.", "call number")),
)

#: Names that are a level by their ending ("P.N. Haksar Papers", "Central Decimal File 1960-63").
_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("collection", r".+\s(?:Papers|Collection)"),
    ("series", r".+\sFiles?(?:\s+[\d/–-]+)?"),
)

_CZECH = (("box", ("k.", "kart.", "karton")), ("folder", ("obal",)))  # k. = karton in Czech use
_ROMANIAN = (("locus", ("f.", "ff.", "fila", "filele")),)  # f. = filă (folio), not fond
_ENGLISH = (("locus", ("p.",)),)  # p. = page, not papka

#: Conventions of particular archives, tried before _KEYWORDS.
_ARCHIVE_KEYWORDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "NA": _CZECH, "AMZV": _CZECH, "ABS": _CZECH,
    "ANIC": _ROMANIAN, "AMAE": _ROMANIAN, "ACNSAS": _ROMANIAN,
    **{key: _ENGLISH for key in ("NARA", "JFK Library", "LBJ Library", "TNA", "NMML", "MOFA Japan")},
}

#: What an untyped identifier is in an archive (otherwise a ``signature`` kept whole).
_DEFAULT_TYPE: dict[str, str] = {"PRC FMA": "file"}

#: A piece that is only a place ("AVPRF, Moscow, f. 07") is not an identifier.
_PLACES = frozenset({
    "Moscow", "Beijing", "Peking", "Berlin", "Warsaw", "Budapest", "Bucharest", "Prague", "Sofia",
    "Tirana", "Belgrade", "Washington", "College Park", "Kew", "London", "Tokyo",
    "New Delhi", "Havana", "Koblenz", "Freiburg", "Hanoi", "Ulaanbaatar", "Pyongyang", "Seoul",
    "Podolsk", "Krasnogorsk", "Boston", "Austin",
})

#: Text after which the archival references begin.
_MARKERS = re.compile(r"(?:Wilson Center|History and Public Policy Program|Cold War International History Project)"
                      r" Digital Archive", re.I)

#: A piece starting so is about a translation or publication: it ends an archive's part.
_BOOK_START = re.compile(
    r"(?:Translated|Translation|Trans\.|Published|Originally|Reprinted|Republished|Obtained|Provided"
    r"|Contributed|Donated|Courtesy|Excerpt\w*|Cited|Quoted|Reproduced|Edited|Compiled|Copy|Digitized"
    r"|Made available|Included|Available|See|In)\b", re.I)

#: Signs of a book: an unknown "archive" whose part shows one is not taken for an archive.
_BOOK_EVIDENCE = re.compile(
    r"\b(?:Bulletin|Journal|Press|Verlag|Publish\w*|Izdatel\w*|chubanshe|ISBN|nianpu|wengao|wenji"
    r"|edited|translated)\b|\b(?:vols?|eds?|trans|pp)\.|\(\s*\d{4}\s*\)", re.I)

#: Words that make a capitalized name an archive even with no identifiers after it.
_ARCHIVE_WORD = re.compile(r"\b(?:Archiv\w*|Arhiv\w*|Arkiv\w*|Archiwum|Library|Levéltár\w*|Records? Office)\b")

#: Tokens after which ". " does not end a sentence (besides single letters and "P.N"-like).
_NO_BREAK = frozenset({
    "op", "ll", "pap", "kk", "no", "nos", "nr", "vol", "vols", "pp", "fol", "fols", "bl", "sygn",
    "sign", "coll", "ser", "fd", "dd", "kart", "st", "dr", "mr", "mrs", "ms", "jr", "sr", "gen",
    "col", "cde", "comr", "cf",
})

# --------------------------------------------------------------------------------------
# Machinery
# --------------------------------------------------------------------------------------

_QUOTES = {'"': '"', "“": "”", "„": "“”", "«": "»"}
_SEMICOLON = re.compile(";")
_COMMA = re.compile(",")
_SENTENCE = re.compile(r"\.\s+(?=[\"“„«]?[A-ZÀ-Þ])")
_LEAD_IN = re.compile(r"(?:(?:and|&)\s+|Source:\s*|[\[(]\s*|the\s+)*")
_AND = re.compile(r"\s+and\s+")
_ABBREV_COMMA = re.compile(r"[A-ZÀ-Þ][\w-]*[A-ZÀ-Þ][\w-]*\s*,")
_BARE_RANGE = re.compile(r"\d+\w*\s*[-–]\s*\d+\w*")
_BARE_NUMBER = re.compile(r"\d+\w*(?:\s*[-–]\s*\d+\w*)?")
_RANGE = re.compile(r"(\w+)(?:\s*[-–—]\s*(\w+))?")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NAME_TO_KEY = {name: key for key, names in _ALIASES.items() for name in names} | {k: k for k in ARCHIVES}
_KNOWN = re.compile(rf"(?:{_alternation(_NAME_TO_KEY)})(?![\w-])(?:\s*\([^()]{{1,80}}\))?")


def _keyword_rule(typ: str, spellings: tuple[str, ...]) -> tuple[str, re.Pattern]:
    dotted = [s for s in spellings if s.endswith(".")]
    words = [s for s in spellings if not s.endswith(".")]
    options = ([rf"(?:{_alternation(dotted)})(?:\s+|(?=\d))"] if dotted else []) + ([rf"(?:{_alternation(words)})\s+"] if words else [])
    return typ, re.compile(rf"(?:{'|'.join(options)})(?P<v>\S.*)", re.I | re.S)


@cache
def _rules(key: str | None) -> tuple[tuple[str, re.Pattern], ...]:
    """The typing rules for an archive: its own conventions first, then the general ones."""
    keywords = _ARCHIVE_KEYWORDS.get(key or "", ()) + _KEYWORDS
    return tuple(_keyword_rule(t, s) for t, s in keywords) + tuple(
        (t, re.compile(rx, re.S)) for t, rx in _SUFFIXES)


def _classify(text: str, key: str | None) -> tuple[str | None, str, bool]:
    """(type, value, by_keyword) of one piece; type None when untyped, "place" for a place."""
    for typ, rx in _rules(key):
        m = rx.fullmatch(text)
        if m:
            value = m.group("v") if "v" in rx.groupindex else text
            return typ, value.strip(), True
    if text in _PLACES:
        return "place", text, False
    return None, text, False


def _quoted(text: str, start: int) -> list[bool]:
    """Which characters lie inside a closed quotation (an unclosed quote masks nothing)."""
    mask = [False] * len(text)
    i = start
    while i < len(text):
        j = _closing(text, i)
        if j > 0:
            mask[i:j + 1] = [True] * (j + 1 - i)
            i = j
        i += 1
    return mask


def _closing(text: str, i: int) -> int:
    """Where the quotation opened at ``i`` closes, or -1."""
    found = [k for k in (text.find(c, i + 1) for c in _QUOTES.get(text[i], "")) if k > 0]
    return min(found, default=-1)


def _body_start(citation: str) -> int:
    """Where the archival references begin: after the archive marker, or a leading quoted title."""
    m = _MARKERS.search(citation)
    if m:
        return m.end()
    at = len(citation) - len(citation.lstrip())
    end = _closing(citation, at) if at < len(citation) else -1
    return end + 1 if end > 0 else 0


def _sentence_break(citation: str, seg_start: int, dot: int) -> bool:
    """Whether the ". " at ``dot`` ends a sentence, not an abbreviation ("f. 45", "P.N. Haksar")."""
    token = re.search(r"\S*$", citation[max(seg_start, dot - 40):dot]).group()
    bare = token.lstrip("([\"“")
    return not ((len(bare) <= 1 and not bare.isdigit()) or "." in bare or bare.lower() in _NO_BREAK)


@dataclass
class _Piece:
    start: int
    end: int
    after: str  # what precedes it: "start", "comma", "and", ";" or "."
    limit: int  # end of its segment


def _pieces(citation: str) -> list[_Piece]:
    """The body cut at ";", sentence ends, commas and an "and" before an archive, outside quotes."""
    start = _body_start(citation)
    mask = _quoted(citation, start)
    cuts = [(m.start(), m.end(), ";") for m in _SEMICOLON.finditer(citation, start) if not mask[m.start()]]
    seg_start = start
    for m in _SENTENCE.finditer(citation, start):
        if not mask[m.start()] and _sentence_break(citation, seg_start, m.start()):
            cuts.append((m.start(), m.end(), "."))
            seg_start = m.end()
    cuts.sort()
    pieces: list[_Piece] = []
    bounds = [(start, start, "start")] + cuts + [(len(citation), len(citation), "")]
    for (_, seg_s, kind), (seg_e, _, _) in zip(bounds, bounds[1:]):
        if seg_s >= seg_e:
            continue
        after, pos = kind, seg_s
        commas = [m.start() for m in _COMMA.finditer(citation, seg_s, seg_e) if not mask[m.start()]]
        for comma in commas + [seg_e]:
            _split_and(citation, pos, comma, after, seg_e, mask, pieces)
            after, pos = "comma", comma + 1
    return pieces


def _split_and(citation: str, s: int, e: int, after: str, limit: int, mask: list[bool], out: list[_Piece]) -> None:
    """Cut a piece at an "and" that joins two archives ("ll. 92-97 and RGASPI, ...")."""
    for m in _AND.finditer(citation, s, e):
        if not mask[m.start()] and (_KNOWN.match(citation, m.end(), limit) or _ABBREV_COMMA.match(citation, m.end(), limit)):
            _add(citation, s, m.start(), after, limit, out)
            s, after = m.end(), "and"
    _add(citation, s, e, after, limit, out)


def _add(citation: str, s: int, e: int, after: str, limit: int, out: list[_Piece]) -> None:
    s, e = _trim(citation, s, e)
    if s < e:
        if after == "comma" and re.match(r"and\s", citation[s:e]):
            after = "and"
        elif after == "comma" and not out:
            after = "start"  # "Digital Archive, XYZ": the first piece after the marker
        out.append(_Piece(s, e, after, limit))


def _trim(citation: str, s: int, e: int) -> tuple[int, int]:
    """Drop surrounding blanks, trailing dots and commas, and a bracket that closes nothing."""
    while s < e and (citation[s].isspace() or citation[s] in ":,;–-"):
        s += 1
    while s < e:
        ch = citation[e - 1]
        if ch.isspace() or ch in ".,;:" or (ch == "]" and "[" not in citation[s:e - 1]) or (
                ch == ")" and citation.count("(", s, e) < citation.count(")", s, e)):
            e -= 1
        else:
            break
    return s, e


def _unknown_kind(text: str) -> str | None:
    """How a piece could name an archive not in ARCHIVES: "abbrev", "archive", "name" or None."""
    if not text[:1].isupper() or any(c.isdigit() for c in text) or len(text) > 120 or _BOOK_EVIDENCE.search(text):
        return None
    words = text.split()
    if len(words) <= 3 and all(sum(c.isupper() for c in w) >= 2 for w in words):
        return "abbrev"
    if _ARCHIVE_WORD.search(text):
        return "archive"
    return "name" if len(words) <= 8 else None


@dataclass
class _Part:
    repository: str
    key: str | None  # ARCHIVES key, None for an archive recognized by shape
    kind: str  # "known" or an _unknown_kind
    start: int
    end: int
    items: list[tuple[int, int]] = field(default_factory=list)


def parse_citation(citation: str) -> tuple[ArchivalSource, ...]:
    """The archives named in a Wilson Center style citation, each with typed identifiers and folios."""
    if not isinstance(citation, str) or not citation.strip():
        return ()
    pieces = _pieces(citation)
    sources: list[ArchivalSource] = []
    part: _Part | None = None

    def close() -> None:
        if part is not None:
            source = _source(citation, part)
            if source is not None:
                sources.append(source)

    i = 0
    while i < len(pieces):
        p = pieces[i]
        s = _LEAD_IN.match(citation, p.start, p.end).end()
        known = _KNOWN.match(citation, s, p.limit)
        if known:
            close()
            key = _NAME_TO_KEY[re.sub(r"\s*\(.*", "", known.group(), flags=re.S)]
            part = _Part(key, key, "known", s, known.end())
            while i < len(pieces) and pieces[i].end <= known.end():
                i += 1
            if i < len(pieces) and pieces[i].start < known.end():  # identifiers after the name, no comma
                part.items.append((known.end(), pieces[i].end))
                i += 1
            continue
        text = citation[s:p.end]
        if _BOOK_START.match(text):
            close()
            part = None
        elif p.after != "comma" and (kind := _unknown_kind(text)) and not (
                part and p.after == "." and _classify(text, part.key)[2]):
            close()
            part = _Part(text, None, kind, s, p.end)
        elif part and (p.after in ("comma", "and") or (p.after == "." and _classify(text, part.key)[2])):
            part.items.append((p.start, p.end))
        else:
            close()
            part = None
        i += 1
    close()
    return tuple(sources)


def _source(citation: str, part: _Part) -> ArchivalSource | None:
    """Type a part's pieces; None when an archive recognized only by shape does not hold up."""
    identifiers: list[tuple[str, str]] = []
    by_keyword = False
    locus: list[int] | None = None  # [start, end, pieces]
    locus_value = ""
    untyped: list[int] | None = None
    last_was_locus = False

    def flush() -> None:
        nonlocal untyped
        if untyped:
            identifiers.append((_DEFAULT_TYPE.get(part.key or "", "signature"), citation[untyped[0]:untyped[1]]))
        untyped = None

    for s, e in part.items:
        s, e = _trim(citation, s, e)
        if s >= e:
            continue
        text = citation[s:e]
        typ, value, keyword = _classify(text, part.key)
        if typ is None and last_was_locus and _BARE_NUMBER.fullmatch(text):
            locus[1], locus[2] = e, locus[2] + 1  # "ll. 55, 57": more folios
            continue
        if typ is None and locus is None and (identifiers or untyped) and _BARE_RANGE.fullmatch(text):
            typ, value = "locus", text  # "PRC FMA 109-01057-01, 1-5": trailing page range
        last_was_locus = typ == "locus"
        if typ is None:
            untyped = [untyped[0] if untyped else s, e]
            continue
        flush()
        by_keyword = by_keyword or keyword
        if typ == "locus":
            if locus is None:
                locus, locus_value = [s, e, 1], value
            else:
                locus[1], locus[2] = e, locus[2] + 1
        elif typ != "place":
            identifiers.append((typ, value))
    flush()

    end = max([part.end] + [e for _, e in part.items])
    s, e = _trim(citation, part.start, end)
    raw = citation[s:e]
    if part.kind != "known":
        if _BOOK_EVIDENCE.search(raw):
            return None
        if part.kind == "abbrev" and not (by_keyword or locus):
            return None
        if part.kind == "name" and not by_keyword:
            return None
    return ArchivalSource(part.repository, tuple(identifiers), _locus(citation, locus, locus_value), raw)


def _locus(citation: str, span: list[int] | None, value: str) -> Locus | None:
    """The folios as cited; from/to only for one number or one range."""
    if span is None:
        return None
    text = citation[span[0]:span[1]]
    m = _RANGE.fullmatch(value) if span[2] == 1 else None
    if not m:
        return Locus(text)
    return Locus(text, m.group(1), m.group(2) or m.group(1))


def archive_id(repository: str) -> str:
    """A stable xml:id for a repository: known names and aliases share their archive's id."""
    name = repository.strip()
    key = _NAME_TO_KEY.get(name) or _NAME_TO_KEY.get(re.sub(r"\s*\(.*\)$", "", name)) or name
    slug = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", slug).strip("-")
    return "org-" + (slug or "x" + hashlib.sha1(name.encode()).hexdigest()[:8])
