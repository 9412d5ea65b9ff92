"""An organisation's Chinese name inside a title in 《》, or written right before one, is a word of that title.

Chinese prints an instrument's owner inside its title or before it: "批准《欧洲委员会预防和打击暴力侵害妇女行为及家庭暴力公约》"
names the convention, as "the Council of Europe Convention" does; "联合国《公民权利和政治权利国际公约》" is the Covenant
(the UN's), "国际劳工组织《1997年私营职业介绍所公约》" the ILO's convention. The UN as an actor is named elsewhere in such
sentences ("是联合国……的一份重要国际文书"). A resolution's title after 题为 names the bodies it is about, as the
annotations read it.
"""

from __future__ import annotations

import re

__all__ = ["in_or_before_a_title"]

# A space or a line break may part the name from the title's opening mark as a page wraps it
_TITLE_OPENS = re.compile(r"[ \t\n]*[《〈]")
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def in_or_before_a_title(text: str, start: int, end: int) -> bool:
    """Whether the Chinese name at ``text[start:end]`` is a word of a title in 《》 or written right before one.

    >>> text = "确保该法符合北京已签署的联合国《公民权利和政治权利国际公约》"
    >>> in_or_before_a_title(text, text.index("联合国"), text.index("《"))
    True
    >>> text = "批准《欧洲委员会预防和打击暴力侵害妇女行为及家庭暴力公约》"
    >>> in_or_before_a_title(text, text.index("欧洲委员会"), text.index("预防"))
    True
    >>> text = "题为《联合国与区域组织的合作》的项目"
    >>> in_or_before_a_title(text, 3, 6), in_or_before_a_title("联合国与《公约》缔约国", 0, 3)
    (False, False)
    """
    if not _CJK.match(text, start):
        return False
    if _TITLE_OPENS.match(text, end):
        return True
    opened = text.rfind("《", 0, start)
    if opened < 0 or text.find("》", opened, start) >= 0 or text.find("》", end) < 0:
        return False
    return not text[max(0, opened - 3) : opened].endswith(("题为", "題為"))
