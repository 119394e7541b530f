"""Reading files of many vCards (2.1, 3.0, 4.0) as Google, Apple, Outlook and Android export them.

This module cuts the file into cards first, so that every card knows the line it starts on and
a broken card costs only itself. Then it unfolds each card's lines, joins the lines of a
quoted-printable value (vCard 2.1), and reads only the properties we import (names, emails,
phones, addresses, websites and their `item1.X-ABLabel`, dates, categories, the note): photos
(large) and the like are skipped unparsed. Each value is decoded and unescaped once, in
one pass over it, so a card with a 20 MB note takes a few times 20 MB to read, not gigabytes
(vobject, used here before, unescaped values one character at a time, unescaped them a second
time, and cut a vCard 2.1 note at its first comma).
"""

from __future__ import annotations

import binascii
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from relnotebook.core.exchange.contact_import.incoming import (
    LONGEST_RAW_NOTE,
    IncomingContact,
    MonthDay,
    ParsedFile,
    RowError,
    limited_note,
    parse_birthday,
)
from relnotebook.core.people.views import Address, Website
from relnotebook.core.validation import split_name
from relnotebook.errors import Sentence

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# A property line's head: an optional group ("item1."), the name, the parameters (a quoted
# parameter value may hold ";" and ":"), then the colon before the value. Possessive, so that a
# huge line without a colon is given up on in one pass.
_HEAD = re.compile(r'(?:([A-Za-z0-9_-]+)\.)?([A-Za-z0-9_-]+)((?:;(?:[^";:]++|"[^"]*+")*+)*+):')
_PARAMETER = re.compile(r';([^";:=]*)(?:=((?:[^";:]++|"[^"]*+")*+))?')
_PARAMETER_VALUE = re.compile(r'"([^"]*)"|([^",]+)')
# What we read; anything else (PHOTO, X-…) is skipped, with the lines that follow it.
_ANNIVERSARIES = ("ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY")
_KEPT = {
    *("N", "FN", "NICKNAME", "ORG", "TITLE", "ROLE", "EMAIL", "TEL", "NOTE", "BDAY", "ADR", "URL"),
    *("CATEGORIES", "X-ABLABEL", "X-ABDATE", "X-RELNOTEBOOK-GOES-BY", *_ANNIVERSARIES),
}
# Address and website types that say what it is (the others say how it is written or sent).
_KINDS = {"HOME": "home", "WORK": "work", "OTHER": "other", "BLOG": "blog", "PROFILE": "profile"}
_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_")
# Google's own groups, which say nothing about the person.
_SYSTEM_GROUPS = {"mycontacts", "starred", "my contacts"}
_CATEGORY_SEPARATOR = re.compile(r"(?<!\\),")
# Read for the name of the app that wrote the card.
_SOURCE = ("PRODID", "CATEGORIES", "VERSION")
# The properties whose folded lines are gathered; the others' continuation lines are skipped.
_GATHERED = _KEPT | set(_SOURCE)
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
# In N and ORG: an escaped character, a separator, plain text, or a lone backslash at the end.
_COMPONENT_TOKEN = re.compile(r"\\(.)|(;)|([^\\;]+|\\)", re.DOTALL)
# A quoted-printable line ending in an encoded line break: the real one after it is layout.
_ENCODED_BREAK = re.compile(r"=0[AD]$", re.IGNORECASE)
_BEGIN = "BEGIN:VCARD"
_END = "END:VCARD"
_EXCERPT = 60


@dataclass(frozen=True, slots=True)
class _Property:
    """One property of a card, its value decoded (quoted-printable) but not yet unescaped."""

    value: str
    params: dict[str, tuple[str, ...]] = field(default_factory=dict)  # names in upper case
    singletons: tuple[str, ...] = ()  # vCard 2.1's bare parameters (PREF, WORK), upper case
    group: str = ""  # "item1" of "item1.URL", which an "item1.X-ABLabel" names


_Card = dict[str, list[_Property]]  # property name in upper case -> its lines, in file order
# A property's name in upper case, its parameters as written, and its group ("item1.")
_Head = tuple[str, str, str]


def _is(line: str, marker: str) -> bool:
    return len(line) < 200 and line.strip().upper().replace(" ", "") == marker


def _is_marker(line: str) -> bool:
    return _is(line, _BEGIN) or _is(line, _END)


def _lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, str]]:
    """(where the next line starts, the line) for each line of `text[start:end]`, one at a time:
    a file is never held as a list of its lines."""
    end = len(text) if end is None else end
    position = start
    for match in _LINE_BREAK.finditer(text, start, end):
        yield match.end(), text[position : match.start()]
        position = match.end()
    yield end, text[position:end]


