"""Finding the bodies a text names, through the registry of names (en, fr, zh).

Every registered spelling is searched for in the text's normalised form (the resolver's: no
case, accents, spaces or hyphens), so a name broken across lines or hyphenated still matches.
Then each hit is checked against the original text: it must start and end on word boundaries
(for Latin script), acronyms must match their case exactly (so the French "au" is not the
African Union, nor "un" the United Nations), and where hits overlap the longest wins (the
"Human Rights Council Advisory Committee" is not also the Council). A name shared by a list of
bodies ("United Nations and regional human rights mechanisms") names each of them.

>>> finder = MentionFinder(Resolver.from_seeds())                           # doctest: +SKIP
>>> [m.id for m in finder.find("the Inter-\\nAmerican Court and the AU")]     # doctest: +SKIP
['iacthr', 'au']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import ahocorasick

from loaders.names import Name, Resolver, normalize

_DROPPED = re.compile(r"[\s\-‐‑‒–—―]")
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_CONJUNCTION = re.compile(r"(?:^|[\s,(])([^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*){0,2})\s*(?:,|\band\b|\bor\b|\bet\b|\bou\b)\s*$")
_CHINESE_CONJUNCTION = re.compile(r"([\u4e00-\u9fff]{2,4})[和与及、]$")


@dataclass(frozen=True)
class Mention:
    """A body named in a text: where, and how it was written."""

    id: str
    surface: str
    start: int
    end: int
    lang: str | None


def _fold(char: str) -> str:
    """One character in the resolver's normalised form (possibly empty or several characters)."""
    text = unicodedata.normalize("NFKC", char).translate(str.maketrans({c: "'" for c in "’‘ʼ`´′"}))
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return _DROPPED.sub("", text.casefold())


class MentionFinder:
    """All registered spellings, ready to be found in running text."""

    def __init__(self, names: Resolver):
        self.names = names
        self.automaton = ahocorasick.Automaton()
        for key, name in names.by_key.items():
            if name.surface == name.id and name.lang is None and not name.surface.isupper():
                continue  # lower-kebab ids are not written in documents
            if len(key) < 2:
                continue
            self.automaton.add_word(key, (key, name))
        if len(self.automaton):
            self.automaton.make_automaton()

    def find(self, text: str) -> list[Mention]:
        """The bodies ``text`` names, in order, longest names first where they overlap."""
        if not len(self.automaton):
            return []
        folded, origin = [], []
        for index, char in enumerate(text):
            for piece in _fold(char):
                folded.append(piece)
                origin.append(index)
        folded_text = "".join(folded)
        hits = []
        for end, (key, name) in self.automaton.iter(folded_text):
            start = end - len(key) + 1
            first, last = origin[start], origin[end] + 1
            if self._acceptable(text, first, last, name):
                hits.append(Mention(name.id, re.sub(r"\s+", " ", text[first:last]), first, last, name.lang))
        chosen = _longest_first(hits)
        shared = self._shared_heads(text, chosen)
        return sorted(chosen + shared, key=lambda m: m.start)

    def _acceptable(self, text: str, first: int, last: int, name: Name) -> bool:
        surface = text[first:last]
        if not _CJK.match(surface[:1]):
            if first > 0 and (text[first - 1].isalnum() or text[first - 1] == "/"):
                return False  # inside a word, or a part of a document symbol (A/HRC/15/56)
        if not _CJK.match(surface[-1:]):
            if last < len(text) and (text[last].isalnum() or text[last] == "/"):
                return False
        if name.lang is None and not _CJK.search(name.surface):
            # acronyms: exact case, ignoring only spacing ("ECOWAS CJ" across a line break)
            return re.sub(r"[\s\-]+", "", surface) == re.sub(r"[\s\-]+", "", unicodedata.normalize("NFKC", name.surface))
        return True

    def _shared_heads(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """Bodies named by sharing the head of the next name: "United Nations and regional human
        rights mechanisms" names the UN human rights mechanisms too; "国际和区域人权机制" likewise.
        The modifier's own hit ("United Nations") gives way to the shared name."""
        extra, dropped = [], set()
        for mention in chosen:
            before = text[max(0, mention.start - 60):mention.start]
            offset = mention.start - len(before)
            surface = text[mention.start:mention.end]
            chinese = _CJK.match(surface[:1]) is not None
            conjunction = re.search(r"[和与及、]$" if chinese else r"(?:,|\band|\bor|\bet|\bou)\s*$", before)
            if not conjunction:
                continue
            head = before[:conjunction.start()].rstrip()
            if chinese:
                modifiers = [head[-k:] for k in (2, 3, 4) if len(head) >= k]
                pieces = list(surface)
            else:
                words = list(re.finditer(r"[^\s,()]+", head))
                modifiers = [head[words[-k].start():] for k in (1, 2, 3) if len(words) >= k]
                pieces = surface.split()
            found = None
            for modifier in modifiers:
                for cut in range(1, len(pieces)):
                    rest = ("" if chinese else " ").join(pieces[cut:])
                    match = self.names.resolve(modifier + rest if chinese else f"{modifier} {rest}")
                    if match.id and match.id != mention.id:
                        found = (modifier, rest, match.id)
                        break
                if found:
                    break
            if not found:
                continue
            modifier, rest, body = found
            start = offset + len(head) - len(modifier)
            dropped |= {id(m) for m in chosen if m is not mention and start <= m.start and m.end <= offset + len(head)}
            extra.append(Mention(body, f"{modifier}…{rest}" if chinese else f"{modifier} … {rest}", start, mention.end, None))
        chosen[:] = [m for m in chosen if id(m) not in dropped]
        return extra


def _longest_first(hits: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    for hit in sorted(hits, key=lambda m: (-(m.end - m.start), m.start)):
        if all(hit.end <= other.start or hit.start >= other.end for other in chosen):
            chosen.append(hit)
    return chosen
