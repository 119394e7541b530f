"""CSV files that a spreadsheet opens safely: no cell is ever read as a formula.

A name or a note typed as `=HYPERLINK(…)` or `+1 514…` would otherwise run as a formula when the
user opens the export in Excel or LibreOffice (CSV injection). Every CSV the app writes goes
through here, so the rule lives in one place.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from relnotebook.files import write_private_file

# A spreadsheet reads a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: a leading apostrophe before a formula character."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _text(value: object) -> str:
    return "" if value is None else str(value)


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """The CSV as UTF-8 with a BOM (so Excel reads accents right), every cell made safe."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([safe_cell(_text(cell)) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(_text(cell)) for cell in row])
    return out.getvalue().encode("utf-8-sig")


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write the CSV at `path` in one step, readable by the owner only (it holds people)."""
    write_private_file(Path(path), csv_bytes(header, rows))
