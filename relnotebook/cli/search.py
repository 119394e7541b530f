"""`search`: the app's global search (Ctrl+K) for scripts and a quick look."""

from __future__ import annotations

from pathlib import Path

from relnotebook.cli.common import EXIT_USAGE, fail, print_json, print_lines, read_notebook


def run_search(path: Path | str, query: str, as_json: bool, limit: int) -> int:
    """Global search for scripts and a quick look: one person per line, matches in [ ]."""
    from relnotebook.cli.render.search import search_json, search_text
    from relnotebook.core.people.search import search

    if not query.strip():
        return fail("the search is empty: give a word to look for.", EXIT_USAGE)
    matches = read_notebook(path, lambda notebook: search(notebook, query, limit))
    if isinstance(matches, int):
        return matches
    if as_json:
        return print_json(search_json(query, matches))
    return print_lines(search_text(matches, query))
