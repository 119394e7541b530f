"""`relnotebook draft --json`: the documented shape (README)."""

from __future__ import annotations

from relnotebook.core.outreach.drafts import Draft


def draft_json(draft: Draft) -> dict[str, object]:
    return {
        "person_id": draft.person_id,
        "kind": draft.kind.value,
        "language": draft.language,
        "form": draft.form,
        "detail_id": draft.detail_id,
        "mention": draft.mention,
        "subject": draft.subject,
        "body": draft.body,
        "pressure": [{"rule": advice.code, "text": advice.english} for advice in draft.pressure],
    }
