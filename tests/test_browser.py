"""The site in a real browser: Debian's chromium, driven by Playwright for Python.

Each view is loaded from disk (file://) and from a static server (Python's http.server on
127.0.0.1, started and stopped here): no console error, no failed request, every internal
link answers, a name opens its register entry, the filters and the search work, and the
keyboard reaches the content. Screenshots of every view go to test-output/screenshots/
for a person to look at.

Skipped, with the reason, where chromium or the playwright package is missing (a user's
machine): ``apt-get install chromium`` and ``pip install playwright`` (no ``playwright
install``: the system's chromium is used).
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import pytest

from encoder.site import SITE_PAGES, build_site
from test_site import EVIL, make_edition

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "test-output" / "screenshots"
CHROMIUM = os.environ.get("ENCODER_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

pytestmark = [
    pytest.mark.skipif(sync_playwright is None, reason="the playwright package is not installed: pip install playwright"),
    pytest.mark.skipif(not (Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)),
                       reason=f"no chromium at {CHROMIUM}: apt-get install chromium (or set ENCODER_CHROMIUM)"),
]


# --- the site, the server, the browser ------------------------------------------------------

@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    from encoder.build import discover, encode_to, registry_files
    from encoder.names.registry import load_registry

    base = tmp_path_factory.mktemp("browser")
    tei = make_edition(base / "fixture")  # registry entries, coordinates, markup in the text
    editions = ROOT / "editions"
    outcomes = encode_to(discover([editions]), base / "tei", load_registry(registry_files(editions)))
    real = [o.output for o in outcomes if o.status != "failed" and o.output.stem not in {p.stem for p in tei}]
    report = build_site(tei + real, base / "site", title="Korean War telegrams")
    assert report.failed == []
    return base / "site"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def server(site):
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(params=["file", "http"])
def base_url(request, site) -> str:
    if request.param == "file":
        return site.as_uri() + "/"
    return request.getfixturevalue("server")


class Page:
    """A browser tab that records console errors, page errors and failed requests."""

    def __init__(self, browser, width=1100, height=900):
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text}")
                     if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"request failed: {r.url}"))
        self.page.on("response", lambda r: self.problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)

    def goto(self, url: str):
        self.page.goto(url, wait_until="load")
        return self.page

    def close(self):
        self.context.close()


@pytest.fixture
def tab(browser):
    t = Page(browser)
    yield t
    t.close()


VIEWS = [*SITE_PAGES, "html/letter-1950.html", "diplomatic/letter-1950.html", "html/wcda-112109.html",
         "diplomatic/wcda-112109.html"]


# --- every view ----------------------------------------------------------------------------------

@pytest.mark.parametrize("view", VIEWS)
def test_view_loads_without_console_errors(tab, base_url, view):
    page = tab.goto(base_url + view)
    assert page.locator("h1").count() == 1
    assert page.locator("main").count() == 1
    assert page.locator("nav.ed-site-nav a[href$='index.html']").first.is_visible()
    # the stylesheet applied (the navigation bar's colour comes from edition.css)
    assert page.eval_on_selector("nav.ed-site-nav", "e => getComputedStyle(e).backgroundColor") == "rgb(35, 48, 61)"
    page.wait_for_timeout(50)
    assert tab.problems == []


def test_screenshots_of_each_view(browser, site):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shots = []
    for width, suffix in ((1100, ""), (390, "-narrow")):
        t = Page(browser, width=width, height=900)
        try:
            for view in VIEWS:
                page = t.goto(site.as_uri() + "/" + view)
                if view == "search.html":
                    page.fill("#ed-q", "armistice")
                    page.press("#ed-q", "Enter")
                    page.wait_for_selector("#ed-results li")
                name = view.replace("/", "-").removesuffix(".html") + suffix + ".png"
                page.screenshot(path=str(SCREENSHOTS / name), full_page=True)
                shots.append(name)
        finally:
            t.close()
    for name in shots:
        data = (SCREENSHOTS / name).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000, name


# --- links -------------------------------------------------------------------------------------

def test_every_internal_link_resolves_over_http(tab, server, site):
    """Every link of every page, as the browser resolves it, answers 200 and its #fragment exists."""
    page = tab.page
    pages = [server + str(p.relative_to(site)) for p in sorted(site.rglob("*.html"))]
    links: set[str] = set()
    for url in pages:
        tab.goto(url)
        links.update(page.eval_on_selector_all("a[href], link[href], script[src]",
                                               "els => els.map(e => new URL(e.getAttribute('href') || e.getAttribute('src'), document.baseURI).href)"))
    internal = sorted(u for u in links if u.startswith(server))
    external = sorted(u for u in links if not u.startswith(server) and not u.startswith("data:"))
    assert all(urlsplit(u).scheme == "https" for u in external), external[:5]
    ids: dict[str, set[str]] = {}
    for url in internal:
        target, fragment = urldefrag(url)
        if target not in ids:
            response = page.request.get(target)
            assert response.status == 200, url
            if target.endswith(".html"):
                tab.goto(target)
                ids[target] = set(page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
            else:
                ids[target] = set()
        if fragment:
            from urllib.parse import unquote

            assert unquote(fragment) in ids[target], url
    assert len(internal) > 300
    assert tab.problems == []


def test_entity_link_opens_its_register_entry(tab, base_url):
    page = tab.goto(base_url + "html/wcda-112109.html")
    name = page.locator("section#telegram-20772 > .tei-opener .tei-salute a.ed-person")
    assert name.inner_text() == "FILIPPOV"
    assert name.get_attribute("title") == "Joseph Stalin"
    with page.expect_navigation():
        name.click()
    assert page.url == base_url + "persons.html#pers-stalin"
    target = page.locator("article:target")
    assert target.get_attribute("id") == "pers-stalin"
    assert target.locator("h3").inner_text() == "Joseph Stalin"
    assert target.is_visible() and target.bounding_box()["y"] < 900  # scrolled into view
    assert target.locator("a.ed-authority").get_attribute("href") == "https://www.wikidata.org/wiki/Q855"
    # and an occurrence leads back to the name in the text
    with page.expect_navigation():
        target.locator("li:has(> a[href='html/wcda-112109.html']) a.ed-occ").last.click()
    assert page.url.startswith(base_url + "html/wcda-112109.html#ed-m-")
    assert page.locator(":target").inner_text() == "FILIPPOV"
    assert tab.problems == []


# --- scripts: search and filters ----------------------------------------------------------------

def test_search_finds_a_word_and_lists_its_document(tab, base_url):
    page = tab.goto(base_url + "search.html")
    page.fill("#ed-q", "Gallimaufry")
    page.press("#ed-q", "Enter")
    results = page.locator("#ed-results li")
    results.first.wait_for()
    assert page.locator("#ed-search-status").inner_text() == "1 document contains \u201Cgallimaufry\u201D."
    assert results.count() == 1
    link = results.locator("a")
    assert link.inner_text() == f"Letter, Stalin to Mao {EVIL}"  # shown as text
    assert link.get_attribute("href") == "html/letter-1950.html"
    assert results.locator(".ed-doc-meta").inner_text() == "1 October 1950 \u00B7 Letter"
    assert page.locator("#ed-results script").count() == 0
    with page.expect_navigation():
        link.click()
    assert page.url == base_url + "html/letter-1950.html"
    assert tab.problems == []


def test_search_prefix_several_words_and_nothing_found(tab, base_url):
    page = tab.goto(base_url + "search.html?q=armist+filippov")
    page.locator("#ed-results li").first.wait_for()
    assert page.input_value("#ed-q") == "armist filippov"
    hrefs = page.eval_on_selector_all("#ed-results a", "els => els.map(e => e.getAttribute('href'))")
    assert "html/letter-1950.html" in hrefs and "html/wcda-112109.html" in hrefs
    page.fill("#ed-q", "zzzunknownword")
    page.press("#ed-q", "Enter")
    page.wait_for_function("document.querySelector('#ed-search-status').textContent.startsWith('No document')")
    assert page.locator("#ed-results li").count() == 0
    assert tab.problems == []


def test_index_filters_by_place_person_and_year(tab, base_url):
    page = tab.goto(base_url + "index.html")
    total = page.locator("#ed-document-list > li").count()
    assert page.locator("#ed-filter").is_visible()
    assert page.locator("#ed-filter-count").inner_text() == f"Showing all {total} documents."
    shown = "#ed-document-list > li:visible h3 a"
    # a name only the fixture letter has
    page.select_option("#ed-filter-person", "u-person-zybkov")
    assert page.locator(shown).all_inner_texts() == [f"Letter, Stalin to Mao {EVIL}"]
    assert page.locator("#ed-filter-count").inner_text() == f"Showing 1 of {total} documents."
    # a place: exactly the documents whose data says so
    page.select_option("#ed-filter-person", "")
    page.select_option("#ed-filter-place", "place-moscow")
    expected = page.eval_on_selector_all(
        "#ed-document-list > li", "els => els.filter(e => e.dataset.place.split(' ').includes('place-moscow'))"
        ".map(e => e.querySelector('h3 a').textContent)")
    assert 1 < len(expected) < total
    assert page.locator(shown).all_inner_texts() == expected
    assert page.locator("#ed-filter-count").inner_text() == f"Showing {len(expected)} of {total} documents."
    # year and person together
    page.select_option("#ed-filter-place", "")
    page.select_option("#ed-filter-year", "1951")
    page.select_option("#ed-filter-person", "pers-stalin")
    rows = page.eval_on_selector_all("#ed-document-list > li:not([hidden])",
                                     "els => els.map(e => [e.dataset.year, e.dataset.person.split(' ').includes('pers-stalin')])")
    assert rows and all(r == ["1951", True] for r in rows)
    assert ("Ciphered Telegram No. 20772, Roshchin to Comrade Filippov [Stalin], containing a Message from Mao Zedong"
            in page.locator(shown).all_inner_texts())
    page.click("#ed-filter button[type=reset]")
    page.wait_for_function(f"document.querySelectorAll('#ed-document-list > li:not([hidden])').length === {total}")
    assert tab.problems == []


def test_index_filter_from_the_url(tab, base_url):
    page = tab.goto(base_url + "index.html?person=u-person-zybkov")
    assert page.input_value("#ed-filter-person") == "u-person-zybkov"
    assert page.locator("#ed-document-list > li:visible h3 a").all_inner_texts() == [f"Letter, Stalin to Mao {EVIL}"]


# --- keyboard and landmarks -----------------------------------------------------------------------

@pytest.mark.parametrize("view", ["index.html", "html/wcda-112109.html", "persons.html", "search.html"])
def test_keyboard_skip_link_and_focus_visible(tab, site, view):
    page = tab.goto(site.as_uri() + "/" + view)
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.className, document.activeElement.getAttribute('href')]")
    assert focused[0] == "ed-skip"
    # the skip link is on screen when focused, and has an outline
    box = page.locator(".ed-skip").bounding_box()
    assert box["y"] >= 0
    assert page.eval_on_selector(".ed-skip", "e => getComputedStyle(e).outlineStyle") != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("() => location.hash") == focused[1]
    landmarks = page.evaluate("() => ['header', 'main', 'nav', 'footer'].map(t => document.querySelectorAll(t).length)")
    assert landmarks[1] == 1 and landmarks[0] >= 1 and landmarks[2] >= 1


def test_map_point_is_a_keyboard_link_to_the_register(tab, site):
    page = tab.goto(site.as_uri() + "/map.html")
    point = page.locator("a.ed-map-place[href='places.html#place-moscow']")
    assert point.get_attribute("aria-label").startswith("Moscow: ")
    point.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("places.html#place-moscow")
    assert page.locator("article:target h3").inner_text() == "Moscow"


def test_explanations_in_titles_are_reachable_by_keyboard(tab, site):
    """A date's normalized value and a bracket's meaning show while the element has focus."""
    page = tab.goto(site.as_uri() + "/html/wcda-112109.html")
    date = page.locator("main time[title][tabindex='0']").first
    title = date.get_attribute("title")
    assert title
    assert page.evaluate("e => getComputedStyle(e, '::after').content", date.element_handle()) == "none"
    date.focus()
    assert page.evaluate("() => document.activeElement.tagName") == "TIME"
    assert page.evaluate("e => getComputedStyle(e, '::after').content", date.element_handle()) == f'"{title}"'
    # tabbing walks through them in reading order
    explained = page.locator("main [title][tabindex='0']")
    assert explained.count() >= 3
