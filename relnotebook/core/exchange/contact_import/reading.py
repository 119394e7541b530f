"""Opening a contacts file: size, encoding and format checks before any parser sees it.

The format is decided by what the file holds, not by its name: a Google export saved as `.txt`
still reads, and a `.vcf` that is really something else is refused with a sentence. Whatever is
wrong with the file becomes an `ImportFileError`; no other exception leaves this module.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
from pathlib import Path

from relnotebook.core.exchange.contact_import.csv_contacts import parse_csv
from relnotebook.core.exchange.contact_import.errors import ImportFileError
from relnotebook.core.exchange.contact_import.incoming import ParsedFile
from relnotebook.core.exchange.contact_import.mapping import ColumnMapping
from relnotebook.core.exchange.contact_import.vcard import parse_vcards
from relnotebook.errors import SpecialFileError
from relnotebook.files import open_regular_file

# Far above any address book without photos (5,000 vCards are about 1.5 MB); refused before it
# is read into memory.
MAX_FILE_BYTES = 20 * 1024 * 1024
_MB = 1024 * 1024
_VCARD_START = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE | re.MULTILINE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SNIFF_CHARS = 65_536


def _binary(name: str) -> ImportFileError:
    return ImportFileError(
        "{name} is not a text file (it looks like a picture, a program or a document). "
        "Export your contacts as vCard (.vcf) or CSV and import that file.",
        name=name,
    )


def decode_text(data: bytes, name: str = "The file") -> str:
    """The text of a contacts file: UTF-16 when it says so (BOM), else UTF-8 (with or without
    BOM), else Windows-1252, the encoding older Outlook and Excel exports use. Raises
    `ImportFileError` for what is not text (NUL bytes, control characters)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _binary(name) from None
    if b"\x00" in data:
        raise _binary(name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _not_utf8(data, name)
    sample = text[:_SNIFF_CHARS]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise _binary(name)
    return text


def _not_utf8(data: bytes, name: str) -> str:
    """A UTF-8 file with a few broken bytes stays UTF-8 (each broken byte shown as �), rather
    than every accent of it turning into "Ã©"; otherwise the file is Windows-1252."""
    lenient = data.decode("utf-8-sig", errors="replace")
    broken = lenient.count("\ufffd")
    accented = sum(1 for char in lenient if ord(char) > 127) - broken
    if accented > broken:
        return lenient
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise _binary(name) from None


def _looks_like_csv(text: str) -> bool:
    lines = [line for line in text[:_SNIFF_CHARS].splitlines() if line.strip()][:30]
    return any(char in line for line in lines for char in (",", ";", "\t"))


def read_bytes(
    data: bytes, *, today: dt.date, name: str = "", mapping: ColumnMapping | None = None
) -> ParsedFile:
    """Parse the bytes of a contacts file named `name` (for messages and "how met").

    Raises `ImportFileError` when the file cannot be imported at all; a problem with one
    contact is a `RowError` in the result instead.
    """
    return _parse(_text(data, name or "The file"), name, mapping, today)


def _text(data: bytes, label: str) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(label, len(data))
    if not data or data.isspace():
        raise ImportFileError("{label} is empty: there are no contacts to import.", label=label)
    text = decode_text(data, label)
    if not text or text.isspace():
        raise ImportFileError("{label} is empty: there are no contacts to import.", label=label)
    return text


def _parse(text: str, name: str, mapping: ColumnMapping | None, today: dt.date) -> ParsedFile:
    label = name or "The file"
    if _VCARD_START.search(text[:_SNIFF_CHARS]) or _VCARD_START.search(text):
        parsed = parse_vcards(text, file_name=name, today=today)
    elif name.lower().endswith((".vcf", ".vcard")):
        raise ImportFileError(
            "{label} is named like a vCard file but holds no contact card (BEGIN:VCARD).",
            label=label,
        )
    elif _looks_like_csv(text):
        parsed = parse_csv(text, mapping=mapping, file_name=name, today=today)
    else:
        raise ImportFileError(
            "{label} is neither a vCard nor a CSV file of contacts. Export your contacts as"
            " vCard (.vcf) or CSV and import that file.",
            label=label,
        )
    if not (parsed.contacts or parsed.errors or parsed.needs_mapping):
        raise ImportFileError("{label} holds no contacts.", label=label)
    return parsed


def _too_large(label: str, size: int) -> ImportFileError:
    return ImportFileError(
        "{label} is {size} MB; files over {limit} MB are not imported. Export your contacts "
        "without photos, or in several files.",
        label=label,
        size=round(size / _MB),
        limit=MAX_FILE_BYTES // _MB,
    )


def read_file(
    path: Path | str, mapping: ColumnMapping | None = None, *, today: dt.date
) -> ParsedFile:
    """Read and parse a vCard or CSV contacts file; `mapping` for a CSV the user mapped.

    Only a regular file is read: a folder, a named pipe, a device or a socket is refused
    unread (reading a pipe would wait for ever; /dev/zero would never end). The size is
    checked before reading, so a huge file is refused without filling memory.
    """
    path = Path(path)
    # The bytes go as soon as they are decoded: only the text is held while it is parsed.
    text = _text(_bytes_of(path), path.name)
    return _parse(text, path.name, mapping, today)


def _bytes_of(path: Path) -> bytes:
    try:
        handle = open_regular_file(path)
    except FileNotFoundError:
        raise ImportFileError("{path} does not exist.", path=path) from None
    except SpecialFileError as exc:
        if exc.is_folder:
            raise _folder(path) from None
        raise _special(path) from None
    except IsADirectoryError:
        raise _folder(path) from None
    except PermissionError:
        if path.is_dir():  # Windows cannot open a folder at all
            raise _folder(path) from None
        raise ImportFileError("{path} cannot be read: permission denied.", path=path) from None
    except OSError as exc:
        raise ImportFileError(
            "{path} cannot be read: {reason}.", path=path, reason=exc.strerror or exc
        ) from None
    with handle:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_FILE_BYTES:
            raise _too_large(path.name, size)
        return handle.read(MAX_FILE_BYTES + 1)


def _folder(path: Path) -> ImportFileError:
    return ImportFileError("{path} is a folder, not a contacts file.", path=path)


def _special(path: Path) -> ImportFileError:
    return ImportFileError(
        "{path} is a special file (a pipe, a device or a socket), not a contacts file.",
        path=path,
    )
