"""Phone numbers read with libphonenumber (`phonenumbers`): "418 555 0100 poste 218", "+1 (418)
555-0100 ext. 218" and "418-555-0100 x218" are one number.

A number is stored in E.164 with its extension after `;ext=` ("+14185550100;ext=218"), read
with the notebook's region (a setting, Canada unless changed) when it has no country code, and
shown in that region's national format ("(418) 555-0100 ext. 218"; a number of another country
in the international one). What cannot be read as a valid number is kept exactly as typed and
flagged wherever it is shown; it is never dropped. Numbers stored before (as typed) are read the
same way when shown or compared, so they need no rewriting.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

import phonenumbers
from sqlmodel import Session

from relnotebook.core.models import Setting
from relnotebook.core.settings import PHONE_REGION, get_text, set_text
from relnotebook.errors import ValidationError
from relnotebook.store import Notebook

FLAG = "⚠"  # marks a number kept as typed, in any language
# French and other spellings of an extension that libphonenumber does not know.
_EXTENSION_WORDS = re.compile(r"\b(?:poste|p\.|extension|int\.?)\s*(?=\d)", re.IGNORECASE)
_STORED = re.compile(r"\+\d{4,15}(?:;ext=\d{1,10})?")


def _parsed(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    found = _read(text, region)
    return found[0] if found is not None else None


def _read(text: str, region: str) -> tuple[phonenumbers.PhoneNumber, str] | None:
    """The valid number and the region it belongs to (`is_valid_number`'s own two steps, so
    that a caller needing the region does not look it up twice: the costly part)."""
    value = text.strip()
    if value.lower().startswith("tel:"):
        value = value[4:]
    value = _EXTENSION_WORDS.sub(" ext. ", value)
    try:
        number = phonenumbers.parse(value, region or None)
    except phonenumbers.NumberParseException:
        return None
    belongs = phonenumbers.region_code_for_number(number)
    if belongs is None or not phonenumbers.is_valid_number_for_region(number, belongs):
        return None
    return number, belongs


def _e164(number: phonenumbers.PhoneNumber) -> str:
    main = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return f"{main};ext={number.extension}" if number.extension else main


def stored_phone(text: str, region: str) -> str:
    """The number as stored: E.164 (with `;ext=`) when it reads as a valid number, else the
    text as typed (spaces collapsed). Raises only for text with no digit at all."""
    value = " ".join(text.split())
    if not any(ch.isdigit() for ch in value):
        raise ValidationError("phone", "“{text}” is not a phone number.", text=text.strip())
    number = _parsed(value, region)
    return _e164(number) if number is not None else value


def is_parsed(stored: str) -> bool:
    """Whether a stored number was read (E.164); False for one kept as typed."""
    return _STORED.fullmatch(stored) is not None


def reads(stored: str, region: str) -> bool:
    """Whether a number reads as a valid one (stored in E.164, or as typed before 0012)."""
    return _parsed(stored, region) is not None


def phone_key(value: str, region: str) -> str:
    """What two numbers share when they are the same number: E.164 with the extension, or the
    digits of one that cannot be read."""
    if is_parsed(value):  # stored once read: nothing to read again (a tenth of a millisecond)
        return value
    number = _parsed(value, region)
    return _e164(number) if number is not None else "".join(ch for ch in value if ch.isdigit())


# A number's last digits survive every way of typing it; letters are a keypad's ("1-800-FLOWERS").
_TAIL = 7
_KEYPAD = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "22233344455566677778889999" * 2,
)


class KeyTails:
    """The last digits of some numbers' keys (before `;ext=`), to tell cheaply (no parsing)
    which stored numbers may be one of them: a whole notebook's numbers need not be read to
    find a few."""

    def __init__(self, keys: Iterable[str]) -> None:
        self._tails = frozenset(_digits(key.split(";", 1)[0])[-_TAIL:] for key in keys)
        self._short = [tail for tail in self._tails if len(tail) < _TAIL]

    def may_match(self, stored: str) -> bool:
        """False only when `phone_key(stored)` cannot be any of the keys."""
        if is_parsed(stored):
            return _digits(stored.split(";", 1)[0])[-_TAIL:] in self._tails
        # The digits as typed (the key of a number that cannot be read), then letters dialled.
        for digits in {_digits(stored), _digits(stored.translate(_KEYPAD))}:
            windows = range(max(1, len(digits) - _TAIL + 1))
            if any(digits[start : start + _TAIL] in self._tails for start in windows):
                return True
            if any(tail in digits for tail in self._short):  # very short numbers
                return True
        return False


def _digits(text: str) -> str:
    """The digits, in ASCII (as the parser reads "٥١٤" or "５１４")."""
    return "".join(str(unicodedata.digit(ch)) for ch in text if ch.isdigit())


@functools.lru_cache(maxsize=8192)  # Today shows thousands of numbers, many shared
def shown_phone(stored: str, region: str) -> str:
    """The number as people read it: the national format for the notebook's region, the
    international one for another country; one kept as typed, as typed."""
    found = _read(stored, region)
    if found is None:
        return stored
    number, belongs = found
    local = belongs == region.upper()
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if local
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


def international_phone(stored: str) -> str:
    """The number for another app: "+1 418-555-0100 ext. 218"; one kept as typed, as typed."""
    number = _parsed(stored, "")
    if number is None:
        return stored
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def flagged_phone(stored: str, region: str) -> str:
    """`shown_phone`, with the flag before a number kept as typed ("⚠ 555-CALL-NOW")."""
    shown = shown_phone(stored, region)
    return shown if reads(stored, region) else f"{FLAG} {shown}"


def region_in(session: Session) -> str:
    """The notebook's region for numbers without a country code, in a unit of work."""
    row = session.get(Setting, PHONE_REGION.key)
    return row.value if row is not None and row.value else PHONE_REGION.default


def phone_region(notebook: Notebook) -> str:
    return get_text(notebook, PHONE_REGION) or PHONE_REGION.default


def set_phone_region(notebook: Notebook, region: str) -> None:
    """Set the region ("CA", "FR"); refuses a code libphonenumber does not know."""
    code = region.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError(
            PHONE_REGION.key, "“{region}” is not a country code such as CA or FR.", region=region
        )
    set_text(notebook, PHONE_REGION, code)
