"""`python -m relnotebook` runs the same entry point as the `relnotebook` command."""

from relnotebook.cli import main

raise SystemExit(main())
