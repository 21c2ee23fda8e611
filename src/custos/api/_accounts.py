"""People's accounts (argon2id), server-side sessions and signed-request nonces.

Nothing here imports FastAPI: ``custos user add`` uses it too. Every change
is audited with the acting principal; no password, token or hash is ever in
an audit entry, a message or a log line.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError as SAIntegrityError

from custos.api._policy import PERSON_ROLES, Role
from custos.core._errors import Conflict, CustosError, InvalidInput, NotFound
from custos.core._schema import nonces, sessions, users
from custos.node._node import Node

_NAME = re.compile(r"^[a-z][a-z0-9._-]{0,63}$")
MIN_PASSWORD = 12
MAX_PASSWORD = 1024


class AuthError(CustosError):
    """Not authenticated (HTTP 401): no, bad, expired or replayed credentials."""

    code = "auth.required"
    exit_code = 77


class Forbidden(CustosError):
    """Authenticated, but the role may not do this (HTTP 403)."""

    code = "auth.forbidden"
    exit_code = 77


def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()  # argon2id with the library's current defaults


def check_username(name: str) -> str:
    if not _NAME.match(name):
        raise InvalidInput(
            "a user name is 1 to 64 characters: lower-case letters, digits, '.', '_' or '-', "
            "starting with a letter",
            code="user.name",
        )
    return name


def parse_role(value: str) -> Role:
    try:
        role = Role(value)
    except ValueError:
        role = None
    if role is None or role not in PERSON_ROLES:
        raise InvalidInput(
            f"a person's role is one of: {', '.join(sorted(r.value for r in PERSON_ROLES))}",
            code="user.role",
        )
    return role


@dataclass(frozen=True)
class User:
    name: str
    role: Role
    created_at: datetime
    created_by: str
    disabled: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role.value,
            "created_at": self.created_at.isoformat(),
            "created_by": self.created_by,
            "disabled": self.disabled,
        }


def _hash_password(password: str) -> str:
    """The argon2id hash of an acceptable password (else InvalidInput)."""
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise InvalidInput(
            f"a password has {MIN_PASSWORD} to {MAX_PASSWORD} characters", code="user.password"
        )
    digest: str = _hasher().hash(password)
    return digest


def add_user(node: Node, name: str, role: str, password: str, *, actor: str) -> User:
    """Create a person's account. The password is stored as an argon2id hash only."""
    check_username(name)
    r = parse_role(role)
    digest = _hash_password(password)
    now = node.clock()
    with node.operation() as conn:
        if conn.execute(select(users.c.name).where(users.c.name == name)).first():
            raise Conflict(f"user '{name}' exists already", code="user.exists")
        conn.execute(
            insert(users).values(
                name=name,
                role=r.value,
                password_hash=digest,
                created_at=now,
                created_by=actor[:128],
            )
        )
        node.audit.append(
            conn, actor=actor, action="user.added", subject=f"user:{name}", details={"role": r}
        )
    return User(name, r, now, actor, False)


def list_users(node: Node) -> list[User]:
    with node.store.read() as conn:
        rows = conn.execute(select(users).order_by(users.c.name)).all()
    return [
        User(r.name, Role(r.role), r.created_at, r.created_by, r.disabled_at is not None)
        for r in rows
    ]


def _end_sessions(conn: Any, name: str, now: datetime) -> int:
    n: int = conn.execute(
        update(sessions)
        .where(sessions.c.username == name, sessions.c.ended_at.is_(None))
        .values(ended_at=now)
    ).rowcount
    return n


def set_disabled(node: Node, name: str, disabled: bool, *, actor: str) -> User:
    """Disable an account (its open sessions end at once) or enable it again."""
    check_username(name)
    now = node.clock()
    with node.operation() as conn:
        row = conn.execute(select(users).where(users.c.name == name)).first()
        if row is None:
            raise NotFound(f"no user '{name}'", code="user.not_found")
        if (row.disabled_at is not None) == disabled:
            state = "disabled" if disabled else "enabled"
            raise Conflict(f"user '{name}' is {state} already", code="user.unchanged")
        conn.execute(
            update(users).where(users.c.name == name).values(disabled_at=now if disabled else None)
        )
        ended = _end_sessions(conn, name, now) if disabled else 0
        node.audit.append(
            conn,
            actor=actor,
            action="user.disabled" if disabled else "user.enabled",
            subject=f"user:{name}",
            details={"sessions_ended": ended} if disabled else {},
        )
    return User(name, Role(row.role), row.created_at, row.created_by, disabled)


def set_password(node: Node, name: str, password: str, *, actor: str) -> int:
    """Replace an account's password; every open session of it ends. Returns how many."""
    check_username(name)
    digest = _hash_password(password)
    now = node.clock()
    with node.operation() as conn:
        if conn.execute(select(users.c.name).where(users.c.name == name)).first() is None:
            raise NotFound(f"no user '{name}'", code="user.not_found")
        conn.execute(update(users).where(users.c.name == name).values(password_hash=digest))
        ended = _end_sessions(conn, name, now)
        node.audit.append(
            conn,
            actor=actor,
            action="user.password_set",
            subject=f"user:{name}",
            details={"sessions_ended": ended},
        )
    return ended


# A fixed hash verified when the user does not exist, so a wrong name takes
# as long as a wrong password.
_DUMMY: list[str] = []


