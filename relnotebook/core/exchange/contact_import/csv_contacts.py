"""Reading contact spreadsheets: Google Contacts CSV, Outlook CSV, LinkedIn's Connections.csv.

Each app names its columns its own way (and Google renamed them once), so columns are
recognised by name; a file whose columns mean nothing to us gets a mapping from the user. The
header is looked for in the first rows, because LinkedIn puts a few "Notes:" lines before it.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from relnotebook.core.exchange.contact_import.csv_card import card_rest
from relnotebook.core.exchange.contact_import.incoming import (
    LONGEST_RAW_NOTE,
    IncomingContact,
    ParsedFile,
    RowError,
    limited_note,
    parse_birthday,
)
from relnotebook.core.exchange.contact_import.mapping import ColumnMapping
from relnotebook.core.validation import split_name
from relnotebook.errors import Sentence

__all__ = ["ColumnMapping", "detect_mapping", "parse_csv"]

# How far down the header may be (LinkedIn's preamble is four lines).
HEADER_SEARCH_ROWS = 30

# Column names as each app writes them (compared without case or surrounding spaces).
_GIVEN = ("first name", "given name", "prénom", "prenom", "firstname")
# In French exports "Nom" is the family name (beside "Prénom").
_FAMILY = ("last name", "family name", "surname", "nom de famille", "nom", "lastname")
_FULL = ("name", "full name", "display name", "nom complet")
_ORGANISATION = (
    "organization name",
    "organization 1 - name",
    "company",
    "organisation",
    "organization",
    "entreprise",
    "société",
)
_ROLE = (
    "organization title",
    "organization 1 - title",
    "job title",
    "position",
    "title",
    "role",
    "fonction",
    "poste",
)
_NOTE = ("notes", "note")
_BIRTHDAY = ("birthday", "anniversaire", "date de naissance")
# Google: "E-mail 1 - Value"; Outlook: "E-mail Address", "E-mail 2 Address"; LinkedIn:
# "Email Address"; plain sheets: "Email", "Courriel".
_EMAIL = re.compile(
    r"e-?mail(?: \d+)? - value|e-?mail(?: \d+)? address|e-?mail|courriel", re.IGNORECASE
)
# Google: "Phone 1 - Value"; Outlook: "Business Phone", "Mobile Phone", "Home Phone 2", …
_PHONE = re.compile(
    r"phone(?: \d+)? - value|(?:business|home|mobile|primary|other|company main|car|"
    r"assistant's|callback|radio)? ?phone(?: \d+)?|téléphone|telephone|cellulaire|mobile",
    re.IGNORECASE,
)
# How much of the file's start the delimiter is guessed from (a huge file is not split whole).
_SNIFF_CHARS = 65_536
# The csv module refuses a cell over 131,072 characters; a note may be far longer (it is cut
# at the notebook's limit after reading, and in a line, cut to what a note can use first).
_CELL_LIMIT = 2**31 - 1
_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|\Z)")
# Google packs several values in one cell: "514 555-0101 ::: 438 555-0102".
_MULTI_VALUE = ":::"


def _key(name: str) -> str:
    return " ".join(name.strip().casefold().split())


def _first(header: Sequence[str], names: Sequence[str]) -> str:
    for column in header:
        if _key(column) in names:
            return column
    return ""


def detect_mapping(header: Sequence[str]) -> ColumnMapping | None:
    """The mapping for a header we recognise, or None when no name column is found.

    Outlook's "Title" is an honorific (Mr., Dr.), so it is a role only when there is no
    "Job Title"-like column; a lone "Title" column in a plain sheet is a job title.
    """
    keys = {_key(column) for column in header}
    role = _first(header, [name for name in _ROLE if name != "title"])
    if not role and not {"suffix", "middle name"} & keys:
        role = _first(header, ("title",))
    mapping = ColumnMapping(
        given_name=_first(header, _GIVEN),
        family_name=_first(header, _FAMILY),
        full_name=_first(header, _FULL),
        organisation=_first(header, _ORGANISATION),
        role=role,
        emails=tuple(column for column in header if _EMAIL.fullmatch(column.strip())),
        phones=tuple(column for column in header if _PHONE.fullmatch(column.strip())),
        note=_first(header, _NOTE),
        birthday=_first(header, _BIRTHDAY),
    )
    return mapping if mapping.has_name() else None


def source_name(header: Sequence[str]) -> str:
    """Which app wrote a CSV, from its columns, for the preview and the people's "how met"."""
    keys = {_key(column) for column in header}
    if "connected on" in keys or {"url", "position"} <= keys:
        return "LinkedIn connections"
    if keys & {"e-mail 1 - value", "phone 1 - value", "organization 1 - name", "given name"}:
        return "Google Contacts CSV"
    if "e-mail address" in keys and keys & {"business phone", "mobile phone", "job title"}:
        return "Outlook CSV"
    return "CSV"


