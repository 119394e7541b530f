"""Importing each kind of contacts export keeps every field a person can read (issue 23's "Done
when"): each file of tests/fixtures/import/ is read here by a small reader of its own, not the
app's, and every value it holds is looked for on the person the import made.

A value is found when it is in the person's dossier (profile, emails, phones, websites,
addresses, tags, notes, personal details), case and spaces aside; a phone number by its digits;
a date by the birthday, anniversary or dated note it became. What the notebook does not keep is
named below, with why (`NOT_A_FIELD`, `NOT_KEPT`): anything else missing fails.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from relnotebook.core.exchange.contact_import import apply_import, build_preview, read_file
from relnotebook.core.privacy.dossier import person_dossier
from relnotebook.store import Notebook
from tests.conftest import TODAY

FIXTURES = Path(__file__).parent / "fixtures" / "import"
# Card and file structure, the app's own bookkeeping, pictures: nothing a person reads.
NOT_A_FIELD = {
    "BEGIN", "END", "VERSION", "PRODID", "REV", "UID", "X-ABUID", "PHOTO",
    "X-MS-OL-DEFAULT-POSTAL-ADDRESS",
    "FN",  # the name N gives, written out (checked against the name when there is no N)
}  # fmt: skip
# Read but not kept, on purpose: the kind of an email or a phone number (work, cell: the
# notebook keeps one list of each, labels only for websites and addresses), a date with no
# label (Apple's X-ABDATE without X-ABLabel: nothing says what it is), Google's own groups.
NOT_KEPT_PARAMETERS_OF = {"TEL", "EMAIL"}
NOT_KEPT_GROUPS = {"* myContacts", "* starred", "myContacts", "*"}
DATES = {"BDAY", "ANNIVERSARY", "X-ANNIVERSARY", "X-ABDATE"}
CSV_DATES = ("Birthday", "Anniversary", "Event 1 - Value", "Connected On")
CSV_NOT_A_FIELD = ("Label", "E-mail Type", "E-mail Display Name", "Address 1 - Formatted")


@dataclass
class Value:
    """One value of a file, and how to look for it."""

    where: str  # "BDAY", "N", "Phone 1 - Value"…: for the failure message
    text: str
    kind: str = "text"  # text, phone, date, tag


# --- the files, read here ----------------------------------------------------------------------


def _unfolded(raw: bytes) -> list[str]:
    """The card's logical lines: folded lines joined, quoted-printable soft breaks too."""
    text = raw.decode("utf-8", errors="surrogateescape")
    lines: list[str] = []
    for line in re.split(r"\r\n|\n", text):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line[1:]
        elif (
            line.upper() != "END:VCARD"
            and lines
            and "QUOTED-PRINTABLE" in lines[-1].split(":")[0].upper()
            and (lines[-1].endswith("=") or not re.match(r"^[A-Za-z0-9.-]+[;:]", line))
        ):
            lines[-1] = (lines[-1][:-1] if lines[-1].endswith("=") else lines[-1] + "\n") + line
        elif line:
            lines.append(line)
    return lines


def _components(value: str) -> list[str]:
    parts = re.split(r"(?<!\\)[;,]", value)
    return [
        part.replace("\\n", "\n").replace("\\N", "\n").replace("\\", "").strip()
        for part in parts
        if part.strip()
    ]


def _card_values(lines: list[str]) -> list[Value]:
    labels = {}
    for line in lines:
        head, _, value = line.partition(":")
        if head.upper().endswith("X-ABLABEL"):
            labels[head.split(".")[0]] = value
    found: list[Value] = []
    for line in lines:
        head, _, value = line.partition(":")
        group, _, rest = head.rpartition(".") if "." in head.split(";")[0] else ("", "", head)
        name, *params = rest.split(";")
        name = name.upper()
        if name in NOT_A_FIELD or name == "X-ABLABEL":
            continue
        if any(p.upper() == "ENCODING=QUOTED-PRINTABLE" for p in params):
            charset = next(
                (p.split("=")[1] for p in params if p.upper().startswith("CHARSET=")), "utf-8"
            )
            raw = value.encode("utf-8", errors="surrogateescape")
            value = quopri.decodestring(raw).decode(charset).replace("\r\n", "\n")
        else:
            value = value.encode("utf-8", errors="surrogateescape").decode("utf-8")
        label = labels.get(group, "")
        if name in DATES:
            if name != "X-ABDATE" or label:  # an Apple date says what it is by its label
                found.append(Value(name, value, "date"))
            continue
        if name == "TEL":
            found.append(Value(name, value, "phone"))
            continue
        if name == "CATEGORIES":
            found.extend(Value(name, part, "tag") for part in _components(value))
            continue
        if label and name not in NOT_KEPT_PARAMETERS_OF:
            found.append(Value(f"{name} label", re.sub(r"^_\$!<(.*)>!\$_$", r"\1", label)))
        found.extend(Value(name, part) for part in _components(value))
    return found


def vcard_people(path: Path) -> Iterator[list[Value]]:
    card: list[str] = []
    for line in _unfolded(path.read_bytes()):
        card.append(line)
        if line.upper() == "END:VCARD":
            yield _card_values(card)
            card = []