def _dummy_hash() -> str:
    if not _DUMMY:
        _DUMMY.append(_hasher().hash(secrets.token_urlsafe(16)))
    return _DUMMY[0]


def check_password(node: Node, name: str, password: str) -> User:
    """The user, if ``password`` is theirs; else AuthError (same for every cause)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    bad = AuthError("user name or password is wrong", code="auth.invalid_credentials")
    if not _NAME.match(name) or len(password) > MAX_PASSWORD:
        raise bad
    with node.store.read() as conn:
        row = conn.execute(select(users).where(users.c.name == name)).first()
    ph = _hasher()
    try:
        ph.verify(row.password_hash if row is not None else _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        raise bad from None
    if row is None or row.disabled_at is not None:
        raise bad
    return User(row.name, Role(row.role), row.created_at, row.created_by, False)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class OpenedSession:
    token: str
    csrf_token: str
    expires_at: datetime


@dataclass(frozen=True)
class SessionInfo:
    username: str
    role: Role
    csrf_hash: str
    expires_at: datetime

    def csrf_ok(self, presented: str | None) -> bool:
        return presented is not None and hmac.compare_digest(self.csrf_hash, _digest(presented))


def open_session(node: Node, user: User, *, ttl: timedelta) -> OpenedSession:
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now = node.clock()
    expires = now + ttl
    with node.operation() as conn:
        # Expired sessions are pruned as new ones open.
        conn.execute(delete(sessions).where(sessions.c.expires_at < now))
        conn.execute(
            insert(sessions).values(
                token_hash=_digest(token),
                username=user.name,
                role=user.role.value,
                csrf_hash=_digest(csrf),
                created_at=now,
                expires_at=expires,
            )
        )
        node.audit.append(
            conn,
            actor=f"{user.role.value}:{user.name}",
            action="session.opened",
            subject=f"user:{user.name}",
            details={"expires_at": expires.isoformat()},
        )
    return OpenedSession(token, csrf, expires)


def _aware(ts: datetime) -> datetime:
    from datetime import UTC

    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts


# How stale ``last_seen_at`` may get before a request writes it again: one write
# a minute per active session, not one per request; idle expiry is this coarse.
TOUCH_EVERY = timedelta(seconds=60)


def find_session(node: Node, token: str, *, idle: timedelta | None = None) -> SessionInfo:
    """The live session for ``token``, or AuthError.

    A session ends at its absolute expiry, when it is closed, when its user is
    disabled or changes role, and (with ``idle``) after that long unused.
    """
    digest = _digest(token)
    with node.store.read() as conn:
        row = conn.execute(
            select(sessions, users.c.disabled_at, users.c.role.label("user_role"))
            .join(users, users.c.name == sessions.c.username)
            .where(sessions.c.token_hash == digest)
        ).first()
    now = node.clock()
    if (
        row is None
        or row.ended_at is not None
        or _aware(row.expires_at) <= now
        or row.disabled_at is not None
        or row.user_role != row.role
    ):
        raise AuthError("the session is unknown or has expired", code="auth.session")
    seen = _aware(row.last_seen_at or row.created_at)
    if idle is not None and now - seen >= idle:
        raise AuthError(
            "the session ended after a period of inactivity; log in again", code="auth.idle"
        )
    if now - seen >= TOUCH_EVERY:
        with node.store.transaction() as conn:
            conn.execute(
                update(sessions)
                .where(sessions.c.token_hash == digest, sessions.c.ended_at.is_(None))
                .values(last_seen_at=now)
            )
    return SessionInfo(row.username, Role(row.role), row.csrf_hash, _aware(row.expires_at))


def close_session(node: Node, token: str, *, actor: str) -> None:
    now = node.clock()
    with node.operation() as conn:
        n = conn.execute(
            update(sessions)
            .where(sessions.c.token_hash == _digest(token), sessions.c.ended_at.is_(None))
            .values(ended_at=now)
        ).rowcount
        if not n:
            raise NotFound("no such session", code="auth.session")
        node.audit.append(
            conn,
            actor=actor,
            action="session.closed",
            subject=f"user:{actor.split(':', 1)[-1]}",
        )


def record_login_failure(node: Node, name: str) -> None:
    """Audit a failed login (the name only if it is well-formed; never the password)."""
    with node.operation() as conn:
        node.audit.append(
            conn,
            actor="anonymous",
            action="session.refused",
            subject=f"user:{name}" if _NAME.match(name) else "user:?",
            details={"code": "auth.invalid_credentials"},
        )


def use_nonce(node: Node, key_id: str, nonce: str, *, expires_at: datetime) -> None:
    """Record ``nonce`` for ``key_id``; AuthError if it was seen (a replay)."""
    now = node.clock()
    replay = AuthError("this request was seen already (nonce reused)", code="auth.replay")
    try:
        with node.store.transaction() as conn:
            conn.execute(delete(nonces).where(nonces.c.expires_at < now))
            seen = conn.execute(
                select(nonces.c.nonce).where(nonces.c.key_id == key_id, nonces.c.nonce == nonce)
            ).first()
            if seen is not None:
                raise replay
            conn.execute(insert(nonces).values(key_id=key_id, nonce=nonce, expires_at=expires_at))
    except SAIntegrityError as exc:  # a concurrent request with the same nonce won
        raise replay from exc
