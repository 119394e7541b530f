"""The store: the only place that knows the notebook is an SQLite file.

Everything else asks it for a transactional `Session` and uses SQLModel queries. Engine set-up,
pragmas, file permissions, schema migrations and version checks live here, so that a later
PostgreSQL store changes this package and nothing else.
"""

from relnotebook.store.notebook import CheckReport, Notebook, check_notebook

__all__ = ["CheckReport", "Notebook", "check_notebook"]
