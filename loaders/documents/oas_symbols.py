"""The OAS General Assembly's resolutions and declarations, by their OAS symbols, as a text cites them.

The OAS numbers its General Assembly's resolutions and declarations by number and session, the session in Roman
numerals with "O" (regular) or "E" (special) and the year on two figures: "AG/RES. 2887 (XLVI-O/16)", "AG/DEC. 106
(LII-O/22)" (oas.org's lists of resolutions; the annotation rules write them whole, "AG/RES.2887(XLVI-O/16)").

>>> oas_resolutions("la resolución AG/RES. 2887 (XLVI-O/16) y la declaración AG/DEC. 12 (XL-O/10)")
[('AG/RES.2887(XLVI-O/16)', 'resolution', 'AG/RES. 2887 (XLVI-O/16)', 14), \
('AG/DEC.12(XL-O/10)', 'declaration', 'AG/DEC. 12 (XL-O/10)', 56)]
"""

from __future__ import annotations

import re

__all__ = ["oas_resolutions"]

#: Resolutions and declarations of the OAS General Assembly: "AG/RES. 2421 (XXXVIII-O/08)", "AG/DEC. 106 (LII-O/22)"
OAS_RESOLUTION = re.compile(r"AG/(RES|DEC)\.?\s*(\d{1,5})\s*\(([IVXLC]+-[OE]/\d{2})\)")


def _key(match: re.Match) -> str:
    """The symbol as the annotation rules write it: "AG/RES.2887(XLVI-O/16)"."""
    return f"AG/{match.group(1)}.{match.group(2)}({match.group(3)})"


def oas_resolutions(text: str) -> list[tuple[str, str, str, int]]:
    """Each OAS resolution or declaration cited in ``text``: its key, kind, surface and start."""
    return [
        (_key(match), "declaration" if match.group(1) == "DEC" else "resolution", match.group(0), match.start())
        for match in OAS_RESOLUTION.finditer(text)
    ]
