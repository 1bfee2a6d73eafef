"""Builds: incremental, parallel, safe for hand edits, atomic even when killed (SIGKILL)."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from conftest import EDITIONS, FIXTURES, ROOT
from encoder.build import build_edition
from encoder.cli import main
from encoder.files import MANIFEST_NAME, Journal, Manifest, digest, write_atomic

sys.path.insert(0, str(ROOT / "bench"))
import corpus  # noqa: E402  (bench/corpus.py: the synthetic corpus generator)

DOCS = ["wcda-112109", "wcda-111843", "telegram-1951-06-13-moscow", "memcon-1955-05-05-washington"]
TODAY = "2024-05-01"


def make_edition(folder: Path, names=DOCS) -> Path:
    """A small edition: some examples (with their .meta.json) and the example registry."""
    (folder / "docs").mkdir(parents=True)
    for name in names:
        for source in list(EDITIONS.glob(f"*/{name}.txt")) + list(EDITIONS.glob(f"*/{name}.meta.json")):
            shutil.copy(source, folder / "docs" / source.name)
    shutil.copytree(EDITIONS / "registry", folder / "registry", ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    return folder


def build(edition: Path, **options):
    lines: list[str] = []
    options.setdefault("today", TODAY)
    options.setdefault("jobs", 1)
    summary = build_edition(edition, edition / "_build", echo=lines.append, progress=False, **options)
    return summary, lines


def counts(summary) -> dict:
    return {key: getattr(summary, key) for key in (
        "documents", "new", "changed", "unchanged", "rebuilt", "kept_edits", "replaced_edits",
        "valid", "invalid", "unreadable", "encoded", "validated", "rendered")}


def outputs(edition: Path) -> dict[str, bytes]:
    out = edition / "_build"
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.fixture
def edition(tmp_path):
    return make_edition(tmp_path / "ed")


def test_first_build_then_nothing_to_do(edition):
    summary, lines = build(edition, jobs=2)
    assert counts(summary) == dict(documents=4, new=4, changed=0, unchanged=0, rebuilt=0, kept_edits=0, replaced_edits=0,
                                   valid=4, invalid=0, unreadable=0, encoded=4, validated=4, rendered=4)
    assert summary.ok and summary.jobs == 2
    tei = edition / "_build" / "tei"
    assert sorted(p.name for p in tei.glob("*.xml")) == sorted(f"{n}.xml" for n in DOCS)
    assert sorted(p.name for p in (edition / "_build" / "html").glob("*.html")) == sorted(f"{n}.html" for n in DOCS)
    manifest = json.loads((tei / MANIFEST_NAME).read_text(encoding="utf-8"))
    entry = manifest["files"]["wcda-112109.xml"]
    assert entry["output"] == entry["checked"] == entry["rendered"] == digest((tei / "wcda-112109.xml").read_bytes())
    assert entry["valid"] is True and entry["version"] and entry["registry"] and entry["input"]
    assert not list(tei.glob(".encoder-journal.*"))  # folded into the manifest
    before = outputs(edition)
    review = (edition / "_build" / "review.json").read_bytes()

    again, lines = build(edition, jobs=2)
    assert counts(again) == dict(documents=4, new=0, changed=0, unchanged=4, rebuilt=0, kept_edits=0, replaced_edits=0,
                                 valid=4, invalid=0, unreadable=0, encoded=0, validated=0, rendered=0)
    assert again.unknown_names == summary.unknown_names > 0
    assert again.unknown_mentions == summary.unknown_mentions
    assert (edition / "_build" / "review.json").read_bytes() == review  # unchanged documents still count
    assert outputs(edition) == before


def test_one_job_and_two_jobs_write_the_same_files(tmp_path):
    one, two = make_edition(tmp_path / "one"), make_edition(tmp_path / "two")
    build(one, jobs=1)
    build(two, jobs=2)
    first, second = outputs(one), outputs(two)
    assert first.keys() == second.keys()
    for name in first:
        if name.endswith((".xml", ".json", ".txt")) and MANIFEST_NAME not in name:
            assert first[name] == second[name], name


def test_what_changed_is_done_again_and_nothing_else(edition):
    build(edition)
    source = edition / "docs" / "wcda-111843.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("Korea", "Korea ", 1), encoding="utf-8")
    summary, _ = build(edition)
    # the site is made whole again (its registers and index cover every document)
    assert (summary.new, summary.changed, summary.unchanged, summary.encoded, summary.rendered) == (0, 1, 3, 1, 4)
    assert summary.statuses[str(source)] == "changed"

    # the .meta.json is part of the input
    meta = edition / "docs" / "memcon-1955-05-05-washington.meta.json"
    data = json.loads(meta.read_text(encoding="utf-8"))
    data["summary"] += " More."
    meta.write_text(json.dumps(data), encoding="utf-8")
    summary, _ = build(edition)
    assert (summary.changed, summary.unchanged) == (1, 3)

    # a missing reading view is rendered again, without encoding or validating
    (edition / "_build" / "html" / "wcda-112109.html").unlink()
    summary, _ = build(edition)
    assert (summary.unchanged, summary.encoded, summary.validated, summary.rendered) == (4, 0, 0, 4)
    assert (edition / "_build" / "html" / "wcda-112109.html").exists()

    # a deleted TEI file is made again
    (edition / "_build" / "tei" / "wcda-112109.xml").unlink()
    summary, _ = build(edition)
    assert (summary.rebuilt, summary.unchanged, summary.encoded) == (1, 3, 1)

    # a changed registry re-encodes everything
    persons = edition / "registry" / "persons.xml"
    persons.write_text(persons.read_text(encoding="utf-8").replace("</listPerson>", "</listPerson>\n", 1), encoding="utf-8")
    summary, _ = build(edition)
    assert (summary.changed, summary.unchanged, summary.encoded) == (4, 0, 4)

    # --rebuild does everything again
    summary, _ = build(edition, rebuild=True)
    assert (summary.rebuilt, summary.encoded, summary.validated, summary.rendered) == (4, 4, 4, 4)


def test_a_new_encoder_version_re_encodes(edition, monkeypatch):
    build(edition)
    import encoder.build

    monkeypatch.setattr(encoder.build, "__version__", "99.0")
    summary, _ = build(edition)
    assert (summary.changed, summary.unchanged) == (4, 0)


def test_hand_edit_is_kept_rendered_and_reported(edition):
    build(edition)
    tei = edition / "_build" / "tei" / "wcda-112109.xml"
    edited = tei.read_text(encoding="utf-8").replace("SECOND MAIN ADMINISTRATION", "SECOND MAIN ADMINISTRATION (edited)", 1)
    assert edited != tei.read_text(encoding="utf-8")
    tei.write_text(edited, encoding="utf-8")

    summary, _ = build(edition)
    assert (summary.kept_edits, summary.unchanged, summary.validated, summary.rendered) == (1, 3, 1, 4)
    assert summary.kept == [tei]
    assert tei.read_text(encoding="utf-8") == edited
    assert "(edited)" in (edition / "_build" / "html" / "wcda-112109.html").read_text(encoding="utf-8")
    assert (f"kept your edit of {tei} (changed by hand since it was generated); rendered from it. "
            "Use --force to replace it with a fresh encoding.") in summary.lines()

    # kept again, but not validated or rendered again while the edit is the same
    summary, _ = build(edition)
    assert (summary.kept_edits, summary.validated, summary.rendered, summary.encoded) == (1, 0, 0, 0)
    assert tei.read_text(encoding="utf-8") == edited

    # the transcription changes under an edit: still kept, and the editor is told
    source = edition / "docs" / "wcda-112109.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    summary, _ = build(edition)
    assert summary.kept_edits == 1 and tei.read_text(encoding="utf-8") == edited
    assert any("has changed since this file was generated" in p.message for p in summary.problems)

    summary, _ = build(edition, force=True)
    assert (summary.replaced_edits, summary.kept_edits) == (1, 0)
    assert "(edited)" not in tei.read_text(encoding="utf-8")
    summary, _ = build(edition)
    assert (summary.unchanged, summary.kept_edits) == (4, 0)


def test_a_deleted_transcription_takes_its_outputs_with_it(edition):
    build(edition)
    out = edition / "_build"
    (edition / "docs" / "wcda-111843.txt").unlink()
    summary, _ = build(edition)
    assert (summary.documents, summary.removed, summary.unchanged) == (3, 1, 3)
    assert not (out / "tei" / "wcda-111843.xml").exists()
    assert not (out / "html" / "wcda-111843.html").exists()
    assert not (out / "diplomatic" / "wcda-111843.html").exists()
    assert "wcda-111843" not in (out / "index.html").read_text(encoding="utf-8")
    assert "wcda-111843.xml" not in Manifest(out / "tei").entries
    assert any("outputs removed of 1 transcriptions no longer in the edition" in line for line in summary.lines())
    summary, _ = build(edition)
    assert (summary.removed, summary.unchanged, summary.encoded, summary.rendered) == (0, 3, 0, 0)


def test_a_deleted_transcription_leaves_an_edited_tei(edition):
    build(edition)
    tei = edition / "_build" / "tei" / "wcda-111843.xml"
    tei.write_text(tei.read_text(encoding="utf-8").replace("</body>", "<!-- mine --></body>", 1), encoding="utf-8")
    (edition / "docs" / "wcda-111843.txt").unlink()
    summary, _ = build(edition)
    assert summary.removed == 0 and "<!-- mine -->" in tei.read_text(encoding="utf-8")
    [warning] = [p for p in summary.problems if p.rule == "orphan"]
    assert warning.path == str(tei) and warning.severity == "warning"
    assert warning.message.startswith("its transcription wcda-111843.txt is no longer in the edition; kept because")


def test_a_second_build_into_the_same_folder_stops_at_once(edition):
    out = edition / "_build"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from encoder.files import exclusive\n"
         "with exclusive(sys.argv[1]):\n    print('held', flush=True); time.sleep(30)", str(out)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        result = CliRunner().invoke(main, ["build", str(edition), "--jobs", "1", "--no-progress"])
        assert result.exit_code == 2
        assert f"error: {out} is being written by process {holder.pid} (another encoder build)" in result.output
        assert not (out / "tei").exists()
    finally:
        holder.kill()
        holder.wait()
    summary, _ = build(edition)  # the lock dies with its process
    assert summary.new == 4


def test_invalid_and_unreadable_documents_fail_the_build(edition):
    shutil.copy(FIXTURES / "bad" / "binary.txt", edition / "docs" / "binary.txt")
    build(edition)
    tei = edition / "_build" / "tei" / "wcda-111843.xml"
    tei.write_text(tei.read_text(encoding="utf-8").replace("<body>", "<body><bogus/>", 1), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(edition), "--jobs", "1", "--no-progress"])
    assert result.exit_code == 1, result.output
    assert "checks: valid 3, invalid 1, unreadable 1 (could not be read or encoded)" in result.output
    assert f"{edition / 'docs' / 'binary.txt'}:3:1: [input] binary file" in result.output
    assert f"{tei}:" in result.output and "bogus" in result.output
    # still reported when nothing changed
    result = runner.invoke(main, ["build", str(edition), "--jobs", "1", "--no-progress"])
    assert result.exit_code == 1
    assert "bogus" in result.output and "kept hand edits 1" in result.output


def test_cli_build_progress_lines_and_summary(edition):
    result = CliRunner().invoke(main, ["build", str(edition), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert "encode and validate: 4/4 documents (100%)" in result.output  # not a terminal: plain lines
    assert "render: 4/4 documents (100%)" in result.output
    assert "documents: 4 — new 4, changed 0" in result.output
    assert "work done: encoded 4, validated 4, rendered 4 with 2 jobs" in result.output
    assert "unknown names: " in result.output and "review.txt" in result.output
    help_text = CliRunner().invoke(main, ["build", "--help"]).output
    assert "--jobs" in help_text and "--force" in help_text and "--rebuild" in help_text and "Incremental" in help_text


def test_journal_makes_a_file_renamed_before_its_record_ours(tmp_path):
    """The window between a TEI file's rename and its record: the file is still ours."""
    manifest = Manifest(tmp_path)
    write_atomic(tmp_path / "a.xml", b"old")
    manifest.record("a.xml", output=digest(b"old"))
    manifest.save()
    journal = Journal(tmp_path)
    journal.intent("a.xml", digest(b"new"))
    journal.close()
    write_atomic(tmp_path / "a.xml", b"new")  # ... and killed here
    with open(journal.path, "ab") as stream:
        stream.write(b'{"record": "a.xml", "entry": {"output": "cut sho')  # a line cut by the kill
    reloaded = Manifest(tmp_path)
    assert not reloaded.is_hand_edited("a.xml")
    assert reloaded.get("a.xml")["output"] == digest(b"old")
    (tmp_path / "a.xml").write_bytes(b"an editor's")
    assert reloaded.is_hand_edited("a.xml")
    reloaded.compact()
    assert not list(tmp_path.glob(".encoder-journal.*"))
    assert Manifest(tmp_path).known_outputs("a.xml") == {digest(b"old"), digest(b"new")}


