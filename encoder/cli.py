"""The command line: arguments, messages and exit codes only; the work is done elsewhere.

Exit codes: 0 success; 1 a document is invalid or could not be encoded; 2 unreadable
input or a usage error (click's own code for usage errors).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__

EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2


def report(problem) -> None:
    """Problems go to stderr as ``file:line:col: [rule] message``."""
    prefix = "warning: " if problem.severity == "warning" else ""
    click.echo(f"{prefix}{problem}", err=True)


def load_registry_or_exit(paths):
    from .names.registry import RegistryError, load_registry

    try:
        return load_registry([Path(p) for p in paths])
    except RegistryError as error:
        click.echo(f"error: registry: {error}", err=True)
        sys.exit(EXIT_UNREADABLE)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="encoder")
def main() -> None:
    """Turn plain-text transcriptions of archival documents into TEI P5, check and show them.

    \b
    Typical use:
      encoder build editions/            encode, validate and render a whole edition (a static site)
      encoder encode doc.txt -o tei/     one or more transcriptions to TEI
      encoder validate tei/              check TEI against the project schema, rules and tei_all
      encoder render tei/*.xml -o html/  HTML reading views of single files
      encoder text tei/doc.xml           the transcription reproduced from its TEI
      encoder eval GOLD                  measure the encoder against gold annotations
      encoder export cmif|corpus ...     CMIF for correspSearch, one teiCorpus file
      encoder publish --to URL ...       upload TEI into an XML database (BaseX, eXist-db)
    """


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the TEI files; each is named after its input (doc.txt -> doc.xml).")
@click.option("--registry", "registries", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A TEI registry (listPerson/listPlace/listOrg) to link names to, read after the "
                   "starter registry. Repeatable; a later file adds to or overrides an earlier one.")
@click.option("--no-starter-registry", is_flag=True,
              help="Do not use the Cold War starter registry shipped with encoder; only --registry files.")
@click.option("--encoding", default=None, help="The input files' encoding, if not UTF-8 (e.g. cp1251).")
@click.option("--force", is_flag=True, help="Overwrite TEI files even if they were changed by hand.")
def encode(sources, out_dir, registries, no_starter_registry, encoding, force):
    """Encode transcriptions (files or folders of .txt) to TEI P5 files in OUT.

    A Wilson Center Digital Archive export is read with its metadata block; a bare
    transcription takes its metadata from NAME.meta.json beside it, if present. A file
    that cannot be read is reported with its line and skipped; the others go on.
    A TEI file changed by hand since it was generated is kept unless --force is given.
    """
    from .build import discover, encode_to, starter_registry, write_review

    registry = load_registry_or_exit(([] if no_starter_registry else starter_registry()) + list(registries))
    inputs = discover(sources)
    if not inputs:
        click.echo("error: no .txt transcriptions found in the given paths", err=True)
        sys.exit(EXIT_UNREADABLE)
    outcomes = encode_to(inputs, out_dir, registry, force=force, encoding=encoding)
    failed = 0
    for outcome in outcomes:
        for problem in outcome.problems:
            report(problem)
        if outcome.status == "failed":
            failed += 1
        else:
            click.echo(f"{outcome.output}" + (" (kept: edited by hand)" if outcome.status == "kept-edit" else ""))
    write_review(outcomes, out_dir)
    click.echo(f"encoded {len(outcomes) - failed} of {len(outcomes)}; names to review: {out_dir / 'review.txt'}", err=True)
    sys.exit(EXIT_INVALID if failed else EXIT_OK)


@main.command()
@click.argument("tei_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def text(tei_file):
    """Print the transcription reproduced from a TEI file made by encoder.

    Editorial brackets come back from the elements that replaced them, so the output
    equals the original transcription: the round trip that shows nothing was lost.
    """
    from lxml import etree

    from .text import transcription_from_file

    try:
        result = transcription_from_file(tei_file)
    except (etree.XMLSyntaxError, ValueError) as error:
        click.echo(f"error: {tei_file}: {error}", err=True)
        sys.exit(EXIT_UNREADABLE)
    click.echo(result, nl=False)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--no-tei-all", is_flag=True, help="Skip the official TEI P5 tei_all check (its compile is most of the start-up).")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "junit", "github"]), default="text",
              show_default=True, help="text: file:line:col: [rule] message; json: a list of problems; "
              "junit: JUnit XML, a testcase per file; github: GitHub Actions annotations.")
@click.option("--max-size", "max_mb", type=click.FloatRange(min=0, min_open=True), default=32, show_default=True,
              metavar="MB", help="Refuse files larger than this, unread (in MiB).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Check files in this many processes (0: one per CPU); the grammars are compiled once.")
def validate(paths, no_tei_all, output_format, max_mb, jobs):
    """Validate TEI files (or folders, searched for .xml) against the project schema, its rules and TEI P5.

    Every problem of every file is reported on stdout (one per line as file:line:col: [rule]
    message, or in the --format asked); a summary goes to stderr. Any TEI document gets a
    fair verdict: each rule only looks at the elements it is about. Exit code 0 if all are
    valid, 1 if any is invalid, 2 if a file cannot be read or is refused as unsafe.
    """
    import os

    from .validate import Validator, collect_files, format_report, is_unreadable, validate_files

    files = collect_files(paths)
    if not files:
        click.echo("error: no .xml files found in the given paths", err=True)
        sys.exit(EXIT_UNREADABLE)
    validator = Validator(tei_all=not no_tei_all, max_bytes=int(max_mb * 1024 * 1024), documents=len(files))
    streamed = output_format in ("text", "github")
    results = []
    invalid = unreadable = 0
    for path, problems in validate_files(files, validator, jobs or os.cpu_count() or 1):
        results.append((path, problems))
        if streamed and problems:
            click.echo(format_report(results[-1:], output_format), nl=False)
        if is_unreadable(problems):
            unreadable += 1
        elif problems:
            invalid += 1
    if not streamed:
        click.echo(format_report(results, output_format), nl=False)
    valid = len(files) - invalid - unreadable
    click.echo(f"{valid} valid, {invalid} invalid, {unreadable} unreadable", err=True)
    sys.exit(EXIT_UNREADABLE if unreadable else EXIT_INVALID if invalid else EXIT_OK)


@main.command()
@click.argument("tei_files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the HTML pages (one per TEI file, named after it).")
def render(tei_files, out_dir):
    """Render TEI files as HTML reading views (XSLT 3.0 run with Saxon)."""
    from .render import Renderer, RenderError

    renderer = Renderer()
    failed = 0
    for path in tei_files:
        target = out_dir / (path.stem + ".html")
        try:
            renderer.render_document(path, target)
        except RenderError as error:
            click.echo(f"error: {error}", err=True)
            failed += 1
            continue
        click.echo(str(target))
    sys.exit(EXIT_INVALID if failed else EXIT_OK)


@main.command()
@click.argument("edition", required=False, default="editions", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where to write the built edition (default: EDITION/_build).")
@click.option("--registry", "registries", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Registry files in addition to EDITION/registry/*.xml. Repeatable.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes to use (default: every core). 1 works in a single process.")
@click.option("--force", is_flag=True,
              help="Replace TEI files that were changed by hand with a fresh encoding (your edits are lost).")
@click.option("--rebuild", is_flag=True,
              help="Encode, validate and render every document again, even unchanged ones "
                   "(hand-edited TEI is still kept unless --force).")
@click.option("--no-tei-all", is_flag=True, help="Skip the official TEI P5 tei_all check.")
@click.option("--progress/--no-progress", "show_progress", default=None,
              help="A progress bar (default on a terminal; elsewhere, e.g. in CI, a plain line every tenth).")
@click.option("--title", default=None, help="The edition's title on its pages (default: from the folder's name).")
def build(edition, out_dir, registries, jobs, force, rebuild, no_tei_all, show_progress, title):
    """Build a whole edition: transcriptions in, TEI and HTML out.

    \b
    Reads every .txt under EDITION (default: editions/), with EDITION/registry/*.xml as
    the authority registry (the starter registry if the edition has none), and writes
    into OUT (default EDITION/_build):
      tei/         one TEI P5 file per transcription
      html/        one reading view per document; diplomatic/ the line-for-line views
      index.html   the documents by date, filterable by person, place and year
      persons.html, places.html, orgs.html  registers with authority links and occurrences
      timeline.html, map.html, search.html  (all work opened from disk, no server)
      review.txt   names to check: unknown to the registry or ambiguous, and links made
                   from a guessed spelling or the document's own state (review.json for tools)

    \b
    Incremental: a document whose transcription (and NAME.meta.json), registry and
    encoder version are unchanged since the last build is not encoded or validated
    again, and the site is made again only when something changed. A TEI file you changed by hand is never overwritten: it is kept,
    validated and rendered as you wrote it (--force replaces it). Every file is written
    atomically, so an interrupted build leaves old or new files, never partial ones, and
    the next build carries on where it stopped. When a transcription is deleted, its
    pages and TEI go too (a TEI you edited is kept). Two builds into one OUT at once:
    the second stops with an error.

    Ends with a summary; exit code 1 if any document is invalid or unreadable.
    """
    from .build import build_edition
    from .files import FolderBusy
    from .names.registry import RegistryError

    out_dir = out_dir or edition / "_build"
    try:
        summary = build_edition(
            edition, out_dir, registry_paths=registries, force=force, rebuild=rebuild, tei_all=not no_tei_all,
            jobs=jobs, progress=show_progress, echo=lambda line: click.echo(line, err=True), title=title,
        )
    except RegistryError as error:
        click.echo(f"error: registry: {error}", err=True)
        sys.exit(EXIT_UNREADABLE)
    except FolderBusy as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_UNREADABLE)
    for problem in summary.problems:
        report(problem)
    for line in summary.lines():
        click.echo(line)
    click.echo(f"open {out_dir / 'index.html'}")
    sys.exit(EXIT_OK if summary.ok else EXIT_INVALID)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--tei", "tei_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A folder of hand-corrected TEI files: compare a fresh encoding of each transcription "
                   "in GOLD with the TEI file of the same name here.")
@click.option("--registry", "registries", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Registry files for --tei mode, read after the starter registry. Repeatable.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def evaluate_command(gold, tei_dir, registries, output_format):
    """Measure the encoder against gold annotations.

    \b
    Two kinds of gold:
      encoder eval FRUS_DIR                 dN.txt + dN.json pairs (FRUS evaluation format);
                                            each volume's persons list is the registry
      encoder eval TEXTS --tei CORRECTED    your transcriptions and your hand-corrected TEI
                                            of them (same names): precision, recall, linking

    Prints recall (exact spans, and with partial overlaps counting half), precision where
    the gold is complete, linking accuracy, dates found and right, and dateline accuracy.
    """
    import json as json_module

    from .evaluate import evaluate

    from .build import starter_registry

    from lxml import etree

    from .source import SourceError

    registry = load_registry_or_exit(starter_registry() + list(registries)) if tei_dir else None
    try:
        scores = evaluate(gold, registry, tei_dir)
    except SourceError as error:
        report(error.problem)
        sys.exit(EXIT_UNREADABLE)
    except (ValueError, OSError, etree.XMLSyntaxError) as error:
        # a gold file that is not the transcription's, unreadable JSON or XML
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_UNREADABLE)
    if scores.documents == 0:
        click.echo("error: no gold documents found", err=True)
        sys.exit(EXIT_UNREADABLE)
    if output_format == "json":
        click.echo(json_module.dumps(scores.as_dict(), indent=1))
    else:
        click.echo("\n".join(scores.lines()))


@main.group()
def export():
    """Export a built edition for the systems that consume TEI (correspSearch, corpus tools)."""


@export.command(name="cmif")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--out", "out_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The CMIF file to write.")
@click.option("--title", required=True, help="Title of the CMIF file, e.g. the edition's name.")
@click.option("--editor", required=True, help="Who is responsible for the file (correspSearch shows it).")
@click.option("--email", required=True, help="The editor's e-mail address (CMIF requires one).")
@click.option("--url", required=True, help="Where the CMIF file will be published; correspSearch harvests it from there.")
@click.option("--publisher", default=None, help="The publishing institution or project (default: the editor).")
@click.option("--licence", type=click.Choice(["cc-by", "cc0"]), default="cc-by", show_default=True,
              help="The licence of the file: CC BY 4.0 or CC0 1.0 (correspSearch accepts only these).")
@click.option("--bibl-type", type=click.Choice(["print", "online", "hybrid"]), default=None,
              help="The kind of edition every source is (default: online when the document has a URL, else print).")
def export_cmif_command(paths, out_path, title, editor, email, url, publisher, licence, bibl_type):
    """Write a CMIF file (correspSearch) of the letters in TEI files or folders (an edition: its _build/tei).

    \b
    One correspDesc per letter that has a sender and an addressee (others are listed and
    left out). Persons and organizations are linked only to VIAF, GND, Library of
    Congress or BnF (add <idno type="VIAF">... to the registry entry); places only to
    GeoNames; dates are given as YYYY, YYYY-MM or YYYY-MM-DD. Each document is a bibl
    in sourceDesc, with an xml:id made from its own, which the letters point to.
    """
    from .export import export_cmif

    report = export_cmif(paths, out_path, title=title, editor=editor, email=email, url=url,
                         publisher=publisher, licence=licence, bibl_type=bibl_type)
    for reason in report.skipped:
        click.echo(f"left out: {reason}", err=True)
    click.echo(
        f"{out_path}: {report.letters} letters from {report.documents} documents; "
        f"{report.linked} names linked to an authority file correspSearch accepts, {report.unlinked} without one "
        f"(add VIAF, GND, LC or BnF ids to the registry to link them); {len(report.skipped)} left out"
    )
    if report.documents == 0:
        click.echo("error: no TEI files found in the given paths", err=True)
        sys.exit(EXIT_UNREADABLE)


@export.command(name="corpus")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--out", "out_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The teiCorpus file to write.")
@click.option("--title", default="Edition", show_default=True, help="Title of the corpus.")
def export_corpus_command(paths, out_path, title):
    """Write one teiCorpus file holding every TEI document in the given files or folders.

    Each document keeps its own header; its xml:ids are prefixed with the document's id
    (wcda-112109.pers-stalin) so that they stay unique in the corpus, and its #pointers
    are changed to match.
    """
    from .export import export_corpus

    count = export_corpus(paths, out_path, title=title)
    if count == 0:
        click.echo("error: no TEI files found in the given paths", err=True)
        sys.exit(EXIT_UNREADABLE)
    click.echo(f"{out_path}: teiCorpus of {count} documents")


@main.command(name="publish")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--to", "url", required=True,
              help="The database: http://HOST:PORT/rest/DB (BaseX REST), http://HOST:PORT/exist/rest/db/COLL "
                   "(eXist-db REST) or basex://HOST:PORT/DB (BaseX server protocol, e.g. Debian's basexserver).")
@click.option("--user", default=None, help="User name for the database (or user:password@ in the URL).")
@click.option("--password", default=None, envvar="ENCODER_DB_PASSWORD",
              help="Password for the database (or the ENCODER_DB_PASSWORD environment variable).")
def publish_command(paths, url, user, password):
    """Upload TEI files (or folders; an edition: its _build/tei) into an XML database.

    The database is created if it does not exist; each document is stored under its file
    name, replacing one of the same name. Then query it with XQuery, e.g.
    GET URL?query=count(//*:correspDesc).
    """
    from .export import tei_files
    from .publish import PublishError, publish

    files = tei_files(paths)
    if not files:
        click.echo("error: no TEI files found in the given paths", err=True)
        sys.exit(EXIT_UNREADABLE)
    try:
        report = publish(files, url, user=user, password=password)
    except PublishError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_UNREADABLE)
    created = " (created)" if report.created else ""
    click.echo(f"published {report.documents} documents into {report.database}{created}")


if __name__ == "__main__":
    main()
