"""Encrypted content logging of gateway calls, under the DUA's retention (#12, #7).

A DUA may allow the gateway to keep what a call sent and what came back
(``gateway.content_logging``, off by default). When it does, each call's
content is one file, encrypted with AES-256-GCM under a key of the node that
never leaves its home::

    <home>/gateway-content.key                       32 random bytes, 0600
    <home>/gateway/content/<YYYY-MM-DD>/<call>.bin   one call, 0600 (folders 0700)

and is registered in ``artefacts`` (kind ``gateway_content``) with the DUA's
deadline, in the caller's transaction, so ``custos node purge`` deletes it
when ``retention_days`` have passed and signs a deletion certificate for it.

File layout (all but the ciphertext is public)::

    b"custos-gwc/1\\n" <dua id> b"\\n" <12-byte nonce> <ciphertext + 16-byte tag>

The associated data binds the call id (the file's name) and the DUA id, so a
file renamed to another call, or relabelled to another DUA, does not decrypt.

What the key does not cover: anyone who can read the node home reads the key
too. The encryption keeps content out of backups, copies and disk images
taken without the key. A purge removes the files, not the key (it is shared
by every call); copies of removed files that outlive a purge (snapshots,
backups) stay readable to whoever also holds the key.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import stat
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, insert

from custos.core._clock import isoformat
from custos.core._errors import ConfigError, Conflict, IntegrityError, InvalidInput, NotFound
from custos.core._ids import IDENT_PATTERN
from custos.core._schema import artefacts

__all__ = ["ContentLog"]

FORMAT = "custos.gateway_content/v1"
KIND = "gateway_content"
CLAUSE = "gateway.content_logging.retention_days"
KEY_FILE = "gateway-content.key"
CONTENT_DIR = ("gateway", "content")

_MAGIC = b"custos-gwc/1\n"
_KEY_BYTES = 32
_NONCE_BYTES = 12
_CALL_ID = re.compile(r"gw-[0-9a-f]{16}")
# fullmatch: ``$`` in IDENT_PATTERN would let a trailing newline through.
_DUA_ID = re.compile(IDENT_PATTERN.removeprefix("^").removesuffix("$"))
# The purge may remove an empty date folder between our mkdir and our write.
_CREATE_TRIES = 3


def _utc(ts: datetime) -> datetime:
    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts.astimezone(UTC)


def _aad(call_id: str, dua_id: str) -> bytes:
    return _MAGIC + f"{call_id}\n{dua_id}".encode("ascii")


def _check_call_id(call_id: object) -> list[str]:
    if isinstance(call_id, str) and _CALL_ID.fullmatch(call_id):
        return []
    return ["call_id must be 'gw-' followed by 16 lower-case hex digits"]


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_new(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file readable by its owner only (fails if it exists)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        path.unlink(missing_ok=True)
        raise
    os.close(fd)


class ContentLog:
    """Encrypted per-call content files of the gateway, registered for purge.

    Parameters
    ----------
    home:
        The node home. The key is ``home / "gateway-content.key"``, created on
        the first :meth:`write`.
    """

    def __init__(self, home: Path) -> None:
        self.home = Path(home)
        self.key_path = self.home / KEY_FILE
        self.root = self.home.joinpath(*CONTENT_DIR)
        self._lock = threading.Lock()
        self._aead: AESGCM | None = None

    # -- key ----------------------------------------------------------------

    def _load_key(self) -> AESGCM:
        try:
            st = self.key_path.lstat()
        except FileNotFoundError:
            raise ConfigError(
                "the gateway content key does not exist; logged content cannot be read",
                code="gateway.content_key_missing",
            ) from None
        if not stat.S_ISREG(st.st_mode):
            raise ConfigError(
                "the gateway content key is not a regular file", code="gateway.content_key_invalid"
            )
        if st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise ConfigError(
                "the gateway content key is readable by others (chmod 600 it)",
                code="gateway.content_key_mode",
            )
        try:
            fd = os.open(self.key_path, os.O_RDONLY | os.O_NOFOLLOW)
            with os.fdopen(fd, "rb") as fh:
                key = fh.read(_KEY_BYTES + 1)
        except OSError as exc:
            raise ConfigError(
                "the gateway content key cannot be read", code="gateway.content_key_invalid"
            ) from exc
        if len(key) != _KEY_BYTES:
            raise ConfigError(
                "the gateway content key is not 32 bytes", code="gateway.content_key_invalid"
            )
        return AESGCM(key)

    def _create_key(self) -> None:
        """Create the key atomically: complete or absent, never overwritten."""
        tmp = self.home / f".{KEY_FILE}.{secrets.token_hex(8)}.tmp"
        _write_new(tmp, secrets.token_bytes(_KEY_BYTES))
        try:
            os.link(tmp, self.key_path)  # fails if a key exists: the first one wins
        except FileExistsError:
            pass
        finally:
            tmp.unlink()
        _fsync_dir(self.home)

    def _key(self, *, create: bool) -> AESGCM:
        with self._lock:
            if self._aead is None:
                if create and not os.path.lexists(self.key_path):
                    self._create_key()
                self._aead = self._load_key()
            return self._aead

    # -- write --------------------------------------------------------------

    def _folder(self, day: str) -> Path:
        """``gateway/content/<day>``, each level created 0700; no linked folder on the way."""
        path = self.home
        for part in (*CONTENT_DIR, day):
            path = path / part
            with contextlib.suppress(FileExistsError):
                path.mkdir(mode=0o700)
            if path.is_symlink() or not path.is_dir():
                raise ConfigError(
                    f"{'/'.join(path.relative_to(self.home).parts)} is not a folder of the node",
                    code="gateway.content_folder",
                )
        return path

    def write(
        self,
        conn: Connection,
        *,
        call_id: str,
        dua_id: str,
        at: datetime,
        retention_days: int,
        sent: bytes,
        received: bytes,
    ) -> str:
        """Encrypt one call's content to a new file and register it for purge.

        The ``artefacts`` row is inserted in ``conn`` (the caller's
        transaction); if that insert fails the file is removed again. Should
        the caller's transaction roll back later, the file is left
        unregistered: the caller removes it with :meth:`discard`.

        Returns
        -------
        str
            The file's path relative to the node home (POSIX form).

        Raises
        ------
        InvalidInput
            A malformed call id, DUA id or retention (nothing is written).
        Conflict
            Content of this call is logged already (``gateway.content_exists``).
        ConfigError
            The key is unusable (e.g. readable by others), or a folder of the
            content tree is a link.
        """
        problems = _check_call_id(call_id)
        if not (isinstance(dua_id, str) and _DUA_ID.fullmatch(dua_id)):
            problems.append("dua_id must be an identifier (lower-case letters, digits, . _ -)")
        if not isinstance(retention_days, int) or isinstance(retention_days, bool):
            problems.append("retention_days must be an integer")
        elif retention_days < 1:
            problems.append("retention_days must be at least 1")
        if not isinstance(sent, bytes) or not isinstance(received, bytes):
            problems.append("sent and received must be bytes")
        if problems:
            raise InvalidInput.from_violations(
                "cannot log gateway content", problems, code="gateway.content_invalid"
            )
        at = _utc(at)
        aead = self._key(create=True)
        record = {
            "format": FORMAT,
            "call": call_id,
            "dua": dua_id,
            "at": isoformat(at),
            "sent": sent.decode("utf-8", errors="replace"),
            "received": received.decode("utf-8", errors="replace"),
        }
        plaintext = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
        nonce = secrets.token_bytes(_NONCE_BYTES)
        blob = (
            _MAGIC
            + dua_id.encode("ascii")
            + b"\n"
            + nonce
            + aead.encrypt(nonce, plaintext, _aad(call_id, dua_id))
        )
        if self._find(call_id):
            raise Conflict("content of this call is logged already", code="gateway.content_exists")

        day = at.date().isoformat()
        name = f"{call_id}.bin"
        for attempt in range(_CREATE_TRIES):
            folder = self._folder(day)
            tmp = folder / f".{call_id}.{secrets.token_hex(8)}.tmp"
            try:
                _write_new(tmp, blob)
                break
            except FileNotFoundError:  # a purge pruned the empty folder meanwhile
                if attempt == _CREATE_TRIES - 1:
                    raise
        target = folder / name
        try:
            os.link(tmp, target)  # never replaces a file already there
        except FileExistsError:
            raise Conflict(
                "content of this call is logged already", code="gateway.content_exists"
            ) from None
        finally:
            tmp.unlink()
        _fsync_dir(folder)

        rel = target.relative_to(self.home).as_posix()
        try:
            conn.execute(
                insert(artefacts).values(
                    job_id=None,
                    dataset=None,
                    dua_id=dua_id,
                    kind=KIND,
                    path=rel,
                    sha256=hashlib.sha256(blob).hexdigest(),
                    size=len(blob),
                    clause=CLAUSE,
                    created_at=at,
                    delete_after=at + timedelta(days=retention_days),
                    status="pending",
                )
            )
        except BaseException:
            target.unlink(missing_ok=True)
            _fsync_dir(folder)
            raise
        return rel

    def discard(self, call_id: str) -> None:
        """Remove a call's content file that no committed row registers (after a rollback).

        Raises
        ------
        InvalidInput
            A malformed call id.
        """
        self._validate(call_id)
        for path in self._find(call_id):
            path.unlink(missing_ok=True)
            _fsync_dir(path.parent)

    # -- read ---------------------------------------------------------------

    def _validate(self, call_id: str) -> None:
        problems = _check_call_id(call_id)
        if problems:
            raise InvalidInput.from_violations(
                "not a gateway call id", problems, code="gateway.content_invalid"
            )

    def _find(self, call_id: str) -> list[Path]:
        # call_id is validated: no glob metacharacters, no separators.
        return sorted(self.root.glob(f"*/{call_id}.bin"))

    def read(self, call_id: str) -> dict[str, Any]:
        """Decrypt one call's logged content.

        Returns
        -------
        dict
            ``{"format", "call", "dua", "at", "sent", "received"}``.

        Raises
        ------
        InvalidInput
            A malformed call id.
        NotFound
            Nothing is logged for this call (never logged, or purged).
        IntegrityError
            The file does not authenticate under the key (tampered, renamed,
            or another key).
        ConfigError
            The key is missing or unusable.
        """
        self._validate(call_id)
        found = self._find(call_id)
        if not found:
            raise NotFound(
                "no content is logged for this call (never logged, or purged)",
                code="gateway.content_not_found",
            )
        if len(found) > 1:
            raise IntegrityError(
                "content of this call is logged more than once",
                code="gateway.content_duplicate",
            )
        try:
            fd = os.open(found[0], os.O_RDONLY | os.O_NOFOLLOW)
            with os.fdopen(fd, "rb") as fh:
                blob = fh.read()
        except FileNotFoundError:  # purged between the glob and the open
            raise NotFound(
                "no content is logged for this call (never logged, or purged)",
                code="gateway.content_not_found",
            ) from None
        except OSError as exc:
            raise IntegrityError(
                "the content file cannot be read", code="gateway.content_unreadable"
            ) from exc
        aead = self._key(create=False)
        tampered = IntegrityError(
            "the content file does not authenticate (tampered, moved, or another key)",
            code="gateway.content_tampered",
        )
        if not blob.startswith(_MAGIC):
            raise tampered
        head, sep, rest = blob[len(_MAGIC) :].partition(b"\n")
        dua_id = head.decode("ascii", errors="replace")
        if not sep or not _DUA_ID.fullmatch(dua_id) or len(rest) < _NONCE_BYTES + 16:
            raise tampered
        nonce, ciphertext = rest[:_NONCE_BYTES], rest[_NONCE_BYTES:]
        try:
            plaintext = aead.decrypt(nonce, ciphertext, _aad(call_id, dua_id))
        except InvalidTag:
            raise tampered from None
        record: dict[str, Any] = json.loads(plaintext)
        if record.get("format") != FORMAT or record.get("call") != call_id:
            raise tampered
        if record.get("dua") != dua_id:
            raise tampered
        return record
