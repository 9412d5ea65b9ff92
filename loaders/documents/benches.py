"""The judiciary class's Chinese name, 法官, for a court's own judges: elected to it, counted or of the court ("代表俄罗斯
当选的法官", "七名法官", "欧洲人权法院法官"), as French and Spanish texts name a court's bench (:mod:`loaders.documents.people`);
the class is a country's judges ("法官、律师和检察官"). Judges called international or inter-American, in any of the four
languages ("los jueces internacionales condenaron a Costa Rica", "les juges internationaux", "international judges",
"国际法官"), are an international court's bench, not a country's judges.
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
# Judges called international or inter-American: after the Spanish and French word, before the English and Chinese one
_INTERNATIONAL_AFTER = re.compile(
    r"\s+(?:internacionales|interamerican[oa]s|internationa(?:ux|les)|interaméricain(?:e)?s)\b", re.IGNORECASE
)
_INTERNATIONAL_BEFORE = re.compile(r"(?:\b(?:international|inter-american)\s+|国际)$", re.IGNORECASE)
_JUDGES = frozenset(["jueces", "juezas", "juges", "judges", "法官"])


def a_courts_judges(text: str, mention) -> bool:
    """Whether 法官 names a court's own judges.

    >>> from types import SimpleNamespace as Hit
    >>> def check(text):
    ...     start = text.index("法官")
    ...     return a_courts_judges(text, Hit(id="judiciary", start=start, end=start + 2))
    >>> check("代表俄罗斯当选的法官缺席"), check("法院由七名法官组成"), check("欧洲人权法院法官"), check("最高人民法院法官")
    (True, True, True, False)
    >>> check = lambda text, word: a_courts_judges(text, Hit(id="judiciary", start=text.index(word), end=text.index(word) + len(word)))
    >>> check("los jueces internacionales condenaron", "jueces"), check("the international judges", "judges")
    (True, True)
    >>> check("los jueces nacionales", "jueces"), check("juges et avocats", "juges")
    (False, False)
    """
    if mention.id != "judiciary":
        return False
    written = text[mention.start : mention.end]
    if written.casefold() in _JUDGES and (
        _INTERNATIONAL_AFTER.match(text, mention.end)
        or _INTERNATIONAL_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    ):
        return True  # "los jueces internacionales", "international judges", "国际法官"
    if written != "法官":
        return False
    return bool(
        _BENCH_BEFORE.search(text, max(0, mention.start - 8), mention.start) or _BENCH_AFTER.match(text, mention.end)
    )
