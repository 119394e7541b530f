"""`relnotebook merge`: what a merge moves and which profile values stay, before and after.

The same `Comparison` as the app's Merge dialog (`core.people.merge.compare`), in English lines:
the counts of what moves from DROP, then each profile field that differs with the value the
kept person ends up with and why.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from relnotebook.core.people.duplicates import LikelyPair
from relnotebook.core.people.merge import Comparison, Counts, FieldPair, MergeUndo

# What moves, in the order shown, with its name: every field of `Counts`.
MOVED_KINDS = {
    "notes": "notes",
    "details": "personal details",
    "signals": "messages sent",
    "contacts": "logged contacts",
    "tasks": "tasks",
    "follow_ups": "follow-ups",
    "referrals": "referrals",
    "consents": "consent records",
    "events": "event attendances",
}


def counts_text(counts: Counts) -> str:
    """`2 notes, 1 personal details, …`: every kind, none left out (0 says there is none)."""
    return ", ".join(f"{getattr(counts, kind)} {label}" for kind, label in MOVED_KINDS.items())


def _person(name: str, person_id: int) -> str:
    return f"{name} (#{person_id})"


def _blank(value: Any) -> bool:
    return value is None or value == () or (isinstance(value, str) and not value.strip())


def _value(pair: FieldPair, value: Any, introducers: Mapping[int, str]) -> str:
    if _blank(value):
        return "nothing"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if pair.name == "introduced_by_id":
        return _person(introducers.get(value, "someone no longer there"), value)
    if isinstance(value, tuple):
        return ", ".join(value)
    return f"“{value}”"


def _field_line(comparison: Comparison, pair: FieldPair, take: Collection[str]) -> str:
    """One profile field that differs: the value KEEP ends up with, and why."""
    mine = _value(pair, pair.kept, comparison.introducers)
    theirs = _value(pair, pair.other, comparison.introducers)
    if not pair.choosable:
        both = [text for text, v in ((mine, pair.kept), (theirs, pair.other)) if not _blank(v)]
        return f"  {pair.name}: both kept: {' and '.join(both)}"
    taken = pair.taken(take)
    if pair.name == "introduced_by_id" and (pair.other if taken else pair.kept) in (
        comparison.kept_id,
        comparison.other_id,
    ):
        return f"  {pair.name}: nobody (no one introduces themself)"
    if taken and _blank(pair.kept):
        return f"  {pair.name}: takes {theirs} ({comparison.kept_name} has none)"
    if taken:
        return f"  {pair.name}: takes {theirs} (--take), not {mine}"
    if _blank(pair.other):
        return f"  {pair.name}: keeps {mine} ({comparison.other_name} has none)"
    return f"  {pair.name}: keeps {mine}, not {theirs}"


def merge_text(comparison: Comparison, take: Collection[str]) -> list[str]:
    """What `merge KEEP DROP` is about to do: what moves, the profile values kept."""
    kept = _person(comparison.kept_name, comparison.kept_id)
    dropped = _person(comparison.other_name, comparison.other_id)
    lines = [
        f"This merges {dropped} into {kept}.",
        f"Moves to {comparison.kept_name}: {counts_text(comparison.other_counts)}.",
    ]
    differing = [pair for pair in comparison.fields if pair.differs]
    if differing:
        lines.append("Profile fields that differ:")
        lines += [_field_line(comparison, pair, take) for pair in differing]
    else:
        lines.append("Their profile fields are the same.")
    lines.append(f"Then {dropped} is deleted.")
    return lines


def merged_text(comparison: Comparison, undo: MergeUndo) -> list[str]:
    """What `merge` did."""
    lines = [
        f"Merged {_person(comparison.other_name, comparison.other_id)} into "
        f"{_person(comparison.kept_name, comparison.kept_id)}."
    ]
    if undo.referrals_between_them:
        lines.append(
            f"Removed {undo.referrals_between_them} referrals between them (no one refers "
            "themself)."
        )
    return lines


DUPLICATE_REASONS = {
    "email": "same email",
    "phone": "same phone number",
    "name_and_organisation": "same name and organisation",
    "close_name": "close names",
}


def duplicates_text(pairs: Sequence[LikelyPair]) -> list[str]:
    """One pair per line: `#12 Robert Tremblay / #40 Bob T. — same email (bob@…)`."""
    if not pairs:
        return ["No likely duplicates."]
    lines = [f"{len(pairs)} likely duplicate pair{'s' if len(pairs) != 1 else ''}:"]
    for pair in pairs:
        why = ", ".join(DUPLICATE_REASONS[reason] for reason in pair.reasons)
        shared = f" ({pair.shared})" if pair.shared else ""
        lines.append(
            f"  #{pair.first_id} {pair.first_name} / #{pair.second_id} {pair.second_name}"
            f" — {why}{shared}"
        )
    lines.append("Merge one with: relnotebook merge KEEP DROP")
    return lines


def duplicates_json(pairs: Sequence[LikelyPair]) -> dict[str, Any]:
    return {
        "pairs": [
            {
                "first": {"id": pair.first_id, "name": pair.first_name},
                "second": {"id": pair.second_id, "name": pair.second_name},
                "reasons": [reason.value for reason in pair.reasons],
                "likeness": pair.likeness,
                "shared": pair.shared,
            }
            for pair in pairs
        ]
    }
