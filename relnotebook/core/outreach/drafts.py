"""The message the app drafts for one person on one day: the composer and `relnotebook draft`.

The person's language and, in French, form of address (« tu »/« vous », the Settings default
when not set) pick the built-in template; the detail is mentioned as stored on it (the user's
correction, else the suggestion), and when no mention reads right the template says a
sentence that needs none. The pressure check runs on what comes out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relnotebook.core import settings
from relnotebook.core.models import DetailKind, Language, SignalKind
from relnotebook.core.outreach.messages.render import (
    BUILTIN_KINDS,
    MessageContext,
    builtin_source,
    render,
)
from relnotebook.core.outreach.pressure import Advice, check_message
from relnotebook.core.outreach.rules import MENTIONABLE, Meeting, Prompt
from relnotebook.core.outreach.service import prompts_on
from relnotebook.core.people.details import stored_mention
from relnotebook.core.people.service import get_person
from relnotebook.core.people.views import DetailView, PersonFields, PersonPage
from relnotebook.store import Notebook


@dataclass(frozen=True)
class Draft:
    person_id: int
    kind: SignalKind
    language: str
    form: str | None  # "tu"/"vous" in French, None in English
    detail_id: int | None
    mention: str | None  # the detail as the message says it; None when it says none
    subject: str
    body: str
    pressure: tuple[Advice, ...]


def person_form(fields: PersonFields, values: settings.Values) -> str | None:
    """How a French message addresses this person; None for an English one."""
    if fields.language != Language.FRENCH:
        return None
    return fields.french_form.value if fields.french_form else settings.french_form(values)


def mentionable_details(person: PersonPage) -> list[DetailView]:
    """The details a message may be about, most recent first (never business or busy)."""
    return [d for d in person.details if DetailKind(d.kind) in MENTIONABLE]


def default_kind(prompt: Prompt | None, details: list[DetailView]) -> SignalKind:
    """The prompt's message, else a coffee about a detail, else a thank-you note."""
    if prompt is not None and prompt.suggested is not None:
        return prompt.suggested
    return SignalKind.COFFEE_INVITATION if details else SignalKind.NEXT_DAY_NOTE


def message_context(
    person: PersonPage,
    *,
    today: dt.date,
    language: str,
    form: str | None,
    detail: DetailView | None,
    meeting: Meeting | None = None,
    sender_name: str = "",
) -> MessageContext:
    """What a template knows of the person: `meeting` is the prompt's, else the latest event
    they were met at (not one still to come)."""
    fields = person.fields
    event = next((e for e in person.events if e.date <= today), None)
    busy_until = max(
        (d.ends_on for d in person.details if d.kind == DetailKind.BUSY and d.ends_on),
        default=None,
    )
    mention = (
        stored_mention(detail, language, form, fields.language.value) if detail is not None else ""
    )
    return MessageContext(
        first_name=fields.preferred_name or fields.given_name or fields.family_name,
        full_name=person.name,
        language=language,
        today=today,
        event_name=meeting.event_name if meeting else (event.name if event else None),
        event_date=meeting.date if meeting else (event.date if event else None),
        detail=detail.text if detail else None,
        busy_until=busy_until,
        sender_name=sender_name,
        form=form if language == "fr" else None,
        mention=mention or None,
    )


def current_prompt(notebook: Notebook, person_id: int, today: dt.date) -> Prompt | None:
    """The person's message prompt on Today for that day, if any."""
    return next(
        (
            p
            for p in prompts_on(notebook, today)
            if p.person_id == person_id and p.suggested is not None
        ),
        None,
    )


def draft(
    notebook: Notebook,
    person_id: int,
    *,
    today: dt.date,
    kind: SignalKind | None = None,
    detail_id: int | None = None,
) -> Draft:
    """The built-in message for this person on `today`. LookupError for an unknown person;
    ValueError for a detail that is not one of theirs to mention (or business, or busy)."""
    person = get_person(notebook, person_id)
    if person is None:
        raise LookupError(f"person {person_id} does not exist")
    values = settings.read_all(notebook)
    details = mentionable_details(person)
    prompt = current_prompt(notebook, person_id, today)
    kind = kind or default_kind(prompt, details)
    if kind.value not in BUILTIN_KINDS:
        raise ValueError(f"no built-in message for {kind!r}")
    if detail_id is not None:
        detail = next((d for d in details if d.id == detail_id), None)
        if detail is None:
            raise ValueError(f"detail {detail_id} is not one of this person's to mention")
    else:
        wanted = prompt.detail.id if prompt and prompt.detail else None
        detail = next((d for d in details if d.id == wanted), details[0] if details else None)
    language = person.fields.language.value
    form = person_form(person.fields, values)
    context = message_context(
        person,
        today=today,
        language=language,
        form=form,
        detail=detail,
        meeting=prompt.meeting if prompt else None,
        sender_name=values.text(settings.SENDER_NAME),
    )
    message = render(builtin_source(kind.value, language, form), context)
    return Draft(
        person_id=person_id,
        kind=kind,
        language=language,
        form=form,
        detail_id=detail.id if detail else None,
        mention=context.mention,
        subject=message.subject,
        body=message.body,
        pressure=tuple(check_message(message.body, language=language, kind=kind.value)),
    )
