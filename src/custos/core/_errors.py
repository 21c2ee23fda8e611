"""One exception hierarchy for custos.

Every error that reaches a user carries a stable ``code`` and a *public*
message that never contains patient data (no cell values, no record
contents, no free text from a dataset). Details that may be sensitive go to
the audit log, never to a message.

::

    CustosError                      exit 1
    ├── ConfigError                  exit 78  bad or missing configuration
    │   └── NodeNotInitialized       exit 78  no node home yet
    ├── InvalidInput                 exit 65  a file or argument is malformed;
    │                                         lists every violation at once
    ├── NotFound                     exit 66  unknown dataset, DUA, job, ...
    ├── Conflict                     exit 75  already exists / wrong state
    ├── SignatureError               exit 77  a signature does not verify
    ├── PolicyDenied                 exit 77  a rule of a DUA or policy refuses
    ├── IntegrityError               exit 70  tampering or corruption detected
    └── StorageError                 exit 74  the database cannot be used

Exit codes follow BSD ``sysexits.h`` so scripts can tell the classes apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


class CustosError(Exception):
    """Root of every error custos raises on purpose.

    Parameters
    ----------
    message:
        Public, sanitized, one-line explanation. Must not contain patient data.
    code:
        Stable machine-readable code, e.g. ``"dataset.direct_identifier_not_excluded"``.
    details:
        Further public lines (e.g. every violation of a validator).
    """

    code: str = "custos.error"
    exit_code: int = 1

    def __init__(
        self, message: str, *, code: str | None = None, details: Sequence[str] = ()
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.details: tuple[str, ...] = tuple(details)

    def __str__(self) -> str:
        return self.message

    def to_dict(self) -> dict[str, object]:
        """Public JSON form of the error (for ``--json`` and the API)."""
        return {"code": self.code, "message": self.message, "details": list(self.details)}


class ConfigError(CustosError):
    """Configuration is missing, malformed or inconsistent."""

    code = "config.invalid"
    exit_code = 78


class NodeNotInitialized(ConfigError):
    """The node home does not exist or is incomplete."""

    code = "node.not_initialized"


class InvalidInput(CustosError):
    """A file or argument is malformed; ``details`` lists every violation."""

    code = "input.invalid"
    exit_code = 65

    @classmethod
    def from_violations(
        cls, what: str, violations: Iterable[str], *, code: str | None = None
    ) -> InvalidInput:
        items = list(violations)
        noun = "problem" if len(items) == 1 else "problems"
        return cls(f"{what}: {len(items)} {noun}", code=code, details=items)


class NotFound(CustosError):
    """A named object does not exist on this node."""

    code = "not_found"
    exit_code = 66


class Conflict(CustosError):
    """The object exists already, or is in a state that forbids the action."""

    code = "conflict"
    exit_code = 75


class SignatureError(CustosError):
    """A signature is missing, malformed or does not verify."""

    code = "signature.invalid"
    exit_code = 77


class PolicyDenied(CustosError):
    """A DUA clause or institutional policy rule refuses the action."""

    code = "policy.denied"
    exit_code = 77


class IntegrityError(CustosError):
    """Tampering or corruption was detected (audit log, fingerprint, bundle)."""

    code = "integrity.violation"
    exit_code = 70


class StorageError(CustosError):
    """The node database cannot be opened, migrated or written."""

    code = "storage.error"
    exit_code = 74
