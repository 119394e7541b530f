"""A notebook on a PostgreSQL server: opened from an address, migrated once, refused when the
database is another application's or the address carries a password. The rest of the store and
domain suite runs on the server too with RELNB_STORE=postgresql (see tests/pg_server.py)."""

from __future__ import annotations

import pytest

from relnotebook.core.people.service import add_person, get_person, list_people
from relnotebook.core.people.views import PersonFields
from relnotebook.errors import NotANotebookError, NotebookAccessError
from relnotebook.store import Notebook, schema
from relnotebook.store.server import ServerLocation, is_server_location


def test_addresses_are_told_from_files():
    assert is_server_location("postgresql://me@db.local/notebook")
    assert is_server_location("postgres://me@db.local/notebook")
    assert not is_server_location("/home/me/notebook.sqlite")
    assert not is_server_location("notebook.sqlite")


def test_an_address_with_a_password_is_refused_without_echoing_it():
    with pytest.raises(NotebookAccessError) as caught:
        ServerLocation.parse("postgresql://me:s3cret@db.local/notebook")
    assert "s3cret" not in caught.value.message
    assert "password" in caught.value.message


def test_an_address_without_a_database_is_refused():
    with pytest.raises(NotANotebookError, match="names no database"):
        ServerLocation.parse("postgresql://me@db.local")


def test_the_keyring_account_names_user_host_port_and_database():
    location = ServerLocation.parse("postgresql://anne@db.local/carnet")
    assert location.account == "anne@db.local:5432/carnet"
    assert location.display == "postgresql://anne@db.local/carnet"


def test_a_new_database_becomes_a_notebook_and_keeps_what_was_written(postgres):
    postgres.sql("CREATE DATABASE relnb_fresh")
    try:
        notebook = Notebook.open(postgres.url("relnb_fresh"))
        assert notebook.on_server
        assert notebook.location == postgres.url("relnb_fresh")
        person = add_person(notebook, PersonFields(given_name="Hélène", family_name="Côté"))
        notebook.close()
        again = Notebook.open(postgres.url("relnb_fresh"))
        assert get_person(again, person).fields.family_name == "Côté"
        with again.engine.connect() as connection:
            stored = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert stored.scalar() == schema.head()
        again.close()
    finally:
        postgres.drop("relnb_fresh")


def test_another_applications_database_is_refused_untouched(postgres):
    postgres.sql("CREATE DATABASE relnb_other")
    try:
        postgres.sql("CREATE TABLE invoices (id int)", database="relnb_other")
        with pytest.raises(NotANotebookError, match="another application"):
            Notebook.open(postgres.url("relnb_other"))
        import psycopg

        with psycopg.connect(postgres.url("relnb_other")) as connection:
            tables = connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            ).fetchall()
        assert tables == [("invoices",)]
    finally:
        postgres.drop("relnb_other")


def test_an_unreachable_server_says_so():
    with pytest.raises(NotebookAccessError, match="cannot be reached"):
        Notebook.open("postgresql://nobody@127.0.0.1:1/nothing")


def test_each_test_gets_an_empty_server_notebook(server_notebook):
    assert list_people(server_notebook) == []
    add_person(server_notebook, PersonFields(given_name="Solo"))
    assert [p.name for p in list_people(server_notebook)] == ["Solo"]


def test_the_command_line_reads_and_imports_into_a_server_notebook(server_notebook, capsys):
    from relnotebook import cli
    from tests.test_contact_import import FIXTURES

    address = server_notebook.location
    argv = ["import", str(FIXTURES / "google.csv"), "--notebook", address]
    assert cli.main(argv) == cli.EXIT_OK
    assert "created 2" in capsys.readouterr().out
    assert cli.main(["today", "--json", "--notebook", address]) == cli.EXIT_OK
    assert capsys.readouterr().out.startswith("{")
    assert len(list_people(server_notebook)) == 2  # the other session's rows are seen