def _property_lines(lines: Iterable[str]) -> Iterator[tuple[_Head | None, str]]:
    """((name, parameters), value) for each property of a card's lines, unfolded; (None, line)
    for a line that is not a property. BEGIN and END lines end a property and are left out.

    A line starting with a space or tab continues the previous one; in a quoted-printable
    value (vCard 2.1), a line ending in `=` continues on the next line (a soft line break), and
    a line that is not a property continues it after a line break (some phones write `=0D=0A`
    and then break the line without the `=`).

    Memory stays a small multiple of the file: a value's pieces are joined once (adding to a
    growing string would copy it for each of a long note's hundreds of thousands of lines);
    only the properties we read are gathered whole (a photo's lines are skipped), and no
    value is gathered beyond what a note can keep."""
    head: _Head | None = None
    parts: list[str] = []  # the value being gathered; empty between properties
    tail = ""  # the end of the last line read
    room = 0  # how many more characters the value being gathered may take
    quoted = soft = False
    for raw in lines:
        if parts and not _is_marker(raw):
            start = -1
            if soft:
                start = 0
            elif raw[:1] in (" ", "\t"):
                start = 1
            elif quoted and raw.strip() and not _HEAD.match(raw):
                start = 0
                if not _ENCODED_BREAK.search(tail) and room > 0:
                    parts.append("\r\n")
                    room -= 2
            if start >= 0:
                soft = quoted and raw.endswith("=")
                if room > 0:
                    parts.append(_taken(raw, start, room, soft))
                room -= len(raw) - start
                tail = raw[-3:]
                continue
        if parts:
            yield head, "".join(parts)
            head, parts = None, []
        if not raw.strip() or _is_marker(raw):
            continue
        match = _HEAD.match(raw)
        # not the match: it holds raw
        head = (match[2].upper(), match[3], (match[1] or "").lower()) if match else None
        quoted = head is not None and "QUOTED-PRINTABLE" in head[1].upper()
        soft = quoted and raw.endswith("=")
        gathered = head is None or head[0] in _GATHERED
        # no value is gathered beyond what a note can use (3 times more in quoted-printable,
        # where a byte may be written =XX)
        room = LONGEST_RAW_NOTE * (3 if quoted else 1) if gathered else 0
        start = match.end() if match else 0
        parts = [_taken(raw, start, room, soft)]
        room -= len(raw) - start
        tail = raw[-3:]
    if parts:
        yield head, "".join(parts)


def _taken(line: str, start: int, room: int, soft: bool) -> str:
    """`line[start:]` without a soft line break's `=`, and at most `room` characters of it, in
    one slice (the whole line is not copied when it is all taken)."""
    return line[start : max(start, min(len(line) - soft, start + room))]


def _cards(text: str) -> Iterator[tuple[int, range | None]]:
    """(line where a card starts, where its text starts and ends), in file order. The span is
    None for a card cut short (no END:VCARD), and empty for a run of text outside any card."""
    line = 0
    card: int | None = None  # where the open card's text starts
    stray: int | None = None
    position = 0
    for number, (after, raw) in enumerate(_lines(text), start=1):
        if _is(raw, _BEGIN):
            if stray is not None:
                yield stray, range(0)
                stray = None
            if card is not None:
                yield line, None
            line, card = number, position
        elif card is not None:
            if _is(raw, _END):
                yield line, range(card, after)
                card = None
        elif raw.strip() and stray is None:
            stray = number
        position = after
    if card is not None:
        yield line, None
    if stray is not None:
        yield stray, range(0)


def _decoded(value: str, params: dict[str, tuple[str, ...]], singletons: tuple[str, ...]) -> str:
    """The value with its quoted-printable encoding undone, in its CHARSET (UTF-8 when none is
    given or the name is unknown; a byte the charset cannot read becomes �)."""
    encodings = {encoding.upper() for encoding in params.get("ENCODING", ())}
    if "QUOTED-PRINTABLE" not in encodings | set(singletons):
        return value
    data = binascii.a2b_qp(value.encode("utf-8", errors="replace"))
    charset = (params.get("CHARSET") or ("utf-8",))[0]
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def _property(parameters: str, value: str, group: str = "") -> _Property:
    params: dict[str, tuple[str, ...]] = {}
    singletons: list[str] = []
    for parameter in _PARAMETER.finditer(parameters):
        name = parameter[1].strip().upper()
        if parameter[2] is None:
            singletons.append(name)
        else:
            found = _PARAMETER_VALUE.findall(parameter[2])
            params[name] = params.get(name, ()) + tuple(quoted or plain for quoted, plain in found)
    decoded = _decoded(value, params, tuple(singletons))
    return _Property(decoded, params, tuple(singletons), group)


