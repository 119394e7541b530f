"""Passwords kept in the system keyring (the mail log's IMAP accounts, the sync server): read
and kept there only, never written to a file."""

from __future__ import annotations


def keyring_password(service: str, user: str) -> str | None:
    """The password from the system keyring (None when there is none or no keyring)."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        found = keyring.get_password(service, user)
    except KeyringError:
        return None
    return found if isinstance(found, str) else None


def remember_password(service: str, user: str, password: str) -> bool:
    """Keep a password in the system keyring; False when there is no usable keyring."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return False
    try:
        keyring.set_password(service, user, password)
    except KeyringError:
        return False
    return True
