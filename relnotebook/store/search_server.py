"""Full-text search, the PostgreSQL part: tsquery answers over migration 0009's `search_index`.

`search_index.find` asks these questions on a server notebook, and groups the answers into
people exactly as it does with FTS5. What differs is here:

- Words. FTS5's tokenizer splits text at every character that is not a letter or a digit; 0009
  indexes text through `search_index_words`, which fences each run of such characters with
  `_FENCE` so that PostgreSQL's parser does the same (no email, host or hyphenated-word tokens:
  "studio-nord" and "555-0199" find what they find on SQLite). A typed word is split the same
  way here and becomes a phrase whose last part matches word starts: `'jean' <-> 'franc':*`.
- Safety. Only runs of letters and digits reach `to_tsquery`, each quoted, joined by operators
  written here: nothing typed (`&`, `!`, `:*`, quotes, backslashes) can be tsquery syntax.
- Rank. `ts_rank_cd` with the title weighted five times the body, as 0007's bm25 weights.
- Snippets. `ts_headline` marks every match; the window of `SNIPPET_TOKENS` words around the
  matches (and its ellipses) is cut here, as FTS5's snippet() would, since ts_headline's own
  windows start at the match and drop the start of short texts. ts_headline marks each word of
  a phrase; one mark around the whole of it ("[Tremblay Architectes]" for "tremblay-archi") is
  what FTS5 shows.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Generator
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from relnotebook.store.search_index import (
    ELLIPSIS,
    MATCH_END,
    MATCH_START,
    SNIPPET_TOKENS,
    pieces,
    typed_words,
)

CONFIG = "relnotebook_search"  # 0009's text search configuration: `simple` with `unaccent`
_FENCE = "\x02"  # what 0009's search_index_words() puts around punctuation; never shown
_TOKEN = re.compile(r"[^\W_]+")  # letters and digits, as FTS5's unicode61 tokens
# Longer than any word the index keeps (tsvector lexemes stop at 2047 bytes); a prefix this
# long still finds the word.
_TOKEN_CHARS = 256
_BATCH = 500  # rowids fetched at a time when listing the newest rows
_WEIGHTS = "{0.2, 0.2, 0.4, 1.0}"  # D (body), C, B, A (title): who they are counts five times

_QUERY = f"to_tsquery('{CONFIG}', :query)"
_MATCH = f"SELECT id FROM search_index WHERE vector @@ {_QUERY} "
_COUNT = text(f"SELECT count(*) FROM ({_MATCH}LIMIT :enough) AS hit")
# Length-normalised (1 + log of the row's words), as bm25 prefers the shorter row; ties in
# rowid order, as FTS5 leaves them.
_RANKED = text(
    f"{_MATCH}ORDER BY ts_rank_cd('{_WEIGHTS}', vector, {_QUERY}, 1) DESC, id LIMIT :rows"
)
_NEWEST = text(f"{_MATCH}ORDER BY id DESC LIMIT :rows")
_ANY = text(f"{_MATCH}LIMIT :rows")
_OF_PEOPLE = text(f"{_MATCH}AND person_id = ANY(CAST(:people AS integer[])) LIMIT :rows")
_SNIPPETS = text(
    f"SELECT id, ts_headline('{CONFIG}', search_index_words(btrim(title || ' ' || body)), "
    f"{_QUERY}, :options), kind FROM search_index WHERE id = ANY(CAST(:rowids AS bigint[]))"
)
_HEADLINE = f"HighlightAll=true, StartSel={MATCH_START}, StopSel={MATCH_END}"


def _lexeme(token: str) -> str:
    """A token quoted for to_tsquery; it holds only letters and digits: belt and braces."""
    return "'" + token[:_TOKEN_CHARS].replace("\\", "\\\\").replace("'", "''") + "'"


def word_query(word: str) -> str | None:
    """One typed word as a tsquery: its letters-and-digits runs as a phrase whose last part
    matches the start of a word (`'jean' <-> 'franc':*`); None when it has none."""
    tokens = _TOKEN.findall(word)
    return _phrase(tokens) if tokens else None


def _phrase(tokens: list[str]) -> str:
    return "(" + " <-> ".join(map(_lexeme, tokens)) + ":*)"


def window(marked: str, tokens: int = SNIPPET_TOKENS) -> str:
    """At most `tokens` words of a text whose every match is marked: the stretch holding the
    most matches, centred on them, with an ellipsis where text is left out (as FTS5 cuts)."""
    words = marked.split()
    if len(words) <= tokens:
        return marked
    hits = [position for position, word in enumerate(words) if MATCH_START in word]
    start = 0
    if hits:
        reach = [bisect_right(hits, hit + tokens - 1) - n for n, hit in enumerate(hits)]
        first = max(range(len(hits)), key=reach.__getitem__)  # the earliest of the best
        last = hits[first + reach[first] - 1]
        spare = tokens - (last - hits[first] + 1)
        start = max(0, min(hits[first] - spare // 2, len(words) - tokens))
    end = start + tokens
    shown = " ".join(words[start:end])
    return (ELLIPSIS if start else "") + shown + (ELLIPSIS if end < len(words) else "")


def _folded(text: str) -> str:
    """Near enough to what `unaccent` and `simple` make of a word, to tell which marked words
    make up a phrase (a miss only leaves them marked one by one)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _phrase_at(parts: list[tuple[str, bool]], at: int, phrases: list[list[str]]) -> int:
    """How many pieces from `at` on are one match of a phrase (its words marked, only
    punctuation or space between them); 0 if none starts there."""
    longest = 0
    for phrase in phrases:
        span = 2 * len(phrase) - 1
        if span <= longest or at + span > len(parts):
            continue
        words, between = parts[at : at + span : 2], parts[at + 1 : at + span : 2]
        if (
            all(matched for _, matched in words)
            and not any(matched or any(ch.isalnum() for ch in part) for part, matched in between)
            and all(
                _folded(word) == token
                for (word, _), token in zip(words[:-1], phrase[:-1], strict=True)
            )
            and _folded(words[-1][0]).startswith(phrase[-1])
        ):
            longest = span
    return longest


