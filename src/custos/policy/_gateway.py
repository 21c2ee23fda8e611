"""The DUA's ``gateway:`` terms: which vendor API calls the agreement allows (#12).

Not every use of patient data can be compute-to-data; some calls must still go
to a vendor's hosted API. This section of the DUA is the contract for them,
and :mod:`custos.gateway` enforces it on every call:

* ``endpoints``: the contracted destinations, each run by the vendor or by a
  subprocessor the DUA lists. Nothing else is ever contacted (the egress
  allow-list).
* ``purposes``: what each call may be for, which endpoints serve it, whether
  de-identified free text may go, and which fields of a structured payload
  (JSON, FHIR) may; everything else is cut before the call leaves.
* how long the surrogate mapping (pseudonym -> real identifier) may live in
  the gateway, size and time limits, and whether content may be logged
  (encrypted, with its own retention).

Field paths are dotted keys; ``[]`` after a key walks into a list and ``*``
matches any key: ``entry[].resource.code`` keeps the ``code`` of every
resource of a FHIR Bundle. A path keeps the whole value under it.
"""

from __future__ import annotations

from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from custos.core._ids import Identifier

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
FieldPath = Annotated[
    str,
    StringConstraints(
        pattern=r"^(?:\*|[A-Za-z_$][\w$-]*)(?:\[\])?(?:\.(?:\*|[A-Za-z_$][\w$-]*)(?:\[\])?)*$",
        max_length=300,
    ),
]
Category = Annotated[
    str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,47}$")
]  # e.g. diagnosis, medication, observation

# The category of de-identified free text (chat messages, text fields).
FREE_TEXT = "free_text"


class _Doc(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GatewayEndpoint(_Doc):
    """One contracted vendor API endpoint."""

    name: Identifier
    # chat_completions: the de-facto chat API (POST of {model, messages}); the
    # url is the full URL of its completions resource. json: any JSON API; the
    # url is a base under which callers name sub-paths.
    api: Literal["chat_completions", "json"]
    url: Text
    # "vendor" or the name of a subprocessor listed in the DUA.
    operator: Text = "vendor"
    # chat_completions: the models that may be named (empty: any).
    models: list[Text] = Field(default_factory=list)
    # How the credential is presented: "Authorization: Bearer <secret>" or the
    # secret as the value of another header (e.g. x-api-key).
    credential_header: Text = "Authorization"
    credential_scheme: Literal["bearer", "raw"] = "bearer"

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        parts = urlsplit(v)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise ValueError("url must be an absolute http(s) URL")
        if parts.username or parts.password:
            raise ValueError("url must not carry credentials (the gateway holds them)")
        if parts.query or parts.fragment:
            raise ValueError("url must not have a query or fragment")
        return v.rstrip("/") if parts.path not in ("", "/") else v


class GatewayField(_Doc):
    path: FieldPath
    category: Category


class GatewayPurpose(_Doc):
    """A purpose calls may be made for, and what each call may carry."""

    name: Identifier
    description: Text | None = None
    endpoints: list[Identifier] = Field(min_length=1)
    # De-identified free text (chat messages; every string kept is de-identified).
    free_text: bool = False
    # Fields of a JSON payload that may be sent (json endpoints), with their
    # data category; all others are removed.
    fields: list[GatewayField] = Field(default_factory=list)

    @property
    def data_categories(self) -> list[str]:
        cats = {f.category for f in self.fields}
        if self.free_text:
            cats.add(FREE_TEXT)
        return sorted(cats)


class ContentLogging(_Doc):
    """Whether call content may be kept (encrypted, for this long). Off by default."""

    enabled: bool = False
    retention_days: int = Field(default=30, ge=1, le=3650)


class GatewayTerms(_Doc):
    endpoints: list[GatewayEndpoint] = Field(min_length=1)
    purposes: list[GatewayPurpose] = Field(min_length=1)
    # How long the gateway may keep a patient's surrogate mapping (for
    # consistent pseudonyms across the calls of one conversation); 0: only
    # for the call itself.
    surrogate_retention_hours: float = Field(default=24, ge=0, le=24 * 90)
    max_request_bytes: int = Field(default=1_000_000, ge=1024, le=64 * 1024 * 1024)
    timeout_seconds: float = Field(default=60, gt=0, le=600)
    content_logging: ContentLogging = ContentLogging()

    def endpoint(self, name: str) -> GatewayEndpoint | None:
        return next((e for e in self.endpoints if e.name == name), None)

    def purpose(self, name: str) -> GatewayPurpose | None:
        return next((p for p in self.purposes if p.name == name), None)

    def check(self, subprocessors: list[str]) -> list[str]:
        """Violations that need the rest of the DUA (the subprocessor list)."""
        problems: list[str] = []
        names = [e.name for e in self.endpoints]
        if len(set(names)) != len(names):
            problems.append("gateway.endpoints: names must be unique")
        if len({p.name for p in self.purposes}) != len(self.purposes):
            problems.append("gateway.purposes: names must be unique")
        for e in self.endpoints:
            if e.operator != "vendor" and e.operator not in subprocessors:
                problems.append(
                    f"gateway.endpoints.{e.name}: operator '{e.operator}' is neither the vendor "
                    "nor a listed subprocessor"
                )
        for p in self.purposes:
            for ep in p.endpoints:
                found = self.endpoint(ep)
                if found is None:
                    problems.append(f"gateway.purposes.{p.name}: unknown endpoint '{ep}'")
                elif found.api == "chat_completions" and not p.free_text:
                    problems.append(
                        f"gateway.purposes.{p.name}: endpoint '{ep}' is a chat endpoint; "
                        "the purpose needs free_text: true"
                    )
        return problems
