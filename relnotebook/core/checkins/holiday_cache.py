"""The `holidays` package's answers, kept between runs: importing it loads every country's
module (a tenth of a second, as much as Today's own work at 10,000 people), for a few dozen days
a year that do not change.

One small JSON file in the user's cache folder holds the countries and provinces the package
knows and the holidays of each (country, province, year) asked for. It is valid for the files
of the package as installed: another version (their stamp changes), a damaged or missing file,
or a package without files (a frozen app), and the package is asked again. Nothing here is
private: public holidays only. Failing to write it costs only the next run's time.
"""

from __future__ import annotations

import importlib.util
import json
import threading
from pathlib import Path

from platformdirs import user_cache_path

from relnotebook.files import write_private_file
from relnotebook.paths import APP_AUTHOR, APP_NAME

FORMAT = 1  # raise when what is kept, or how closed_days reads the package, changes
Names = dict[str, tuple[str, str]]  # ISO day -> (English name, French name)

_lock = threading.Lock()
_kept: dict[str, object] | None = None  # the file as read, once per process


def cache_file() -> Path:
    return user_cache_path(APP_NAME, APP_AUTHOR) / "holidays.json"


def package_stamp() -> str | None:
    """What changes when the package is installed anew; None when it has no files to stat."""
    spec = importlib.util.find_spec("holidays")  # finds it without importing it
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent
    parts = [FORMAT, str(folder)]
    try:
        for name in ("__init__.py", "countries/__init__.py", "holiday_base.py"):
            stat = (folder / name).stat()
            parts += [stat.st_mtime_ns, stat.st_size]
    except OSError:
        return None
    return ":".join(str(part) for part in parts)


def _data() -> dict[str, object]:
    """The file's content if it is for this package's files, else an empty one for them."""
    global _kept
    if _kept is None:
        stamp = package_stamp()
        try:
            read = json.loads(cache_file().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            read = None
        fresh = isinstance(read, dict) and stamp is not None and read.get("stamp") == stamp
        _kept = read if fresh else {"stamp": stamp, "years": {}}
    return _kept


def _keep(key: str, value: object) -> None:
    data = _data()
    if data["stamp"] is None:
        return
    if key == "supported":
        data["supported"] = value
    else:
        years = data.setdefault("years", {})
        if isinstance(years, dict):
            years[key] = value
    path = cache_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_private_file(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass  # the package is asked again next time


def supported() -> dict[str, tuple[str, ...]] | None:
    with _lock:
        found = _data().get("supported")
    if not isinstance(found, dict):
        return None
    return {code: tuple(regions) for code, regions in found.items()}


def keep_supported(found: dict[str, tuple[str, ...]]) -> None:
    with _lock:
        _keep("supported", {code: list(regions) for code, regions in found.items()})


def _year_key(country: str, region: str, year: int) -> str:
    return f"{country}/{region}/{year}"


def year(country: str, region: str, year: int) -> Names | None:
    with _lock:
        years = _data().get("years")
        found = years.get(_year_key(country, region, year)) if isinstance(years, dict) else None
    try:
        return {day: (str(en), str(fr)) for day, (en, fr) in found.items()}  # type: ignore[union-attr]
    except (AttributeError, TypeError, ValueError):  # damaged: asked again, then kept anew
        return None


def keep_year(country: str, region: str, year: int, names: Names) -> None:
    with _lock:
        _keep(_year_key(country, region, year), {day: list(pair) for day, pair in names.items()})


def forget() -> None:
    """Read the file again at the next question (tests; another process may have written it)."""
    global _kept
    with _lock:
        _kept = None
