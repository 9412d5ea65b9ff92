"""The UN's name inside the Security Council's, where the Council is named as the author of a resolution it cites by
number: "UN Security Council Resolution 1325", "United Nations Security Council resolution 1325 (2000)", "la
Résolution 1325 du Conseil de sécurité des Nations Unies". The Council has no row and is listed; the UN's name in it
is adjectival (tests/annotations/sample14/README-A.md, sample19/README-A.md), not the organisation acting.

>>> from loaders.documents.mentions import Mention
>>> def check(text, surface):
...     start = text.index(surface)
...     return names_a_council_resolutions_author(text, Mention("un", surface, start, start + len(surface), None))
>>> check("implement UN Security Council Resolution (UNSCR) 1325", "UN")
True
>>> check("la Résolution 1325 (2000) du Conseil de sécurité des Nations unies, qui", "Nations unies")
True
>>> check("resolution 2719 (2023) of the United Nations Security Council", "United Nations")
True
>>> check("the UN Security Council adopted a resolution", "UN"), check("le Conseil de sécurité de l'ONU a adopté", "ONU")
(False, False)
"""

from __future__ import annotations

import re

from loaders.documents.organs import SECURITY_COUNCIL, alternation

__all__ = ["names_a_council_resolutions_author"]

# One or more resolutions cited by number, with their years or the acronym in brackets: "Resolution (UNSCR) 1325",
# "resolution 1325 (2000)", "resolutions 1325 and 2242", "résolutions 1325, 1820 et 2242"
_NUMBERS = r"\d{1,4}(?:\s*\(\d{4}\))?(?:\s*(?:,|and|et)\s*\d{1,4}(?:\s*\(\d{4}\))?)*"
_NUMBERED = rf"[Rr]esolutions?\s+(?:\(UNSCR\)\s+)?{_NUMBERS}"
# In English, the Council's name after the UN's, then the resolution: "UN Security Council Resolution 1325"
_COUNCIL_THEN_RESOLUTION = re.compile(rf"\s+{alternation(SECURITY_COUNCIL.en)}(?:['’]s)?\s+{_NUMBERED}")
# ... or the resolution first: "resolution 2719 (2023) of the United Nations Security Council"
_RESOLUTION_OF_THE = re.compile(rf"{_NUMBERED}\s+of\s+the\s+$")
_COUNCIL_AFTER = re.compile(rf"\s+{alternation(SECURITY_COUNCIL.en)}\b")
# In French, the resolution, then the Council, then the UN: "Résolution 1325 (2000) du Conseil de sécurité des Nations
# unies", "résolution 2719 du Conseil de sécurité de l'ONU"
_FRENCH = re.compile(
    rf"[Rr]ésolutions?\s+{_NUMBERS}\s+du\s+{alternation(SECURITY_COUNCIL.fr)}\s+(?:des\s+|de\s+l['’]\s*)$"
)


def names_a_council_resolutions_author(text: str, mention) -> bool:
    """Whether this mention of the UN stands inside the Security Council's name, the Council citing its resolution."""
    before = text[max(0, mention.start - 80) : mention.start]
    if _COUNCIL_THEN_RESOLUTION.match(text, mention.end):
        return True
    if _RESOLUTION_OF_THE.search(before) and _COUNCIL_AFTER.match(text, mention.end):
        return True
    return _FRENCH.search(before) is not None