def _delimiter(text: str) -> str:
    """Comma, semicolon (French-locale Outlook and Excel) or tab: whichever the first lines use
    most, counted outside quotes."""
    sample = "\n".join(text[:_SNIFF_CHARS].splitlines()[:HEADER_SEARCH_ROWS])
    unquoted = re.sub(r'"[^"]*"', "", sample)
    counts = {char: unquoted.count(char) for char in (",", ";", "\t")}
    best = max(counts, key=lambda char: counts[char])
    return best if counts[best] else ","


def _lines(text: str) -> Iterator[str]:
    """The file's lines with their line breaks, one at a time, as a file gives them to csv
    (`io.StringIO` would first copy the whole text at four bytes a character).

    A line longer than a note can use is given without what a quoted cell holds beyond that
    (see `_shortened`): the csv module keeps a cell at four bytes a character, doubling as it
    grows, so a 20 MB note would otherwise cost it 134 MB."""
    quoted = False  # the line starts inside a quoted cell: an odd number of quotes so far
    for match in _LINE.finditer(text):
        start, end = match.span()
        if start == end:
            continue
        if end - start <= LONGEST_RAW_NOTE:
            yield match[0]
        else:
            yield _shortened(text, start, match.end(1), end, quoted)
        quoted ^= text.count('"', start, end) % 2 == 1


def _shortened(text: str, start: int, body_end: int, end: int, quoted: bool) -> str:
    """`text[start:end]`, a line (its line break from `body_end`), with each run of characters
    inside a quoted cell and without a quote cut after `LONGEST_RAW_NOTE` characters. Leaving
    out characters that are not quotes from inside a quoted cell changes neither the cells nor
    the rows; the cell still starts as it did, and is still too long for a note (it is cut,
    with the warning). A stray quote in an unquoted cell misleads the count of quotes only for
    such lines, of ten million characters: that one row loses the rest of its line."""
    pieces: list[str] = []
    kept = run = start  # what is kept from; where the current run of non-quotes starts
    inside = quoted
    while run < body_end:
        quote = text.find('"', run, body_end)
        stop = body_end if quote < 0 else quote
        if inside and stop - run > LONGEST_RAW_NOTE:
            pieces.append(text[kept : run + LONGEST_RAW_NOTE])
            kept = stop
        if quote < 0:
            break
        inside, run = not inside, quote + 1
    pieces.append(text[kept:end])
    return "".join(pieces)


def _rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str] | RowError]]:
    """(line where the row starts, its cells), or a RowError for a row csv cannot read."""
    reader = csv.reader(_lines(text), delimiter=delimiter)
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield (
                start,
                RowError(
                    start,
                    Sentence(
                        "This row cannot be read ({reason}); it was left out.", {"reason": exc}
                    ),
                ),
            )
            if reader.line_num < start:  # no progress: stop rather than loop
                return
            start = reader.line_num + 1
            continue
        yield start, row
        start = reader.line_num + 1


def _cell(row: Sequence[str], index: dict[str, int], column: str) -> str:
    position = index.get(column)
    if position is None or position >= len(row):
        return ""
    return row[position].strip()


def _many(row: Sequence[str], index: dict[str, int], columns: Sequence[str]) -> tuple[str, ...]:
    values: list[str] = []
    for column in columns:
        for value in _cell(row, index, column).split(_MULTI_VALUE):
            value = value.strip()
            if value and value not in values:
                values.append(value)
    return tuple(values)