def _unescape(value: str) -> str:
    """vCard text escapes: `\\n` is a line break, `\\,` `\\;` `\\\\` the character itself."""
    return _ESCAPE.sub(lambda match: "\n" if match[1] in "nN" else match[1], value)


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _text(line: _Property) -> str:
    """A text property's value on one line (names, titles, emails, phones)."""
    return _one_line(_unescape(line.value))


def _parts(line: _Property) -> list[str]:
    """The `;`-separated components of N and ORG, unescaped (`\\;` is not a separator)."""
    parts = [""]
    for escaped, separator, plain in _COMPONENT_TOKEN.findall(line.value):
        if separator:
            parts.append("")
        else:
            parts[-1] += plain or ("\n" if escaped in "nN" else escaped)
    return [_one_line(part) for part in parts]


def _note(line: _Property) -> str:
    """A NOTE's text, line breaks as "\\n" (a decoded quoted-printable note is cut first)."""
    value = line.value[:LONGEST_RAW_NOTE]
    return _LINE_BREAK.sub("\n", _unescape(value)).strip()


def _preferred(line: _Property) -> bool:
    """TYPE=pref (3.0), PREF=1 (4.0) or a bare PREF (2.1)."""
    types = [value.upper() for value in line.params.get("TYPE", ())]
    return "PREF" in line.params or "PREF" in types or "PREF" in line.singletons


def _values(card: _Card, name: str) -> list[_Property]:
    """The lines of one property, preferred values first."""
    lines = card.get(name, [])
    return [line for line in lines if _preferred(line)] + [
        line for line in lines if not _preferred(line)
    ]


def _source(names: set[str], found: dict[str, str]) -> str:
    """Which app wrote the card, from PRODID, CATEGORIES and private properties."""
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


def _first(card: _Card, *names: str) -> str:
    """The first non-empty value among these properties (preferred values first)."""
    for name in names:
        for line in _values(card, name):
            if value := _text(line):
                return value
    return ""


def _kind(card: _Card, line: _Property) -> str:
    """What an address or a website is: its X-ABLabel ("LinkedIn", Apple's "_$!<Work>!$_"),
    else its first telling TYPE ("home", "work")."""
    for label in card.get("X-ABLABEL", []):
        if line.group and label.group == line.group:
            text = _text(label)
            match = _APPLE_LABEL.fullmatch(text)
            return match[1] if match else text
    types = [t.upper() for t in (*line.params.get("TYPE", ()), *line.singletons)]
    return next((_KINDS[t] for t in types if t in _KINDS), "")


def _day(card: _Card, names: Sequence[str], today: dt.date) -> dt.date | MonthDay | None:
    """The first of these dates that reads as one (Apple's anniversary is an X-ABDATE)."""
    lines = [line for name in names for line in card.get(name, [])]
    lines += [d for d in card.get("X-ABDATE", []) if "anniversary" in _kind(card, d).lower()]
    for line in lines:
        if (day := parse_birthday(_text(line), today=today)) is not None:
            return day
    return None


def _card_rest(card: _Card, today: dt.date) -> dict[str, Any]:
    """What a card says besides names, emails, phones, notes and birthday: IncomingContact's
    name prefix and suffix, nickname, addresses, websites, categories and anniversary."""
    parts = [*_parts(card["N"][0]), "", "", "", "", ""] if "N" in card else [""] * 5
    addresses = []
    for adr in _values(card, "ADR"):
        box, extended, street, city, region, code, country = [*_parts(adr), *[""] * 7][:7]
        street = ", ".join(part for part in (street, extended, box) if part)
        address = Address(_kind(card, adr), street, city, region, code, country)
        if address.text:
            addresses.append(address)
    websites = [
        Website(url, _kind(card, line)) for line in _values(card, "URL") if (url := _text(line))
    ]
    categories = [
        _one_line(_unescape(name))
        for line in card.get("CATEGORIES", [])
        for name in _CATEGORY_SEPARATOR.split(line.value)
        if name.strip() and _one_line(_unescape(name)).casefold() not in _SYSTEM_GROUPS
    ]
    return {
        "name_prefix": parts[3],
        "name_suffix": parts[4],
        "preferred_name": _first(card, "X-RELNOTEBOOK-GOES-BY"),
        "nickname": _first(card, "NICKNAME"),
        "anniversary": _day(card, _ANNIVERSARIES, today),
        "addresses": tuple(addresses),
        "websites": tuple(websites),
        "categories": tuple(dict.fromkeys(categories)),
    }


