"""`relnotebook mail-log`: what a run of the mail log found, as lines and as JSON."""

from __future__ import annotations

from typing import Any

from relnotebook.core.mail.service import MailRun

_ANSWERED = {
    "next_day_note": "note",
    "coffee_invitation": "coffee invitation",
    "newsletter_offer": "newsletter offer",
}


def mail_run_text(run: MailRun) -> list[str]:
    verb = "would log" if run.dry_run else "logged"
    lines = [
        f"{run.source}: {run.read} messages read, {verb} {run.logged} contacts with "
        f"{run.people} people ({run.already} already logged, {run.malformed} unreadable "
        f"skipped, {run.older} older than the first day read)."
    ]
    for reply in run.replies:
        what = _ANSWERED.get(reply.kind.value, "message")
        lines.append(f"- {reply.person_name} replied to your {what} on {reply.on:%d %b %Y}.")
    if run.frequent:
        lines.append("People you write to often who are not in the notebook:")
        for person in run.frequent:
            name = f"{person.name} " if person.name else ""
            lines.append(f"- {name}<{person.address}>: {person.messages} messages")
    return lines


def mail_run_json(run: MailRun) -> dict[str, Any]:
    return {
        "source": run.source,
        "dry_run": run.dry_run,
        "read": run.read,
        "logged": run.logged,
        "people": run.people,
        "already_logged": run.already,
        "malformed": run.malformed,
        "older": run.older,
        "replies": [
            {
                "person": {"id": r.person_id, "name": r.person_name},
                "message_id": r.signal_id,
                "kind": r.kind.value,
                "on": r.on.isoformat(),
            }
            for r in run.replies
        ],
        "frequent": [
            {"address": c.address, "name": c.name, "messages": c.messages} for c in run.frequent
        ],
    }