def csv_people(path: Path) -> Iterator[list[Value]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if "Name" in line and "," in line)
    for row in csv.DictReader(io.StringIO("".join(lines[start:]))):
        values: list[Value] = []
        for column, cell in row.items():
            if not cell or not cell.strip() or any(n in column for n in CSV_NOT_A_FIELD):
                continue
            for part in (p.strip() for p in re.split(r":::|;", cell) if p.strip()):
                if column in CSV_DATES or column == "Birthday":
                    kind = "date"
                elif "Phone" in column:
                    kind = "phone"
                elif column in ("Labels", "Categories", "Group Membership"):
                    kind = "tag"
                else:
                    kind = "text"
                part = cell.strip() if kind == "text" and column == "Notes" else part
                values.append(Value(column, part, kind))
        yield values


_EXTENSION = re.compile(r"(?i)^(.*?)(?:\s*(?:;ext=|poste|ext\.?|x)\s*(\d+))?\s*$")


# --- what the notebook kept ---------------------------------------------------------------------


def _flat(text: str) -> str:
    return " ".join(text.casefold().split())


def missing(dossier: dict[str, Any], values: list[Value]) -> list[str]:
    """The values of one contact that are not on the person."""
    blob = _flat(json.dumps(dossier, ensure_ascii=False).replace("\\n", " "))
    phones = [
        (re.sub(r"\D", "", p["value"].split(";")[0]), p["value"].partition(";ext=")[2])
        for p in dossier["phones"]
    ]
    tags = {tag.casefold() for tag in dossier["tags"]}
    dated = bool(
        dossier["person"]["anniversary"]
        or any(d["kind"] == "birthday" for d in dossier["personal_details"])
        or dossier["notes"]
    )
    lost = []
    for value in values:
        if value.kind == "phone":
            number, extension = _EXTENSION.match(value.text).groups()  # type: ignore[union-attr]
            digits = re.sub(r"\D", "", number)
            kept = (digits[-10:], extension or "") in {(p[-10:], ext) for p, ext in phones}
        elif value.kind == "tag":
            kept = value.text in NOT_KEPT_GROUPS or value.text.casefold() in tags
        elif value.kind == "date":
            kept = dated or value.text.startswith("0/0/")  # Outlook's "no date"
        else:
            kept = _flat(value.text) in blob
        if not kept:
            lost.append(f"{value.where}: {value.text!r}")
    return lost


FILES = [
    ("android21_qp.vcf", "Android vCard 2.1, quoted-printable"),
    ("apple.vcf", "iPhone / Mac vCard 3.0, item groups and X-ABLabel"),
    ("outlook21.vcf", "Outlook vCard 2.1, Windows-1252"),
    ("google.vcf", "Gmail vCard 3.0"),
    ("gmail_card.vcf", "Gmail vCard 3.0, ADR, URL, labels, X-ABDATE"),
    ("v4.vcf", "vCard 4.0"),
    ("card_21_40.vcf", "vCard 2.1 and 4.0: ADR, URL, NICKNAME, N prefix and suffix, CATEGORIES"),
    ("google.csv", "Google Contacts CSV"),
    ("google_card.csv", "Google Contacts CSV: address, website, labels, event"),
    ("outlook.csv", "Outlook CSV, Windows-1252"),
    ("outlook_card.csv", "Outlook CSV: addresses, web page, categories, anniversary"),
    ("Connections.csv", "LinkedIn Connections.csv: profile URL, Connected On"),
]


@pytest.mark.parametrize(("name", "kind"), FILES, ids=[name for name, _ in FILES])
def test_importing_keeps_every_field_a_person_can_read(
    notebook: Notebook, name: str, kind: str
) -> None:
    path = FIXTURES / name
    people = list(vcard_people(path) if name.endswith(".vcf") else csv_people(path))
    preview = build_preview(notebook, read_file(path, today=TODAY))
    assert len(preview.rows) == len(people), kind
    # A row the import cannot take (no name at all) is listed with its line, not imported.
    people = [p for p, row in zip(people, preview.rows, strict=True) if row.fields is not None]
    result = apply_import(notebook, preview, today=TODAY)
    assert len(result.created_ids) == len(people), kind
    lost = {
        person_id: missing(person_dossier(notebook, person_id), values)
        for person_id, values in zip(result.created_ids, people, strict=True)
    }
    assert {k: v for k, v in lost.items() if v} == {}, kind


def test_a_linkedin_connection_date_is_a_note_of_that_day(notebook: Notebook) -> None:
    path = FIXTURES / "Connections.csv"
    result = apply_import(
        notebook, build_preview(notebook, read_file(path, today=TODAY)), today=TODAY
    )
    notes = person_dossier(notebook, result.created_ids[0])["notes"]
    assert [n["date"] for n in notes] == [dt.date(2025, 11, 15).isoformat()]


def test_a_value_the_notebook_did_not_keep_is_reported(notebook: Notebook) -> None:
    """The check above is not a stub: a card's field that did not reach the person is named."""
    path = FIXTURES / "card_21_40.vcf"
    (francois, _helene) = list(vcard_people(path))
    assert len(francois) >= 12  # N's five parts, ADR's, URL, TEL, CATEGORIES…
    result = apply_import(
        notebook, build_preview(notebook, read_file(path, today=TODAY)), today=TODAY
    )
    dossier = person_dossier(notebook, result.created_ids[0])
    assert missing(dossier, francois) == []
    dossier["addresses"], dossier["tags"], dossier["person"]["name_suffix"] = [], [], ""
    dossier["phones"][0]["value"] = "+14185550100"  # the extension lost
    lost = missing(dossier, francois)
    assert "ADR: 'Montréal'" in lost and "CATEGORIES: 'Golf'" in lost
    assert "TEL: '418 555 0100 poste 218'" in lost and "N: 'Jr.'" in lost
