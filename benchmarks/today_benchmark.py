"""How long Today takes on a large notebook: `agenda_on` and `due_checkins`, timed.

Today is the screen opened every morning; it must stay instant for an advisor with ten thousand
people and years of logged calls. This script builds such a notebook (seeded, so every run gets
the same one), then times the two calls over several runs and prints the median and the 95th
percentile. It only prints figures and never fails on a time: machines differ, so a threshold
would be noise. Run it from the repository root:

    python benchmarks/today_benchmark.py --small      # 500 people, a smoke run
    python benchmarks/today_benchmark.py              # 10,000 people, ~50,000 contacts

The rows are written through the notebook's own sessions and model classes (migrations, events,
tasks and the sweep through the core functions), in one transaction per table group, so the
schema and its indexes are exactly the app's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from relnotebook.contacts import due_checkins  # noqa: E402
from relnotebook.events import EventFields, create_event, link_person  # noqa: E402
from relnotebook.models import (  # noqa: E402
    Channel,
    CheckinPlan,
    Contact,
    ContactKind,
    ContactPoint,
    DetailKind,
    FollowUp,
    Initiator,
    Language,
    Outcome,
    Person,
    PersonalDetail,
    Signal,
    SignalKind,
    SignalResponse,
    Stage,
    Tier,
)
from relnotebook.store import Notebook  # noqa: E402
from relnotebook.sweeps import pending_calls, start_sweep  # noqa: E402
from relnotebook.tasks import RECONTACT, TASK, create_task, due_tasks  # noqa: E402
from relnotebook.today import agenda_on, prompts_on  # noqa: E402

DEFAULT_PEOPLE = 10_000
SMALL_PEOPLE = 500
CONTACTS_PER_PERSON = 5
TODAY = dt.date(2026, 11, 23)

GIVEN = (  # noqa: SIM905 (a list of names reads better as words)
    "Marie Jean Pierre Julie Luc Anne Paul Sophie Marc Isabelle Robert Linda Ahmed Nadia "
    "Thomas Chloé Louis Émilie David Sarah Michel Catherine François Karine"
).split()
FAMILY = (  # noqa: SIM905 (a list of names reads better as words)
    "Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet "
    "Pelletier Bélanger Lévesque Bergeron Leblanc Paquette Girard Simard Boucher Caron "
    "Beaulieu Cloutier Dubé Poirier Fournier Lapointe Leclerc Lefebvre Poulin Thibault "
    "St-Pierre Nadeau Martin Landry Martel Bédard Grenier Lessard Bernier Richard Michaud "
    "Hébert Desjardins Couture Turcotte Lachance Parent Blais Gosselin Smith Brown Wilson "
    "MacDonald Walsh Wright"
).split()
STAGES = (
    (Stage.CLIENT, 0.40),
    (Stage.PROSPECT, 0.30),
    (Stage.ACQUAINTANCE, 0.25),
    (Stage.FORMER_CLIENT, 0.05),
)


def progress(message: str) -> None:
    print(message, flush=True)


def _day(rng: random.Random, earliest: int, latest: int) -> dt.date:
    """A day between `earliest` and `latest` days from TODAY (negative: in the past)."""
    return TODAY + dt.timedelta(days=rng.randint(earliest, latest))


def build(notebook: Notebook, people: int, seed: int) -> dict[str, int]:
    """Fill an empty notebook; returns how many rows of each kind were written."""
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    started = time.perf_counter()

    progress(f"  people, phones, emails and plans for {people:,} people…")
    with notebook.session() as session:
        rows = []
        for i in range(people):
            stage = rng.choices([s for s, _ in STAGES], [w for _, w in STAGES])[0]
            created = dt.datetime.combine(_day(rng, -3 * 365, -30), dt.time(12, 0))
            rows.append(
                Person(
                    given_name=rng.choice(GIVEN),
                    family_name=rng.choice(FAMILY),
                    organisation=f"Entreprise {i % 997}",
                    language=rng.choice((Language.FRENCH, Language.ENGLISH)).value,
                    stage=stage.value,
                    good_prospect=True if stage == Stage.PROSPECT and rng.random() < 0.1 else None,
                    created_at=created,
                    updated_at=created,
                )
            )
        session.add_all(rows)
        session.flush()
        ids = [row.id for row in rows]
        stage_of = {row.id: Stage(row.stage) for row in rows}
        points, plans = [], []
        for person_id in ids:
            if rng.random() < 0.7:
                points.append(
                    ContactPoint(
                        person_id=person_id,
                        kind=ContactKind.PHONE.value,
                        value=f"514 555-{rng.randint(0, 9999):04d}",
                    )
                )
            if rng.random() < 0.8:
                points.append(
                    ContactPoint(
                        person_id=person_id,
                        kind=ContactKind.EMAIL.value,
                        value=f"person{person_id}@example.com",
                    )
                )
            tier = None
            if stage_of[person_id] == Stage.CLIENT and rng.random() < 0.6:
                tier = rng.choices([Tier.A, Tier.B, Tier.C], [0.2, 0.5, 0.3])[0].value
            own = rng.choice((14, 30, 60, 120)) if rng.random() < 0.05 else None
            snoozed = _day(rng, 1, 30) if rng.random() < 0.02 else None
            if tier or own or snoozed:
                plans.append(
                    CheckinPlan(
                        person_id=person_id,
                        tier=tier,
                        cadence_days=own,
                        snoozed_until=snoozed,
                        snooze_reason="travelling" if snoozed else "",
                    )
                )
        session.add_all(points)
        session.add_all(plans)
    counts.update(people=len(ids), contact_points=len(points), plans=len(plans))
    counts["tiered_clients"] = sum(1 for plan in plans if plan.tier)

    progress(f"  {people * CONTACTS_PER_PERSON:,} logged contacts…")
    with notebook.session() as session:
        contacts = []
        for person_id in ids:
            for _ in range(CONTACTS_PER_PERSON):
                contacts.append(
                    Contact(
                        person_id=person_id,
                        on=_day(rng, -2 * 365, 0),
                        channel=rng.choice(list(Channel)).value,
                        initiated_by=rng.choice(list(Initiator)).value,
                        outcome=rng.choices(list(Outcome), [0.8, 0.1, 0.1])[0].value,
                        note="Quick call." if rng.random() < 0.5 else "",
                    )
                )
            if len(contacts) >= 10_000:
                session.add_all(contacts)
                session.flush()
                counts["contacts"] = counts.get("contacts", 0) + len(contacts)
                contacts = []
        session.add_all(contacts)
    counts["contacts"] = counts.get("contacts", 0) + len(contacts)

    progress("  events, details, messages, follow-ups, tasks and a sweep…")
    with notebook.session() as session:
        events = [
            create_event(session, EventFields(f"Cocktail {n}", _day(rng, -400, 0), "Montréal", ""))
            for n in range(max(4, people // 250))
        ]
        attendances = 0
        for person_id in rng.sample(ids, k=people // 5):
            link_person(session, rng.choice(events), person_id)
            attendances += 1
        details = [
            PersonalDetail(
                person_id=person_id,
                kind=rng.choice((DetailKind.TRIP, DetailKind.BUSY, DetailKind.HOBBY)).value,
                text="Trip to Portugal",
                mentioned_on=_day(rng, -200, -10),
                starts_on=_day(rng, -60, 60),
                ends_on=_day(rng, -30, 90),
            )
            for person_id in rng.sample(ids, k=people // 10)
        ]
        signals = [
            Signal(
                person_id=person_id,
                kind=rng.choice(list(SignalKind)).value,
                sent_on=_day(rng, -365, 0),
                body="Bonjour !",
                response=rng.choice(list(SignalResponse)).value,
            )
            for person_id in rng.sample(ids, k=people // 5)
        ]
        follow_ups = [
            FollowUp(
                person_id=person_id,
                due_on=_day(rng, -10, 60),
                kind="coffee",
                done_on=_day(rng, -10, 0) if rng.random() < 0.5 else None,
            )
            for person_id in rng.sample(ids, k=people // 50)
        ]
        session.add_all([*details, *signals, *follow_ups])
        tasks = 0
        for person_id in rng.sample(ids, k=people // 20):
            recontact = stage_of[person_id] == Stage.FORMER_CLIENT
            create_task(
                session,
                title="Call back" if recontact else "Send the documents",
                due_on=_day(rng, -15, 180),
                person_id=person_id,
                kind=RECONTACT if recontact else TASK,
            )
            tasks += 1
    counts.update(
        events=len(events),
        attendances=attendances,
        details=len(details),
        signals=len(signals),
        follow_ups=len(follow_ups),
        tasks=tasks,
    )
    start_sweep(notebook, title="Markets are moving", segment="tier:A", started_on=TODAY)
    progress(f"  built in {time.perf_counter() - started:.1f} s")
    return counts


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile: the smallest value with `share` of the values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def timed(call: Callable[[], Sequence[object]], runs: int) -> tuple[list[float], int]:
    """Milliseconds of each run (after one warm-up run), and how many items the call returned."""
    count = len(call())
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times, count


def report(name: str, times: list[float], count: int) -> None:
    median, p95 = statistics.median(times), percentile(times, 0.95)
    print(
        f"{name:<34} median {median:8.1f} ms   p95 {p95:8.1f} ms   min {min(times):8.1f} ms"
        f"   returned {count:,}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=DEFAULT_PEOPLE, help="default: 10,000")
    parser.add_argument("--small", action="store_true", help=f"{SMALL_PEOPLE} people, quickly")
    parser.add_argument("--runs", type=int, default=20, help="timed runs per call (default: 20)")
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--keep", type=Path, help="build the notebook here and keep it")
    parser.add_argument(
        "--reuse", action="store_true", help="with --keep: time the notebook already there"
    )
    args = parser.parse_args(argv)
    people = SMALL_PEOPLE if args.small else args.people
    with tempfile.TemporaryDirectory(prefix="relnotebook-bench-") as folder:
        path = args.keep or Path(folder) / "bench.sqlite"
        reuse = args.reuse and args.keep is not None and path.exists()
        if path.exists() and not reuse:
            parser.error(f"{path} already exists (add --reuse to time it as it is)")
        if not reuse:
            progress(f"Building a notebook of {people:,} people at {path}")
        notebook = Notebook.open(path)  # an older notebook is upgraded first, as the app does
        try:
            if not reuse:
                counts = build(notebook, people, args.seed)
                print("Rows: " + ", ".join(f"{name} {n:,}" for name, n in counts.items()))
            print(f"Today is {TODAY}; {args.runs} timed runs each, after one warm-up run.")
            for name, call in (
                ("agenda_on", lambda: agenda_on(notebook, TODAY)),
                ("due_checkins (default look-ahead)", lambda: due_checkins(notebook, TODAY)),
                ("  prompts_on", lambda: prompts_on(notebook, TODAY)),
                ("  due_tasks", lambda: due_tasks(notebook, until=TODAY)),
                ("  pending_calls", lambda: pending_calls(notebook)),
            ):
                report(name, *timed(call, args.runs))
        finally:
            notebook.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
