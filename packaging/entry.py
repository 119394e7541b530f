"""The frozen app's first module: the same entry point as the installed `relnotebook` command.

PyInstaller needs a script, not a `module:function` entry point, so this is that script.
"""

from relnotebook.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
