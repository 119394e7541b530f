"""Reading files of many vCards (2.1, 3.0, 4.0) as Google, Apple and Outlook export them.

`vobject` parses each card; this module cuts the file into cards first, so that every card
knows the line it starts on and a broken card costs only itself. Before a card reaches vobject,
its lines are unfolded, Outlook's quoted-printable soft line breaks are joined, and only the
properties we import are kept: photos (large), addresses, URLs and the like never reach vobject,
which is most of the time an import takes. Values are read untransformed and unescaped here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

import vobject

from relnotebook.contact_import.incoming import (
    IncomingContact,
    ParsedFile,
    RowError,
    parse_birthday,
)
from relnotebook.errors import Sentence
from relnotebook.validation import split_name

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# A property line: optional group ("item1."), a name, then parameters or the value.
_PROPERTY = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)(?=[;:])")
# What reaches vobject; anything else (PHOTO, ADR, URL, X-…) is dropped before parsing. VERSION
# too: it would make vobject unescape some values itself (and cost a third of the time), while
# this module unescapes every value once, the same way for all versions.
_KEPT = {"BEGIN", "END", "N", "FN", "NICKNAME", "ORG", "TITLE", "ROLE"}
_KEPT |= {"EMAIL", "TEL", "NOTE", "BDAY"}
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
# In N and ORG: an escaped character, a separator, plain text, or a lone backslash at the end.
_COMPONENT_TOKEN = re.compile(r"\\(.)|(;)|([^\\;]+|\\)", re.DOTALL)
# vobject counts lines from the card's start; the row already says where the card is.
_AT_LINE = re.compile(r"^At line \d+:\s*")
_BEGIN = "BEGIN:VCARD"
_END = "END:VCARD"


def _is(line: str, marker: str) -> bool:
    return line.strip().upper().replace(" ", "") == marker


def _is_quoted_printable(line: str) -> bool:
    head = line.split(":", 1)[0]
    return "QUOTED-PRINTABLE" in head.upper()


def _logical_lines(lines: Sequence[str]) -> list[str]:
    """Unfolded property lines: a line starting with a space or tab continues the previous one;
    a quoted-printable value ending in `=` continues on the next line (vCard 2.1)."""
    logical: list[str] = []
    for raw in lines:
        if logical and _is_quoted_printable(logical[-1]) and logical[-1].endswith("="):
            logical[-1] = logical[-1][:-1] + raw
        elif logical and raw[:1] in (" ", "\t"):
            logical[-1] += raw[1:]
        elif raw.strip():
            logical.append(raw)
    return logical


def _wanted(lines: Sequence[str]) -> list[str]:
    """The properties we import. The lines that follow a dropped property without looking like
    a property go with it (vCard 2.1 lets base64 photo data run on unindented)."""
    kept: list[str] = []
    keeping = True
    for line in lines:
        match = _PROPERTY.match(line)
        if match:
            keeping = match[1].upper() in _KEPT
        if keeping:
            kept.append(line)
    return kept


def _cards(text: str) -> Iterator[tuple[int, list[str] | None]]:
    """(line where a card starts, its lines), in file order. The lines are None for a card cut
    short (no END:VCARD), and empty for a run of text found outside any card."""
    start = 0
    card: list[str] | None = None
    stray: int | None = None
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        if _is(line, _BEGIN):
            if stray is not None:
                yield stray, []
                stray = None
            if card is not None:
                yield start, None
            start, card = number, [line]
        elif card is not None:
            card.append(line)
            if _is(line, _END):
                yield start, card
                card = None
        elif line.strip() and stray is None:
            stray = number
    if card is not None:
        yield start, None
    if stray is not None:
        yield stray, []


def _unescape(value: str) -> str:
    """vCard text escapes: `\\n` is a line break, `\\,` `\\;` `\\\\` the character itself."""
    return _ESCAPE.sub(lambda match: "\n" if match[1] in "nN" else match[1], value)


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _raw(line: Any) -> str:
    return line.value if isinstance(line.value, str) else ""


def _text(line: Any) -> str:
    """A text property's value on one line (names, titles, emails, phones)."""
    return _one_line(_unescape(_raw(line)))


def _parts(line: Any) -> list[str]:
    """The `;`-separated components of N and ORG, unescaped (`\\;` is not a separator)."""
    parts = [""]
    for escaped, separator, plain in _COMPONENT_TOKEN.findall(_raw(line)):
        if separator:
            parts.append("")
        else:
            parts[-1] += plain or ("\n" if escaped in "nN" else escaped)
    return [_one_line(part) for part in parts]


def _preferred(line: Any) -> bool:
    """TYPE=pref (3.0), PREF=1 (4.0) or a bare PREF (2.1)."""
    params = {str(key).upper(): [str(v).upper() for v in vals] for key, vals in line.params.items()}
    singletons = [str(v).upper() for v in getattr(line, "singletonparams", [])]
    return "PREF" in params or "PREF" in params.get("TYPE", []) or "PREF" in singletons


def _values(card: Any, name: str) -> list[Any]:
    """The lines of one property, preferred values first."""
    lines = card.contents.get(name, [])
    return [line for line in lines if _preferred(line)] + [
        line for line in lines if not _preferred(line)
    ]


