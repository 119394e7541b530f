"""Which column of a contacts CSV holds which of our fields.

Files from Google, Outlook and LinkedIn are recognised by their column names; for any other
spreadsheet the user picks the columns once, and the same `ColumnMapping` is used to read it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

# The fields a column can be mapped to, in the order the mapping step shows them.
MAPPABLE_FIELDS: tuple[str, ...] = (
    "given_name",
    "family_name",
    "full_name",
    "organisation",
    "role",
    "emails",
    "phones",
    "note",
    "birthday",
)


@dataclass(frozen=True)
class ColumnMapping:
    """Our field -> the column name in the file ("" when the file has none).

    `full_name` is used when a row has neither a given nor a family name ("Name" columns).
    Several columns may hold emails or phones (Google's "E-mail 1 - Value", "E-mail 2 - …").
    """

    given_name: str = ""
    family_name: str = ""
    full_name: str = ""
    organisation: str = ""
    role: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    note: str = ""
    birthday: str = ""

    def columns(self) -> tuple[str, ...]:
        """Every column this mapping reads, once each."""
        found: list[str] = []
        for item in fields(self):
            value = getattr(self, item.name)
            for column in value if isinstance(value, tuple) else (value,):
                if column and column not in found:
                    found.append(column)
        return tuple(found)

    def has_name(self) -> bool:
        """A contact without a name cannot become a person, so a mapping needs a name column."""
        return bool(self.given_name or self.family_name or self.full_name)
