"""How long the mail log takes to read 100,000 messages from an mbox (target: under a minute).

Writes a seeded mbox (a year of mail: a third sent by the user, the rest received, one message
in ten with an encoded name, bodies of a few hundred bytes), a notebook of 2,000 people of whom
half are correspondents, then times one run of `log_mail` (headers read, matched, logged in one
transaction) and a second run over the same file (nothing new: the position is remembered). It
only prints figures, wall clock and CPU time; machines differ, so it never fails on a time.
From the repository root:

    python benchmarks/mail_log_benchmark.py --small     # 10,000 messages, a smoke run
    python benchmarks/mail_log_benchmark.py             # 100,000 messages
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # the generator beside, the app in the checkout

from notebook_generator import FAMILY, GIVEN, SEED, TODAY  # noqa: E402

from relnotebook.core import settings  # noqa: E402
from relnotebook.core.mail.service import Source, SourceKind, log_mail  # noqa: E402
from relnotebook.core.models import ContactPoint, Person  # noqa: E402
from relnotebook.store import Notebook  # noqa: E402

ME = "anne@conseil.example"
TARGET_SECONDS = 60.0


def _address(index: int) -> str:
    return f"{GIVEN[index % len(GIVEN)].lower()}.{index}@client{index % 97}.example"


def write_mbox(path: Path, count: int, correspondents: int, rng: random.Random) -> None:
    body = ("Bonjour,\n\nMerci pour votre message. " * 8 + "\n") * 2
    with path.open("wb") as handle:
        for number in range(count):
            who = _address(rng.randrange(correspondents * 2))  # half are in the notebook
            day = TODAY - dt.timedelta(days=rng.randrange(365))
            when = dt.datetime.combine(day, dt.time(rng.randrange(24), rng.randrange(60)))
            name = GIVEN[number % len(GIVEN)]
            if number % 10 == 0:
                name = "=?utf-8?q?Ren=C3=A9e_C=C3=B4t=C3=A9?="
            sender, to = (ME, f"{name} <{who}>") if number % 3 == 0 else (f"{name} <{who}>", ME)
            headers = (
                f"From {who} {when:%a %b %d %H:%M:%S %Y}\n"
                f"From: {sender}\nTo: {to}\nDate: {format_datetime(when.astimezone(dt.UTC))}\n"
                f"Subject: Suivi {number}\nMessage-ID: <m{number}.{SEED}@bench.example>\n"
                "Received: from relay.example by mx.example; Mon, 7 Dec 2026 05:00:00 +0000\n"
                "X-Mailer: bench\n"
            )
            handle.write(headers.encode() + b"\n" + body.encode() + b"\n")


def fill_notebook(notebook: Notebook, correspondents: int) -> None:
    with notebook.session() as session:
        for index in range(correspondents * 2):
            if index % 2:
                continue  # every other address is a stranger
            person = Person(
                given_name=GIVEN[index % len(GIVEN)], family_name=FAMILY[index % len(FAMILY)]
            )
            session.add(person)
            session.flush()
            assert person.id is not None
            session.add(ContactPoint(person_id=person.id, kind="email", value=_address(index)))
    settings.set_text(notebook, settings.MAIL_MY_ADDRESSES, ME)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", action="store_true", help="10,000 messages")
    args = parser.parse_args()
    count = 10_000 if args.small else 100_000
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory(prefix="relnb-mail-bench-") as folder:
        mbox = Path(folder) / "mail.mbox"
        write_mbox(mbox, count, 2_000, rng)
        notebook = Notebook.open(Path(folder) / "bench.sqlite")
        try:
            fill_notebook(notebook, 2_000)
            source = Source(SourceKind.MBOX, str(mbox))
            for label in ("first run", "second run (nothing new)"):
                wall, cpu = time.perf_counter(), time.process_time()
                run = log_mail(notebook, source, today=TODAY)
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                verdict = "ok" if wall < TARGET_SECONDS else "MISSED"
                print(
                    f"{label}: {run.read:,} messages read ({mbox.stat().st_size / 1e6:.0f} MB), "
                    f"{run.logged:,} contacts logged with {run.people:,} people, "
                    f"{len(run.frequent)} frequent strangers: {wall:.1f} s wall, {cpu:.1f} s "
                    f"CPU (target < {TARGET_SECONDS:.0f} s: {verdict})"
                )
        finally:
            notebook.close()


if __name__ == "__main__":
    main()
