"""Full-text search: what the user typed, matched against the `search_index` rows, best first.

The index holds one row per name, organisation, email or phone, note, personal detail and
message sent (accents and case ignored), kept current by triggers: migration 0007 builds it with
FTS5 on SQLite, 0009 with a tsvector on PostgreSQL. Each database answers a few small questions
(`TextIndex`: how many rows match, which, ranked or newest first, snippets); how those become
people, best first, is decided here once for both. The SQLite answers are here; PostgreSQL's are
in `search_server`. Nothing outside the store writes text-search SQL.

Search runs as the user types, so the queries are shaped for speed: whose a match is and what
it comes from are read from its rowid (see 0007), never from the row; ranking is skipped
when a query matches too many rows to rank in time; snippets are made only for the rows shown.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

# Private-use characters mark the matched words in snippets: they cannot clash with the markup
# of any caller (brackets on the command line, rich text in the GUI) and never reach the user.
MATCH_START = "\ue000"
MATCH_END = "\ue001"
ELLIPSIS = "…"
SNIPPET_TOKENS = 16
MAX_WORDS = 16  # a search box, not a document: more words only cost time
# Ranking (bm25) costs one to a few microseconds per matching row and must see every one of
# them; with more matches than this (one or two letters typed), the newest people's rows are
# listed unranked so that typing stays instant, and the next letters bring the ranking back.
RANK_AT_MOST = 4000
# People who have the words in different rows are found by checking each word's matching rows
# against the people the rarest word names (a fraction of a microsecond a row): only while
# every word has at most this many.
SPREAD_AT_MOST = 20_000
# A broad query lists people in the order of their rowids, reading no more rows than this.
LIST_AT_MOST = 20_000

# Each index row's rowid is person id << 32 | source id << 3 | kind of source (migration 0007).
KINDS = {
    0: "address",  # migration 0012
    1: "name",
    2: "organisation",
    3: "email",
    4: "phone",
    5: "note",
    6: "detail",
    7: "signal",
}
WEBSITE = "website"  # a contact point of kind url: code 3 with the emails, told apart by `kind`
_WHO = 4  # codes up to this one say who the person is; the others what was said or written
# How a person's rows are listed: name, organisation, email, phone, address, then the texts.
_SHOWN_RANK = (4, 0, 1, 2, 3, 5, 5, 5)
_SOURCE_MASK = (1 << 29) - 1

_SPACES = re.compile(r"\s+")
_UNSAFE = re.compile(f"[\x00-\x1f\x7f{MATCH_START}{MATCH_END}]")
_MARKERS = re.compile(f"([{MATCH_START}{MATCH_END}])")
_MATCH = "SELECT rowid FROM search_index WHERE search_index MATCH :query "
_COUNT = f"SELECT count(*) FROM ({_MATCH}LIMIT :enough)"
_RANKED = f"{_MATCH}ORDER BY rank LIMIT :rows"
_NEWEST = f"{_MATCH}ORDER BY rowid DESC LIMIT :rows"
_ANY = f"{_MATCH}LIMIT :rows"
_OF_PEOPLE = f"{_MATCH}AND rowid >> 32 IN (SELECT value FROM json_each(:people)) LIMIT :rows"
# FTS5 skips to the range of rowids wanted; the list itself has a unary plus so that SQLite
# leaves it out of the FTS5 plan: a lookup per listed rowid would run the whole query each time.
_SNIPPETS = (
    "SELECT rowid, snippet(search_index, -1, :start, :end, :ellipsis, :tokens), kind "
    "FROM search_index WHERE search_index MATCH :query "
    "AND rowid BETWEEN :low AND :high AND +rowid IN (SELECT value FROM json_each(:rowids))"
)


@dataclass(frozen=True)
class IndexHit:
    """One matching row: whose it is, what kind of source (one of `KINDS`) and which row, and
    the snippet as (text, matched) pieces."""

    person_id: int
    kind: str
    source_id: int
    pieces: tuple[tuple[str, bool], ...]


def typed_words(query: str) -> list[str]:
    """The words typed, control characters and the snippet markers dropped; words made only of
    punctuation ("-" or "…" alone would match nothing) are left out."""
    words = _UNSAFE.sub(" ", query).split()[:MAX_WORDS]
    return [word for word in words if any(ch.isalnum() for ch in word)]


def query_words(query: str) -> list[str]:
    """What the user typed as FTS5 phrases, one per word, each matching the start of a word
    (as-you-type). Each word is quoted, so punctuation, quotes and FTS5 operators typed by the
    user are plain text."""
    return ['"' + word.replace('"', '""') + '"*' for word in typed_words(query)]


def match_expression(query: str) -> str | None:
    """An FTS5 expression matching rows that hold every word; None with nothing to look for."""
    return " ".join(query_words(query)) or None


def pieces(marked: str) -> tuple[tuple[str, bool], ...]:
    """Split a snippet with match markers into (text, matched) pieces, white space collapsed."""
    result: list[tuple[str, bool]] = []
    matched = False
    for part in _MARKERS.split(_SPACES.sub(" ", marked).strip()):
        if part in (MATCH_START, MATCH_END):
            matched = part == MATCH_START
        elif part:
            if result and result[-1][1] == matched:
                result[-1] = (result[-1][0] + part, matched)
            else:
                result.append((part, matched))
    return tuple(result)


def _who_first(rowid: int) -> tuple[int, int]:
    """Sort key within one person: name, organisation, email, phone, address, then newest text
    first."""
    return (_SHOWN_RANK[rowid & 7], -rowid)


class TextIndex(Protocol):
    """What one database's text search answers. An expression is what `words` makes of one
    typed word, or what `all_of` or `any_of` make of several; rowids are 0007's packed ids."""

    def words(self, query: str) -> list[str]: ...
    def all_of(self, words: list[str]) -> str: ...
    def any_of(self, words: list[str]) -> str: ...
    def count(self, expression: str, enough: int) -> int:
        """How many rows match, counting no further than `enough`."""
        ...

    def ranked(self, expression: str, rows: int) -> list[int]:
        """The best matching rows first (a match in who the person is weighs more)."""
        ...

    def newest(self, expression: str, rows: int) -> Generator[int, None, None]:
        """Matching rows by descending rowid, unranked: the caller may stop reading early
        (and closes the generator)."""
        ...

    def matching(self, expression: str, rows: int) -> list[int]: ...
    def of_people(self, expression: str, people: list[int], rows: int) -> list[int]: ...
    def snippets(self, expression: str, rowids: list[int]) -> dict[int, tuple[str, str]]:
        """Each row's text around the match, matches between `MATCH_START` and `MATCH_END`,
        and the row's `kind` column (a contact point's kind: "email", "url")."""
        ...


