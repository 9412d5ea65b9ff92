"""The fonts a printed briefing needs, found on the system: one for Latin text, one that covers Chinese.

Nothing is shipped: the briefing uses whatever the machine has. fontconfig is asked first
(``fc-list :lang=zh`` lists the fonts that cover Chinese; ``fc-match`` alone would answer with
a Latin font when nothing better is installed), then the places where Debian, Fedora, macOS and
Windows keep the usual ones. When no CJK font is found, Chinese labels fall back to English one
by one (:func:`printable`), with a note, and never turn into boxes.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Font", "cjk_font", "text_font", "has_cjk", "printable"]

#: Families that cover Chinese, best first (a Simplified Chinese face first: the UN's Chinese documents use it).
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
    "AR PL UMing CN",
    "Noto Sans CJK JP",
)
#: Where the usual CJK fonts live when fontconfig is absent (macOS, Windows, minimal containers).
CJK_PATHS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simsun.ttc",
)
TEXT_PATHS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
)


@dataclass(frozen=True)
class Font:
    """A font file, its family and, in a collection (.ttc), the number of the face to use."""

    path: Path
    family: str
    index: int = 0


def _fc(*args: str) -> list[str]:
    if not shutil.which(args[0]):
        return []
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]


def _rank(family: str) -> int:
    names = [name.strip() for name in family.split(",")]
    return min((CJK_FAMILIES.index(name) for name in names if name in CJK_FAMILIES), default=len(CJK_FAMILIES))


@functools.cache
def cjk_font() -> Font | None:
    """A regular (not bold, not mono) font covering Chinese, or None when the system has none."""
    found = []
    for line in _fc("fc-list", ":lang=zh", "file", "family", "style", "index"):
        # "path: family,other names:style=Regular:index=2"
        path, _, rest = line.partition(": ")
        fields = dict(part.split("=", 1) for part in rest.split(":")[1:] if "=" in part)
        family = rest.split(":")[0]
        style = fields.get("style", "")
        if "Mono" in family or ("Regular" not in style and "Book" not in style and style):
            continue
        found.append((_rank(family), path, family.split(",")[0], int(fields.get("index", 0) or 0)))
    if found:
        _rank_of, path, family, index = min(found)
        return Font(Path(path), family, index)
    for path in map(Path, CJK_PATHS):
        if path.exists():
            return Font(path, path.stem, 0)
    return None


@functools.cache
def text_font() -> Font | None:
    """A Unicode font for Latin text (curly quotes, accents, dashes), or None."""
    for line in _fc("fc-match", "-f", "%{file}|%{family}\n", "sans-serif:lang=fr"):
        path, _, family = line.partition("|")
        if Path(path).exists() and path.endswith((".ttf", ".otf")):
            return Font(Path(path), family.split(",")[0])
    for path in map(Path, TEXT_PATHS):
        if path.exists():
            return Font(path, path.stem)
    return None


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds Chinese (or Japanese, Korean) characters.

    >>> has_cjk("非洲人权委 (ACHPR)"), has_cjk("Commission africaine")
    (True, False)
    """
    return any(
        "\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or "\uff00" <= char <= "\uffef" for char in text
    )


def printable(text: str, fallback: str, cjk: bool) -> tuple[str, bool]:
    """``text``, or ``fallback`` when it needs a CJK font the system lacks; and whether it fell back.

    >>> printable("美洲人权委员会", "Inter-American Commission on Human Rights", cjk=False)
    ('Inter-American Commission on Human Rights', True)
    >>> printable("美洲人权委员会", "Inter-American Commission on Human Rights", cjk=True)
    ('美洲人权委员会', False)
    """
    if cjk or not has_cjk(text):
        return text, False
    return fallback, True
