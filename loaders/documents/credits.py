"""Where an item says where it comes from, not what a body does: a body's name right after the copyright sign is a
photo's credit ("© ACNUDH", "©联合国/Volaine Martin", "© UN Photo/Jean-Marc Ferré"), and the UN's Chinese name before a
date and 电 is a news agency's dateline, the place it reports from ("中新网联合国6月7日电"). No mention.

>>> from types import SimpleNamespace as Hit
>>> def check(text, name):
...     start = text.index(name)
...     return a_photo_credit(text, Hit(start=start, end=start + len(name)))
>>> check("en la apertura del 56º Consejo de Derechos Humanos © ACNUDH", "ACNUDH")
True
>>> check("第52届会议上发表介绍性讲话。©联合国/Volaine Martin", "联合国")
True
>>> check("El ACNUDH publicó el informe", "ACNUDH")
False
>>> def place(text):
...     start = text.index("联合国")
...     return a_source_line(text, Hit(start=start, end=start + 3))
>>> place("中新网 联合国6月7日电 当地时间7日"), place("联合国6月7日通过决议")
(True, False)
"""

from __future__ import annotations

import re

__all__ = ["a_photo_credit", "a_dateline", "a_source_line"]

# The copyright sign and the spaces after it, just before the name
_CREDIT_BEFORE = re.compile(r"(?:©|\([cC]\))[ \t\u00a0]*$")


def a_photo_credit(text: str, mention) -> bool:
    """Whether ``mention`` is the body named in a photo's credit, right after "©"."""
    return bool(_CREDIT_BEFORE.search(text, max(0, mention.start - 6), mention.start))


# After the UN's name, a date and 电 (or 電): "联合国6月7日电", "联合国 12月 3日電"
_DATELINE_AFTER = re.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电電]")


def a_dateline(text: str, mention) -> bool:
    """Whether ``mention`` is the place of a Chinese news agency's dateline: "联合国6月7日电"."""
    return bool(_DATELINE_AFTER.match(text, mention.end))


def a_source_line(text: str, mention) -> bool:
    """Whether ``mention`` is in a photo's credit or a news item's dateline."""
    return a_photo_credit(text, mention) or a_dateline(text, mention)