class _Index:
    """FTS5's answers, on the session's own SQLite connection (thousands of rowids are read
    per keystroke: without SQLAlchemy's per-row work in between)."""

    def __init__(self, session: Session) -> None:
        connection = session.connection().connection.dbapi_connection
        assert isinstance(connection, sqlite3.Connection)
        self._connection: sqlite3.Connection = connection

    def each(self, sql: str, **values: Any) -> Generator[Any, None, None]:
        """The rows one at a time, so that the caller can stop reading early."""
        cursor = self._connection.cursor()
        try:
            yield from cursor.execute(sql, values)
        except sqlite3.DatabaseError as exc:  # as SQLAlchemy would have raised it
            raise DatabaseError(sql, values, exc) from exc
        finally:
            cursor.close()

    def rows(self, sql: str, **values: Any) -> list[Any]:
        return list(self.each(sql, **values))

    def rowids(self, sql: str, **values: Any) -> list[int]:
        return [row[0] for row in self.rows(sql, **values)]

    def words(self, query: str) -> list[str]:
        return query_words(query)

    def all_of(self, words: list[str]) -> str:
        return " ".join(words)

    def any_of(self, words: list[str]) -> str:
        return " OR ".join(words)

    def count(self, expression: str, enough: int) -> int:
        found: int = self.rows(_COUNT, query=expression, enough=enough)[0][0]  # no row is read
        return found

    def ranked(self, expression: str, rows: int) -> list[int]:
        return self.rowids(_RANKED, query=expression, rows=rows)

    def newest(self, expression: str, rows: int) -> Generator[int, None, None]:
        return (row[0] for row in self.each(_NEWEST, query=expression, rows=rows))

    def matching(self, expression: str, rows: int) -> list[int]:
        return self.rowids(_ANY, query=expression, rows=rows)

    def of_people(self, expression: str, people: list[int], rows: int) -> list[int]:
        return self.rowids(_OF_PEOPLE, query=expression, people=json.dumps(people), rows=rows)

    def snippets(self, expression: str, rowids: list[int]) -> dict[int, tuple[str, str]]:
        return {
            rowid: (snippet, kind)
            for rowid, snippet, kind in self.rows(
                _SNIPPETS,
                query=expression,
                rowids=json.dumps(rowids),
                low=min(rowids),
                high=max(rowids),
                start=MATCH_START,
                end=MATCH_END,
                ellipsis=ELLIPSIS,
                tokens=SNIPPET_TOKENS,
            )
        }