def whole_phrases(marked: str, phrases: list[list[str]]) -> str:
    """`marked` with one mark around each match of a phrase of several words."""
    parts = list(pieces(marked))
    joined: list[tuple[str, bool]] = []
    at = 0
    while at < len(parts):
        span = _phrase_at(parts, at, phrases) or 1
        joined.append(("".join(part for part, _ in parts[at : at + span]), parts[at][1]))
        at += span
    return "".join(f"{MATCH_START}{part}{MATCH_END}" if hit else part for part, hit in joined)


class ServerIndex:
    """PostgreSQL's answers to `search_index.TextIndex`, in the session's transaction (one
    search: `words` keeps the phrases that snippets mark whole)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._phrases: list[list[str]] = []

    def _rowids(self, statement: Any, **values: Any) -> list[int]:
        return list(self._session.execute(statement, values).scalars())

    def words(self, query: str) -> list[str]:
        phrases = [tokens for word in typed_words(query) if (tokens := _TOKEN.findall(word))]
        self._phrases = [[_folded(t) for t in phrase] for phrase in phrases if len(phrase) > 1]
        return [_phrase(tokens) for tokens in phrases]

    def all_of(self, words: list[str]) -> str:
        return " & ".join(words)

    def any_of(self, words: list[str]) -> str:
        return " | ".join(words)

    def count(self, expression: str, enough: int) -> int:
        found: int = self._session.execute(
            _COUNT, {"query": expression, "enough": enough}
        ).scalar_one()
        return found

    def ranked(self, expression: str, rows: int) -> list[int]:
        return self._rowids(_RANKED, query=expression, rows=rows)

    def newest(self, expression: str, rows: int) -> Generator[int, None, None]:
        # A server-side cursor, read a batch at a time: the caller stops after a few people,
        # and the server stops scanning with it (a one-letter query: 40 ms -> a few).
        result = self._session.execute(
            _NEWEST,
            {"query": expression, "rows": rows},
            execution_options={"stream_results": True, "yield_per": _BATCH},
        )
        try:
            yield from result.scalars()
        finally:
            result.close()

    def matching(self, expression: str, rows: int) -> list[int]:
        return self._rowids(_ANY, query=expression, rows=rows)

    def of_people(self, expression: str, people: list[int], rows: int) -> list[int]:
        return self._rowids(_OF_PEOPLE, query=expression, people=people, rows=rows)

    def snippets(self, expression: str, rowids: list[int]) -> dict[int, tuple[str, str]]:
        values = {"query": expression, "rowids": rowids, "options": _HEADLINE}
        return {
            rowid: (whole_phrases(window(marked.replace(_FENCE, "")), self._phrases), kind)
            for rowid, marked, kind in self._session.execute(_SNIPPETS, values)
        }
