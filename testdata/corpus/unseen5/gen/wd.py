"""Working-day arithmetic for England and Wales, used to write and check the table."""
import datetime as dt

BANK = {dt.date.fromisoformat(s) for s in """
2019-01-01 2019-04-19 2019-04-22 2019-05-06 2019-05-27 2019-08-26 2019-12-25 2019-12-26
2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
""".split()}


def working(d):
    return d.weekday() < 5 and d not in BANK


def add_working(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if working(d):
            n -= 1
    return d


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
