"""Reading transcriptions: the Wilson Center export, bare text with a sidecar, bad input."""

import json

import pytest

from conftest import EDITIONS, FIXTURES, SEED
from encoder.source import SourceError, read_source

BAD = FIXTURES / "bad"


def test_seed_metadata_is_read_exactly():
    source, warnings = read_source(SEED)
    meta = source.metadata
    assert warnings == []
    assert source.format == "wcda"
    assert meta.date == "June 13, 1951"
    assert meta.title == (
        "Ciphered Telegram No. 20772, Roshchin to Comrade Filippov [Stalin], containing a Message from Mao Zedong"
    )
    assert meta.citation.startswith('"Ciphered Telegram No. 20772, Roshchin to Comrade Filippov [Stalin]')
    assert meta.citation.endswith("RGASPI, f. 558, op. 11, d. 339, ll. 0055-0056.")
    assert meta.url == "https://wilson-center-digital-archive.dvincitest.com/document/112109"
    assert meta.summary.startswith("Response to Stalin's telegram from the same day.")
    assert meta.original_language == "Russian"
    assert meta.contents == ("Translation - English",)
    assert meta.extra == ()
    assert source.text.startswith("SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY\n\nCIPHERED")
    assert source.text.endswith("No. 2974\n\n13.6.51\n\n")
    assert source.trailer == "###"
    assert source.text_line == 27
    assert source.line_of(0) == 27


def test_fields_without_blank_lines_and_a_title_over_two_lines():
    source, _ = read_source(EDITIONS / "wcda" / "wcda-111843.txt")
    meta = source.metadata
    assert meta.date == "January 07, 1950"
    assert meta.title == (
        "Ciphered Telegram, Shtykov to Vyshinsky [Foreign Minister], containing a Message from Kim Il Sung"
    )
    assert meta.contents == ("Translation - English",)
    assert source.text.startswith("Strictly secret\n\nCIPHERED TELEGRAM")
    assert source.trailer == "###\n"


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_unmapped_fields_are_kept_in_order(tmp_path):
    path = write(tmp_path, "doc.txt", (
        "**November 1967**\n\n**Report on Something**\n\n**Author(s):**\n\nHungarian Embassy in Pyongyang\n\n"
        "**Record ID:**\n\n123456\n\n**Summary:**\n\nA summary.\n\n**Contents:**\n\nOriginal Scan\n\nTranslation - English\n\n"
        "The text itself.\n"
    ))
    source, _ = read_source(path)
    assert source.metadata.date == "November 1967"
    assert source.metadata.extra == (("Author(s)", "Hungarian Embassy in Pyongyang"), ("Record ID", "123456"))
    assert source.metadata.contents == ("Original Scan", "Translation - English")
    assert source.text == "The text itself.\n"
    assert dict(source.metadata.lines)["Record ID"] == 9


def test_a_transcription_that_begins_like_a_contents_item_stays_in_the_body(tmp_path):
    path = write(tmp_path, "doc.txt", (
        "**October 29, 1962**\n\n**Telegram**\n\n**Contents:**\n\nTranslation - English\n\n"
        "TRANSLATION OF CODED TELEGRAM\nPROCEDURAL COPY\nThe text.\n"
    ))
    source, _ = read_source(path)
    assert source.metadata.contents == ("Translation - English",)
    assert source.text == "TRANSLATION OF CODED TELEGRAM\nPROCEDURAL COPY\nThe text.\n"


def test_last_field_other_than_contents_ends_at_its_paragraph(tmp_path):
    path = write(tmp_path, "doc.txt", "**[1980]**\n\n**A Title**\n\n**Summary:**\n\nShort summary.\n\nFirst line of text.\n\nSecond.\n")
    source, _ = read_source(path)
    assert source.metadata.date == "[1980]"
    assert source.metadata.summary == "Short summary."
    assert source.text == "First line of text.\n\nSecond.\n"


