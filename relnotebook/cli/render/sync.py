"""`relnotebook sync`: what came in and went out, as lines and as JSON."""

from __future__ import annotations

from typing import Any

from relnotebook.core.sync.service import Change, SyncRun

# (the run's list, its JSON key, how a line says it; with --dry-run "would be" reads the same)
_KINDS = (
    ("came_in", "came_in", "new from your phone"),
    ("updated_here", "updated_here", "updated from your phone"),
    ("sent", "sent", "sent to the server"),
    ("clashes", "clashes", "changed on both sides, left as each side has it"),
    ("deleted_on_server", "deleted_on_server", "deleted on the server, kept here (say what to do)"),
    ("deleted_here", "deleted_here", "deleted here, its card kept on the server"),
    ("refused", "refused", "cards that cannot be a person, left out"),
    ("later", "later", "changed on the server during the sync, for the next one"),
)


def _line(change: Change) -> str:
    fields = f" ({', '.join(change.fields)})" if change.fields else ""
    return f"  - {change.name}{fields}"


def sync_run_text(run: SyncRun) -> list[str]:
    head = "Dry run, nothing written: " if run.dry_run else ""
    lines = [
        f"{head}{run.url}: {len(run.came_in)} new from your phone, {len(run.updated_here)} "
        f"updated here, {len(run.sent)} cards sent, {run.events_put} events put and "
        f"{run.events_removed} removed in the Relationship Notebook calendar."
    ]
    lines.extend(_scope_lines(run))
    if run.backup is not None:
        lines.append(f"Backup before the first sync: {run.backup}")
    for attribute, _key, label in _KINDS:
        changes: list[Change] = getattr(run, attribute)
        if changes:
            lines.append(f"{label.capitalize()}:")
            lines.extend(_line(change) for change in changes)
    return lines


def _scope_lines(run: SyncRun) -> list[str]:
    scope, lines = run.scope, []
    if not scope.everyone:
        who = [f"tagged {', '.join(scope.tags)}"] if scope.tags else []
        who += [f"at stage {', '.join(scope.stages)}"] if scope.stages else []
        lines.append(f"Only the people {' or '.join(who)}.")
    if run.out_of_scope:
        lines.append(
            f"{run.out_of_scope} cards of people outside that choice left on the server as "
            "they are (not updated, not deleted)."
        )
    sent = [
        what for what, on in (("notes", scope.notes), ("personal details", scope.details)) if on
    ]
    if sent:
        lines.append(f"The cards carry their {' and '.join(sent)} (NOTE).")
    return lines


def _json(change: Change) -> dict[str, Any]:
    return {"person_id": change.person_id, "name": change.name, "fields": list(change.fields)}


def sync_run_json(run: SyncRun) -> dict[str, Any]:
    found: dict[str, Any] = {"server": run.url, "dry_run": run.dry_run}
    for attribute, key, _label in _KINDS:
        found[key] = [_json(c) for c in getattr(run, attribute)]
    found["events_put"] = run.events_put
    found["events_removed"] = run.events_removed
    found["scope"] = {
        "tags": list(run.scope.tags),
        "stages": list(run.scope.stages),
        "send_notes": run.scope.notes,
        "send_details": run.scope.details,
    }
    found["out_of_scope"] = run.out_of_scope
    found["backup"] = str(run.backup) if run.backup is not None else None
    return found