def _contact(card: _Card, line: int, source: str, today: dt.date) -> IncomingContact:
    warnings: list[Sentence] = []
    given = family = ""
    if "N" in card:
        parts = [*_parts(card["N"][0]), "", "", ""]
        family, given = parts[0], _one_line(f"{parts[1]} {parts[2]}")
    if not (given or family) and (full := _first(card, "FN")):
        given, family = split_name(full)
    if not (given or family):
        given = _first(card, "NICKNAME").split(",")[0].strip()
    org = [part for part in _parts(card["ORG"][0]) if part] if "ORG" in card else []
    organisation, units = (org[0], org[1:]) if org else ("", [])
    role = ", ".join(part for part in (_first(card, "TITLE", "ROLE"), *units) if part)
    emails = []
    for email in _values(card, "EMAIL"):
        value = _text(email)
        if value.lower().startswith("mailto:"):
            value = value[7:]
        if value:
            emails.append(value)
    phones = [phone for phone in (_phone(_text(v)) for v in _values(card, "TEL")) if phone]
    notes = [note for note in (_note(line) for line in card.get("NOTE", [])) if note]
    note, cut = limited_note("\n\n".join(notes))
    birthday = None
    if "BDAY" in card:
        bday = card["BDAY"][0]
        raw = _text(bday)
        omit = bday.params.get("X-APPLE-OMIT-YEAR", ("",))[0]
        birthday = parse_birthday(raw, omit_year=int(omit) if omit.isdigit() else None, today=today)
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
        note=note,
        birthday=birthday,
        source=source,
        warnings=(*warnings, *cut),
        **_card_rest(card, today),
    )


def _read_card(
    text: str, span: range, line: int, file_name: str, today: dt.date
) -> IncomingContact | RowError:
    """The contact of the card in `text[span]` (from BEGIN to END), or why it cannot be read.
    Its lines are read one at a time and each property kept is its value only."""
    card: _Card = {}
    names: set[str] = set()
    found = dict.fromkeys(_SOURCE, "")
    keeping = True
    lines = (raw for _, raw in _lines(text, span.start, span.stop))
    for head, value in _property_lines(lines):
        if head is None:
            # vCard 2.1 lets a photo's base64 data run on unindented: it goes with the photo.
            if keeping:
                excerpt = value[:_EXCERPT] + ("…" if len(value) > _EXCERPT else "")
                return RowError(
                    line,
                    Sentence(
                        "This card cannot be read: “{text}” is not a property; it was left out.",
                        {"text": excerpt},
                    ),
                )
            continue
        name, parameters, group = head
        names.add(name)
        if name in found:
            found[name] += value.strip().lower()
        keeping = name in _KEPT
        if keeping:
            card.setdefault(name, []).append(_property(parameters, value, group))
        del value  # a long note's text goes as soon as it is decoded
    source = _source(names, found)
    return _contact(card, line, f"{source} ({file_name})" if file_name else source, today)


def _file_kind(contacts: Sequence[IncomingContact], file_name: str) -> str:
    """The app that wrote the file when all cards agree ("Google Contacts vCard"), else vCard."""
    suffix = f" ({file_name})" if file_name else ""
    kinds = {contact.source.removesuffix(suffix) for contact in contacts}
    return kinds.pop() if len(kinds) == 1 else "vCard"


def parse_vcards(text: str, *, today: dt.date, file_name: str = "") -> ParsedFile:
    """Every card in `text`. Never raises: a card that cannot be read is a `RowError` with the
    line it starts on, and reading goes on with the next card."""
    contacts: list[IncomingContact] = []
    errors: list[RowError] = []
    for start, span in _cards(text):
        if span is None:
            errors.append(
                RowError(
                    start,
                    Sentence(
                        "This card is cut short (no END:VCARD); it was left out. The file may be "
                        "incomplete."
                    ),
                )
            )
        elif not span:
            errors.append(
                RowError(
                    start, Sentence("Text outside a card (BEGIN:VCARD … END:VCARD) was ignored.")
                )
            )
        else:
            read = _read_card(text, span, start, file_name, today)
            if isinstance(read, RowError):
                errors.append(read)
            else:
                contacts.append(read)
    return ParsedFile(
        source=_file_kind(contacts, file_name), contacts=tuple(contacts), errors=tuple(errors)
    )
