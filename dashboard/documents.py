"""What the Documents page shows, computed without Streamlit: marked text and search snippets (its pages of rows
come from dashboard.paging, as every page's do).

The page marks two things in a paragraph's text: the words a search found (:func:`snippet`)
and the names of the bodies it mentions (:func:`mark`). Both escape the text first, so a
paragraph never brings HTML of its own onto the page.

>>> mark("The SPT and the <b>CAT</b> met.", ["SPT", "CAT"])
'The <mark>SPT</mark> and the &lt;b&gt;<mark>CAT</mark>&lt;/b&gt; met.'
>>> snippet("Members agreed on joint visits to Mexico.", "joint visit")
'Members agreed on <mark>joint</mark> <mark>visits</mark> to Mexico.'
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from queries.fulltext import CJK, terms, word_root

__all__ = ["mark", "matches", "snippet"]


def _spans(text: str, patterns: Iterable[re.Pattern]) -> list[tuple[int, int]]:
    """Where the patterns occur in ``text``, overlapping spans merged."""
    found = sorted((m.start(), m.end()) for pattern in patterns for m in pattern.finditer(text) if m.end() > m.start())
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _marked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in spans:
        out += [
            html.escape(text[last:start], quote=False),
            "<mark>",
            html.escape(text[start:end], quote=False),
            "</mark>",
        ]
        last = end
    out.append(html.escape(text[last:], quote=False))
    return "".join(out)


def mark(text: str, surfaces: Iterable[str]) -> str:
    """The text as HTML, every occurrence of each surface (a body's name as written) marked."""
    patterns = [
        re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, surface.split())) + r"(?!\w)")
        for surface in sorted(set(surfaces), key=len, reverse=True)
        if surface.strip()
    ]
    return _marked(text, _spans(text, patterns))


def _search_patterns(words: str) -> list[re.Pattern]:
    patterns = []
    for term in terms(words):
        for word in term.split():
            if CJK.search(word):
                # the cjk analyzer matches pairs of characters: mark each pair of the query found in the text
                characters = [c for c in word if CJK.match(c)]
                pairs = ["".join(characters[i : i + 2]) for i in range(max(len(characters) - 1, 1))]
                patterns += [re.compile(re.escape(pair)) for pair in pairs]
            else:
                root = re.escape(word_root(word.strip("\"'*?~^:()[]{}!+-/\\")))
                if root:
                    patterns.append(re.compile(rf"(?<!\w){root}\w*", re.IGNORECASE))
    return patterns


def matches(text: str, words: str) -> list[tuple[int, int]]:
    """Where the searched ``words`` occur in ``text`` (word roots; Chinese by pairs of characters)."""
    return _spans(text, _search_patterns(words))


def snippet(text: str, words: str, width: int = 320) -> str:
    """About ``width`` characters of ``text`` around the first match of ``words``, as HTML with the matches marked.

    >>> snippet("x " * 300 + "the joint visit.", "joint visit", 30)
    '… x x x the <mark>joint</mark> <mark>visit</mark>.'
    >>> snippet("联合国与区域机制开展联合访问。", "联合访问")
    '<mark>联合</mark>国与区域机制开展<mark>联合访问</mark>。'
    """
    spans = matches(text, words)
    start = 0
    if len(text) > width and spans:
        # the window holding the most matches, a third of it before the first of them
        starts = [max(0, first - width // 3) for first, _ in spans]
        start = max(starts, key=lambda at: sum(at <= s and e <= at + width for s, e in spans))
        while start > 0 and not text[start - 1].isspace() and not CJK.match(text[start]):
            start -= 1  # do not cut a word in two
    end = min(len(text), start + width)
    shown = [(max(s, start) - start, min(e, end) - start) for s, e in spans if e > start and s < end]
    body = _marked(text[start:end], shown)
    return ("… " if start > 0 else "") + body + (" …" if end < len(text) else "")
