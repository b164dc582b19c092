"""Fixed moments for clock tests: the first of a month ahead of real time, so clocks may be set to them.

The names read as January, February and March; they are whichever three
consecutive months begin after the next one, so tests never set a clock back.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from invoiced_sandbox._clock import add_duration

__all__ = ["DAY", "FEB_1", "MAR_1", "T0"]

DAY = 86400
_today = datetime.fromtimestamp(time.time(), UTC)
_month_start = int(_today.replace(day=1, hour=0, minute=0, second=0, microsecond=0).timestamp())
T0 = add_duration(_month_start, months=2)
FEB_1 = add_duration(T0, months=1)
MAR_1 = add_duration(T0, months=2)
