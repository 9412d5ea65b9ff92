"""An organisation's Chinese name written right before a title in 《》 is a word of that title, no mention.

Chinese prints an instrument's owner before its title: "联合国《公民权利和政治权利国际公约》" is the Covenant (the
UN's), "国际劳工组织《1997年私营职业介绍所公约》" the ILO's convention, as "the Council of Europe Convention" names the
convention. The UN as an actor is named elsewhere in such sentences ("是联合国……的一份重要国际文书").
"""

from __future__ import annotations

import re

__all__ = ["before_a_title"]

# A space or a line break may part the name from the title's opening mark as a page wraps it
_TITLE_OPENS = re.compile(r"[ \t\n]*[《〈]")


def before_a_title(text: str, start: int, end: int) -> bool:
    """Whether the Chinese name at ``text[start:end]`` is written right before a title in 《》.

    >>> text = "确保该法符合北京已签署的联合国《公民权利和政治权利国际公约》"
    >>> before_a_title(text, text.index("联合国"), text.index("《"))
    True
    >>> text = "联合国与《公约》缔约国"
    >>> before_a_title(text, 0, 3)
    False
    """
    return "\u4e00" <= text[start : start + 1] <= "\u9fff" and _TITLE_OPENS.match(text, end) is not None
