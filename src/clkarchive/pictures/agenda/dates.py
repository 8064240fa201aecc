"""A poster's date and place: the event's day as printed (in Chinese or in English, a year or not),
never an article's posting time; the address after 地址."""

from __future__ import annotations

import re

from clkarchive.pictures.agenda.geometry import Line

_FULL_DATE = re.compile(r"(20\d\d)\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})")
# A date given as the event's ("时间：…", "日期：…", "Date: …"), and a clock time stamped right after
# a date with no end ("2026年10月12日 18:30", an article's posting time, not the event's day).
_DATE_LABEL = re.compile(r"\W*(?:时间|日期|Date)\s*[:：]", re.I)
_STAMP = re.compile(r"\s*\d{1,2}:\d{2}(?!\s*[-–—~至到]\s*\d)")
# Days printed as a span: "2025年11月8日-9日", "11月8日至9日", "October 24–25".
DAY_SPAN = re.compile(
    r"\d{1,2}\s*日?\s*[-–—~至到]\s*\d{1,2}\s*日|[A-Za-z]{3,9}\.?\s*\d{1,2}\s*[-–—]\s*\d{1,2}\b"
)
_SHORT_DATE = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# An English-first poster's date: "Saturday, October 24, 2026", "Nov. 8, 2025".
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ENGLISH_DATE = re.compile(
    r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*(\d{1,2}),?\s*(20\d\d)\b",
    re.I,
)


def event_date(lines: list[Line], year: int | None) -> str | None:
    """The first date of the header (its first 40 lines) that is the event's: one labelled as
    its time or date ("时间：2026年10月25日") first; never a date stamped with a clock time alone
    ("2026年10月12日 18:30", when an article was posted)."""
    dated = [(line, found) for line in lines[:40] if (found := date_in(line.text, year))]
    labelled = [found for line, found in dated if _DATE_LABEL.match(line.text)]
    return next(iter(labelled), None) or next((found for _, found in dated), None)


def date_in(text: str, year: int | None) -> str | None:
    """The date a line prints, as YYYY-MM-DD (a month and day alone take `year`), or None."""
    if m := _FULL_DATE.search(text):
        y, mo, d = (int(g) for g in m.groups())
    elif m := _ENGLISH_DATE.search(text):
        y, mo, d = int(m[3]), _MONTHS.index(m[1][:3].casefold()) + 1, int(m[2])
    elif (m := _SHORT_DATE.search(text)) and year:
        y, mo, d = year, int(m.group(1)), int(m.group(2))
    else:
        return None
    if _STAMP.match(text[m.end() :]):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def venue(lines: list[Line]) -> str:
    """The address after 地址, with the line that continues it."""
    for i, line in enumerate(lines[:40]):
        if m := re.search(r"地址\s*[:：]\s*(.*)", line.text):
            rest = m.group(1)
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            height = line.boxes[-1].y1 - line.boxes[-1].y0
            if (
                nxt
                and nxt.boxes[0].y0 - line.boxes[-1].y1 < height
                and 0.85 < nxt.em / line.em < 1.15
                and not _FULL_DATE.search(nxt.text)
            ):
                rest += nxt.text
            return rest
    return ""
