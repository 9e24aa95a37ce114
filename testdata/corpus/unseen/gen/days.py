"""Calendar arithmetic used to work out the expected timeliness findings.

England and Wales bank holidays for the years the documents use, written out
by hand from the published lists, so that the expectations do not depend on
any code of the service.
"""

import datetime as dt

BANK_HOLIDAYS = {
    # 2019
    "2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27",
    "2019-08-26", "2019-12-25", "2019-12-26",
    # 2024
    "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27",
    "2024-08-26", "2024-12-25", "2024-12-26",
    # 2025
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26",
    "2025-08-25", "2025-12-25", "2025-12-26",
    # 2026 (Boxing Day falls on a Saturday: substitute Monday 28 December)
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
    "2026-08-31", "2026-12-25", "2026-12-28",
}


def d(s):
    return dt.date.fromisoformat(s)


def is_working(day):
    return day.weekday() < 5 and day.isoformat() not in BANK_HOLIDAYS


def add_working_days(start, n):
    """The nth working day after start (start itself is day 0)."""
    day = start
    while n > 0:
        day += dt.timedelta(days=1)
        if is_working(day):
            n -= 1
    return day


def working_days_between(a, b):
    """Working days after a up to and including b (0 when b <= a)."""
    n = 0
    day = a
    while day < b:
        day += dt.timedelta(days=1)
        if is_working(day):
            n += 1
    return n


def add_months(day, months):
    """Keep the day of the month, clamped to the end of the target month."""
    y = day.year + (day.month - 1 + months) // 12
    m = (day.month - 1 + months) % 12 + 1
    for dd in (day.day, 30, 29, 28):
        try:
            return dt.date(y, m, min(day.day, dd))
        except ValueError:
            continue
    raise ValueError(day)


if __name__ == "__main__":
    # DESIGN 4.5's own examples.
    assert add_working_days(d("2025-12-15"), 15) == d("2026-01-08")
    assert add_working_days(d("2025-04-17"), 5) == d("2025-04-28")
    assert add_months(d("2025-08-30"), 6) == d("2026-02-28")
    print("ok")
