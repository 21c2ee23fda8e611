"""The node's HTTP API (``custos serve``): FastAPI, sessions, signed vendor requests.

Importing this package loads FastAPI; the rest of custos never imports it.
"""

from custos.api._accounts import AuthError, Forbidden, User, add_user, list_users
from custos.api._app import ApiConfig, Principal, create_app
from custos.api._policy import POLICY, Action, Role, allowed
from custos.api._signing import sign_request, verify_request

__all__ = [
    "POLICY",
    "Action",
    "ApiConfig",
    "AuthError",
    "Forbidden",
    "Principal",
    "Role",
    "User",
    "add_user",
    "allowed",
    "create_app",
    "list_users",
    "sign_request",
    "verify_request",
]