def _contact(
    row: Sequence[str],
    line: int,
    index: dict[str, int],
    mapping: ColumnMapping,
    source: str,
    today: dt.date,
) -> IncomingContact:
    given = " ".join(_cell(row, index, mapping.given_name).split())
    family = " ".join(_cell(row, index, mapping.family_name).split())
    if not (given or family):
        full = _cell(row, index, mapping.full_name)
        if full.strip():
            given, family = split_name(full)
    warnings: list[Sentence] = []
    raw_birthday = _cell(row, index, mapping.birthday)
    birthday = parse_birthday(raw_birthday, today=today) if raw_birthday else None
    if birthday is None and raw_birthday and raw_birthday not in ("0/0/00", "0/0/0000"):
        warnings.append(
            Sentence(
                "The birthday “{birthday}” is not a date; it was left out.",
                {"birthday": raw_birthday},
            )
        )
    note, cut = limited_note(
        _cell(row, index, mapping.note)[:LONGEST_RAW_NOTE].replace("\r\n", "\n")
    )
    by_key = {_key(column): column for column in index}
    rest = card_rest(
        lambda key: " ".join(_cell(row, index, by_key.get(key, "")).split()),
        set(by_key),
        today,
        outlook=mapping.role != by_key.get("title"),
    )
    return IncomingContact(
        line=line,
        given_name=given,
        family_name=family,
        organisation=" ".join(_cell(row, index, mapping.organisation).split()),
        role=" ".join(_cell(row, index, mapping.role).split()),
        emails=_many(row, index, mapping.emails),
        phones=_many(row, index, mapping.phones),
        note=note,
        birthday=birthday,
        source=source,
        warnings=(*warnings, *cut),
        **rest,
    )


@contextmanager
def _long_cells() -> Iterator[None]:
    """The csv module's cell limit lifted while a file is read (it is process-wide)."""
    previous = csv.field_size_limit(_CELL_LIMIT)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def parse_csv(
    text: str, *, today: dt.date, mapping: ColumnMapping | None = None, file_name: str = ""
) -> ParsedFile:
    """Every contact row of a CSV. Never raises: unreadable rows are `RowError`s, and a file
    whose columns are not recognised comes back with `needs_mapping` and its header."""
    with _long_cells():
        return _parse(text, mapping, file_name, today)


def _parse(text: str, mapping: ColumnMapping | None, file_name: str, today: dt.date) -> ParsedFile:
    rows = _rows(text, _delimiter(text))
    header: list[str] | None = None
    first: tuple[int, list[str]] | None = None
    errors: list[RowError] = []
    used = mapping
    for line, row in rows:
        if isinstance(row, RowError):
            errors.append(row)
        elif any(cell.strip() for cell in row):
            cells = [cell.strip() for cell in row]
            first = first or (line, cells)
            if mapping is not None:
                found = set(mapping.columns()) <= set(cells) and mapping.has_name()
            else:
                used = detect_mapping(cells)
                found = used is not None
            if found:
                header = cells
                break
        if line > HEADER_SEARCH_ROWS:
            break
    if header is None:
        columns = tuple(first[1]) if first else ()
        problems = list(errors)
        if mapping is not None and first is not None:
            missing = [name for name in mapping.columns() if name not in first[1]]
            if missing:
                problems.append(
                    RowError(
                        first[0],
                        Sentence(
                            "These columns are not in the file: {columns}.",
                            {"columns": ", ".join(missing)},
                        ),
                    )
                )
            elif not mapping.has_name():
                problems.append(
                    RowError(first[0], Sentence("Choose the column that holds the name."))
                )
        return ParsedFile(
            source="CSV", errors=tuple(problems), header=columns, needs_mapping=bool(columns)
        )
    assert used is not None
    kind = source_name(header)
    source = f"{kind} ({file_name})" if file_name else kind
    index: dict[str, int] = {}
    for position, column in enumerate(header):
        index.setdefault(column, position)
    contacts: list[IncomingContact] = []
    for line, row in rows:
        if isinstance(row, RowError):
            errors.append(row)
        elif any(cell.strip() for cell in row):
            contacts.append(_contact(row, line, index, used, source, today))
    return ParsedFile(
        source=kind,
        contacts=tuple(contacts),
        errors=tuple(errors),
        header=tuple(header),
        mapping=used,
    )
