"""Publishing into a real BaseX server (Debian package ``basex``), then XQuery over it.

The test starts ``basexserver`` on 127.0.0.1 with a free port, its own home folder,
configuration, data folder and admin password, waits until it answers, and stops it at
the end. Without BaseX installed (a user's machine) it is skipped, saying so.

Debian's package has no HTTP server (BaseX's REST API is in basex-api, which Debian does
not package), so the REST path is tested through a small HTTP front in this file that
speaks the REST shape (PUT /rest/DB, PUT /rest/DB/NAME.xml, GET /rest/DB?query=) and
passes each request on to the real server.
"""

from __future__ import annotations

import base64
import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from conftest import EDITIONS
from encoder.cli import main
from encoder.publish import BaseXTarget, PublishError, open_target, publish

NS = {"t": "http://www.tei-c.org/ns/1.0"}
PASSWORD = "encoder-test-secret"
COUNT = (
    'declare namespace tei="http://www.tei-c.org/ns/1.0"; '
    'let $docs := collection("{db}") '
    'return string-join((count($docs), count(distinct-values($docs//tei:standOff//tei:person/@xml:id)), '
    'count($docs//tei:profileDesc/tei:correspDesc)), " ")'
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def basex(tmp_path_factory):
    """A BaseX server of this test's own: (port, password)."""
    if shutil.which("basexserver") is None or shutil.which("basex") is None:
        pytest.skip("BaseX is not installed (Debian: apt-get install basex); publishing is tested against a real server")
    home = tmp_path_factory.mktemp("basex")
    (home / ".basex").write_text(f"DBPATH = {home / 'data'}\nREPOPATH = {home / 'repo'}\n", encoding="utf-8")
    env = {**os.environ, "HOME": str(home)}
    subprocess.run(["basex", "-c", f"ALTER PASSWORD admin {PASSWORD}"], env=env, cwd=home, check=True,
                   capture_output=True, timeout=120)
    port = free_port()
    server = subprocess.Popen(["basexserver", "-n127.0.0.1", f"-p{port}"], env=env, cwd=home,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                BaseXTarget(f"basex://127.0.0.1:{port}/probe", "admin", PASSWORD, timeout=5).close()
                break
            except PublishError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"basexserver did not start on port {port}")
                time.sleep(0.3)
        yield port
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    from encoder.build import build_edition

    out = tmp_path_factory.mktemp("built")
    build_edition(EDITIONS, out, jobs=1, tei_all=False, echo=lambda line: None, progress=False)
    return out / "tei"


def expected_counts(tei: Path) -> str:
    """Documents, distinct persons, letters (correspDesc), counted here with lxml."""
    files = sorted(tei.glob("*.xml"))
    persons, letters = set(), 0
    for path in files:
        root = etree.parse(str(path)).getroot()
        persons |= {p.get("{http://www.w3.org/XML/1998/namespace}id") for p in root.iterfind(".//t:standOff//t:person", NS)}
        letters += len(root.findall(".//t:profileDesc/t:correspDesc", NS))
    return f"{len(files)} {len(persons)} {letters}"


def test_publish_over_the_basex_protocol_then_count_with_xquery(basex, built):
    url = f"basex://127.0.0.1:{basex}/edition"
    files = sorted(built.glob("*.xml"))
    report = publish(files, url, user="admin", password=PASSWORD)
    assert (report.documents, report.created) == (23, True)
    target = open_target(url, user="admin", password=PASSWORD)
    try:
        assert target.query(COUNT.format(db="edition")) == expected_counts(built)
        # published again: documents replaced, not added twice
        publish(files, url, user="admin", password=PASSWORD)
        assert target.query(COUNT.format(db="edition")) == expected_counts(built)
        assert target.query('count(collection("edition")/*:TEI[@xml:id="wcda-112109"])') == "1"
    finally:
        target.close()


def test_wrong_password_is_reported(basex, built):
    result = CliRunner().invoke(main, ["publish", str(built), "--to", f"basex://127.0.0.1:{basex}/edition",
                                       "--user", "admin", "--password", "wrong"])
    assert result.exit_code == 2
    assert "refused the user name or password" in result.output


class RestFront(BaseHTTPRequestHandler):
    """BaseX's REST shape, passed on to the real server over its protocol."""

    port = 0
    requests: list[str] = []

    def log_message(self, *args):  # quiet
        pass

    def _target(self, db: str) -> BaseXTarget:
        return BaseXTarget(f"basex://127.0.0.1:{self.port}/{db}", "admin", PASSWORD)

    def _reply(self, status: int, body: bytes = b"") -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _authorized(self) -> bool:
        expected = "Basic " + base64.b64encode(f"admin:{PASSWORD}".encode()).decode()
        if self.headers.get("Authorization") != expected:
            self._reply(401, b"Access denied")
            return False
        return True

    def do_GET(self):
        parts = urllib.parse.urlsplit(self.path)
        self.requests.append(f"GET {parts.path}{'?query' if parts.query else ''}")
        if not self._authorized():
            return
        db = parts.path.split("/")[2]
        query = urllib.parse.parse_qs(parts.query).get("query")
        probe = self._target("probe")
        try:
            if query:
                probe.database = db
                self._reply(200, probe.query(query[0]).encode("utf-8"))
            elif probe.command(f"XQUERY db:exists('{db}')") == "true":
                self._reply(200, b"")
            else:
                self._reply(404, f"Database '{db}' was not found.".encode())
        finally:
            probe.close()

    def do_PUT(self):
        self.requests.append(f"PUT {self.path}")
        if not self._authorized():
            return
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        parts = self.path.split("/")
        target = self._target(parts[2])
        try:
            if len(parts) == 3:
                target.command(f"CREATE DB {parts[2]}")
                self._reply(201)
            else:
                target.command(f"OPEN {parts[2]}")
                target.store(urllib.parse.unquote("/".join(parts[3:])), body)
                self._reply(201)
        finally:
            target.close()


def test_publish_over_rest_then_count_with_xquery(basex, built):
    RestFront.port, RestFront.requests = basex, []
    front = ThreadingHTTPServer(("127.0.0.1", 0), RestFront)
    thread = threading.Thread(target=front.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{front.server_address[1]}/rest/restdb"
        result = CliRunner().invoke(main, ["publish", str(built), "--to", url, "--user", "admin", "--password", PASSWORD])
        assert result.exit_code == 0, result.output
        assert f"published 23 documents into {url} (created)" in result.output
        assert RestFront.requests[:3] == ["GET /rest/restdb", "PUT /rest/restdb", "PUT /rest/restdb/memcon-1955-05-05-washington.xml"]
        assert len(RestFront.requests) == 2 + 23
        target = open_target(url, user="admin", password=PASSWORD)
        try:
            assert target.query(COUNT.format(db="restdb")) == expected_counts(built)
        finally:
            target.close()
        bad = CliRunner().invoke(main, ["publish", str(built), "--to", url, "--user", "admin", "--password", "nope"])
        assert bad.exit_code == 2 and "refused the user name or password (HTTP 401)" in bad.output
    finally:
        front.shutdown()
        front.server_close()
