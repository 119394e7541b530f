"""`relnotebook import`: what an import did, or would do, line by line of the file."""

from __future__ import annotations

from relnotebook.core.exchange.contact_import import (
    ImportPreview,
    ImportResult,
    MatchReason,
    RowStatus,
)


def import_text(
    preview: ImportPreview, result: ImportResult | None, *, name: str, merge: bool
) -> list[str]:
    """The `import` command's lines: the counts, then each duplicate, refused row and value
    left out, by line. `result` is None for a dry run."""
    duplicates = preview.count(RowStatus.DUPLICATE)
    refused = preview.count(RowStatus.ERROR)
    if result is None:
        lines = [
            f"{name} ({preview.source}): would create {preview.count(RowStatus.NEW)}, would "
            f"merge {duplicates if merge else 0}, refused {refused}."
        ]
        if duplicates and not merge:
            lines.append(
                f"Likely duplicates that would be skipped: {duplicates} (--merge merges them)."
            )
    else:
        lines = [
            f"{name} ({preview.source}): created {result.created}, merged {result.merged}, "
            f"skipped {result.skipped}, refused {result.failed}."
        ]
    verb = "merged" if merge else "skipped"
    if result is None:
        verb = f"would be {verb}"
    for row in preview.rows:
        if row.status is RowStatus.ERROR:
            lines.append(f"  line {row.line}: refused: {row.error}")
            continue
        if row.duplicate is not None:
            match = row.duplicate
            reason = {
                MatchReason.EMAIL: "same email",
                MatchReason.PHONE: "same phone number",
            }.get(match.reason, "same name and organisation")
            other = (
                f"{match.name} (#{match.person_id})"
                if match.person_id is not None
                else f"{match.name} (line {match.line} of this file)"
            )
            lines.append(f"  line {row.line}: {row.name} looks like {other}, {reason}: {verb}.")
        for warning in row.warnings:
            lines.append(f"  line {row.line}: {row.name}: {warning}")
    return lines
