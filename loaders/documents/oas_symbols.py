"""The OAS General Assembly's resolutions and declarations, by their OAS symbols, cited or as a text's own.

The OAS numbers its General Assembly's resolutions and declarations by number and session, the session in Roman
numerals with "O" (regular) or "E" (special) and the year on two figures: "AG/RES. 2887 (XLVI-O/16)", "AG/DEC. 106
(LII-O/22)" (oas.org's lists of resolutions; the annotation rules write them whole, "AG/RES.2887(XLVI-O/16)").

A resolution's own text prints its symbol on a line of its own above its title, then how it was adopted and the
Assembly that speaks: "AG/RES. 3029 (LIV-O/24)" / "FORTALECIMIENTO DE LA DEMOCRACIA" / "(Aprobada en la cuarta sesión
plenaria celebrada el 28 de junio de 2024)" / "LA ASAMBLEA GENERAL," (in English "(Adopted at the fourth plenary
session, held on June 28, 2024)" / "THE GENERAL ASSEMBLY,"; in French "(Adoptée à la …)" / "L'ASSEMBLÉE GÉNÉRALE,").
Above it the volume's record numbers ("OEA/Ser.P", "AG/doc.5871/24") are the volume's, never the resolution's. A
volume's cover or index prints several symbols, each on its line: none is the text's own.

>>> oas_resolutions("la resolución AG/RES. 2887 (XLVI-O/16) y la declaración AG/DEC. 12 (XL-O/10)")
[('AG/RES.2887(XLVI-O/16)', 'resolution', 'AG/RES. 2887 (XLVI-O/16)', 14), \
('AG/DEC.12(XL-O/10)', 'declaration', 'AG/DEC. 12 (XL-O/10)', 56)]
"""

from __future__ import annotations

import re

__all__ = ["oas_resolutions", "oas_own_symbol", "OAS_RECORD"]

#: Resolutions and declarations of the OAS General Assembly: "AG/RES. 2421 (XXXVIII-O/08)", "AG/DEC. 106 (LII-O/22)"
OAS_RESOLUTION = re.compile(r"AG/(RES|DEC)\.?\s*(\d{1,5})\s*\(([IVXLC]+-[OE]/\d{2})\)")
#: An OAS document's record number, its series first: "OEA/Ser.P", "OAS/Ser.L/V/II", "OEA/Ser.G CP/doc.5800/24"
OAS_RECORD = re.compile(r"(?:OEA|OAS)/Ser\.\s?[A-Z]")

# How the resolution was adopted, or the Assembly that speaks it, each on its own line below the title
_ADOPTED = re.compile(
    r"\((?:Aprobada|Adopted|Adoptée|Aprovada)\s|(?:LA ASAMBLEA GENERAL|THE GENERAL ASSEMBLY|L['’]ASSEMBLÉE GÉNÉRALE|"
    r"A ASSEMBLEIA GERAL),?$"
)


def _key(match: re.Match) -> str:
    """The symbol as the annotation rules write it: "AG/RES.2887(XLVI-O/16)"."""
    return f"AG/{match.group(1)}.{match.group(2)}({match.group(3)})"


def oas_resolutions(text: str) -> list[tuple[str, str, str, int]]:
    """Each OAS resolution or declaration cited in ``text``: its key, kind, surface and start."""
    return [
        (_key(match), "declaration" if match.group(1) == "DEC" else "resolution", match.group(0), match.start())
        for match in OAS_RESOLUTION.finditer(text)
    ]


def oas_own_symbol(head: list[str]) -> str | None:
    """The OAS symbol of the one line of ``head`` (a front page's lines) that is only an OAS resolution's or
    declaration's symbol, where the head goes on as a resolution's own text does (how it was adopted, or the Assembly
    that speaks it).

    >>> oas_own_symbol(["OEA/Ser.P", "AG/doc.5871/24", "AG/RES. 3029 (LIV-O/24)", "FORTALECIMIENTO DE LA DEMOCRACIA",
    ...                 "(Aprobada en la cuarta sesión plenaria celebrada el 28 de junio de 2024)", "LA ASAMBLEA GENERAL,"])
    'AG/RES.3029(LIV-O/24)'
    >>> oas_own_symbol(["AG/RES. 2976 (LI-O/21)", "ADVANCING HEMISPHERIC INITIATIVES ON INTEGRAL DEVELOPMENT",
    ...                 "(Adopted at the fourth plenary session, held on November 12, 2021)", "THE GENERAL ASSEMBLY,"])
    'AG/RES.2976(LI-O/21)'
    >>> oas_own_symbol(["ÍNDICE", "AG/DEC. 106 (LII-O/22)", "Declaración de Lima", "AG/DEC. 107 (LII-O/22)"]) is None
    True
    >>> oas_own_symbol(["AG/RES. 2887 (XLVI-O/16)", "La Comisión saluda la resolución."]) is None
    True
    """
    lone = list(dict.fromkeys(_key(found) for text in head if (found := OAS_RESOLUTION.fullmatch(text.strip()))))
    adopted = any(_ADOPTED.match(text.strip()) for text in head)
    return lone[0] if len(lone) == 1 and adopted else None