def _source(lines: Sequence[str]) -> str:
    """Which app wrote the card, from PRODID, CATEGORIES and private properties (read before
    they are dropped)."""
    names: set[str] = set()
    found = {"PRODID": "", "CATEGORIES": "", "VERSION": ""}
    for line in lines:
        match = _PROPERTY.match(line)
        if match:
            name = match[1].upper()
            names.add(name)
            if name in found:
                found[name] += line.partition(":")[2].strip().lower()
    prodid = found["PRODID"]
    if "google" in prodid or "mycontacts" in found["CATEGORIES"]:
        return "Google Contacts vCard"
    if "apple" in prodid or "mac os" in prodid or "X-ABUID" in names:
        return "Apple Contacts vCard"
    if "microsoft" in prodid or any(name.startswith("X-MS-") for name in names):
        return "Outlook vCard"
    return f"vCard {found['VERSION']}".strip()


def _phone(value: str) -> str:
    """`tel:+1-514-555-0101;ext=12` (vCard 4.0) as people write it."""
    value = value.strip()
    if value.lower().startswith("tel:"):
        value = value[4:]
    number, _, extension = value.partition(";ext=")
    return f"{number} ext. {extension}" if extension else number


def _first(card: Any, *names: str) -> str:
    """The first non-empty value among these properties (preferred values first)."""
    for name in names:
        for line in _values(card, name):
            if value := _text(line):
                return value
    return ""


def _contact(card: Any, line: int, source: str) -> IncomingContact:
    warnings: list[str] = []
    given = family = ""
    if "n" in card.contents:
        parts = [*_parts(card.contents["n"][0]), "", "", ""]
        family, given = parts[0], _one_line(f"{parts[1]} {parts[2]}")
    if not (given or family) and (full := _first(card, "fn")):
        given, family = split_name(full)
    if not (given or family):
        given = _first(card, "nickname").split(",")[0].strip()
    org = (
        [part for part in _parts(card.contents["org"][0]) if part] if "org" in card.contents else []
    )
    organisation, units = (org[0], org[1:]) if org else ("", [])
    role = ", ".join(part for part in (_first(card, "title", "role"), *units) if part)
    emails = []
    for email in _values(card, "email"):
        value = _text(email)
        if value.lower().startswith("mailto:"):
            value = value[7:]
        if value:
            emails.append(value)
    phones = [phone for phone in (_phone(_text(v)) for v in _values(card, "tel")) if phone]
    notes = [
        note
        for note in (
            _LINE_BREAK.sub("\n", _unescape(_raw(line))).strip()
            for line in card.contents.get("note", [])
        )
        if note
    ]
    birthday = None
    if "bday" in card.contents:
        bday = card.contents["bday"][0]
        raw = _text(bday)
        omit = str(bday.params.get("X-APPLE-OMIT-YEAR", [""])[0])
        birthday = parse_birthday(raw, omit_year=int(omit) if omit.isdigit() else None)
        if birthday is None and raw:
            warnings.append(
                Sentence(
                    "The birthday “{birthday}” is not a date; it was left out.", {"birthday": raw}
                )
            )
    return IncomingContact(
        line=line,
        given_name=given,
        family_name=family,
        organisation=organisation,
        role=role,
        emails=tuple(emails),
        phones=tuple(phones),
        note="\n\n".join(notes),
        birthday=birthday,
        source=source,
        warnings=tuple(warnings),
    )


def _read_card(lines: Sequence[str], line: int, file_name: str) -> IncomingContact | RowError:
    logical = _logical_lines(lines)
    source = _source(logical)
    try:
        card = vobject.readOne(
            "\r\n".join(_wanted(logical)) + "\r\n", ignoreUnreadable=False, transform=False
        )
        if card.name.upper() != "VCARD":
            return RowError(line, Sentence("This card is not a vCard; it was left out."))
        return _contact(card, line, f"{source} ({file_name})" if file_name else source)
    except Exception as exc:  # noqa: BLE001 - vobject raises many kinds; one card must not stop the file
        reason = _AT_LINE.sub("", " ".join(str(exc).split()))[:200] or type(exc).__name__
        return RowError(
            line,
            Sentence("This card cannot be read ({reason}); it was left out.", {"reason": reason}),
        )


def _file_kind(contacts: Sequence[IncomingContact], file_name: str) -> str:
    """The app that wrote the file when all cards agree ("Google Contacts vCard"), else vCard."""
    suffix = f" ({file_name})" if file_name else ""
    kinds = {contact.source.removesuffix(suffix) for contact in contacts}
    return kinds.pop() if len(kinds) == 1 else "vCard"


def parse_vcards(text: str, *, file_name: str = "") -> ParsedFile:
    """Every card in `text`. Never raises: a card that cannot be read is a `RowError` with the
    line it starts on, and reading goes on with the next card."""
    contacts: list[IncomingContact] = []
    errors: list[RowError] = []
    for start, lines in _cards(text):
        if lines is None:
            errors.append(
                RowError(
                    start,
                    Sentence(
                        "This card is cut short (no END:VCARD); it was left out. The file may be "
                        "incomplete."
                    ),
                )
            )
        elif not lines:
            errors.append(
                RowError(
                    start, Sentence("Text outside a card (BEGIN:VCARD … END:VCARD) was ignored.")
                )
            )
        else:
            read = _read_card(lines, start, file_name)
            if isinstance(read, RowError):
                errors.append(read)
            else:
                contacts.append(read)
    return ParsedFile(
        source=_file_kind(contacts, file_name), contacts=tuple(contacts), errors=tuple(errors)
    )
