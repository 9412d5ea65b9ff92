"""The UN's Chinese name before a date and 电 is a news agency's dateline, the place the item reports from
("中新网联合国6月7日电", "新华社联合国12月3日电"), not the organisation acting: no mention. So is a name in capitals
opening a paragraph before a dash, the way news items print the place they report from ("NACIONES UNIDAS – La
agenda…", "UNITED NATIONS (IPS) – …", "NATIONS UNIES, 3 mai – …").

>>> from types import SimpleNamespace as Hit
>>> def place(text):
...     start = text.index("联合国")
...     return a_dateline(text, Hit(start=start, end=start + 3))
>>> place("中新网 联合国6月7日电 当地时间7日"), place("联合国6月7日通过决议")
(True, False)
>>> def opening(text, name):
...     return a_dateline(text, Hit(start=text.index(name), end=text.index(name) + len(name)))
>>> opening("NACIONES UNIDAS – La agenda", "NACIONES UNIDAS"), opening("UNITED NATIONS (IPS) - The", "UNITED NATIONS")
(True, True)
>>> opening("NACIONES UNIDAS, Nueva York, 5 feb (IPS) – La", "NACIONES UNIDAS")
True
>>> opening("Naciones Unidas – La agenda", "Naciones Unidas"), opening("NACIONES UNIDAS y la OEA", "NACIONES UNIDAS")
(False, False)
"""

from __future__ import annotations

import re

__all__ = ["a_dateline"]

# After the UN's name, a date and 电 (or 電): "联合国6月7日电", "联合国 12月 3日電"
_DATELINE_AFTER = re.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电電]")
# After a place in capitals opening a paragraph: a date or agency in brackets or after a comma, then a dash
_PLACE_BEFORE_DASH = re.compile(r"(?:\s*\([^()\n]{1,40}\)|,[^–—\n]{1,60}?)?\s*[–—-]\s")


def a_dateline(text: str, mention) -> bool:
    """Whether ``mention`` is the place of a news item's dateline: "联合国6月7日电", "NACIONES UNIDAS – …"."""
    return bool(_DATELINE_AFTER.match(text, mention.end)) or _place_opening(text, mention)


def _place_opening(text: str, mention) -> bool:
    written = text[mention.start : mention.end]
    return (
        not text[: mention.start].strip()
        and written.isupper()
        and " " in written.strip()
        and bool(_PLACE_BEFORE_DASH.match(text, mention.end))
    )
