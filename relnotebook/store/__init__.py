"""The store: the only place that knows the notebook is an SQLite file or a PostgreSQL database.

Everything else asks it for a transactional `Session` and uses SQLModel queries. Engine set-up,
pragmas, file permissions, schema migrations, version checks and the server connection
(`server.py`: address, password, read-only sessions) live here, and nowhere else. The files the
app keeps beside a notebook (backups, the lock, drafts) are in `store.files`.

`Notebook` and the checks are loaded when first asked for: `store.files.instance_lock` is used
before the window's frame is painted, and must not import SQLAlchemy (most of a second).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from relnotebook.store.inspection import CheckReport, check_notebook
    from relnotebook.store.notebook import Notebook

__all__ = ["CheckReport", "Notebook", "check_notebook"]


def __getattr__(name: str) -> Any:
    if name == "Notebook":
        from relnotebook.store.notebook import Notebook

        return Notebook
    if name in __all__:
        from relnotebook.store import inspection

        return getattr(inspection, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
