"""Whether text goes on past a line break or a blank line, or stops there: the rules the reader of
``blocks`` asks before it closes a block (a sentence not finished, a resolution's paragraphs ending on a
comma, a workplan's "Implementation:" line running over a list of acronyms).
"""

from __future__ import annotations

import re

from loaders.documents.builder import ANNEX, PARAGRAPH_START
from loaders.documents.lines import CJK, TERMINAL, Line, width

__all__ = ["IMPLEMENTATION", "goes_on", "implementation_continues"]

IMPLEMENTATION = re.compile(r"^\s*(Implementation|Mise en œuvre|Mise en oeuvre|执行)\s*[:：]\s*(.*)$", re.I)
_JOINING_WORD = re.compile(r"\b(and|of|the|with|in|particular|focal|points?|et|des|de)$")


# The first words of a resolution's preambular or operative paragraph: a participle or an
# adjective of the body's attitude, then lower case ("Recalling its resolution", "Deeply concerned
# by", "Rappelant sa résolution", "Tomando nota", "回顾", "又重申").
_ADVERB = r"(?:Also|Further|Furthermore|Deeply|Gravely|Strongly|Seriously|Firmly|Fully|Profondément|Gravement|Vivement"
_ADVERB += r"|Profundamente|Gravemente|Seriamente)"
_PARTICIPLE = (
    r"(?:[A-Z][a-z]+(?:ing|ed)|Aware|Mindful|Conscious|Having|Bearing|Guided|Taking"
    r"|[A-ZÉ][a-zéèêàâîôûç]+(?:ant|ée|ées|és|ue|ues)|Consciente|Sachant"
    r"|[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:ando|endo|iendo|ada|adas|ados|ida|idas|idos)|Teniendo)"
)
_RESOLUTION_PARAGRAPH = re.compile(
    rf"^(?:{_ADVERB}\s+[^\W\d_]+|{_PARTICIPLE})\s+[a-zàâçéèêíóúñ'’(]"
    r"|^(?:又|还|并|再次|也|深为|严重|深表|深感|表示)?(?:回顾|重申|注意到|认识到|确认|欢迎|铭记|深信|关切|强调|申明|承认|考虑到"
    r"|意识到|赞赏|欣见|认为|念及|忆及|遵循|审议了|相信|震惊|决心|确信|满意地|遗憾地|关注|肯定|赞扬|重视|指出)"
)


def goes_on(last: str, following: Line | None, wrapped: bool, lang: str) -> bool:
    """Whether text ending on ``last`` goes on past a blank line, on ``following``: the sentence is
    not finished and the next line starts in lower case, or ``last`` ends on a comma, or is as
    long as a wrapped line, or both sides are Chinese. A resolution's paragraphs end on a comma or
    a semicolon and the next one starts with its participle ("Recalling", "回顾"): they stay apart.

    >>> goes_on("Recalling its resolution 5/1,", Line("Noting with concern the delays,"), False, "en")
    False
    >>> goes_on("回顾其第 5/1 号决议，", Line("又重申各国的责任，"), True, "zh")
    False
    >>> goes_on("the Council,", Line("which met in Geneva"), False, "en")
    True
    """
    if following is None or last.endswith(TERMINAL):
        return False
    following_text = following.text.strip()
    if last.endswith((",", "，", ";", "；")) and _RESOLUTION_PARAGRAPH.match(following_text):
        return False
    return bool(
        following_text[:1].islower()
        or last.endswith((",", "，", "、"))
        or wrapped
        and width(last) >= 60
        or lang == "zh"
        and re.match(rf"[{CJK}]", following_text)
    )


def implementation_continues(previous: str, following: str) -> bool:
    """Whether an "Implementation:" line goes on: it ends on a comma or a joining word, or the
    next line is a short list of acronyms ("UPR and HRTD")."""
    previous, following = previous.strip(), following.strip()
    if ANNEX.match(following) or PARAGRAPH_START.match(following) or IMPLEMENTATION.match(following):
        return False
    if previous.endswith((",", "，", "、")) or _JOINING_WORD.search(previous):
        return True
    if previous.endswith(TERMINAL):
        return False
    words = re.findall(r"[^\W\d_]+", following)
    capitals = sum(1 for word in words if sum(c.isupper() for c in word) >= 2)
    return bool(words) and capitals / len(words) >= 0.5
