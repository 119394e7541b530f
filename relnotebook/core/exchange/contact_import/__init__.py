"""Bringing contacts in from vCard and CSV files, with a preview before anything is written.

`read_file` parses a file (format decided by content), `build_preview` compares it with the
notebook (new, likely duplicate, error, per row), `apply_import` writes the chosen rows in one
transaction. Nothing here imports Qt: the dialog and the command line share these functions.
"""

from relnotebook.core.exchange.contact_import.apply import (
    ImportResult,
    Progress,
    apply_import,
    redo_import,
    undo_import,
)
from relnotebook.core.exchange.contact_import.csv_contacts import detect_mapping, parse_csv
from relnotebook.core.exchange.contact_import.errors import (
    ContactImportError,
    ImportCancelled,
    ImportFileError,
)
from relnotebook.core.exchange.contact_import.incoming import (
    IncomingContact,
    MonthDay,
    ParsedFile,
    RowError,
    parse_birthday,
)
from relnotebook.core.exchange.contact_import.mapping import MAPPABLE_FIELDS, ColumnMapping
from relnotebook.core.exchange.contact_import.preview import (
    Choice,
    Duplicate,
    ImportPreview,
    MatchReason,
    PreviewRow,
    RowStatus,
    build_preview,
)
from relnotebook.core.exchange.contact_import.reading import MAX_FILE_BYTES, read_bytes, read_file
from relnotebook.core.exchange.contact_import.vcard import parse_vcards

__all__ = [
    "MAPPABLE_FIELDS",
    "MAX_FILE_BYTES",
    "Choice",
    "ColumnMapping",
    "ContactImportError",
    "Duplicate",
    "ImportCancelled",
    "ImportFileError",
    "ImportPreview",
    "ImportResult",
    "IncomingContact",
    "MatchReason",
    "MonthDay",
    "ParsedFile",
    "PreviewRow",
    "Progress",
    "RowError",
    "RowStatus",
    "apply_import",
    "build_preview",
    "detect_mapping",
    "parse_birthday",
    "parse_csv",
    "parse_vcards",
    "read_bytes",
    "read_file",
    "redo_import",
    "undo_import",
]
