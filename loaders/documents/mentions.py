"""Finding the bodies a text names, through the registry of names (en, fr, zh).

Every registered spelling is searched for in the text's normalised form (the resolver's: no
case, accents, spaces or hyphens), so a name broken across lines or hyphenated still matches.
Then each hit is checked against the original text: it must start and end on word boundaries
(for Latin script), acronyms must match their case exactly (so the French "au" is not the
African Union, nor "un" the United Nations), and where hits overlap the longest wins (the
"Human Rights Council Advisory Committee" is not also the Council). A name shared by a list of
bodies ("United Nations and regional human rights mechanisms") names each of them.

>>> finder = MentionFinder(resolver)
>>> [m.id for m in finder.find("the Inter-\\nAmerican Court and the AU")]
['iacthr', 'au']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import ahocorasick

from registry.names import Name, Resolver

__all__ = ["Mention", "MentionFinder"]

_DROPPED = re.compile(r"[\s\-‐‑‒–—―]")
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


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
        ceux = self._ceux_de(text)
        chosen = [m for m in chosen if not any(c.start <= m.start and m.end <= c.end for c in ceux)]
        found = sorted(chosen + shared + ceux, key=lambda m: m.start)
        return _without_adjectival_un(text, found)

    def _ceux_de(self, text: str) -> list[Mention]:
        """French "les mécanismes … régionaux et ceux de l'ONU": those of the UN are mechanisms too."""
        extra = []
        for found in re.finditer(r"\b(?:et|ou) (?:de )?ceux (?:de l['’]ONU|des Nations Unies)", text):
            before = text[max(0, found.start() - 120) : found.start()]
            if re.search(r"mécanismes|arrangements|organes|instances", before):
                unit = (
                    self.names.resolve("mécanismes des Nations Unies").id
                    or self.names.resolve("mécanismes de l'ONU").id
                )
                if unit:
                    extra.append(Mention(unit, found.group(0), found.start(), found.end(), "fr"))
        return extra

    def _acceptable(self, text: str, first: int, last: int, name: Name) -> bool:
        surface = text[first:last]
        if not _CJK.match(surface[:1]):
            if first > 0 and (text[first - 1].isalnum() or text[first - 1] == "/"):
                return False  # inside a word, or a part of a document symbol (A/HRC/15/56)
            if first > 1 and text[first - 1] == "-" and text[first - 2].isalpha():
                return False  # the end of a compound: "sub-regional"
        if not _CJK.match(surface[-1:]):
            if last < len(text) and (text[last].isalnum() or text[last] == "/"):
                return False
            if last + 1 < len(text) and text[last] == "-" and text[last + 1].isalpha():
                return False  # the start of a compound: "États-Unis" is not "États"
        if name.lang is None and not _CJK.search(name.surface):
            # acronyms: exact case, ignoring only spacing ("ECOWAS CJ" across a line break)
            return re.sub(r"[\s\-]+", "", surface) == re.sub(
                r"[\s\-]+", "", unicodedata.normalize("NFKC", name.surface)
            )
        return True

    def _shared_heads(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """Bodies named by sharing the head of the next name: "United Nations and regional human
        rights mechanisms" names the UN human rights mechanisms too, "国际、区域和分区域人权机制"
        three classes, "非洲、美洲和欧洲区域人权机制" three regional systems. The modifier's own
        hit ("United Nations") gives way to the shared name."""
        extra, dropped = [], set()
        for mention in chosen:
            surface = text[mention.start : mention.end]
            chinese = _CJK.match(surface[:1]) is not None
            pieces = list(surface) if chinese else surface.split()
            end = mention.start
            glued = chinese  # a Chinese modifier may sit right against the head ("欧洲区域人权机制")
            for _ in range(6):  # at most a list of six
                before = text[max(0, end - 60) : end]
                offset = end - len(before)
                conjunction = (
                    None
                    if glued
                    else re.search(r"[和与及、]$" if chinese else r"(?:,|\band|\bor|\bet|\bou)\s*$", before)
                )
                head = before if glued else before[: conjunction.start()].rstrip() if conjunction else None
                if head is None:
                    break
                found = self._modifier(head, pieces, chinese, mention.id)
                if not found:
                    if glued:
                        glued = False
                        continue
                    break
                modifier, rest, body = found
                start = offset + len(head) - len(modifier)
                dropped |= {
                    id(m) for m in chosen if m is not mention and start <= m.start and m.end <= offset + len(head)
                }
                extra.append(
                    Mention(body, f"{modifier}…{rest}" if chinese else f"{modifier} … {rest}", start, mention.end, None)
                )
                if glued:
                    dropped.add(id(mention))  # "欧洲区域人权机制" is the European system, not the regional class
                end, glued = start, False
        chosen[:] = [m for m in chosen if id(m) not in dropped]
        return extra

    def _modifier(self, head: str, pieces: list[str], chinese: bool, own: str):
        """(modifier, shared part, id) when the end of ``head`` joined to the end of the name is a registered name."""
        if chinese:
            modifiers = [head[-k:] for k in (2, 3, 4) if len(head) >= k and _CJK.match(head[-k])]
        else:
            words = list(re.finditer(r"[^\s,()]+", head))
            modifiers = [head[words[-k].start() :] for k in (1, 2, 3) if len(words) >= k]
        for modifier in modifiers:
            for cut in range(1, len(pieces)):
                rest = ("" if chinese else " ").join(pieces[cut:])
                match = self.names.resolve(modifier + rest if chinese else f"{modifier} {rest}")
                if match.id and match.id != own:
                    return modifier, rest, match.id
        return None


_UN_LINK = re.compile(r"^\s*(?:de l['’]\s*|des\s+|of the\s+|du\s+|de la\s+|de las\s+)?$")
# "UN" followed by one of these words is still the organisation ("the UN and the AU", "the UN has
# asked"); followed by any other word it qualifies that word: "UN Charter", "UN experts".
_UN_NOUN_FOLLOWERS = frozenset(
    [
        "and",
        "or",
        "nor",
        "but",
        "has",
        "have",
        "had",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "will",
        "would",
        "should",
        "shall",
        "can",
        "could",
        "may",
        "might",
        "must",
        "did",
        "does",
        "do",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "as",
        "of",
        "by",
        "from",
        "into",
        "through",
        "since",
        "until",
        "via",
        "under",
        "over",
        "after",
        "before",
        "than",
        "said",
        "says",
        "stated",
        "noted",
        "called",
        "urged",
        "asked",
        "welcomed",
        "itself",
        "which",
        "who",
        "whose",
        "that",
        "this",
        "these",
        "while",
        "when",
        "where",
        "also",
        "alone",
        "together",
        "jointly",
        "continues",
        "continued",
        "remains",
    ]
)


def _without_adjectival_un(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "United Nations special procedures", "les procédures spéciales de l'ONU", "联合国条约机构",
    "UN Charter", "UN experts": the United Nations qualifies another body or word there; it is not
    named as an actor. "the UN" as a noun ("the UN and the AU", "the UN.") still is."""
    result = []
    for index, mention in enumerate(mentions):
        if mention.id == "un" and _adjectival_acronym(text, mention):
            continue
        if mention.id == "un":
            following = mentions[index + 1] if index + 1 < len(mentions) else None
            previous = mentions[index - 1] if index else None
            if (
                following
                and following.start >= mention.end
                and text[mention.end : following.start].strip() == ""
                and following.start - mention.end <= 1
            ):
                continue
            if previous and previous.end <= mention.start and _UN_LINK.match(text[previous.end : mention.start]):
                continue
        result.append(mention)
    return result


def _adjectival_acronym(text: str, mention: Mention) -> bool:
    """The acronym "UN" followed by a word that is not a conjunction, verb or preposition."""
    if text[mention.start : mention.end] != "UN":
        return False
    following = re.match(r"[ \t]?\n?([A-Za-z][\w’'-]*)", text[mention.end :])
    if not following or not text[mention.end : mention.end + 1].isspace():
        return False
    return following.group(1).casefold() not in _UN_NOUN_FOLLOWERS


def _longest_first(hits: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    for hit in sorted(hits, key=lambda m: (-(m.end - m.start), m.start)):
        if all(hit.end <= other.start or hit.start >= other.end for other in chosen):
            chosen.append(hit)
    return chosen
