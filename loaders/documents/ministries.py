"""An organisation's name inside the name of a country's ministry: "外交、欧洲联盟和合作部" (Spain's Ministry of Foreign
Affairs, European Union and Cooperation), "欧盟事务部" (a ministry of European Union affairs). The ministry is named after
the subjects it deals with, the organisation among them; no mention of the organisation.

An organisation's own departments are named with the organisation first and their subject after it ("非盟和平与安全部",
"联合国政治事务部"): those keep the organisation, their owner, and are not read here.
"""

from __future__ import annotations

import re

__all__ = ["in_a_ministrys_name"]

# Chinese: a first subject and 、 before the organisation ("外交、"), then the last subject joined by 和/与/及 and 部
# closing the ministry's name before a stop, a list's 、 or a bracket; or 事务部 (affairs) right after the organisation, not
# its minister (部长) or a department (部门)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ZH_SUBJECT_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,4}、$")
_ZH_LAST_SUBJECT = re.compile(r"[和与及][\u4e00-\u9fff]{1,4}?部(?=[、，,。；;）)\s]|$)")
_ZH_AFFAIRS = re.compile(r"事务部(?![长门分])")


def in_a_ministrys_name(text: str, mention) -> bool:
    """Whether a Chinese name is one of the subjects of a ministry's name.

    >>> from types import SimpleNamespace as Hit
    >>> in_a_ministrys_name("包括外交、欧洲联盟和合作部、司法部", Hit(start=5, end=9))
    True
    >>> in_a_ministrys_name("非盟和平与安全部", Hit(start=0, end=2))
    False
    >>> in_a_ministrys_name("外交、欧洲联盟和非洲联盟", Hit(start=3, end=7))
    False
    """
    if not _HAN.match(text, mention.start):
        return False
    if _ZH_AFFAIRS.match(text, mention.end):
        return True
    return bool(
        _ZH_SUBJECT_BEFORE.search(text, max(0, mention.start - 5), mention.start)
        and _ZH_LAST_SUBJECT.match(text, mention.end)
    )
