"""The UN's Chinese name before a date and 电 is a news agency's dateline, the place the item reports from
("中新网联合国6月7日电", "新华社联合国12月3日电"), not the organisation acting: no mention.

>>> from types import SimpleNamespace as Hit
>>> def place(text):
...     start = text.index("联合国")
...     return a_dateline(text, Hit(start=start, end=start + 3))
>>> place("中新网 联合国6月7日电 当地时间7日"), place("联合国6月7日通过决议")
(True, False)
"""

from __future__ import annotations

import re

__all__ = ["a_dateline"]

# After the UN's name, a date and 电 (or 電): "联合国6月7日电", "联合国 12月 3日電"
_DATELINE_AFTER = re.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电電]")


def a_dateline(text: str, mention) -> bool:
    """Whether ``mention`` is the place of a Chinese news agency's dateline: "联合国6月7日电"."""
    return bool(_DATELINE_AFTER.match(text, mention.end))
