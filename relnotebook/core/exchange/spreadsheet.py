"""CSV files that a spreadsheet opens safely: no cell is ever read as a formula.

A name or a note typed as `=HYPERLINK(…)` or `+1 514…` would otherwise run as a formula when the
user opens the export in Excel or LibreOffice (CSV injection). Every CSV the app writes goes
through here, so the rule lives in one place.

The file is written with "," but our users' Excel (fr-CA, fr-FR) splits on ";", and a spreadsheet
that reads a line its own way may start a new cell at any "," or ";" inside a cell, or at a line
break inside one. So every cell is quoted, and a single quote goes before a formula character
(OWASP) at each place a cell could start: the start of the text, and after every separator or
line break in it (spaces skipped), as well as before a quote or the end of the text there (a
quote would open a quoted cell in that spreadsheet, the end would let the next cell's quote
do it).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from relnotebook.files import write_private_file

# A spreadsheet reads a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA = "".join(re.escape(start) for start in FORMULA_STARTS)
# Where a cell may start: the text's start (before a formula character), or after a "," or ";"
# or a line break (before a formula character, a quote, or the end of the text).
_CELL_STARTS = re.compile(rf"\A( *)(?=[{_FORMULA}])|([,;\r\n] *)(?=[{_FORMULA}\"]|\Z)")


def safe_cell(value: str) -> str:
    """A cell a spreadsheet shows as text whatever it splits on: a single quote before each
    formula character that could start a cell."""
    return _CELL_STARTS.sub(r"\g<0>'", value)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """The CSV as UTF-8 with a BOM (so Excel reads accents right), every cell quoted and safe."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL)
    writer.writerow([safe_cell(_text(cell)) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(_text(cell)) for cell in row])
    return out.getvalue().encode("utf-8-sig")


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write the CSV at `path` in one step, readable by the owner only (it holds people)."""
    write_private_file(Path(path), csv_bytes(header, rows))
