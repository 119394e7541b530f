"""`erase` and `retention`: what an erasure did and could not reach, and who has had no contact
for years."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from relnotebook.core.privacy.erasure import ErasureReport
from relnotebook.core.privacy.retention import RetentionCandidate
from relnotebook.store.files.outside_copies import OutsideCopy

_ERASED_KINDS = {
    "notes": "notes",
    "details": "personal details",
    "messages": "messages sent",
    "contacts": "logged contacts",
    "emails_and_phones": "emails and phones",
    "tags": "tags",
    "events": "event attendances",
    "follow_ups": "follow-ups",
    "put_off_prompts": "reminders put off",
    "checkin_plan": "check-in plan",
    "sweeps": "call-round entries",
    "tasks": "tasks",
    "consents": "consent records",
    "referrals": "referrals with them as the referrer or recipient",
}


def erase_text(report: ErasureReport) -> list[str]:
    """The `erase` command's lines for an `ErasureReport`."""
    details = ", ".join(
        f"{count} {_ERASED_KINDS.get(kind, kind)}" for kind, count in report.removed.items()
    )
    lines = [f"Erased {report.name} and {report.removed_total} records about them ({details})."]
    if report.referrals_anonymised:
        lines.append(
            f"Kept {report.referrals_anonymised} referrals of them by other people, without "
            "their name or note."
        )
    if report.introductions_unlinked:
        lines.append(
            f"{report.introductions_unlinked} people they had introduced now show no introducer."
        )
    if report.mentions:
        places = ", ".join(
            f"{m.kind} {m.id}" + (f" (person {m.person_id})" if m.person_id else "")
            for m in report.mentions
        )
        lines.append(f"Other records still name them, left as they are: {places}.")
    if not report.scrubbed:
        lines.append(
            "Another program is reading the notebook: what was erased may stay in its log file "
            "until that program closes it."
        )
    if report.copies_rewritten:
        lines.append(
            f"Rewrote {len(report.copies_rewritten)} backups and copies of the notebook "
            "without them."
        )
    if report.drafts_dropped:
        drafts = "draft" if report.drafts_dropped == 1 else "drafts"
        lines.append(f"Dropped {report.drafts_dropped} unsaved {drafts} about them.")
    if report.server_cards and report.server_cards_deleted:
        lines.append("Deleted their card from your sync server too.")
    elif report.server_cards:
        lines.append(
            "Their card on your sync server could not be deleted now (server not reachable or "
            "no password in the keyring); it will be deleted at the next sync."
        )
    for problem in report.copies_not_rewritten:
        lines.append(f"Not rewritten, so it may still hold them: {problem.reason}")
    lines.extend(elsewhere_text(report.elsewhere))
    return lines


COPY_KIND_LABELS = {
    "backup": "backup",
    "export": "export",
    "calendar": "calendar file",
    "newsletter": "newsletter list",
    "dossier": "folder of a dossier",
    "message": "message saved as .eml",
}


def elsewhere_text(copies: Sequence[OutsideCopy]) -> list[str]:
    """What erasure cannot reach: the files the app wrote for the user, by name, then the rest."""
    if not copies:
        return [
            "Copies made elsewhere (Back Up Now to another folder, exports) still hold them: "
            "the app cannot reach those; delete them, or erase the person there too."
        ]
    lines = [
        "These copies made with the app outside its folders may still hold them; the app "
        "cannot reach them: delete them, or erase the person there too."
    ]
    for copy in copies:
        kind = COPY_KIND_LABELS[copy.kind.value]
        when = (
            f"written {copy.written_at:%Y-%m-%d %H:%M}"
            if copy.written_at is not None
            else "its folder cannot be reached now"
        )
        lines.append(f"  - {copy.path} ({kind}, {when})")
    lines.append("Copies made by other means (copied by hand, sent by mail) are out of reach too.")
    return lines


def retention_text(people: Sequence[RetentionCandidate], years: int, day: dt.date) -> list[str]:
    """The `retention` command's lines: the people with no contact for `years`, longest first."""
    if not people:
        return [f"Everyone has been in touch in the last {years} years."]
    lines = [f"No contact for {years} years or more, on {day}:"]
    for person in people:
        organisation = f" ({person.organisation})" if person.organisation else ""
        lines.append(
            f"- {person.id}: {person.name}{organisation}, last {person.last_kind} on "
            f"{person.last_contact}, {person.years} years ago"
        )
    return lines


def retention_json(
    candidates: Iterable[RetentionCandidate], years: int, today: dt.date
) -> dict[str, Any]:
    """The `retention --json` document."""
    return {
        "date": today.isoformat(),
        "years": years,
        "people": [
            {
                "id": c.id,
                "name": c.name,
                "organisation": c.organisation,
                "stage": c.stage.value,
                "last_contact": c.last_contact.isoformat(),
                "last_kind": c.last_kind,
                "years": c.years,
            }
            for c in candidates
        ],
    }
