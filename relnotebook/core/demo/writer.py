"""A sample notebook: a Quebec financial advisor's network after a few weeks of events.

It exists so that someone trying the app (`relnotebook --demo`, `relnotebook demo PATH`), a
screenshot, or a GUI test sees a notebook that looks like real use: people met last night at a
cocktail who are waiting for a signal (Robert and his cycling trip across Croatia, Paul and the
newsletter), clients due for a call, trips to ask about, a busy period about to end, referrals.

Every date is relative to `today`, so the prompts the app computes from the sample are the same
whenever it is run; nothing is random. The data is written through the core functions the capture
form uses, in one transaction: if anything fails, the notebook stays empty.

Email addresses use the reserved `.example` top-level domain and phone numbers the fictional
555-01xx range, so a message drafted from the sample can never reach a real person.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from relnotebook.core.dates import month_name, parse_date
from relnotebook.core.demo.people_data import (
    CONSENTS,
    EVENTS,
    PEOPLE,
    REFERRALS,
    DemoDetail,
    DemoPerson,
)
from relnotebook.core.events.service import EventFields, create_event, link_person, list_events
from relnotebook.core.models import (
    Channel,
    CheckinPlan,
    Contact,
    Initiator,
    Language,
    NewsletterConsent,
    Note,
    Outcome,
    PersonalDetail,
    Referral,
    Tier,
)
from relnotebook.core.people.service import count_people, create_person
from relnotebook.core.people.views import PersonFields
from relnotebook.store import Notebook

# Rows are stamped at midday of the day they describe, so "recently changed" orders look real.
_STAMP_TIME = dt.time(12, 0)


# --- Writing ------------------------------------------------------------------------------------


def until_phrase(day: dt.date, language: Language) -> str:
    """ "jusqu'à la mi-décembre" / "until mid-December": how people say when they calm down."""
    month = month_name(day.month, language.value)
    if language is Language.FRENCH:
        if day.day <= 10:
            return f"jusqu'au début {month}"
        if day.day <= 20:
            return f"jusqu'à la mi-{month}"
        return f"jusqu'à la fin {month}"
    if day.day <= 10:
        return f"until early {month}"
    if day.day <= 20:
        return f"until mid-{month}"
    return f"until the end of {month}"


def _stamp(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, _STAMP_TIME)


def _detail_row(
    person_id: int,
    detail: DemoDetail,
    language: Language,
    today: dt.date,
    events: dict[str, dt.date],
) -> PersonalDetail:
    heard = detail.heard.on(today, events)
    starts = detail.starts.on(today, events) if detail.starts else None
    ends = detail.ends.on(today, events) if detail.ends else None
    until = until_phrase(ends, language) if ends else ""
    text = detail.text.format(
        start_month=month_name(starts.month, language.value) if starts else "",
        end_month=month_name(ends.month, language.value) if ends else "",
        until=until,
    )
    if "{until}" in detail.text:
        # The day the capture form would have stored for the words the person said.
        ends = parse_date(until, today=heard)
    return PersonalDetail(
        person_id=person_id,
        kind=detail.kind.value,
        text=text,
        mentioned_on=heard,
        starts_on=starts,
        ends_on=ends,
        created_at=_stamp(heard),
        updated_at=_stamp(heard),
    )


def _write_person(
    session: Session,
    person: DemoPerson,
    today: dt.date,
    events: dict[str, dt.date],
    event_ids: dict[str, int],
    event_names: dict[str, str],
    person_ids: dict[str, int],
) -> None:
    if person.introduced_by and person.introduced_by not in person_ids:
        raise ValueError(f"{person.key} is introduced by {person.introduced_by}, listed later")
    note_days = [note.on.on(today, events) for note in person.notes]
    first_seen = min([events[key] for key in person.events] + note_days, default=today)
    how_met = person.how_met or (event_names[person.events[0]] if person.events else "")
    person_id = create_person(
        session,
        PersonFields(
            given_name=person.given,
            family_name=person.family,
            organisation=person.organisation,
            role=person.role,
            language=person.language,
            french_form=person.french_form,
            stage=person.stage,
            good_prospect=person.good_prospect,
            how_met=how_met,
            introduced_by_id=person_ids.get(person.introduced_by),
            emails=(person.email,),
            phones=(person.phone,) if person.phone else (),
            tags=person.tags,
        ),
        created_at=_stamp(first_seen),
    )
    person_ids[person.key] = person_id
    for key in person.events:
        link_person(session, event_ids[key], person_id)
    for detail in person.details:
        session.add(_detail_row(person_id, detail, person.language, today, events))
    for note, day in zip(person.notes, note_days, strict=True):
        session.add(
            Note(
                person_id=person_id,
                event_id=event_ids[note.event] if note.event else None,
                date=day,
                text=note.text,
                created_at=_stamp(day),
                updated_at=_stamp(day),
            )
        )


# Clients' tiers and their recent contacts (days ago, channel, who started it): some are due,
# one started the last two contacts herself ("call them first"), one is well looked after.
CHECKINS: dict[str, tuple[Tier, tuple[tuple[int, Channel, Initiator], ...]]] = {
    "isabelle": (Tier.A, ((12, Channel.MEETING, Initiator.ME), (40, Channel.PHONE, Initiator.ME))),
    "jf": (Tier.A, ((33, Channel.PHONE, Initiator.THEM), (70, Channel.PHONE, Initiator.THEM))),
    "pierre": (Tier.B, ((95, Channel.PHONE, Initiator.ME),)),
    "thomas": (Tier.B, ((86, Channel.EMAIL, Initiator.THEM), (150, Channel.PHONE, Initiator.ME))),
    "genevieve": (Tier.C, ((60, Channel.MEETING, Initiator.ME),)),
    "emilie": (Tier.B, ((20, Channel.PHONE, Initiator.ME), (110, Channel.VIDEO, Initiator.ME))),
    "karen": (Tier.A, ((27, Channel.PHONE, Initiator.ME),)),
    "julie": (Tier.B, ((45, Channel.PHONE, Initiator.THEM),)),
}


def _write_checkins(session: Session, today: dt.date, person_ids: dict[str, int]) -> None:
    for key, (tier, contacts) in CHECKINS.items():
        if key not in person_ids:
            continue
        person_id = person_ids[key]
        session.add(CheckinPlan(person_id=person_id, tier=tier.value))
        for days_ago, channel, who in contacts:
            session.add(
                Contact(
                    person_id=person_id,
                    on=today - dt.timedelta(days=days_ago),
                    channel=channel.value,
                    initiated_by=who.value,
                    outcome=Outcome.REACHED.value,
                    created_at=_stamp(today - dt.timedelta(days=days_ago)),
                )
            )


def _write_referrals(session: Session, today: dt.date, person_ids: dict[str, int]) -> None:
    for days_ago, direction, partner, referred, kind, outcome in REFERRALS:
        if partner in person_ids and referred in person_ids:
            session.add(
                Referral(
                    on=today - dt.timedelta(days=days_ago),
                    direction=direction.value,
                    partner_id=person_ids[partner],
                    referred_id=person_ids[referred],
                    kind=kind.value,
                    outcome=outcome.value,
                )
            )
    for key, status, basis, days_ago, expires_in in CONSENTS:
        if key in person_ids:
            session.add(
                NewsletterConsent(
                    person_id=person_ids[key],
                    recorded_on=today - dt.timedelta(days=days_ago),
                    status=status.value,
                    basis=basis.value if basis else None,
                    expires_on=today + dt.timedelta(days=expires_in) if expires_in else None,
                )
            )


def write_demo(notebook: Notebook, *, today: dt.date) -> None:
    """Fill an empty notebook with the sample, dated relative to `today`; all or nothing."""
    if count_people(notebook) or list_events(notebook):
        raise ValueError("The sample data can only be written to an empty notebook.")
    with notebook.session() as session:
        dates: dict[str, dt.date] = {}
        event_ids: dict[str, int] = {}
        names: dict[str, str] = {}
        for event in EVENTS:
            dates[event.key] = event.on.on(today, dates)
            names[event.key] = event.name
            event_ids[event.key] = create_event(
                session, EventFields(event.name, dates[event.key], event.place, event.notes)
            )
        person_ids: dict[str, int] = {}
        for person in PEOPLE:
            _write_person(session, person, today, dates, event_ids, names, person_ids)
        session.flush()
        _write_checkins(session, today, person_ids)
        _write_referrals(session, today, person_ids)
