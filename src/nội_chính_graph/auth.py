"""Bearer tokens for writes: ``NCG_API_TOKENS="alice:token1,bob:token2"`` names each steward.

Reads stay public. A write without ``Authorization: Bearer …`` is 401; with a token that matches
no steward it is 403. Every configured token is compared with :func:`hmac.compare_digest` (no
early exit), so the time taken does not tell which steward, or how much of a token, matched.
Tokens are never logged, echoed or put in error details. The FastAPI dependency that checks
them is ``web.deps.require_steward``.
"""

import hmac
from dataclasses import dataclass

from pydantic import SecretStr

from nội_chính_graph.errors import ApiError, NcgError

_BEARER = "bearer"


class AuthError(NcgError):
    """A write came without valid credentials (401) or with a token nobody holds (403)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


@dataclass(frozen=True)
class Steward:
    """Whoever a valid token belongs to: the name recorded in provenance and the audit log."""

    name: str


def parse_tokens(tokens: SecretStr) -> list[tuple[str, bytes]]:
    """``name:token`` pairs from the setting; blank entries are skipped.

    >>> parse_tokens(SecretStr("alice:t1, bob:t2,"))[1][0]
    'bob'
    >>> parse_tokens(SecretStr("nocolon"))
    Traceback (most recent call last):
    ...
    ValueError: api_tokens entry 1 is not name:token
    """
    pairs: list[tuple[str, bytes]] = []
    for number, entry in enumerate(tokens.get_secret_value().split(","), start=1):
        entry = entry.strip()
        if not entry:
            continue
        name, sep, token = entry.partition(":")
        if not sep or not name.strip() or not token.strip():
            # Say which entry, never what it holds.
            raise ValueError(f"api_tokens entry {number} is not name:token")
        pairs.append((name.strip(), token.strip().encode("utf-8")))
    return pairs


def steward_for(token: str, tokens: SecretStr) -> Steward | None:
    """The steward holding ``token``, comparing against every configured token.

    >>> steward_for("t2", SecretStr("alice:t1,bob:t2"))
    Steward(name='bob')
    >>> steward_for("t3", SecretStr("alice:t1,bob:t2")) is None
    True
    """
    presented = token.encode("utf-8")
    found: Steward | None = None
    for name, expected in parse_tokens(tokens):
        if hmac.compare_digest(presented, expected) and found is None:
            found = Steward(name)
    return found


def bearer_token(authorization: str | None) -> str:
    """The token of an ``Authorization: Bearer <token>`` header, or a 401."""
    scheme, _, token = (authorization or "").strip().partition(" ")
    if scheme.lower() != _BEARER or not token.strip():
        raise AuthError(
            401,
            "unauthenticated",
            "This write needs an 'Authorization: Bearer <token>' header.",
        )
    return token.strip()


def authenticate(authorization: str | None, tokens: SecretStr) -> Steward:
    """Check a request's Authorization header: the steward, or 401 / 403."""
    token = bearer_token(authorization)
    try:
        steward = steward_for(token, tokens)
    except ValueError as exc:
        raise ApiError(503, "misconfigured_tokens", str(exc)) from None
    if steward is None:
        raise AuthError(403, "forbidden", "The bearer token is not valid for writes.")
    return steward


__all__ = [
    "AuthError",
    "Steward",
    "authenticate",
    "bearer_token",
    "parse_tokens",
    "steward_for",
]
