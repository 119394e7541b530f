"""The benchmarks' notebook: one seeded generator, so every benchmark times the same notebook.

At full size it holds what an advisor gathers in years of work: 10,000 people (names,
organisations, roles, emails, phones, tags, check-in plans), 100,000 notes written from a French
and English vocabulary whose word frequencies fall off like real text (a few words everywhere,
most words rare), 6,000 personal details, 50,000 logged contacts, 2,000 referrals, events and
who was met there, messages sent, follow-ups, tasks and a market sweep. One person, a long-time
client, has exactly 200 notes: the person page is timed on them (`busiest_person`). The same seed
gives the same notebook; dates are counted back from TODAY (2026-11-23).

Rows are written through the notebook's own sessions and model classes, the big tables in bulk
inserts of a few transactions (`store.bulk`: the search index filled once per transaction, as
the triggers would), events, tasks and the sweep through the core functions. Words and names are
real French and English (`realistic_text.py`: wordfreq and Faker, benchmark-only). The file is
made by `Notebook.open`, so the schema, its indexes and the triggers that fill the search index
and each person's last contact are exactly the app's. From the repository root:

    python benchmarks/notebook_generator.py PATH            # 10,000 people (a minute or so)
    python benchmarks/notebook_generator.py PATH --small    # 300 people, a smoke run

The other benchmarks import `build`, the word lists and the small helpers from here.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import math
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # the word lists beside, the app in the checkout

from realistic_text import text  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from relnotebook.core.checkins.sweeps import start_sweep  # noqa: E402
from relnotebook.core.checkins.tasks import RECONTACT, TASK, create_task  # noqa: E402
from relnotebook.core.events.service import EventFields, create_event, link_person  # noqa: E402
from relnotebook.core.models import (  # noqa: E402
    Channel,
    CheckinPlan,
    Contact,
    ContactKind,
    ContactPoint,
    DetailKind,
    FollowUp,
    Initiator,
    Language,
    Note,
    Outcome,
    Person,
    PersonalDetail,
    PersonTag,
    Referral,
    ReferralDirection,
    ReferralKind,
    ReferralOutcome,
    Signal,
    SignalKind,
    SignalResponse,
    Stage,
    Tag,
    Tier,
)
from relnotebook.store import Notebook  # noqa: E402
from relnotebook.store.bulk import (  # noqa: E402
    insert_rows,
    last_id,
    new_ids,
    search_index_deferred,
)

DEFAULT_PEOPLE = 10_000
SMALL_PEOPLE = 300
NOTES_PER_PERSON = 10
CONTACTS_PER_PERSON = 5
REFERRALS_PER_PERSON = 0.2  # 2,000 at 10,000 people
BUSIEST_NOTES = 200  # the one person the person page is timed on
SEED = 20261123
TODAY = dt.date(2026, 11, 23)
BATCH = 10_000  # notes per bulk insert

TEXT = text()  # real French and English words and names: see realistic_text.py
GIVEN, FAMILY, TRADES, VOCABULARY = TEXT.given, TEXT.family, TEXT.companies, TEXT.words
TAGS = (  # noqa: SIM905
    "golf vélo ski voile famille retraite ceo médecin entrepreneur board rotary chambre "
    "succession fiducie immobilier vip"
).split()
STAGES = (
    (Stage.CLIENT, 0.40),
    (Stage.PROSPECT, 0.30),
    (Stage.ACQUAINTANCE, 0.25),
    (Stage.FORMER_CLIENT, 0.05),
)


@dataclass
class Built:
    """What `build` wrote: rows per table, and the person with BUSIEST_NOTES notes."""

    counts: dict[str, int] = field(default_factory=dict)
    busiest_person: int = 0

    def summary(self) -> str:
        return "Rows: " + ", ".join(f"{name} {n:,}" for name, n in self.counts.items())


def progress(message: str) -> None:
    print(message, flush=True)


def day(rng: random.Random, earliest: int, latest: int, today: dt.date = TODAY) -> dt.date:
    """A day between `earliest` and `latest` days from `today` (negative: in the past)."""
    return today + dt.timedelta(days=rng.randint(earliest, latest))


def sentences(rng: random.Random, low: int, high: int) -> str:
    return TEXT.sentence(rng, low, high)


def build(
    notebook: Notebook,
    people: int,
    seed: int = SEED,
    *,
    notes_per_person: int = NOTES_PER_PERSON,
    today: dt.date = TODAY,
) -> Built:
    """Fill an empty notebook (see the module's docstring) and say what was written."""
    rng = random.Random(seed)
    built = Built()
    counts = built.counts
    started = time.perf_counter()

    def when(earliest: int, latest: int) -> dt.date:
        return day(rng, earliest, latest, today)

    progress(f"  {people:,} people, their emails, phones, tags and check-in plans…")
    with notebook.session() as session, search_index_deferred(session):
        first = last_id(session, Person)
        people_rows: list[dict[str, object]] = []
        for _ in range(people):
            stage = rng.choices([s for s, _ in STAGES], [w for _, w in STAGES])[0]
            created = dt.datetime.combine(when(-3 * 365, -30), dt.time(12, 0))
            people_rows.append(
                {
                    "given_name": rng.choice(GIVEN),
                    "family_name": rng.choice(FAMILY),
                    "organisation": rng.choice(TRADES),
                    "role": rng.choice(("", "", *TEXT.jobs[:20])),
                    "language": rng.choice((Language.FRENCH, Language.ENGLISH)).value,
                    "stage": stage.value,
                    "good_prospect": (
                        True if stage == Stage.PROSPECT and rng.random() < 0.1 else None
                    ),
                    "created_at": created,
                    "updated_at": created,
                }
            )
        # The busiest person: a long-time client in the middle of the list, with everything.
        people_rows[people // 2]["stage"] = Stage.CLIENT.value
        insert_rows(session, Person, people_rows)
        ids = new_ids(session, Person, first)
        stage_of = {i: Stage(row["stage"]) for i, row in zip(ids, people_rows, strict=True)}
        busiest = built.busiest_person = ids[len(ids) // 2]
        points, plans = [], []
        phone, email = ContactKind.PHONE.value, ContactKind.EMAIL.value
        for person_id in ids:
            if rng.random() < 0.7:
                number = f"514 555-{rng.randint(0, 9999):04d}"
                points.append({"person_id": person_id, "kind": phone, "value": number})
            if rng.random() < 0.8:
                address = f"contact{person_id}@{rng.choice(FAMILY).lower()}.example"
                points.append({"person_id": person_id, "kind": email, "value": address})
            tier = None
            if stage_of[person_id] == Stage.CLIENT and (person_id == busiest or rng.random() < 0.6):
                tier = rng.choices([Tier.A, Tier.B, Tier.C], [0.2, 0.5, 0.3])[0].value
            own = rng.choice((14, 30, 60, 120)) if rng.random() < 0.05 else None
            snoozed = when(1, 30) if rng.random() < 0.02 else None
            if tier or own or snoozed:
                plans.append(
                    {
                        "person_id": person_id,
                        "tier": tier,
                        "cadence_days": own,
                        "snoozed_until": snoozed,
                        "snooze_reason": "travelling" if snoozed else "",
                    }
                )
        counts["people"] = len(ids)
        counts["contact_points"] = insert_rows(session, ContactPoint, points)
        counts["plans"] = insert_rows(session, CheckinPlan, plans)
        tag_ids = {}
        for name in TAGS:
            tag = Tag(name=name)
            session.add(tag)
            session.flush()
            tag_ids[name] = tag.id
        tagged = [
            {"person_id": person_id, "tag_id": tag_ids[name]}
            for person_id in ids
            if rng.random() < 0.3
            for name in rng.sample(TAGS, k=rng.randint(1, 2))
        ]
        counts["tags"] = insert_rows(session, PersonTag, tagged)

    progress("  events and the people met there…")
    with notebook.session() as session:
        events = [
            create_event(session, EventFields(f"Cocktail {n}", when(-400, 0), "Montréal", ""))
            for n in range(max(4, people // 250))
        ]
        attendances = 0
        for person_id in {busiest, *rng.sample(ids, k=people // 5)}:
            attendances += link_person(session, rng.choice(events), person_id)
    counts.update(events=len(events), attendances=attendances)

    notes = people * notes_per_person
    progress(f"  {notes:,} notes ({BUSIEST_NOTES} about person {busiest}) and personal details…")
    others = [person_id for person_id in ids if person_id != busiest]
    with notebook.session() as session, search_index_deferred(session):
        batch: list[dict[str, object]] = []
        written = 0
        for n in range(notes):
            batch.append(
                {
                    "person_id": busiest if n < BUSIEST_NOTES else rng.choice(others),
                    "event_id": rng.choice(events) if rng.random() < 0.05 else None,
                    "date": when(-5 * 365, 0),
                    "text": sentences(rng, 6, 40),
                }
            )
            if len(batch) == BATCH or n == notes - 1:
                written += insert_rows(session, Note, batch)
                batch = []
        counts["notes"] = written
        details = [  # what they told you, found by search
            {
                "person_id": person_id,
                "kind": rng.choice(list(DetailKind)).value,
                "text": sentences(rng, 3, 10),
                "mentioned_on": when(-400, 0),
            }
            for person_id in rng.sample(ids, k=people // 2)
        ]
        details += [  # trips and busy spells with dates: Today's prompts
            {
                "person_id": person_id,
                "kind": rng.choice((DetailKind.TRIP, DetailKind.BUSY, DetailKind.HOBBY)).value,
                "text": "Trip to Portugal",
                "mentioned_on": when(-200, -10),
                "starts_on": when(-60, 60),
                "ends_on": when(-30, 90),
            }
            for person_id in rng.sample(ids, k=people // 10)
        ]
        counts["details"] = insert_rows(session, PersonalDetail, details)

    contacts = people * CONTACTS_PER_PERSON
    progress(f"  {contacts:,} logged contacts…")
    with notebook.session() as session, search_index_deferred(session):
        rows_ = [
            {
                "person_id": person_id,
                "on": when(-2 * 365, 0),
                "channel": rng.choice(list(Channel)).value,
                "initiated_by": rng.choice(list(Initiator)).value,
                "outcome": rng.choices(list(Outcome), [0.8, 0.1, 0.1])[0].value,
                "note": "Quick call." if rng.random() < 0.5 else "",
            }
            for person_id in ids
            for _ in range(CONTACTS_PER_PERSON)
        ]
        counts["contacts"] = insert_rows(session, Contact, rows_)

    progress("  messages, follow-ups, referrals, tasks and a sweep…")
    with notebook.session() as session, search_index_deferred(session):
        signals = [
            {
                "person_id": person_id,
                "kind": rng.choice(list(SignalKind)).value,
                "sent_on": when(-365, 0),
                "subject": "Un café ?",
                "body": "Bonjour ! " + sentences(rng, 15, 40),
                "response": rng.choice(list(SignalResponse)).value,
            }
            for person_id in rng.sample(ids, k=people // 5)
        ]
        counts["signals"] = insert_rows(session, Signal, signals)
        follow_ups = [
            {
                "person_id": person_id,
                "due_on": when(-10, 60),
                "kind": "coffee",
                "done_on": when(-10, 0) if rng.random() < 0.5 else None,
            }
            for person_id in rng.sample(ids, k=people // 50)
        ]
        counts["follow_ups"] = insert_rows(session, FollowUp, follow_ups)
        referrals = []
        for n in range(round(people * REFERRALS_PER_PERSON)):
            partner = busiest if n < 5 else rng.choice(ids)
            referred = rng.choice(ids) if rng.random() < 0.7 else None
            referrals.append(
                {
                    "on": when(-2 * 365, 0),
                    "direction": rng.choice(list(ReferralDirection)).value,
                    "partner_id": partner,
                    "referred_id": referred if referred != partner else None,
                    "kind": rng.choices(list(ReferralKind), [0.3, 0.5, 0.2])[0].value,
                    "outcome": rng.choice(list(ReferralOutcome)).value,
                    "note": "",
                }
            )
        counts["referrals"] = insert_rows(session, Referral, referrals)
        tasks = 0
        for person_id in rng.sample(ids, k=people // 20):
            recontact = stage_of[person_id] == Stage.FORMER_CLIENT
            create_task(
                session,
                title="Call back" if recontact else "Send the documents",
                due_on=when(-15, 180),
                person_id=person_id,
                kind=RECONTACT if recontact else TASK,
            )
            tasks += 1
        counts["tasks"] = tasks
    start_sweep(notebook, title="Markets are moving", segment="tier:A", started_on=today)
    progress(f"  built in {time.perf_counter() - started:.1f} s")
    return built


def busiest_person(notebook: Notebook) -> int:
    """The person with the most notes (the generator gives one BUSIEST_NOTES)."""
    with notebook.reader() as session:
        return session.execute(
            select(Note.person_id).group_by(Note.person_id).order_by(func.count().desc()).limit(1)
        ).scalar_one()


# Shared by the benchmarks: the notebook to time, and the figures.


def add_notebook_arguments(parser: argparse.ArgumentParser, small: int) -> None:
    parser.add_argument("--people", type=int, default=DEFAULT_PEOPLE, help="default: 10,000")
    parser.add_argument("--small", action="store_true", help=f"{small:,} people, quickly")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--keep", type=Path, help="build the notebook here and keep it")
    parser.add_argument(
        "--reuse", action="store_true", help="with --keep: time the notebook already there"
    )


@contextlib.contextmanager
def benchmark_notebook(
    parser: argparse.ArgumentParser, args: argparse.Namespace, small: int, **options: object
) -> Iterator[tuple[Notebook, Built | None]]:
    """The notebook the arguments ask for, open: built in a temporary folder (or at --keep),
    or reused as it is (--keep with --reuse: then no `Built`)."""
    people = small if args.small else args.people
    with tempfile.TemporaryDirectory(prefix="relnotebook-bench-") as folder:
        path = args.keep or Path(folder) / "bench.sqlite"
        reuse = args.reuse and args.keep is not None and path.exists()
        if path.exists() and not reuse:
            parser.error(f"{path} already exists (add --reuse to time it as it is)")
        if not reuse:
            progress(f"Building a notebook of {people:,} people at {path}")
        notebook = Notebook.open(path)  # an older notebook is upgraded first, as the app does
        try:
            built = None if reuse else build(notebook, people, args.seed, **options)  # type: ignore[arg-type]
            if built is not None:
                print(built.summary())
            yield notebook, built
        finally:
            notebook.close()


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile: the smallest value with `share` of the values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


@dataclass(frozen=True)
class Timings:
    """Milliseconds per run, on the wall clock and in CPU time (which a busy machine does not
    inflate: the wall clock also counts the time other programs had the processor)."""

    wall: list[float]
    cpu: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def p95(self) -> float:
        return percentile(self.wall, 0.95)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)

    @property
    def cpu_p95(self) -> float:
        return percentile(self.cpu, 0.95)


def timed(
    call: Callable[[], object],
    runs: int,
    *,
    warm_up: bool = True,
    before: Callable[[], object] | None = None,
) -> Timings:
    """Time `runs` calls (after one warm-up call unless told otherwise), each after an untimed
    call of `before` if given."""
    if warm_up:
        if before is not None:
            before()
        call()
    wall, cpu = [], []
    for _ in range(runs):
        if before is not None:
            before()
        started, started_cpu = time.perf_counter(), time.process_time()
        call()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return Timings(wall, cpu)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="the notebook to write (must not exist)")
    parser.add_argument("--people", type=int, default=DEFAULT_PEOPLE, help="default: 10,000")
    parser.add_argument("--small", action="store_true", help=f"{SMALL_PEOPLE} people, quickly")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    if args.path.exists():
        parser.error(f"{args.path} already exists")
    people = SMALL_PEOPLE if args.small else args.people
    progress(f"Building a notebook of {people:,} people at {args.path}")
    notebook = Notebook.open(args.path)
    try:
        built = build(notebook, people, args.seed)
    finally:
        notebook.close()
    print(built.summary())
    print(f"Person {built.busiest_person} has {BUSIEST_NOTES} notes.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
