"""``python -m consentinel``: the same as the ``consentinel`` console script."""

from consentinel.cli import main

raise SystemExit(main())
