"""``python -m mljobs``: the same command line as the ``mljobs`` console script."""

from ._cli import main

raise SystemExit(main())
