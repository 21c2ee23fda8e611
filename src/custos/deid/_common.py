"""What the three de-identifiers share: the hospital's secret, keyed
pseudonyms, per-patient date shifts, UID remapping, the encrypted re-linking
table and the run report.

One secret per hospital (``custos deid keygen``) drives every keyed choice, so
the same patient gets the same surrogate name, the same date shift and the
same remapped UIDs in DICOM headers, in notes and in tables, run after run,
while nobody without the secret can reverse or predict them. Each choice uses
HMAC-SHA256 with its own domain label ("date-shift", "uid", ...), so knowing
one kind of output tells nothing about another.

The re-linking table (surrogate -> original) is the only place the originals
survive; it is written encrypted (AES-256-GCM, key derived from the secret
with HKDF under its own label) and is meant to stay at the hospital.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

import custos
from custos.core._errors import ConfigError, IntegrityError, InvalidInput

SECRET_BYTES = 32
_SECRET_HEADER = "custos-deid-secret-v1"  # noqa: S105 (a file-format tag, not a secret)
_RELINK_MAGIC = b"custos-relink-v1\n"


class DeidSecret:
    """The hospital's de-identification secret (32 random bytes).

    Never printed: ``repr`` shows only a fingerprint, so a secret that ends up
    in a log or a traceback is not disclosed by it.
    """

    __slots__ = ("_key",)

    def __init__(self, key: bytes) -> None:
        if len(key) != SECRET_BYTES:
            raise ConfigError(
                f"a de-identification secret is {SECRET_BYTES} bytes", code="deid.secret_invalid"
            )
        self._key = bytes(key)

    @classmethod
    def generate(cls) -> DeidSecret:
        return cls(secrets.token_bytes(SECRET_BYTES))

    @property
    def fingerprint(self) -> str:
        """A public identifier of the secret (first 16 hex of a labelled hash)."""
        return hashlib.sha256(b"custos-deid-fingerprint\0" + self._key).hexdigest()[:16]

    def __repr__(self) -> str:
        return f"DeidSecret(fingerprint={self.fingerprint})"

    def mac(self, domain: str, value: str) -> bytes:
        """HMAC-SHA256 of ``value`` under this secret, separated by ``domain``."""
        msg = domain.encode() + b"\0" + value.encode("utf-8", "surrogatepass")
        return hmac.new(self._key, msg, hashlib.sha256).digest()

    def mac_int(self, domain: str, value: str) -> int:
        return int.from_bytes(self.mac(domain, value), "big")

    def choose(self, domain: str, value: str, n: int) -> int:
        """A keyed, deterministic index in ``range(n)``; bias below 2**-200."""
        if n <= 0:
            raise ValueError("n must be positive")
        return self.mac_int(domain, value) % n

    def derive_key(self, label: str) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label.encode()).derive(
            self._key
        )

    def save(self, path: Path) -> None:
        """Write the secret to a new file readable by its owner only."""
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise ConfigError(
                "the secret file exists already; refusing to overwrite a hospital secret",
                code="deid.secret_exists",
            ) from None
        with os.fdopen(fd, "w") as f:
            f.write(f"{_SECRET_HEADER}\n{self._key.hex()}\n")

    @classmethod
    def load(cls, path: Path) -> DeidSecret:
        try:
            text = path.read_text(encoding="ascii")
        except FileNotFoundError:
            raise ConfigError(
                "the de-identification secret file does not exist "
                "(create one with: custos deid keygen FILE)",
                code="deid.secret_missing",
            ) from None
        except (OSError, UnicodeDecodeError):
            raise ConfigError(
                "the de-identification secret file cannot be read", code="deid.secret_invalid"
            ) from None
        lines = text.split()
        if len(lines) != 2 or lines[0] != _SECRET_HEADER:
            raise ConfigError(
                "not a custos de-identification secret file", code="deid.secret_invalid"
            )
        try:
            key = bytes.fromhex(lines[1])
        except ValueError:
            raise ConfigError(
                "the de-identification secret file is corrupt", code="deid.secret_invalid"
            ) from None
        return cls(key)


def date_shift_days(secret: DeidSecret, patient: str, *, max_days: int = 365) -> int:
    """The patient's date shift: a keyed whole number of days in [-max_days, -1].

    Always backwards and never zero, so a shifted date is never the real one;
    the same for a patient everywhere the same secret is used, which keeps
    intervals between a patient's events exact (Retain Longitudinal Temporal
    Information with Modified Dates).
    """
    if max_days < 1:
        raise ValueError("max_days must be at least 1")
    return -1 - secret.choose("date-shift", patient, max_days)


def pseudonym(secret: DeidSecret, domain: str, value: str) -> str:
    """A keyed, stable pseudonym: 80 bits of HMAC in base32 (16 characters)."""
    return base64.b32encode(secret.mac(domain, value.strip())[:10]).decode("ascii")


def patient_pseudonym(secret: DeidSecret, patient_id: str) -> str:
    """The patient's pseudonym, the same in DICOM headers, notes and tables
    (``PT-`` and 16 base32 characters), so one patient links across them at
    the hospital while the original identifier stays in the re-link table."""
    return "PT-" + pseudonym(secret, "patient-id", patient_id)


def remap_uid(secret: DeidSecret, uid: str) -> str:
    """A new DICOM UID for ``uid``: ``2.25.`` followed by a keyed 128-bit integer.

    2.25 is the root for UIDs made from UUIDs (PS3.5 B.2), which needs no
    registered organisation root; 128 bits keep collisions negligible, and the
    result has at most 44 characters (the limit is 64).
    """
    value = secret.mac_int("uid", uid.strip().rstrip("\0")) >> 128
    return f"2.25.{value}"


@dataclass
class RelinkTable:
    """Surrogate -> original pairs, kept at the hospital and only encrypted.

    ``kind`` groups the pairs ("patient_id", "uid", "name", ...). Adding the
    same pair twice keeps one; two different originals for one surrogate is a
    keyed-hash collision and raises rather than losing a link.
    """

    entries: dict[str, dict[str, str]] = field(default_factory=dict)

    def add(self, kind: str, surrogate: str, original: str) -> None:
        table = self.entries.setdefault(kind, {})
        prev = table.get(surrogate)
        if prev is not None and prev != original:
            raise IntegrityError(
                "two originals map to one surrogate; refusing to lose a re-link",
                code="deid.relink_collision",
            )
        table[surrogate] = original

    def __len__(self) -> int:
        return sum(len(t) for t in self.entries.values())

    def items(self) -> Iterator[tuple[str, str, str]]:
        for kind, table in sorted(self.entries.items()):
            for surrogate, original in sorted(table.items()):
                yield kind, surrogate, original

    def save(self, path: Path, secret: DeidSecret) -> None:
        """Encrypt and write (AES-256-GCM; merges with an existing table there)."""
        if path.exists():
            old = RelinkTable.load(path, secret)
            for kind, surrogate, original in old.items():
                self.add(kind, surrogate, original)
        plain = json.dumps(self.entries, sort_keys=True, separators=(",", ":")).encode()
        nonce = secrets.token_bytes(12)
        aead = AESGCM(secret.derive_key("custos-relink-v1"))
        blob = _RELINK_MAGIC + nonce + aead.encrypt(nonce, plain, _RELINK_MAGIC)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path, secret: DeidSecret) -> RelinkTable:
        try:
            blob = path.read_bytes()
        except OSError:
            raise InvalidInput(
                "the re-linking table cannot be read", code="deid.relink_unreadable"
            ) from None
        if not blob.startswith(_RELINK_MAGIC) or len(blob) < len(_RELINK_MAGIC) + 28:
            raise InvalidInput("not a custos re-linking table", code="deid.relink_invalid")
        body = blob[len(_RELINK_MAGIC) :]
        aead = AESGCM(secret.derive_key("custos-relink-v1"))
        try:
            plain = aead.decrypt(body[:12], body[12:], _RELINK_MAGIC)
        except InvalidTag:
            raise IntegrityError(
                "the re-linking table does not open with this secret, or was altered",
                code="deid.relink_tampered",
            ) from None
        entries = json.loads(plain)
        return cls(entries={k: dict(v) for k, v in entries.items()})


@dataclass
class DeidReport:
    """What one de-identification run did, for the data card and the auditor.

    Counts and names only: a report never holds a value from the data (no
    names, dates or identifiers), because it travels with the dataset's card.
    """

    kind: str  # "dicom" | "text" | "table"
    method: str  # e.g. "DICOM PS3.15 E.1-1 Basic Profile + options"
    options: dict[str, Any] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)  # relative path -> sha256
    secret_fingerprint: str | None = None
    created_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "custos-deid-report-v1",
            "kind": self.kind,
            "method": self.method,
            "custos_version": custos.__version__,
            "created_at": self.created_at,
            "secret_fingerprint": self.secret_fingerprint,
            "options": self.options,
            "counts": self.counts,
            "details": self.details,
            "warnings": self.warnings,
            "outputs": self.outputs,
        }

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_dict(), indent=2, sort_keys=True) + "\n")

    @staticmethod
    def read(path: Path) -> Mapping[str, Any]:
        try:
            data = json.loads(path.read_text())
        except (OSError, ValueError):
            raise InvalidInput(
                "the de-identification report cannot be read", code="deid.report_invalid"
            ) from None
        if not isinstance(data, dict) or data.get("format") != "custos-deid-report-v1":
            raise InvalidInput("not a custos de-identification report", code="deid.report_invalid")
        return data


REPORT_NAME = "deid-report.json"
RELINK_NAME = "relink.enc"
REPORT_SUFFIX = ".deid.json"


def report_path_for(out: Path) -> Path:
    """Where a run writing ``out`` puts its report: inside an output folder,
    beside an output file (``OUT.deid.json``)."""
    return out / REPORT_NAME if out.is_dir() else out.with_name(out.name + REPORT_SUFFIX)


def report_candidates(file: Path) -> list[Path]:
    """Reports that may describe ``file``, nearest first."""
    paths = [file.with_name(file.name + REPORT_SUFFIX), file.parent / REPORT_NAME]
    return [p for p in paths if p.is_file()]
