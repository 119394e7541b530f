"""The store: the only place that knows the notebook is an SQLite file or a PostgreSQL database.

Everything else asks it for a transactional `Session` and uses SQLModel queries. Engine set-up,
pragmas, file permissions, schema migrations, version checks and the server connection
(`server.py`: address, password, read-only sessions) live here, and nowhere else.
"""

from relnotebook.store.notebook import CheckReport, Notebook, check_notebook

__all__ = ["CheckReport", "Notebook", "check_notebook"]