def test_commands_about_the_file_are_refused_for_a_server_notebook(server_notebook, capsys):
    from relnotebook import cli

    assert cli.main(["check", "--notebook", server_notebook.location]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "works on a notebook file only for now" in err and err.count("\n") == 1


def test_a_read_only_session_cannot_write(server_notebook):
    reader = Notebook.open_read_only(server_notebook.location)
    try:
        with pytest.raises(Exception, match="read-only"):
            add_person(reader, PersonFields(given_name="Intrus"))
    finally:
        reader.close()
    assert list_people(server_notebook) == []


def test_without_the_driver_the_address_gets_a_sentence_not_a_traceback(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if not installed
    with pytest.raises(NotebookAccessError, match=r"no PostgreSQL driver.*\[postgresql\]"):
        Notebook.open("postgresql://me@db.local/carnet")


def test_the_password_prompt_is_asked_only_when_the_server_wants_one(server_notebook):
    asked: list[str] = []
    reader = Notebook.open_read_only(
        server_notebook.location, ask_password=lambda account: asked.append(account) or None
    )
    reader.close()
    assert asked == []  # the test server trusts loopback: no prompt


def _tables(location) -> dict:
    from relnotebook.core.exchange.notebook_json import notebook_document

    reader = Notebook.open_read_only(location)
    try:
        return notebook_document(reader)["tables"]
    finally:
        reader.close()


def test_copy_from_a_file_to_a_server_and_back_is_exact(tmp_path, postgres, capsys):
    import datetime as dt

    from relnotebook import cli
    from relnotebook.core.demo.writer import write_demo

    original = tmp_path / "original.sqlite"
    notebook = Notebook.open(original)
    write_demo(notebook, today=dt.date(2026, 12, 6))
    notebook.close()
    database = postgres.fresh_database()
    try:
        address = postgres.url(database)
        back = tmp_path / "back.sqlite"
        assert cli.main(["copy", "--from", str(original), "--to", address]) == cli.EXIT_OK
        assert cli.main(["copy", "--from", address, "--to", str(back)]) == cli.EXIT_OK
        assert "Loaded" in capsys.readouterr().out
        expected = _tables(original)
        assert sum(len(rows) for rows in expected.values()) > 100
        assert _tables(address) == expected
        assert _tables(back) == expected
        # The server's ids go on after the copied ones: a new person gets a fresh id.
        server = Notebook.open(address)
        try:
            newest = add_person(server, PersonFields(given_name="Nouvelle"))
            assert newest > max(row["id"] for row in expected["person"])
        finally:
            server.close()
    finally:
        postgres.drop(database)


def test_copy_into_a_notebook_that_holds_something_is_refused(server_notebook, tmp_path, capsys):
    from relnotebook import cli

    add_person(server_notebook, PersonFields(given_name="Déjà là"))
    source = tmp_path / "source.sqlite"
    Notebook.open(source).close()
    status = cli.main(["copy", "--from", str(source), "--to", server_notebook.location])
    assert status == cli.EXIT_BAD_NOTEBOOK
    assert "is not empty" in capsys.readouterr().err
    assert [p.name for p in list_people(server_notebook)] == ["Déjà là"]


def test_a_server_that_wants_a_password_gets_the_one_typed(guarded, monkeypatch):
    monkeypatch.setattr("relnotebook.store.server._keyring_password", lambda account: None)
    asked: list[str] = []
    notebook = Notebook.open(
        guarded, ask_password=lambda account: asked.append(account) or "croatie"
    )
    try:
        add_person(notebook, PersonFields(given_name="Anne"))
    finally:
        notebook.close()
    assert len(asked) == 1  # once, naming the account the keyring would use
    assert asked[0].startswith("anne@127.0.0.1:") and asked[0].endswith("/relnb_guarded")


def test_the_keyrings_password_is_used_before_asking(guarded, monkeypatch):
    monkeypatch.setattr("relnotebook.store.server._keyring_password", lambda account: "croatie")
    notebook = Notebook.open(guarded, ask_password=lambda account: pytest.fail("asked"))
    notebook.close()


def test_a_wrong_password_opens_nothing_and_says_so(guarded, monkeypatch):
    monkeypatch.setattr("relnotebook.store.server._keyring_password", lambda account: None)
    with pytest.raises(NotebookAccessError, match="refused the password for anne@"):
        Notebook.open(guarded, ask_password=lambda account: "dubrovnik")
    with pytest.raises(NotebookAccessError, match="refused the password"):
        Notebook.open(guarded)  # nobody to ask


def test_a_server_notebooks_backup_is_an_exact_local_file_listed_on_this_machine(
    server_notebook, capsys
):
    import datetime as dt

    from relnotebook import cli
    from relnotebook.core.demo.writer import write_demo
    from relnotebook.store.files.backups import list_backups, newest_good_backup, server_backup_due

    write_demo(server_notebook, today=dt.date(2026, 12, 6))
    address = server_notebook.location
    assert server_backup_due(server_notebook, dt.datetime.now())
    assert cli.main(["backups", "--notebook", address]) == cli.EXIT_OK
    assert capsys.readouterr().out.startswith(f"No backups of {address} yet")

    assert cli.main(["backup", "--notebook", address]) == cli.EXIT_OK
    assert "Backed up" in capsys.readouterr().out
    assert not server_backup_due(server_notebook, dt.datetime.now())
    [backup] = list_backups(server_notebook.path)
    assert backup.ok and backup.people == len(list_people(server_notebook))
    assert newest_good_backup(server_notebook.path) == backup
    assert backup.path.stat().st_mode & 0o077 == 0  # the owner's only, as every backup
    assert _tables(backup.path) == _tables(address)  # the last local copy, exact
    assert cli.main(["backups", "--notebook", address]) == cli.EXIT_OK
    assert str(backup.path) in capsys.readouterr().out


def test_an_erased_person_leaves_no_readable_trace_in_the_servers_table_files(
    server_notebook, postgres
):
    """The server keeps deleted rows in its pages until they are rewritten: the erasure's
    scrub rewrites them (VACUUM FULL), which the files on the test server's disk show."""
    import datetime as dt

    from sqlalchemy import text

    from relnotebook.core.people.notes import add_note
    from relnotebook.core.privacy.erasure import erase_person

    zygmunt = add_person(server_notebook, PersonFields(given_name="Zygmunt"))
    add_note(server_notebook, zygmunt, text="Quillfeather rides to Dubrovnik", date=dt.date.today())
    keeper = add_person(server_notebook, PersonFields(given_name="Léa"))
    add_note(server_notebook, keeper, text="Kept", date=dt.date.today())

    def table_bytes() -> bytes:
        postgres.sql("CHECKPOINT")  # what the server holds is on disk
        with server_notebook.engine.connect() as connection:
            paths = [
                connection.execute(
                    text(f"SELECT pg_relation_filepath(to_regclass('{table}'))")
                ).scalar()
                for table in ("note", "person", "search_index")
            ]
        return b"".join((postgres.folder / "data" / p).read_bytes() for p in paths if p)

    assert b"Quillfeather" in table_bytes()
    report = erase_person(server_notebook, zygmunt)
    assert report.scrubbed
    found = table_bytes()
    assert b"Quillfeather" not in found and b"Zygmunt" not in found
    assert b"Kept" in found  # the others' rows are still there, rewritten


def test_the_command_line_erases_a_person_on_a_server(server_notebook, capsys):
    from relnotebook import cli

    zygmunt = add_person(server_notebook, PersonFields(given_name="Zygmunt"))
    argv = ["erase", str(zygmunt), "--yes", "--notebook", server_notebook.location]
    assert cli.main(argv) == cli.EXIT_OK
    assert "Zygmunt" in capsys.readouterr().out
    assert list_people(server_notebook) == []


def test_the_command_line_searches_a_server_notebook(server_notebook, capsys):
    from relnotebook import cli
    from relnotebook.core.people.details import add_detail

    lea = add_person(server_notebook, PersonFields(given_name="Léa", family_name="Roy"))
    add_detail(server_notebook, lea, text="Traverse la Croatie à vélo en mai")
    assert cli.main(["search", "velo croat", "--notebook", server_notebook.location]) == 0
    out = capsys.readouterr().out
    assert "Léa Roy" in out and "[vélo]" in out


def test_two_backups_at_once_in_one_process_both_succeed(server_notebook, tmp_path):
    """Each makes an SQLite copy, whose schema Alembic creates: its module-wide state must
    not be shared by two migrations at once (two windows' daily backups, say)."""
    import datetime as dt
    import threading

    from relnotebook.store.files.backups import back_up_server, check_backup

    add_person(server_notebook, PersonFields(given_name="Léa"))
    second = Notebook.open(server_notebook.location)
    made: list[object] = []

    def back_up(notebook: Notebook, minute: int) -> None:
        try:
            when = dt.datetime(2026, 12, 6, 9, minute)  # into a folder of the user's: no pruning
            made.append(back_up_server(notebook, folder=tmp_path, now=when))
        except Exception as exc:  # noqa: BLE001 (reported by the assertion below)
            made.append(exc)

    threads = [
        threading.Thread(target=back_up, args=(nb, m))
        for m, nb in enumerate((server_notebook, second))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    second.close()
    assert len(made) == 2 and all(check_backup(path).people == 1 for path in made), made
