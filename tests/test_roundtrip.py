"""Nothing is lost: the transcription comes back from its TEI, character for character."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest import EXAMPLES, SHARED
from encoder.model import Metadata, Source
from encoder.names.registry import Registry
from encoder.pipeline import encode_file, encode_source
from encoder.source import read_source
from encoder.tei import serialize
from encoder.text import transcription_of

FRUS = sorted(SHARED.glob("eval/frus/*/d*.txt")) if SHARED.exists() else []


def round_trip(tree) -> str:
    """Serialize, parse again (as a reader of the file would), and reproduce the text."""
    return transcription_of(etree.fromstring(serialize(tree)))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_round_trips_exactly(path, registry):
    source, _ = read_source(path)
    encoded = encode_file(path, registry)
    assert round_trip(encoded.tree) == source.text


def test_frus_texts_round_trip_exactly(registry):
    if not FRUS:
        pytest.skip("../shared/eval/frus is not available")
    failures = []
    for path in FRUS:
        source, _ = read_source(path)
        if round_trip(encode_file(path, registry).tree) != source.text:
            failures.append(path.name)
    assert failures == []


# Lines that look like what transcriptions hold, so the generator reaches the structure
# rules (headers, quotes, signatures, footnotes, lists, brackets) and not only plain prose.
PIECES = [
    "CIPHERED TELEGRAM No. 20772", "Copies: Stalin (2)", "From BEIJING", "Received 19:55 13.June.1951",
    'Series "G" T', "To Comrade FILIPPOV [Stalin]", '"To Comrade FILIPPOV.', "MAO ZEDONG", '13.6.51"',
    "ROSHCHIN", "No. 2974", "13.6.51", "[...]", "[[illegible signature]]", "Sadov[in]", "[1] A footnote.",
    "Translator's Notes", "(1) a note", "a) first", "• bullet", "Dear Comrade Ulbricht,", "(A. Gromyko)",
    "x < y & z > w", "<script>alert(1)</script>", "]]>", "&amp;", "“quoted”", "«ёлки»", "[unclosed",
    "closing]", "S H T Y K O V", "SUBJECT", "Washington, May 5, 1955.", "31.2.51", "Moscow time 22:00",
]
XML_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r\ufffe\uffff",
                          max_codepoint=0x2FFF).filter(lambda c: c in "\t\n" or ord(c) >= 0x20)
LINE = st.one_of(st.sampled_from(PIECES), st.text(XML_CHARS, max_size=60))
TEXTS = st.lists(st.tuples(LINE, st.sampled_from(["\n", "\n\n", "\n\n\n", " \n"])), min_size=1, max_size=25).map(
    lambda parts: "".join(line + sep for line, sep in parts)
).filter(lambda text: text.strip() != "")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_transcription_round_trips(text):
    source = Source("generated.txt", text, Metadata(title="Generated", date="June 13, 1951"), "wcda")
    encoded = encode_source(source, Registry(), today="2026-11-26")
    assert round_trip(encoded.tree) == text
