"""The command line, driven through click's CliRunner: exit codes, messages, files written."""

import shutil

import pytest
from click.testing import CliRunner

from conftest import EDITIONS, FIXTURES, SEED
from encoder.cli import main
from encoder.files import MANIFEST_NAME
from encoder.source import read_source

BAD = FIXTURES / "bad"


@pytest.fixture
def runner():
    return CliRunner()


def test_help_explains_every_command(runner):
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "encode", "render", "text", "validate"):
        assert f"  {command}" in result.output
    result = runner.invoke(main, ["encode", "--help"])
    assert "NAME.meta.json" in result.output and "--registry" in result.output and "--force" in result.output


def test_encode_then_text_reproduces_the_transcription(runner, tmp_path):
    result = runner.invoke(main, ["encode", str(SEED), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "wcda-112109.xml"
    assert out.exists()
    assert (tmp_path / "review.txt").exists() and (tmp_path / "review.json").exists()
    result = runner.invoke(main, ["text", str(out)])
    assert result.exit_code == 0
    assert result.output == read_source(SEED)[0].text


def test_encode_a_folder_writes_one_file_per_transcription(runner, tmp_path):
    result = runner.invoke(main, ["encode", str(EDITIONS / "bare"), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.glob("*.xml")) == [
        "memcon-1955-05-05-washington.xml", "telegram-1951-06-03-pusan.xml", "telegram-1951-06-13-moscow.xml",
    ]


def test_one_bad_file_does_not_stop_the_others(runner, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED, inputs / "good.txt")
    shutil.copy(BAD / "binary.txt", inputs / "binary.txt")
    shutil.copy(BAD / "impossible-date.txt", inputs / "impossible.txt")
    out = tmp_path / "out"
    result = runner.invoke(main, ["encode", str(inputs), "-o", str(out)])
    assert result.exit_code == 1
    assert f"{inputs / 'binary.txt'}:3:1: [input] binary file (NUL byte at byte 8): not a plain-text transcription" in result.output
    assert (f"{inputs / 'impossible.txt'}:3:1: [input] impossible date in the metadata: 'February 31, 1951': "
            "February has no day 31 (February 1951 has 28 days)") in result.output
    assert "Traceback" not in result.output
    # no partial or half-written output for the bad ones, the good one written
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["good.xml", "review.json", "review.txt"]
    assert not list(out.glob("*.tmp")) and not list(out.glob(".*.tmp"))


def test_hand_edited_file_is_kept_unless_forced(runner, tmp_path):
    assert runner.invoke(main, ["encode", str(SEED), "-o", str(tmp_path)]).exit_code == 0
    out = tmp_path / "wcda-112109.xml"
    edited = out.read_text(encoding="utf-8").replace("ROSHCHIN", "ROSHCHIN ", 1)
    out.write_text(edited, encoding="utf-8")
    result = runner.invoke(main, ["encode", str(SEED), "-o", str(tmp_path)])
    assert result.exit_code == 0
    assert "changed by hand since it was generated: kept as it is" in result.output
    assert "--force" in result.output
    assert out.read_text(encoding="utf-8") == edited
    result = runner.invoke(main, ["encode", str(SEED), "-o", str(tmp_path), "--force"])
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8") != edited
    assert (tmp_path / MANIFEST_NAME).exists()


def test_a_tei_file_not_written_by_encoder_is_never_overwritten(runner, tmp_path):
    (tmp_path / "wcda-112109.xml").write_text("<TEI>mine</TEI>", encoding="utf-8")
    result = runner.invoke(main, ["encode", str(SEED), "-o", str(tmp_path)])
    assert "kept as it is" in result.output
    assert (tmp_path / "wcda-112109.xml").read_text(encoding="utf-8") == "<TEI>mine</TEI>"


def test_missing_input_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(main, ["encode", str(tmp_path / "nope.txt"), "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_text_of_a_non_tei_file_fails_clearly(runner, tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<not-closed>", encoding="utf-8")
    result = runner.invoke(main, ["text", str(bad)])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {bad}: ")


def test_xml_special_characters_are_carried_as_text(runner, tmp_path):
    from lxml import etree

    result = runner.invoke(main, ["encode", str(BAD / "xml-special.txt"), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "xml-special.xml"
    tree = etree.parse(str(out))
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    title = tree.xpath("//t:titleStmt/t:title", namespaces=ns)[0].text
    assert "<script>alert(1)</script>" in title
    assert not tree.xpath("//*[local-name()='script']")
    assert runner.invoke(main, ["text", str(out)]).output == read_source(BAD / "xml-special.txt")[0].text


def test_utf16_and_legacy_encodings_encode(runner, tmp_path):
    for name in ("utf16.txt", "cp1251.txt", "latin1.txt", "crlf.txt", "utf8-bom.txt"):
        result = runner.invoke(main, ["encode", str(BAD / name), "-o", str(tmp_path)])
        assert result.exit_code == 0, (name, result.output)
    result = runner.invoke(main, ["encode", str(BAD / "cp1251.txt"), "-o", str(tmp_path / "again")])
    assert "read as CP1251" in result.output


def test_build_with_a_title_writes_the_site_under_it(runner, tmp_path):
    import lxml.html

    edition = tmp_path / "cold-war_telegrams"
    (edition / "wcda").mkdir(parents=True)
    shutil.copy(SEED, edition / "wcda" / "wcda-112109.txt")
    result = runner.invoke(main, ["build", str(edition), "--no-tei-all", "--jobs", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    index = lxml.html.parse(str(edition / "_build" / "index.html")).getroot()
    assert "Cold war telegrams" in index.findtext(".//title")
    result = runner.invoke(main, ["build", str(edition), "--no-tei-all", "--jobs", "1", "--no-progress",
                                  "--title", "Korean War Telegrams"])
    assert result.exit_code == 0, result.output
    index = lxml.html.parse(str(edition / "_build" / "index.html")).getroot()
    assert "Korean War Telegrams" in index.findtext(".//title")
