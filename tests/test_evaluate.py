"""encoder eval: scores computed by offsets, against FRUS-style JSON and hand-corrected TEI."""

import json
import shutil

from click.testing import CliRunner
from lxml import etree

from conftest import SEED, shared_or_skip
from encoder.cli import main
from encoder.evaluate import evaluate_frus

TEXT = "Telegram From the Embassy\n\nMoscow, June 13, 1951—7 p.m.\n\nI saw Gromyko and Vyshinsky today.\n\nKirk\n"


def frus_folder(tmp_path, entities, persons):
    volume = tmp_path / "vol"
    volume.mkdir()
    (volume / "d1.txt").write_text(TEXT, encoding="utf-8")
    gold = {
        "entities": entities,
        "persons": persons,
        "dateline": {"place": "Moscow", "when": "1951-06-13T19:00:00"},
    }
    (volume / "d1.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def entity(kind, word, **extra):
    start = TEXT.index(word)
    return {"type": kind, "text": word, "start": start, "end": start + len(word), **extra}


def test_frus_scores_recall_linking_and_dateline(tmp_path):
    folder = frus_folder(
        tmp_path,
        [entity("persName", "Gromyko", corresp="#p_GAA1"), entity("persName", "Vyshinsky", corresp="#p_VAY1"),
         entity("persName", "Kirk", corresp="#p_KAG1"), entity("placeName", "Moscow"),
         entity("date", "June 13, 1951—7 p.m.", when="1951-06-13T19:00:00")],
        {"p_GAA1": {"name": "Gromyko, Andrei Andreyevich"}, "p_VAY1": {"name": "Vyshinsky, Andrei Yanuarievich"},
         "p_KAG1": {"name": "Kirk, Alan Goodrich"}},
    )
    scores = evaluate_frus(folder).as_dict()
    assert scores["documents"] == 1
    assert scores["persName recall"] == 1.0
    assert scores["linking accuracy"] == 1.0
    assert scores["placeName recall"] == 1.0
    assert scores["dates found"] == 1.0 and scores["dates with the right value"] == 1.0
    assert scores["dateline place accuracy"] == 1.0 and scores["dateline date accuracy"] == 1.0


def test_a_missed_span_lowers_recall(tmp_path):
    # gold claims "Embassy" is a person: the encoder (rightly) does not tag it
    folder = frus_folder(tmp_path, [entity("persName", "Embassy"), entity("persName", "Kirk", corresp="#p_KAG1")],
                         {"p_KAG1": {"name": "Kirk, Alan Goodrich"}})
    scores = evaluate_frus(folder).as_dict()
    assert scores["persName recall"] == 0.5
    assert scores["persName gold spans"] == 2


def test_hand_corrected_tei_gives_precision_and_recall(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    shutil.copy(SEED, texts / "wcda-112109.txt")
    runner = CliRunner()
    assert runner.invoke(main, ["encode", str(texts), "-o", str(tmp_path / "tei")]).exit_code == 0
    tei = tmp_path / "tei" / "wcda-112109.xml"
    # the editor removes one date tag: the encoder's date there is now a false positive
    tree = etree.parse(str(tei))
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    dates = tree.xpath("//t:body//t:date", namespaces=ns)
    first = dates[0]
    parent = first.getparent()
    previous = first.getprevious()
    joined = (first.text or "") + (first.tail or "")
    if previous is not None:
        previous.tail = (previous.tail or "") + joined
    else:
        parent.text = (parent.text or "") + joined
    parent.remove(first)
    tree.write(str(tei), xml_declaration=True, encoding="UTF-8")
    result = runner.invoke(main, ["eval", str(texts), "--tei", str(tmp_path / "tei"), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["documents"] == 1
    assert scores["date recall"] == 1.0
    assert scores["date precision (fully annotated documents)"] == round((len(dates) - 1) / len(dates), 4)


def test_frus_development_set_stays_above_its_measured_level():
    folder = shared_or_skip("eval", "frus")
    scores = evaluate_frus(folder).as_dict()
    assert scores["dateline place accuracy"] >= 0.98
    assert scores["dateline date accuracy"] >= 0.98
    assert scores["dates with the right value"] >= 0.98
    assert scores["placeName recall"] >= 0.95
    assert scores["persName recall"] >= 0.98  # measured 0.986
    assert scores["linking accuracy"] >= 0.99  # measured 0.998


def test_eval_of_a_gold_file_made_from_another_text_is_a_clear_error(tmp_path):
    texts, tei = tmp_path / "texts", tmp_path / "tei"
    texts.mkdir()
    tei.mkdir()
    (texts / "doc.txt").write_text("Comrade Gromyko arrived in Moscow.\n", encoding="utf-8")
    (texts / "other.txt").write_text("Something else entirely.\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["encode", str(texts / "other.txt"), "-o", str(tmp_path / "out")]).exit_code == 0
    shutil.copy(tmp_path / "out" / "other.xml", tei / "doc.xml")
    result = runner.invoke(main, ["eval", str(texts), "--tei", str(tei)])
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"error: {tei / 'doc.xml'}: its text is not the transcription (beyond whitespace); cannot compare")
    # a FRUS gold file that is not JSON
    frus = tmp_path / "frus"
    frus.mkdir()
    (frus / "d1.txt").write_text("Text.\n", encoding="utf-8")
    (frus / "d1.json").write_text("{not json", encoding="utf-8")
    result = runner.invoke(main, ["eval", str(frus)])
    assert result.exit_code == 2
    assert result.output.strip() == f"error: {frus / 'd1.json'}:1:2: not valid JSON: Expecting property name enclosed in double quotes"