def _in_one_row(
    index: TextIndex, expression: str, people: int, per_person: int
) -> dict[int, list[int]]:
    """The rows holding every word, as {person: rowids}, best person first."""
    chosen: dict[int, list[int]] = {}
    if index.count(expression, RANK_AT_MOST + 1) <= RANK_AT_MOST:
        for rowid in index.ranked(expression, RANK_AT_MOST):
            rows = chosen.get(rowid >> 32)
            if rows is None:
                if len(chosen) == people:
                    continue
                rows = chosen[rowid >> 32] = []
            if len(rows) < per_person:
                rows.append(rowid)
        return chosen
    # Newest people first, one after the other: who they are before what they said.
    newest = index.newest(expression, LIST_AT_MOST)
    for rowid in newest:
        if rowid >> 32 not in chosen and len(chosen) == people:
            break
        chosen.setdefault(rowid >> 32, []).append(rowid)
    newest.close()
    return {person: sorted(rows, key=_who_first)[:per_person] for person, rows in chosen.items()}


def _across_rows(
    index: TextIndex, words: list[str], skip: set[int], people: int, per_person: int
) -> dict[int, list[int]]:
    """People who have every word somewhere, though not all in one row ("Tremblay vélo":
    the name in one row, the trip in a note), as {person: rowids}: those with the words in
    who they are first, then those with the most matching rows; a row per word for each."""
    counts = [index.count(word, SPREAD_AT_MOST + 1) for word in words]
    if max(counts) > SPREAD_AT_MOST:
        return {}  # too common to cross-check as the user types: the next letters narrow it
    # The rarest word names the candidates; each other word keeps those who have it, the
    # check made by the database rather than by reading every matching row here.
    order = sorted(range(len(words)), key=counts.__getitem__)
    rows_of_word: list[list[int]] = [[] for _ in words]
    rows_of_word[order[0]] = index.matching(words[order[0]], SPREAD_AT_MOST)
    candidates = {rowid >> 32 for rowid in rows_of_word[order[0]]} - skip
    for position in order[1:]:
        if not candidates:
            return {}
        rows_of_word[position] = index.of_people(
            words[position], sorted(candidates), SPREAD_AT_MOST
        )
        candidates &= {rowid >> 32 for rowid in rows_of_word[position]}
    if not candidates:
        return {}
    by_person: dict[int, list[list[int]]] = {person: [] for person in candidates}
    for rows in rows_of_word:
        for lists in by_person.values():
            lists.append([])
        for rowid in rows:
            if (theirs := by_person.get(rowid >> 32)) is not None:
                theirs[-1].append(rowid)

    def weight(person: int) -> tuple[int, int, int]:
        lists = by_person[person]
        who = sum(1 for rows in lists if any(rowid & 7 <= _WHO for rowid in rows))
        return (-who, -sum(len(rows) for rows in lists), -person)

    chosen: dict[int, list[int]] = {}
    for person in sorted(candidates, key=weight)[:people]:
        picked: list[int] = []
        for rows in by_person[person]:
            best = min(rows, key=_who_first)
            if best not in picked and len(picked) < per_person:
                picked.append(best)
        chosen[person] = picked
    return chosen


def find_in(index: TextIndex, query: str, *, people: int, per_person: int) -> list[IndexHit]:
    """`find` with the answers of one database's index."""
    words = index.words(query)
    if not words or people < 1 or per_person < 1:
        return []
    expression = index.all_of(words)
    chosen = _in_one_row(index, expression, people, per_person)
    if len(words) > 1 and len(chosen) < people:
        more = _across_rows(index, words, set(chosen), people - len(chosen), per_person)
        if more:
            chosen.update(more)
            expression = index.any_of(words)
    wanted = [rowid for rows in chosen.values() for rowid in rows]
    if not wanted:
        return []
    marked = index.snippets(expression, wanted)
    return [
        IndexHit(rowid >> 32, _kind(rowid, found[1]), (rowid >> 3) & _SOURCE_MASK, pieces(found[0]))
        for rowid in wanted
        if (found := marked.get(rowid)) is not None
    ]


def _kind(rowid: int, stored: str) -> str:
    """What a row comes from: its rowid's kind of source, but for a website or profile, which
    shares the emails' code (0007 has eight and uses them all): the row's own `kind` says so."""
    return WEBSITE if stored == "url" else KINDS[rowid & 7]


def find(session: Session, query: str, *, people: int, per_person: int) -> list[IndexHit]:
    """Rows matching `query` for at most `people` people, `per_person` rows each, best person
    first: rows holding every word ranked (a match in a name or an organisation weighs more
    than one in a note), then for several words the people who have them in different rows.
    See `RANK_AT_MOST` for very broad queries. Answered by FTS5 on SQLite, by the tsvector
    index of `search_server` on PostgreSQL."""
    index: TextIndex
    if session.get_bind().dialect.name == "postgresql":
        from relnotebook.store.search_server import ServerIndex

        index = ServerIndex(session)
    else:
        index = _Index(session)
    return find_in(index, query, people=people, per_person=per_person)
