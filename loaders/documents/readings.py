"""Pages that print each Chinese character's reading in pinyin after it ("聯(lián)合國人權(quán)理事會"): the text is read
without the readings, so every rule sees the characters as a name is written ("联合国机构": the UN qualifying a word),
and each mention is put back where the page prints it, readings and all.

>>> clean, origin = without_readings("這個聯(lián)合國機構(gòu)")
>>> clean, origin[clean.index("國")]
('這個聯合國機構', 10)
"""

from __future__ import annotations

import re

__all__ = ["READING", "without_readings", "as_glossed"]

# A character's reading in pinyin, printed in brackets after it by pages that gloss their characters.
READING = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")


def without_readings(text: str) -> tuple[str, list[int]]:
    """``text`` without its readings, and for each character kept its index in ``text`` (one past the end last)."""
    kept = [index for index in range(len(text))]
    if not READING.search(text):
        return text, kept + [len(text)]
    dropped = {index for found in READING.finditer(text) for index in range(*found.span())}
    kept = [index for index in kept if index not in dropped]
    return "".join(text[index] for index in kept), kept + [len(text)]


def as_glossed(printed: str, origin: list[int], mentions: list, replace) -> list:
    """``mentions`` found in the text without readings, put back at their places in ``printed`` (readings included)."""
    return [
        replace(
            m,
            start=origin[m.start],
            end=origin[m.end - 1] + 1,
            surface=printed[origin[m.start] : origin[m.end - 1] + 1],
        )
        for m in mentions
    ]
