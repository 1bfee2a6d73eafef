"""Publish an edition into a TEI-aware XML database: BaseX or eXist-db.

Two ways in, chosen by the URL given to ``encoder publish --to``:

``http(s)://HOST:PORT/rest/DB`` (BaseX) or ``http://HOST:PORT/exist/rest/db/COLL`` (eXist-db)
    The database's REST interface, which both shape alike: ``PUT URL`` creates the
    database (BaseX; eXist-db creates collections as documents arrive), ``PUT URL/NAME.xml``
    stores (or replaces) a document, ``GET URL?query=XQUERY`` runs a query over it.
    Requests go over one kept-alive connection, with HTTP basic authentication.
``basex://HOST:PORT/DB``
    BaseX's own client/server protocol (``basexserver``, port 1984 by default), for a
    server that runs without its HTTP part (such as Debian's ``basex`` package).

Credentials come from ``--user``/``--password`` (or the URL's ``user:password@``).
Documents are sent one at a time, read from disk as they go.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import socket
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

__all__ = ["PublishError", "PublishReport", "publish", "open_target", "RestTarget", "BaseXTarget"]


class PublishError(Exception):
    """The database refused a request or could not be reached; the message says which and why."""


@dataclass
class PublishReport:
    documents: int = 0
    database: str = ""
    created: bool = False
    failed: list[str] = field(default_factory=list)


class RestTarget:
    """A database behind a REST interface (BaseX: /rest/DB, eXist-db: /exist/rest/db/COLL)."""

    def __init__(self, url: str, user: str | None, password: str | None, timeout: float = 60):
        parts = urllib.parse.urlsplit(url)
        self.scheme, self.host, self.port = parts.scheme, parts.hostname or "localhost", parts.port
        self.path = parts.path.rstrip("/")
        if not self.path:
            raise PublishError(f"{url}: give the database in the URL, e.g. http://localhost:8080/rest/edition")
        self.database = self.path.rsplit("/", 1)[-1]
        user = user if user is not None else urllib.parse.unquote(parts.username or "") or None
        password = password if password is not None else urllib.parse.unquote(parts.password or "") or None
        self.headers = {}
        if user is not None:
            token = base64.b64encode(f"{user}:{password or ''}".encode("utf-8")).decode("ascii")
            self.headers["Authorization"] = f"Basic {token}"
        self.timeout = timeout
        self.url = f"{self.scheme}://{self.host}{':' + str(self.port) if self.port else ''}{self.path}"
        self._connection: http.client.HTTPConnection | None = None

    def _request(self, method: str, path: str, body: bytes | None = None, content_type: str | None = None) -> tuple[int, bytes]:
        headers = dict(self.headers)
        if content_type:
            headers["Content-Type"] = content_type
        for attempt in range(2):  # a kept-alive connection the server closed is opened again once
            if self._connection is None:
                factory = http.client.HTTPSConnection if self.scheme == "https" else http.client.HTTPConnection
                self._connection = factory(self.host, self.port, timeout=self.timeout)
            try:
                self._connection.request(method, path, body=body, headers=headers)
                response = self._connection.getresponse()
                return response.status, response.read()
            except (http.client.HTTPException, ConnectionError) as error:
                self._connection.close()
                self._connection = None
                if attempt:
                    raise PublishError(f"{self.url}: {method} {path} failed: {error}") from None
            except OSError as error:
                self._connection.close()
                self._connection = None
                raise PublishError(f"{self.url}: cannot connect: {error.strerror or error}") from None
        raise AssertionError("unreachable")

    def _check(self, method: str, path: str, status: int, body: bytes, ok=(200, 201, 204)) -> None:
        if status == 401:
            raise PublishError(f"{self.url}: the database refused the user name or password (HTTP 401)")
        if status not in ok:
            message = body.decode("utf-8", "replace").strip().splitlines()
            raise PublishError(f"{self.url}: {method} {path} answered HTTP {status}: {message[0] if message else ''}")

    def ensure_database(self) -> bool:
        """Create the database if it does not exist; True if it was created."""
        status, body = self._request("GET", self.path)
        if status == 200:
            return False
        if status == 401:
            self._check("GET", self.path, status, body)
        status, body = self._request("PUT", self.path)
        if status in (200, 201, 204):
            return True
        return False  # eXist-db: the collection is made by the first document stored in it

    def store(self, name: str, data: bytes) -> None:
        path = f"{self.path}/{urllib.parse.quote(name)}"
        status, body = self._request("PUT", path, data, "application/xml")
        self._check("PUT", path, status, body)

    def query(self, xquery: str) -> str:
        path = f"{self.path}?query={urllib.parse.quote(xquery)}"
        status, body = self._request("GET", path)
        self._check("GET", f"{self.path}?query=...", status, body)
        return body.decode("utf-8")

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class BaseXTarget:
    """A BaseX server spoken to over its own client/server protocol (docs.basex.org: Server Protocol)."""

    def __init__(self, url: str, user: str | None, password: str | None, timeout: float = 60):
        parts = urllib.parse.urlsplit(url)
        self.host, self.port = parts.hostname or "localhost", parts.port or 1984
        self.database = parts.path.strip("/")
        if not self.database or "/" in self.database:
            raise PublishError(f"{url}: give the database as the path, e.g. basex://localhost:1984/edition")
        self.url = f"basex://{self.host}:{self.port}/{self.database}"
        user = user if user is not None else urllib.parse.unquote(parts.username or "") or "admin"
        password = password if password is not None else urllib.parse.unquote(parts.password or "")
        try:
            self.socket = socket.create_connection((self.host, self.port), timeout=timeout)
        except OSError as error:
            raise PublishError(f"{self.url}: cannot connect: {error.strerror or error}") from None
        self._buffer = b""
        greeting = self._read_string()
        if ":" in greeting:  # BaseX 8 and later: realm:nonce, digest authentication
            realm, nonce = greeting.split(":", 1)
            secret = hashlib.md5(f"{user}:{realm}:{password}".encode("utf-8")).hexdigest()
        else:
            nonce, secret = greeting, hashlib.md5(password.encode("utf-8")).hexdigest()
        answer = hashlib.md5((secret + nonce).encode("utf-8")).hexdigest()
        self.socket.sendall(user.encode("utf-8") + b"\0" + answer.encode("ascii") + b"\0")
        if self._read_byte() != 0:
            self.socket.close()
            raise PublishError(f"{self.url}: the server refused the user name or password")

    # -- the wire ---------------------------------------------------------------
    def _fill(self) -> None:
        chunk = self.socket.recv(65536)
        if not chunk:
            raise PublishError(f"{self.url}: the server closed the connection")
        self._buffer += chunk

    def _read_byte(self) -> int:
        while not self._buffer:
            self._fill()
        byte, self._buffer = self._buffer[0], self._buffer[1:]
        return byte

    def _read_string(self) -> str:
        out = bytearray()
        while True:
            byte = self._read_byte()
            if byte == 0:
                return out.decode("utf-8", "replace")
            if byte == 0xFF:
                byte = self._read_byte()
            out.append(byte)

    @staticmethod
    def _escape(data: bytes) -> bytes:
        return data.replace(b"\xff", b"\xff\xff").replace(b"\0", b"\xff\0")

    def command(self, text: str) -> str:
        self.socket.sendall(self._escape(text.encode("utf-8")) + b"\0")
        result = self._read_string()
        info = self._read_string()
        if self._read_byte() != 0:
            raise PublishError(f"{self.url}: {text.split()[0]} failed: {info.strip()}")
        return result

    # -- the target -------------------------------------------------------------
    def ensure_database(self) -> bool:
        exists = self.command(f"XQUERY db:exists('{self.database}')").strip() == "true"
        if not exists:
            self.command(f"CREATE DB {self.database}")
        self.command(f"OPEN {self.database}")
        return not exists

    def store(self, name: str, data: bytes) -> None:
        self.socket.sendall(b"\x0c" + self._escape(name.encode("utf-8")) + b"\0" + self._escape(data) + b"\0")  # REPLACE
        info = self._read_string()
        if self._read_byte() != 0:
            raise PublishError(f"{self.url}: storing {name} failed: {info.strip()}")

    def query(self, xquery: str) -> str:
        self.command(f"OPEN {self.database}")
        return self.command("XQUERY " + xquery)

    def close(self) -> None:
        try:
            self.socket.sendall(b"exit\0")
        except OSError:
            pass
        self.socket.close()


def open_target(url: str, *, user: str | None = None, password: str | None = None):
    """The database at url: RestTarget for http(s)://, BaseXTarget for basex://."""
    scheme = urllib.parse.urlsplit(url).scheme
    if scheme in ("http", "https"):
        return RestTarget(url, user, password)
    if scheme == "basex":
        return BaseXTarget(url, user, password)
    raise PublishError(f"{url}: the URL must start with http://, https:// (REST) or basex:// (BaseX server protocol)")


def publish(
    files: Iterable[Path],
    url: str,
    *,
    user: str | None = None,
    password: str | None = None,
    progress: Callable[[Path], None] | None = None,
) -> PublishReport:
    """Store every TEI file in the database at url (created if missing), each under its file name."""
    target = open_target(url, user=user, password=password)
    report = PublishReport(database=target.url)
    try:
        report.created = target.ensure_database()
        for path in files:
            target.store(path.name, Path(path).read_bytes())
            report.documents += 1
            if progress:
                progress(path)
    finally:
        target.close()
    return report
