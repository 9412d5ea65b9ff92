"""The judiciary class's Chinese name, 法官, for a court's own judges: elected to it, counted or of the court ("代表俄罗斯
当选的法官", "七名法官", "欧洲人权法院法官"), as French and Spanish texts name a court's bench (:mod:`loaders.documents.people`);
the class is a country's judges ("法官、律师和检察官").
"""

from __future__ import annotations

import re

__all__ = ["a_courts_judges"]

# Before 法官: elected (当选的, 选出的, 新任), a count (七名, 11位, 两名), or a human rights or international court's name
# (欧洲人权法院, 国际刑事法院; not a country's 最高人民法院, whose judges are its judiciary)
_BENCH_BEFORE = re.compile(
    r"(?:当选的?|选出的|新任的?|(?:\d+|[一二两三四五六七八九十]+)\s*[名位]|(?:人权|国际|国际刑事)法院的?)$"
)
# After 法官: elected (当选) or its seat (席位)
_BENCH_AFTER = re.compile(r"当选|席位")


def a_courts_judges(text: str, mention) -> bool:
    """Whether 法官 names a court's own judges.

    >>> from types import SimpleNamespace as Hit
    >>> def check(text):
    ...     start = text.index("法官")
    ...     return a_courts_judges(text, Hit(id="judiciary", start=start, end=start + 2))
    >>> check("代表俄罗斯当选的法官缺席"), check("法院由七名法官组成"), check("欧洲人权法院法官"), check("最高人民法院法官")
    (True, True, True, False)
    """
    if mention.id != "judiciary" or text[mention.start : mention.end] != "法官":
        return False
    return bool(
        _BENCH_BEFORE.search(text, max(0, mention.start - 8), mention.start) or _BENCH_AFTER.match(text, mention.end)
    )
