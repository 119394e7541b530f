"""A new, empty notebook for a test, copied from one migrated once per test process.

Running every migration to make a new notebook costs about 0.3 s; most tests only need an
empty notebook at the newest schema. Tests about creating or upgrading a notebook still call
`Notebook.open` on a new path themselves.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from relnotebook.store import Notebook

_template: Path | None = None


def _the_template() -> Path:
    global _template
    if _template is None:
        folder = Path(tempfile.mkdtemp(prefix="relnotebook-template-"))
        atexit.register(shutil.rmtree, folder, True)
        path = folder / "empty.sqlite"
        Notebook.open(path).close()
        assert not Path(f"{path}-wal").exists()  # closed cleanly: the file alone is it
        _template = path
    return _template


def new_notebook_file(path: Path) -> Path:
    """An empty notebook file at `path` (a new path), owner-only like the app's own."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_the_template(), path)
    path.chmod(0o600)
    return path


def new_notebook(path: Path) -> Notebook:
    """`new_notebook_file`, opened."""
    return Notebook.open(new_notebook_file(path))
