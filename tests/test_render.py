"""HTML rendering: real saxonche, real stylesheets, exact outcomes read back with lxml.html."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from encoder.render import CSS_NAME, Renderer, RenderError

FIXTURES = Path(__file__).parent / "fixtures" / "render"
REFERENCE = FIXTURES / "reference.xml"          # the hand encoding, indented
FLAT = FIXTURES / "reference-flat.xml"          # same, body as the encoder writes it (line breaks, no indent)
TEI_NS = "http://www.tei-c.org/ns/1.0"
T = f"{{{TEI_NS}}}"


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()  # compiled once for the whole module


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("html")


def render(renderer: Renderer, tei: Path, out: Path, **kw) -> lxml.html.HtmlElement:
    renderer.render_document(tei, out, **kw)
    return lxml.html.fromstring(out.read_bytes())


@pytest.fixture(scope="module", params=[REFERENCE, FLAT], ids=["indented", "flat"])
def page(request, renderer, out_dir) -> lxml.html.HtmlElement:
    return render(renderer, request.param, out_dir / f"{request.param.stem}.html", index_href="index.html")


def text(el) -> str:
    return " ".join(el.text_content().split())


def tei_variant(tmp_path: Path, name: str, edit) -> Path:
    tree = etree.parse(str(REFERENCE))
    edit(tree.getroot())
    out = tmp_path / name
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    return out


# --- the page frame ------------------------------------------------------------------

def test_h1_is_the_main_title(page):
    (h1,) = page.xpath("//h1")
    assert text(h1) == (
        "Ciphered Telegram No. 20772, Roshchin to Comrade Filippov [Stalin], "
        "containing a Message from Mao Zedong"
    )


def test_doctype_lang_landmarks_and_css(renderer, tmp_path):
    out = tmp_path / "doc.html"
    renderer.render_document(REFERENCE, out)
    raw = out.read_text(encoding="utf-8")
    assert raw.startswith("<!DOCTYPE html>")
    page = lxml.html.fromstring(raw.encode())
    assert page.get("lang") == "en"
    assert len(page.xpath("//header")) == 1 and len(page.xpath("//main")) == 1
    assert page.xpath("//nav[@aria-label]")
    assert page.xpath("//head/link[@rel='stylesheet']/@href") == [CSS_NAME]
    assert (tmp_path / CSS_NAME).read_bytes() == (Path(__file__).parents[1] / "xslt" / CSS_NAME).read_bytes()
    # no scripts, nothing fetched from the network
    assert not page.xpath("//script | //iframe | //object | //embed | //img")
    assert not [u for u in page.xpath("//link/@href | //*/@src") if "://" in u]
    # atomic write leaves no temporary files behind
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([CSS_NAME, "doc.html"])


def test_headings_in_order_and_internal_links_resolve(page):
    levels = [int(h.tag[1]) for h in page.xpath("//h1 | //h2 | //h3 | //h4 | //h5 | //h6")]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), levels
    ids = page.xpath("//@id")
    assert len(ids) == len(set(ids)), "duplicate ids"
    for href in page.xpath("//a/@href[starts-with(., '#')]"):
        assert href[1:] in ids, href


def test_index_link_only_when_asked(page, renderer, tmp_path):
    assert page.xpath("//header//a/@href")[0] == "index.html"
    alone = render(renderer, REFERENCE, tmp_path / "alone.html")
    assert "index.html" not in alone.xpath("//a/@href")


# --- metadata panel -------------------------------------------------------------------

def test_metadata_lists_the_three_archives(page):
    sources = page.xpath("//section[@id='ed-about']//li[contains(@class, 'ed-source')]")
    got = [
        (
            text(li.xpath(".//*[contains(@class, 'ed-repository')]")[0]),
            {d.get("data-type"): text(d.xpath("dd")[0]) for d in li.xpath(".//dl/div")},
        )
        for li in sources
    ]
    assert got == [
        ("APRF", {"fond": "45", "opis": "1", "delo": "339", "locus": "ll. 55-56"}),
        ("AVPRF", {"fond": "059a", "opis": "5a", "papka": "11", "locus": "ll. 34"}),
        ("RGASPI", {"fond": "558", "opis": "11", "delo": "339", "locus": "ll. 0055-0056"}),
    ]
    # the repository links to the organization, titled with its full name
    (aprf,) = page.xpath("//li[@id='src-1']//a")
    assert aprf.get("href") == "#org-aprf"
    assert aprf.get("title") == "Archive of the President of the Russian Federation"


def test_metadata_facts(page):
    facts = {text(d.xpath("dt")[0]): text(d.xpath("dd")[0]) for d in page.xpath("//dl[contains(@class, 'ed-facts')]/div")}
    assert facts["Date"] == "13 June 1951"
    assert facts["Kind"] == "Telegram"
    assert facts["Languages"] == "English (translation); Russian (original language)"
    assert facts["Summary"].startswith("Response to Stalin's telegram from the same day.")
    assert facts["Citation"].endswith("RGASPI, f. 558, op. 11, d. 339, ll. 0055-0056.")


def test_transmission_chain(page):
    tables = page.xpath("//table[contains(@class, 'ed-chain')]")
    assert len(tables) == 2
    first, second = tables

    def steps(table):
        return [
            (text(tr.xpath("th")[0]), text(tr.xpath("td[@class='ed-who']")[0]),
             text(tr.xpath("td[@class='ed-where']")[0]), text(tr.xpath("td[@class='ed-when']")[0]))
            for tr in table.xpath("tbody/tr")
        ]

    assert steps(second) == [
        ("Sent", "Mao Zedong", "Beijing", "13 June 1951"),
        ("Transmitted", "Roshchin", "", "13.6.51 at 22:00 Beijing time"),
        ("Received", "Filippov [Stalin]", "", ""),
    ]
    assert steps(first)[0] == ("Sent", "Roshchin", "Beijing", "13 June 1951")
    # each message links to the part of the text that holds it
    assert first.xpath("caption/a/@href") == ["#telegram-20772"]
    assert second.xpath("caption/a/@href") == ["#msg-mao"]
    assert page.xpath("//blockquote/@id") == ["msg-mao"]
    assert "In reply to: telegram No. 2967 (vkh. No. 20757)" in [text(p) for p in page.xpath("//p[@class='ed-context']")]


# --- the text ---------------------------------------------------------------------------

def test_structure(page):
    (div,) = page.xpath("//section[@id='ed-text']//section[@id='telegram-20772']")
    assert text(div.xpath("h3")[0]) == "CIPHERED TELEGRAM No. 20772"
    assert [text(p) for p in div.xpath("div[contains(@class, 'tei-opener')]/p[contains(@class, 'tei-dateline')]")] == [
        "From BEIJING", "Received 19:55 13.June.1951"]
    notes = div.xpath(".//*[contains(@class, 'ed-discreet')]")
    assert [n.get("class").split()[1] for n in notes] == ["tei-note-distribution", "tei-note-classification"]
    assert text(notes[0]) == "Distribution Copies: Stalin (2)"
    closer = div.xpath("div[contains(@class, 'tei-closer')]")[0]
    assert [text(p) for p in closer.xpath("p")] == ["ROSHCHIN", "No. 2974", "13.6.51"]


def test_salute_name_links_to_names_list(page):
    (salute,) = page.xpath("//section[@id='telegram-20772']/div[contains(@class, 'tei-opener')]/p[contains(@class, 'tei-salute')]")
    assert text(salute) == "To Comrade FILIPPOV [Stalin]"
    (name,) = salute.xpath("a")
    assert text(name) == "FILIPPOV"
    assert name.get("title") == "Joseph Stalin"
    assert name.get("href") == "#pers-stalin"
    assert "ed-person" in name.get("class").split()
    (entry,) = page.xpath("//section[@id='ed-names']//li[@id='pers-stalin']")
    assert text(entry) == "Joseph Stalin (pseudonym: Filippov) Wikidata Q855 · 3 mentions"
    assert entry.xpath(".//a/@href") == ["https://www.wikidata.org/wiki/Q855"]
    (beijing,) = page.xpath("//li[@id='place-beijing']//a/@href")
    assert beijing == "https://www.geonames.org/1816670"


def test_entity_kinds(page):
    kinds = {a.get("href"): a.get("class").split()[-1] for a in page.xpath("//article//a[contains(@class, 'ed-name')]")}
    assert kinds["#pers-mao"] == "ed-person"
    assert kinds["#place-beijing"] == "ed-place"
    assert kinds["#org-general-staff"] == "ed-org"


def test_dates_show_normalized_value_on_hover(page):
    (d,) = page.xpath("//article//time[@title='1951-06-13T22:00:00+08:00']")
    assert text(d) == "13.6.51 at 22:00 Beijing time"
    assert d.get("datetime") == "1951-06-13T22:00:00+08:00"
    assert [t.get("title") for t in page.xpath("//blockquote//time")][:2] == ["1951-06-13", "1951-06-13"]


def test_supplied_in_brackets_explained(page):
    supplied = page.xpath("//article//span[contains(@class, 'tei-supplied')]")
    assert [text(s) for s in supplied] == ["[Stalin]", "[telegram]"]
    assert supplied[0].get("title") == "Identification supplied by the editor"


def test_floating_text_is_a_quoted_block(page):
    (bq,) = page.xpath("//article//blockquote")
    assert "tei-floatingText" in bq.get("class")
    assert text(bq.xpath("div[contains(@class, 'tei-opener')]")[0]) == '"To Comrade FILIPPOV.'
    assert text(bq.xpath("div[contains(@class, 'tei-closer')]/p[contains(@class, 'tei-signed')]")[0]) == "MAO ZEDONG"
    assert "Comrade PENG DEHUI very much needs Soviet advisers" in text(bq)
    # the relayed telegram is inside the outer telegram, between its paragraphs and closer
    assert bq.getparent().get("id") == "telegram-20772"


def test_gap_and_editorial_note(renderer, tmp_path):
    def edit(root):
        p = root.find(f".//{T}floatingText//{T}p")
        for child in list(p):
            p.remove(child)
        p.text = "I received "
        gap = etree.SubElement(p, f"{T}gap", reason="illegible")
        etree.SubElement(gap, f"{T}desc").text = "illegible signature"
        gap.tail = " and "
        etree.SubElement(p, f"{T}gap", reason="omitted").tail = " then "
        note = etree.SubElement(p, f"{T}note", type="editorial")
        note.text = "Ed. note: handwritten"
        note.tail = "."

    page = render(renderer, tei_variant(tmp_path, "gap.xml", edit), tmp_path / "gap.html")
    p = page.xpath("//blockquote/p[contains(@class, 'tei-p')]")[0]
    assert text(p).startswith("I received [illegible signature] and […] then [Ed. note: handwritten].")
    gaps = p.xpath("span[contains(@class, 'tei-gap')]")
    assert [g.get("title") for g in gaps] == ["Illegible in the original", "Passage omitted by the editor"]
    assert p.xpath("span[contains(@class, 'tei-note')]/@title") == ["Editor’s note"]


def test_unknown_name_is_marked_without_link(renderer, tmp_path):
    def edit(root):
        p = root.find(f".//{T}body//{T}p")
        name = etree.SubElement(p, f"{T}persName")
        name.text = "KOVALEV"
        bad = etree.SubElement(p, f"{T}placeName", ref="#nowhere")
        bad.text = "ATLANTIS"

    page = render(renderer, tei_variant(tmp_path, "unknown.xml", edit), tmp_path / "unknown.html")
    (kov,) = page.xpath("//span[contains(@class, 'ed-unidentified')][.='KOVALEV']")
    assert kov.get("title") == "Person (not identified)"
    (atl,) = page.xpath("//span[contains(@class, 'ed-unidentified')][.='ATLANTIS']")
    assert atl.get("title") == "Place (not identified)"


# --- safety -----------------------------------------------------------------------------

def test_markup_in_transcription_stays_text(renderer, tmp_path):
    evil = "<script>alert(1)</script>"

    def edit(root):
        root.find(f".//{T}titleStmt/{T}title").text = f"Title {evil}"
        p = root.find(f".//{T}body//{T}p")
        for child in list(p):
            p.remove(child)
        p.text = f"Before {evil} after "
        ref = etree.SubElement(p, f"{T}ref", target="javascript:alert(1)")
        ref.text = "click"
        name = etree.SubElement(p, f"{T}persName", ref='#x" onmouseover="alert(1)')
        name.text = '"><img src=x onerror=alert(1)>'

    tei = tei_variant(tmp_path, "evil.xml", edit)
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in tei.read_bytes()
    out = tmp_path / "evil.html"
    renderer.render_document(tei, out)
    page = lxml.html.fromstring(out.read_bytes())
    assert not page.xpath("//script | //img")
    assert not page.xpath("//@*[starts-with(name(), 'on')]")
    assert not [h for h in page.xpath("//@href") if h.lower().startswith("javascript")]
    assert text(page.xpath("//h1")[0]) == f"Title {evil}"
    assert f"Before {evil} after click" in text(page.xpath("//article//p[contains(@class, 'tei-p')]")[0])
    assert "&lt;script&gt;" in out.read_text(encoding="utf-8")


# --- errors -----------------------------------------------------------------------------

def test_malformed_tei_raises_render_error(renderer, tmp_path, capfd):
    bad = tmp_path / "bad.xml"
    bad.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>unclosed</body></text></TEI>')
    out = tmp_path / "bad.html"
    with pytest.raises(RenderError) as info:
        renderer.render_document(bad, out)
    assert info.value.path == bad
    assert str(info.value).startswith(f"{bad}: ")
    assert info.value.message == (
        'Error on line 1 column 67 of bad.xml: SXXP0003 Error reported by XML parser: '
        'The element type "p" must be terminated by the matching end-tag "</p>".')
    assert not out.exists() and list(tmp_path.iterdir()) == [bad]
    assert capfd.readouterr().err == ""  # Saxon's own report went into the exception
    # the renderer is still usable afterwards
    assert render(renderer, REFERENCE, tmp_path / "ok.html").xpath("//h1")


def test_missing_file_raises_render_error(renderer, tmp_path):
    with pytest.raises(RenderError, match="no such file"):
        renderer.render_document(tmp_path / "nope.xml", tmp_path / "nope.html")


def test_not_tei_raises_render_error(renderer, tmp_path):
    other = tmp_path / "other.xml"
    other.write_text("<root><p>not TEI</p></root>")
    with pytest.raises(RenderError) as info:
        renderer.render_document(other, tmp_path / "other.html")
    assert info.value.path == other


def test_brackets_follow_the_round_trip_table_and_footnotes_link(renderer, tmp_path):
    """Brackets appear exactly where encoder.text puts them back (encoder.tei.BRACKETED)."""

    def edit(root):
        div = root.find(f".//{T}body/{T}div")
        p = root.find(f".//{T}body//{T}p")
        for child in list(p):
            p.remove(child)
        p.text = "See "
        anchor = etree.SubElement(p, f"{T}ref", type="noteAnchor")
        anchor.text = "1"
        anchor.tail = " and "
        tr = etree.SubElement(p, f"{T}note", type="transliteration")
        foreign = etree.SubElement(tr, f"{T}foreign")
        foreign.set("{http://www.w3.org/XML/1998/namespace}lang", "ru-Latn")
        foreign.text = "pristupit"
        tr.tail = "."
        number = etree.SubElement(root.find(f".//{T}body//{T}opener"), f"{T}note", type="number")
        number.text = "Copy No. 12"
        fn = etree.SubElement(div, f"{T}note", type="footnote")
        fp = etree.SubElement(fn, f"{T}p")
        back = etree.SubElement(fp, f"{T}ref", type="noteAnchor")
        back.text = "1"
        back.tail = " A footnote."

    page = render(renderer, tei_variant(tmp_path, "fn.xml", edit), tmp_path / "fn.html")
    p = page.xpath("//section[@id='telegram-20772']/p[contains(@class, 'tei-p')]")[0]
    assert text(p) == "See [1] and [pristupit]."
    assert p.xpath(".//i/@lang") == ["ru-Latn"]
    (anchor,) = p.xpath("a[contains(@class, 'tei-ref-noteanchor')]")
    (footnote,) = page.xpath("//div[contains(@class, 'ed-footnote')]")
    assert anchor.get("href") == "#" + footnote.get("id")
    assert footnote.xpath(".//a/@href") == ["#" + anchor.get("id")]
    assert text(footnote) == "[1] A footnote."
    (number,) = page.xpath("//p[contains(@class, 'tei-note-number')]")
    assert text(number) == "Number Copy No. 12"  # document furniture: no brackets
