#!/usr/bin/env bash
# Build the one-folder app bundle (dist/relnotebook/) with PyInstaller from a clean venv, then
# smoke-test it headless, the way a user would start it:
#   1. `relnotebook --version`;
#   2. `relnotebook demo` writes a sample notebook and `relnotebook check` finds it healthy
#      (every Alembic migration runs from the bundle);
#   3. the window, offscreen, on a fresh notebook path: the app creates the file when it opens it;
#   4. the window on a notebook at the first schema version: the bundled migrations upgrade it.
# Exits non-zero on any failure. Nothing is written outside build/ and dist/ (and a temp dir).
#
# Environment: PYTHON (default python3), RELNOTEBOOK_DIST (default dist),
# RELNOTEBOOK_BUILD (default build; the venv is made there), GUI_SECONDS (default 4).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-python3}"
dist="$(mkdir -p "${RELNOTEBOOK_DIST:-$root/dist}" && cd "${RELNOTEBOOK_DIST:-$root/dist}" && pwd)"
work="$(mkdir -p "${RELNOTEBOOK_BUILD:-$root/build}" && cd "${RELNOTEBOOK_BUILD:-$root/build}" && pwd)"
gui_seconds="${GUI_SECONDS:-4}"
started=$SECONDS

fail() {
  echo "build.sh: FAILED: $*" >&2
  exit 1
}
step() { echo "== $* ($((SECONDS - started)) s)"; }

step "clean venv in $work/venv"
rm -rf "$work/venv" "$work/pyinstaller" "$dist/relnotebook"
"$python" -m venv "$work/venv"
bin="$work/venv/bin"
[ -d "$work/venv/Scripts" ] && bin="$work/venv/Scripts" # Windows (Git Bash)
"$bin/python" -m pip install -q --upgrade pip
# Not editable: the bundle gets what the wheel carries (resources, migrations), nothing more.
"$bin/python" -m pip install -q "$root" "pyinstaller>=6.10,<7"

step "PyInstaller"
# Run from the work folder so the checkout's relnotebook/ cannot shadow the installed one.
(cd "$work" && env -u PYTHONPATH "$bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work/pyinstaller" "$root/packaging/relnotebook.spec")

app="$dist/relnotebook/relnotebook"
[ -x "$dist/relnotebook/relnotebook-cli.exe" ] && app="$dist/relnotebook/relnotebook-cli.exe"
[ -x "$app" ] || fail "no executable at $app"
echo "bundle: $dist/relnotebook ($(du -sh "$dist/relnotebook" | cut -f1))"

# The smoke tests never touch the user's own notebook or settings.
tmp="$(mktemp -d)"
gui_pid=""
cleanup() {
  if [ -n "$gui_pid" ]; then kill "$gui_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/data" XDG_CONFIG_HOME="$tmp/home/config"
export XDG_CACHE_HOME="$tmp/home/cache" XDG_STATE_HOME="$tmp/home/state"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"

step "smoke: --version"
version="$("$app" --version)" || fail "--version exited with $?"
expected="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/relnotebook/__init__.py")"
[ "$version" = "relnotebook $expected" ] || fail "--version printed '$version', not '$expected'"
echo "$version"

step "smoke: demo + check"
"$app" demo "$tmp/demo.sqlite" || fail "demo exited with $?"
"$app" check --notebook "$tmp/demo.sqlite" || fail "check on the demo notebook exited with $?"

# Starts the window on $1, waits until the file exists and the app has run $gui_seconds more
# seconds, then stops it. Fails if it dies early or prints a Python traceback.
run_window() {
  local notebook="$1" log waited=0
  log="$tmp/gui-$(basename "$notebook").log"
  "$app" --notebook "$notebook" >"$log" 2>&1 &
  gui_pid=$!
  while [ ! -s "$notebook" ] && [ "$waited" -lt 60 ] && kill -0 "$gui_pid" 2>/dev/null; do
    sleep 0.5
    waited=$((waited + 1))
  done
  sleep "$gui_seconds"
  if ! kill -0 "$gui_pid" 2>/dev/null; then
    local status=0
    wait "$gui_pid" || status=$?
    gui_pid=""
    cat "$log" >&2
    fail "the window on $notebook exited early (status $status)"
  fi
  kill "$gui_pid"
  wait "$gui_pid" 2>/dev/null || true
  gui_pid=""
  if grep -q "Traceback" "$log"; then
    cat "$log" >&2
    fail "the window on $notebook printed a Python error"
  fi
}

step "smoke: window on a fresh notebook (${gui_seconds} s)"
fresh="$tmp/fresh/notebook.sqlite"
mkdir -p "$(dirname "$fresh")"
run_window "$fresh"
[ -s "$fresh" ] || fail "the app did not create $fresh"
"$app" check --notebook "$fresh" || fail "check on the fresh notebook exited with $?"

step "smoke: window upgrades a notebook at the first schema version"
old="$tmp/old.sqlite"
"$bin/python" - "$old" <<'EOF' || fail "could not write an old notebook"
import sys

from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from relnotebook.store import schema

first = ScriptDirectory.from_config(schema.alembic_config()).get_base()
with create_engine(f"sqlite:///{sys.argv[1]}").begin() as connection:
    schema.upgrade(connection, first)
print(f"wrote a notebook at schema {first}")
EOF
before="$("$app" check --notebook "$old")" || fail "check on the old notebook exited with $?"
case "$before" in *"will be upgraded"*) echo "$before" ;; *) fail "not an old notebook: $before" ;; esac
run_window "$old"
compgen -G "$old.before-upgrade-*" >/dev/null || fail "no backup was made before the upgrade"
after="$("$app" check --notebook "$old")" || fail "check after the upgrade exited with $?"
case "$after" in *"will be upgraded"*) fail "the notebook was not upgraded: $after" ;; esac
echo "$after"

step "OK: $dist/relnotebook built and smoke-tested"
