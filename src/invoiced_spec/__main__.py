from __future__ import annotations

from ._check import main

raise SystemExit(main())
