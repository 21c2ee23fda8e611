"""Encrypted gateway content logging on a real node: round trip, tampering, keys, purge."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest
from sqlalchemy import Connection, select

from custos.core._errors import (
    ConfigError,
    Conflict,
    IntegrityError,
    InvalidInput,
    NotFound,
    StorageError,
)
from custos.core._schema import artefacts
from custos.gateway._content import CLAUSE, FORMAT, KIND, ContentLog
from custos.governance._retention import list_artefacts, purge, verify_certificate
from custos.node import Node

AT = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
CALL = "gw-0123456789abcdef"
DUA = "acme-notes-2026"
DAYS = 30
SENT = b'{"messages": [{"role": "user", "content": "Summarise: Jane Roe, MRN 4411"}]}'
RECEIVED = "Patient Jane Roe improved; caf\u00e9 diet. \xff".encode("latin-1")


def _log(node: Node, log: ContentLog | None = None, *, call_id: str = CALL) -> str:
    log = log or ContentLog(node.settings.home)
    with node.operation() as conn:
        return log.write(
            conn,
            call_id=call_id,
            dua_id=DUA,
            at=AT,
            retention_days=DAYS,
            sent=SENT,
            received=RECEIVED,
        )


def _file(node: Node, rel: str) -> Path:
    return node.settings.home / rel


def test_content_written_then_read_back_is_the_same_record(node: Node) -> None:
    rel = _log(node)
    assert rel == f"gateway/content/2026-03-14/{CALL}.bin"
    record = ContentLog(node.settings.home).read(CALL)
    assert record == {
        "format": FORMAT,
        "call": CALL,
        "dua": DUA,
        "at": "2026-03-14T09:30:00.000000Z",
        "sent": SENT.decode(),
        # bytes that are not UTF-8 are kept as replacement characters
        "received": RECEIVED.decode("utf-8", errors="replace"),
    }


def test_the_file_and_key_are_private_and_hold_no_plaintext(node: Node) -> None:
    rel = _log(node)
    home = node.settings.home
    data = _file(node, rel).read_bytes()
    for needle in (b"Jane Roe", b"MRN 4411", b"Summarise", b"improved"):
        assert needle not in data
    assert stat.S_IMODE(_file(node, rel).stat().st_mode) == 0o600
    assert stat.S_IMODE((home / "gateway-content.key").stat().st_mode) == 0o600
    assert (home / "gateway-content.key").stat().st_size == 32
    for folder in ("gateway/content", "gateway/content/2026-03-14"):
        assert stat.S_IMODE((home / folder).stat().st_mode) == 0o700
    assert not list(_file(node, rel).parent.glob(".*"))  # no temporary file left


def test_the_key_is_created_once_and_never_replaced(node: Node) -> None:
    key = node.settings.home / "gateway-content.key"
    _log(node)
    first = key.read_bytes()
    _log(node, call_id="gw-00000000000000ff")
    assert key.read_bytes() == first
    assert ContentLog(node.settings.home).read(CALL)["call"] == CALL


def test_a_flipped_byte_does_not_authenticate(node: Node) -> None:
    path = _file(node, _log(node))
    data = bytearray(path.read_bytes())
    data[-20] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(IntegrityError) as exc:
        ContentLog(node.settings.home).read(CALL)
    assert exc.value.code == "gateway.content_tampered"


def test_a_file_relabelled_to_another_dua_does_not_authenticate(node: Node) -> None:
    path = _file(node, _log(node))
    path.write_bytes(path.read_bytes().replace(DUA.encode(), b"other-dua-2026", 1))
    with pytest.raises(IntegrityError):
        ContentLog(node.settings.home).read(CALL)


def test_a_file_renamed_to_another_call_does_not_authenticate(node: Node) -> None:
    path = _file(node, _log(node))
    other = "gw-ffffffffffffffff"
    path.rename(path.with_name(f"{other}.bin"))
    with pytest.raises(IntegrityError):
        ContentLog(node.settings.home).read(other)


def test_another_key_does_not_authenticate(node: Node) -> None:
    _log(node)
    key = node.settings.home / "gateway-content.key"
    key.write_bytes(os.urandom(32))
    with pytest.raises(IntegrityError) as exc:
        ContentLog(node.settings.home).read(CALL)
    assert exc.value.code == "gateway.content_tampered"


def test_a_key_readable_by_others_is_refused(node: Node) -> None:
    _log(node)
    key = node.settings.home / "gateway-content.key"
    key.chmod(0o644)
    with pytest.raises(ConfigError) as exc:
        ContentLog(node.settings.home).read(CALL)
    assert exc.value.code == "gateway.content_key_mode"
    with pytest.raises(ConfigError) as exc:
        _log(node, call_id="gw-00000000000000ff")
    assert exc.value.code == "gateway.content_key_mode"
    assert not list((node.settings.home / "gateway" / "content").glob("*/gw-00000000000000ff*"))


def test_a_key_of_the_wrong_size_is_refused(node: Node) -> None:
    key = node.settings.home / "gateway-content.key"
    fd = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.write(fd, b"short")
    os.close(fd)
    with pytest.raises(ConfigError) as exc:
        _log(node)
    assert exc.value.code == "gateway.content_key_invalid"
    assert key.read_bytes() == b"short"  # never overwritten


def test_content_cannot_be_read_without_its_key(node: Node) -> None:
    _log(node)
    (node.settings.home / "gateway-content.key").unlink()
    with pytest.raises(ConfigError) as exc:
        ContentLog(node.settings.home).read(CALL)
    assert exc.value.code == "gateway.content_key_missing"


@pytest.mark.parametrize(
    "call_id", ["../../x", "gw-0123456789abcdef/../../x", "gw-0123456789ABCDEF", "gw-*", ""]
)
def test_a_malformed_call_id_is_refused_and_nothing_is_written(node: Node, call_id: str) -> None:
    home = node.settings.home
    with pytest.raises(InvalidInput) as exc:
        _log(node, call_id=call_id)
    assert exc.value.code == "gateway.content_invalid"
    assert not (home / "gateway").exists()
    assert not (home / "gateway-content.key").exists()
    assert list_artefacts(node) == []
    with pytest.raises(InvalidInput):
        ContentLog(home).read(call_id)


@pytest.mark.parametrize("dua_id", ["../x", "Acme", "acme\n", "a/b", ""])
def test_a_malformed_dua_id_is_refused_and_nothing_is_written(node: Node, dua_id: str) -> None:
    with node.operation() as conn, pytest.raises(InvalidInput):
        ContentLog(node.settings.home).write(
            conn, call_id=CALL, dua_id=dua_id, at=AT, retention_days=DAYS, sent=b"", received=b""
        )
    assert not (node.settings.home / "gateway").exists()
    assert list_artefacts(node) == []


def test_every_problem_is_reported_at_once(node: Node) -> None:
    with node.operation() as conn, pytest.raises(InvalidInput) as exc:
        ContentLog(node.settings.home).write(
            conn, call_id="x", dua_id="X", at=AT, retention_days=0, sent=b"", received=b""
        )
    assert len(exc.value.details) == 3


def test_a_call_is_logged_once(node: Node) -> None:
    _log(node)
    with pytest.raises(Conflict) as exc:
        _log(node)
    assert exc.value.code == "gateway.content_exists"
    assert len(list_artefacts(node)) == 1
    assert ContentLog(node.settings.home).read(CALL)["call"] == CALL


class _FailingConnection:
    """A transaction whose insert fails (the database refused it)."""

    def execute(self, *args: object, **kwargs: object) -> None:
        raise StorageError("the database refused the insert", code="storage.test")


def test_a_failed_insert_leaves_no_file(node: Node) -> None:
    log = ContentLog(node.settings.home)
    with pytest.raises(StorageError):
        log.write(
            cast(Connection, _FailingConnection()),
            call_id=CALL,
            dua_id=DUA,
            at=AT,
            retention_days=DAYS,
            sent=SENT,
            received=RECEIVED,
        )
    assert not list((node.settings.home / "gateway" / "content").glob("*/*"))
    with pytest.raises(NotFound):
        log.read(CALL)
    assert list_artefacts(node) == []


def test_the_artefact_row_carries_the_dua_deadline(node: Node) -> None:
    rel = _log(node)
    data = _file(node, rel).read_bytes()
    [row] = list_artefacts(node)
    assert row.job_id is None
    assert row.dataset is None
    assert row.dua_id == DUA
    assert row.kind == KIND
    assert row.path == rel
    assert row.clause == CLAUSE
    assert row.size == len(data)
    assert row.sha256 == hashlib.sha256(data).hexdigest()
    assert row.status == "pending"
    assert row.created_at == "2026-03-14T09:30:00.000000Z"
    assert row.delete_after == "2026-04-13T09:30:00.000000Z"


def test_purge_leaves_content_before_its_deadline(node: Node) -> None:
    rel = _log(node)
    report = purge(node, now=AT + timedelta(days=DAYS) - timedelta(seconds=1))
    assert report.certificates == []
    assert _file(node, rel).exists()
    assert [a.status for a in list_artefacts(node)] == ["pending"]
    assert ContentLog(node.settings.home).read(CALL)["call"] == CALL


def test_purge_after_the_deadline_deletes_and_certifies_the_content(node: Node) -> None:
    rel = _log(node)
    report = purge(node, now=AT + timedelta(days=DAYS + 1))
    assert report.failed == []
    assert not _file(node, rel).exists()
    [row] = list_artefacts(node)
    assert row.status == "deleted"
    [cert] = report.certificates
    assert cert.dua == DUA
    assert row.certificate_id == cert.id
    verified = verify_certificate(cert.envelope, node.key.public_key)
    [item] = verified.items
    assert item["path"] == rel
    assert item["job"] is None
    assert item["kind"] == KIND
    assert item["sha256"] == row.sha256
    assert report.purged_jobs == []
    with pytest.raises(NotFound):
        ContentLog(node.settings.home).read(CALL)
    # A later call on a new day is logged again after the purge pruned the folders.
    with node.store.read() as conn:
        assert conn.execute(select(artefacts.c.status)).scalars().all() == ["deleted"]
    _log(node, call_id="gw-00000000000000ff")
    assert ContentLog(node.settings.home).read("gw-00000000000000ff")["dua"] == DUA
