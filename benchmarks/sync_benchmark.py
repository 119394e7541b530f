"""What a sync with the phone costs when little changed (issue 24): a notebook of N people, each
with an email, a phone and a tag, synced with a real Radicale on loopback (tests/radicale_server,
`pip install '.[test]'`), then synced again with nothing changed, then with one person edited.
It also prints the notebook's side alone (each person read as a card, against the digests the
sync compares now) for a larger N, without the server. Only figures, wall clock; machines
differ, so it never fails on a time. From the repository root:

    python benchmarks/sync_benchmark.py --people 1000            # with Radicale
    python benchmarks/sync_benchmark.py --people 10000 --no-server
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # the generator beside, the app in the checkout

from notebook_generator import FAMILY, GIVEN, TODAY  # noqa: E402

from relnotebook.core.models import ContactPoint, Person, PersonTag, Tag  # noqa: E402
from relnotebook.core.people.service import update_person  # noqa: E402
from relnotebook.store import Notebook  # noqa: E402


def fill(notebook: Notebook, people: int) -> None:
    with notebook.session() as session:
        tag = Tag(name="golf")
        session.add(tag)
        session.flush()
        for n in range(people):
            person = Person(given_name=GIVEN[n % len(GIVEN)], family_name=FAMILY[n % len(FAMILY)])
            session.add(person)
            session.flush()
            session.add(ContactPoint(person_id=person.id, kind="email", value=f"p{n}@x.example"))
            session.add(ContactPoint(person_id=person.id, kind="phone", value=f"+1514555{n:04d}"))
            session.add(PersonTag(person_id=person.id, tag_id=tag.id))


def timed(label: str, work):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = work()
    print(f"{label:<46} {time.perf_counter() - start:8.2f} s")
    return result


def notebook_side(notebook: Notebook, people: int) -> None:
    from relnotebook.core.exchange.people_export import read_exported
    from relnotebook.core.sync.cards import local_fields, person_digest

    with notebook.reader() as session:
        found = timed(f"read {people} people (read_exported)", lambda: read_exported(session, None))
    timed("their digests (what a sync compares now)", lambda: [person_digest(p) for p in found])
    timed(
        "each read as a card (what a sync did before)",
        lambda: [local_fields(p, TODAY) for p in found],
    )


def with_server(notebook: Notebook) -> None:
    from relnotebook.core.sync.dav import DavAccount
    from relnotebook.core.sync.service import sync
    from tests import radicale_server

    server = radicale_server.start()
    try:
        account = DavAccount(server.url, radicale_server.USER)
        first = timed(
            "first sync (every card written)",
            lambda: sync(notebook, account, today=TODAY, password="x"),
        )
        print(f"  {len(first.sent)} cards sent")
        timed(
            "second sync, nothing changed",
            lambda: sync(notebook, account, today=TODAY, password="x"),
        )
        update_person(notebook, 1, {"role": "Notaire"})
        moved = timed(
            "third sync, one person edited",
            lambda: sync(notebook, account, today=TODAY, password="x"),
        )
        print(f"  {len(moved.sent)} card sent")
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--no-server", action="store_true", help="the notebook's side only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        notebook = Notebook.open(Path(folder) / "bench.sqlite")
        try:
            fill(notebook, args.people)
            notebook_side(notebook, args.people)
            if not args.no_server:
                with_server(notebook)
        finally:
            notebook.close()


if __name__ == "__main__":
    main()