def complete_xml(path: Path) -> None:
    etree.parse(str(path))  # raises on a partial file


def published(out: Path, pattern: str) -> list[Path]:
    """The files a reader sees: not those in hidden staging folders (".site-*")."""
    return [p for p in out.rglob(pattern) if not any(part.startswith(".") for part in p.relative_to(out).parts[:-1])]


def complete_html(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>"), path


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGKILL of a build and its workers is tested on Linux")
def test_build_killed_with_sigkill_leaves_whole_files_and_the_next_build_carries_on(tmp_path):
    count = 240
    corpus.generate(count, tmp_path / "ed", seed=7)
    edition = tmp_path / "ed"
    out = edition / "_build"
    command = [sys.executable, "-m", "encoder.cli", "build", str(edition), "--no-tei-all", "--jobs", "2", "--no-progress"]
    rng = random.Random(11)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    kills = 0
    sources = sorted((edition / "docs").glob("*.txt"))
    for attempt in range(6):
        if attempt:  # always leave work to be interrupted: change a third of the transcriptions
            for source in rng.sample(sources, count // 3):
                with open(source, "a", encoding="utf-8") as stream:
                    stream.write("\n")
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        time.sleep(rng.uniform(0.3, 1.5))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            kills += 1
        process.wait()
        time.sleep(0.2)  # the workers die with the parent (PR_SET_PDEATHSIG)
        for path in published(out, "*.xml"):
            complete_xml(path)
        for path in published(out, "*.html"):
            complete_html(path)
    assert kills >= 4
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    line = next(l for l in result.stdout.splitlines() if l.startswith("documents:"))
    numbers = dict(part.rsplit(" ", 1) for part in line.split("—")[1].split(",") for part in [part.split("(")[0].strip()])
    assert int(numbers["kept hand edits"]) == 0  # nothing half-recorded is taken for an editor's
    assert sum(int(numbers[k]) for k in ("new", "changed", "unchanged", "rebuilt")) == count
    assert "checks: valid 240, invalid 0, unreadable 0" in result.stdout
    assert not list(out.rglob(".*.tmp")) and not list(out.glob(".site-*"))
    assert len(list((out / "tei").glob("*.xml"))) == count and len(list((out / "html").glob("*.html"))) == count
    for path in out.rglob("*.xml"):
        complete_xml(path)

    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.returncode == 0
    assert f"documents: {count} — new 0, changed 0 (transcription, registry or encoder version differs), unchanged {count}" in result.stdout
    assert "work done: encoded 0, validated 0, rendered 0" in result.stdout
    manifest = Manifest(out / "tei")
    for path in (out / "tei").glob("*.xml"):
        assert manifest.get(path.name)["output"] == digest(path.read_bytes())


def test_the_build_writes_the_whole_site(tmp_path):
    """Reading and diplomatic views, registers and the index, all from one site build."""
    edition = make_edition(tmp_path / "ed", names=DOCS + ["wcda-117330", "telegram-1951-06-03-pusan"])
    summary, _ = build(edition)
    out = edition / "_build"
    tei_files = sorted((out / "tei").glob("*.xml"))
    assert sorted(p.stem for p in (out / "html").glob("*.html")) == [p.stem for p in tei_files]
    assert sorted(p.stem for p in (out / "diplomatic").glob("*.html")) == [p.stem for p in tei_files]
    for page in ("index.html", "persons.html", "places.html", "orgs.html", "timeline.html", "map.html", "search.html"):
        assert (out / page).exists(), page
    index = (out / "index.html").read_text(encoding="utf-8")
    for path in tei_files:
        assert f'href="html/{path.stem}.html"' in index


def test_a_link_made_from_a_guessed_spelling_is_listed_for_review(tmp_path):
    from encoder.build import review_of, write_review
    from encoder.names.registry import load_registry
    from encoder.pipeline import encode_file

    source = tmp_path / "doc.txt"
    source.write_text("Gromyko arrived. Comrade Gromkyo said that he agreed.\n", encoding="utf-8")
    encoded = encode_file(source, load_registry(sorted((EDITIONS / "registry").glob("*.xml"))), today=TODAY)
    assert 'ref="#pers-gromyko">Gromkyo<' in etree.tostring(encoded.tree, encoding="unicode")
    _, text_path = write_review([("doc.txt", review_of(encoded))], tmp_path)
    lines = text_path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "1 names need review (no registry entry, more than one, or linked from a guessed spelling or from the document's own state)"
    assert lines[2] == "   1  persName  Gromkyo  [spelling] — linked to pers-gromyko"
