"""Keys and certificates for a deployed federation.

Two kinds of credentials, both made with ``cryptography`` (no ``openssl`` or
``ssh-keygen`` needed on a hospital's machine):

* **TLS** for the coordinator's SuperLink: a private CA (kept by the
  coordinator) and a server certificate whose subject alternative names are
  the addresses the sites dial. Each site receives only ``ca.crt`` and pins
  it (``flower-supernode --root-certificates``), so a site talks to this
  SuperLink and no other.
* **SuperNode authentication**: each site makes its own ECDSA P-384 key
  pair (Flower's node authentication uses ECDSA on SECP384R1) and sends only
  the public half, in OpenSSH format, to the coordinator, who registers it
  under the site's name. The private key never leaves the hospital.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from custos.core._errors import InvalidInput

CA_CERT = "ca.crt"
CA_KEY = "ca.key"
SERVER_CERT = "server.pem"
SERVER_KEY = "server.key"
SITE_KEY = "site.key"
SITE_PUB = "site.pub"


@dataclass(frozen=True)
class ServerCredentials:
    directory: Path
    hosts: tuple[str, ...]

    @property
    def ca_cert(self) -> Path:
        return self.directory / CA_CERT

    @property
    def server_cert(self) -> Path:
        return self.directory / SERVER_CERT

    @property
    def server_key(self) -> Path:
        return self.directory / SERVER_KEY


def _write(path: Path, data: bytes, *, secret: bool) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    try:
        fd = os.open(path, flags, 0o600 if secret else 0o644)
    except FileExistsError:
        raise InvalidInput(
            f"{path.name} already exists in {path.parent}; not overwriting a credential",
            code="fed.credential_exists",
        ) from None
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _san(host: str) -> x509.GeneralName:
    try:
        return x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        pass
    if not host or len(host) > 253 or any(c.isspace() or c in "/:@" for c in host):
        raise InvalidInput(f"'{host}' is not a host name or IP address", code="fed.bad_host")
    return x509.DNSName(host)


def make_server_credentials(
    directory: Path, hosts: list[str], *, name: str = "custos federation", days: int = 365
) -> ServerCredentials:
    """A CA and a SuperLink certificate for ``hosts`` (IP addresses or DNS names)."""
    if not hosts:
        raise InvalidInput("give at least one host the sites will dial", code="fed.bad_host")
    sans = [_san(h) for h in hosts]
    directory.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP384R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{name} CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA384())
    )
    key = ec.generate_private_key(ec.SECP384R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.SubjectAlternativeName(sans), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA384())
    )
    _write(directory / CA_KEY, _pem_key(ca_key), secret=True)
    _write(directory / CA_CERT, ca.public_bytes(serialization.Encoding.PEM), secret=False)
    _write(directory / SERVER_KEY, _pem_key(key), secret=True)
    _write(directory / SERVER_CERT, cert.public_bytes(serialization.Encoding.PEM), secret=False)
    return ServerCredentials(directory, tuple(hosts))


def make_site_key(directory: Path, site: str) -> tuple[Path, Path]:
    """A site's SuperNode key pair: (private key PEM, public key in OpenSSH format)."""
    directory.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP384R1())
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.OpenSSH,
        serialization.NoEncryption(),
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    _write(directory / SITE_KEY, private, secret=True)
    _write(directory / SITE_PUB, public + f" {site}\n".encode(), secret=False)
    return directory / SITE_KEY, directory / SITE_PUB


def read_site_public_key(path: Path) -> str:
    """Check that ``path`` holds one ECDSA P-384 OpenSSH public key; return its line."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        raise InvalidInput(f"cannot read {path.name} as a public key", code="fed.bad_key") from None
    if "\n" in text or len(text) > 4096:
        raise InvalidInput(f"{path.name} must hold one public key line", code="fed.bad_key")
    try:
        key = serialization.load_ssh_public_key(text.encode())
    except (ValueError, TypeError):
        raise InvalidInput(
            f"{path.name} is not an OpenSSH public key", code="fed.bad_key"
        ) from None
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != "secp384r1":
        raise InvalidInput(
            f"{path.name}: SuperNode keys are ECDSA P-384 (custos fed site-key makes one)",
            code="fed.bad_key",
        )
    return text