def test_bare_transcription_takes_title_from_first_line(tmp_path):
    path = write(tmp_path, "frus.txt", "The Ambassador in India (Henderson) to the Secretary of State\n\nNew Delhi, June 3, 1951—4 p.m.\n\nText.\n")
    source, _ = read_source(path)
    assert source.format == "bare"
    assert source.metadata.title == "The Ambassador in India (Henderson) to the Secretary of State"
    assert source.text.startswith("The Ambassador in India")


def test_bare_transcription_with_sidecar(tmp_path):
    path = write(tmp_path, "doc.txt", "Some title\n\nText.\n")
    (tmp_path / "doc.meta.json").write_text(json.dumps({
        "title": "Sidecar title", "date": "May 5, 1955", "contents": ["Transcript - English"], "drafter": "A.J. Goodpaster",
    }), encoding="utf-8")
    source, _ = read_source(path)
    assert source.metadata.title == "Sidecar title"
    assert source.metadata.date == "May 5, 1955"
    assert source.metadata.contents == ("Transcript - English",)
    assert source.metadata.extra == (("drafter", "A.J. Goodpaster"),)


def test_broken_sidecar_names_file_line_and_column(tmp_path):
    path = write(tmp_path, "doc.txt", "Title\n\nText.\n")
    (tmp_path / "doc.meta.json").write_text('{\n  "title": "x",\n  "date": \n}', encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        read_source(path)
    assert str(caught.value) == f"{tmp_path / 'doc.meta.json'}:4:1: sidecar is not valid JSON: Expecting value"


@pytest.mark.parametrize("name, line, column, message", [
    ("empty.txt", 1, 1, "empty file: there is no transcription to encode"),
    ("whitespace-only.txt", 1, 1, "empty file: there is no transcription to encode"),
    ("binary.txt", 3, 1, "binary file (NUL byte at byte 8): not a plain-text transcription"),
    ("broken-metadata.txt", 3, 1, "bold line is not closed with '**' (a broken date or title line)"),
    ("control-chars.txt", 5, 24, "character U+000B is not allowed in XML; remove or replace it"),
])
def test_bad_input_is_refused_with_file_line_and_reason(name, line, column, message):
    with pytest.raises(SourceError) as caught:
        read_source(BAD / name)
    assert str(caught.value) == f"{BAD / name}:{line}:{column}: {message}"
    assert caught.value.problem.line == line


@pytest.mark.parametrize("name, encoding, word", [
    ("cp1251.txt", "CP1251", "Шифртелеграмма"),
    ("latin1.txt", "LATIN-1", "Café"),
])
def test_legacy_encodings_are_recognized_with_a_warning(name, encoding, word):
    source, warnings = read_source(BAD / name)
    assert word in source.metadata.title
    assert len(warnings) == 1
    assert warnings[0].severity == "warning"
    assert warnings[0].message.endswith(f"read as {encoding}")


def test_undecodable_bytes_are_refused(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"**June 13, 1951**\n\n\x81\x8d\x8f\x90\x98 text\n")
    with pytest.raises(SourceError) as caught:
        read_source(path)
    assert "not UTF-8 and not recognizably Windows-1251 or Latin-1" in str(caught.value)
    assert str(caught.value).startswith(f"{path}:3:1: ")


@pytest.mark.parametrize("name", ["utf8-bom.txt", "crlf.txt", "utf16.txt"])
def test_bom_crlf_and_utf16_read_like_plain_utf8(name):
    source, warnings = read_source(BAD / name)
    assert warnings == []
    assert source.metadata.date == "June 13, 1951"
    assert "\r" not in source.text and "\ufeff" not in source.text


def test_explicit_encoding_overrides_detection():
    source, warnings = read_source(BAD / "cp1251.txt", encoding="cp1251")
    assert warnings == []
    assert "Шифртелеграмма" in source.metadata.title


def test_missing_file_is_a_source_error(tmp_path):
    with pytest.raises(SourceError) as caught:
        read_source(tmp_path / "nope.txt")
    assert "cannot read file" in str(caught.value)
