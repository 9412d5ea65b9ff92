"""Bodies named by a list that shares the head of a name: "United Nations and regional human rights mechanisms"
names the UN human rights mechanisms too, "国际、区域和分区域人权机制" three classes; and French and Spanish lists after
a shared head, "les systèmes africain, interaméricain et européen". Each function takes ``mention_type``, which builds
a mention (id, surface, start, end, lang).
"""

from __future__ import annotations

import re

from registry.names import Resolver

__all__ = ["shared_heads", "shared_heads_first"]

_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def shared_heads(text: str, chosen: list, names: Resolver, mention_type) -> list:
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
                None if glued else re.search(r"[和与及、]$" if chinese else r"(?:,|\band|\bor|\bet|\bou)\s*$", before)
            )
            head = before if glued else before[: conjunction.start()].rstrip() if conjunction else None
            if head is None:
                break
            found = _modifier(names, head, pieces, chinese, mention.id)
            if not found:
                if glued:
                    glued = False
                    continue
                break
            modifier, rest, body = found
            start = offset + len(head) - len(modifier)
            dropped |= {id(m) for m in chosen if m is not mention and start <= m.start and m.end <= offset + len(head)}
            extra.append(
                mention_type(
                    body, f"{modifier}…{rest}" if chinese else f"{modifier} … {rest}", start, mention.end, None
                )
            )
            if glued:
                dropped.add(id(mention))  # "欧洲区域人权机制" is the European system, not the regional class
            end, glued = start, False
    chosen[:] = [m for m in chosen if id(m) not in dropped]
    return extra


def shared_heads_first(text: str, names: Resolver, mention_type) -> list:
    """French and Spanish lists after a shared head: "les systèmes africain, interaméricain et
    européen", "los sistemas interamericano, africano y europeo de derechos humanos" name each
    system that the head, one adjective and the words after the list make, the list's conjunction in the name's
    language.

    >>> from registry.names import Resolver
    >>> names, listed = Resolver.from_seeds(), lambda *mention: mention[1]
    >>> shared_heads_first("les systèmes africain, interaméricain et européen", names, listed)
    ['systèmes … africain', 'systèmes … interaméricain', 'systèmes … européen']
    >>> shared_heads_first("L'Assemblée générale y reconnaît le rôle de la Commission.", names, listed)
    []
    """
    extra = []
    for found in _HEAD_FIRST_LIST.finditer(text):
        head, listed = found.group(1), found.group(2)
        tail = re.findall(r"[^\s,.;:()]+", text[found.end() : found.end() + 80])[:5]
        for adjective in re.finditer(r"[^\W\d_][\w-]*", listed):
            word = adjective.group(0)
            if word.casefold() in _LIST_JOINS or any(m.start() <= adjective.start() < m.end() for m in _UN_IN(listed)):
                continue
            tails = [" ".join(tail[:kept]) for kept in range(len(tail), -1, -1)] + list(_SHARED_TAILS)
            for words in tails:
                forms = [f"{head} {w} {words}".strip() for w in dict.fromkeys([word, word.removesuffix("s")])]
                match = next((m for m in map(names.resolve, forms) if m.id), None)
                if match and found.group(3) in _CONJUNCTIONS.get(match.lang, _LIST_JOINS):
                    start = found.start(2) + adjective.start()
                    # after the UN's system, the UN qualifying it lies inside the mention
                    first = found.start(2) if any(_UN_IN(listed[: adjective.start()])) else start
                    extra.append(mention_type(match.id, f"{head} … {word}", first, start + len(word), match.lang))
                    break
    return extra


def _modifier(names: Resolver, head: str, pieces: list[str], chinese: bool, own: str):
    """(modifier, shared part, id) when the end of ``head`` joined to the end of the name is a registered name."""
    if chinese:
        modifiers = [head[-k:] for k in (2, 3, 4) if len(head) >= k and _CJK.match(head[-k])]
    else:
        words = list(re.finditer(r"[^\s,()]+", head))
        modifiers = [head[words[-k].start() :] for k in (1, 2, 3) if len(words) >= k]
    for modifier in modifiers:
        for cut in range(1, len(pieces)):
            rest = ("" if chinese else " ").join(pieces[cut:])
            match = names.resolve(modifier + rest if chinese else f"{modifier} {rest}")
            if match.id and match.id != own:
                return modifier, rest, match.id
    return None


# What a list of systems leaves unsaid after its adjectives: "les systèmes africain et européen" are
# the human rights systems.
_SHARED_TAILS = (
    "des droits de l'homme",
    "de protection des droits de l'homme",
    "de derechos humanos",
    "de protección de los derechos humanos",
)
_LIST_JOINS = frozenset(["et", "y", "e", "ou", "o"])
# A head noun, then at least three lowercase adjectives: "systèmes africain, interaméricain et européen".
# the UN's system may lead the list ("el sistema de Naciones Unidas e interamericano"): the UN qualifies it (no mention)
_UN_MEMBER = r"de\s+(?:las\s+)?Naciones\s+Unidas|des\s+Nations\s+Unies|de\s+l['’]ONU|de\s+la\s+ONU"
_HEAD_FIRST_LIST = re.compile(
    r"\b([^\W\d_]{4,})\s+((?:(?:[a-zà-öø-ÿ][\w-]*|"
    + _UN_MEMBER
    + r")\s*,\s*)*(?:[a-zà-öø-ÿ][\w-]*|"
    + _UN_MEMBER
    + r")"
    r"\s+(et|y|e|ou|o)\s+[a-zà-öø-ÿ][\w-]*)"
)
# The conjunction that ends a list in each language: a list's name is read in the language of its conjunction, so a
# French pronoun is never the Spanish "and" ("L'Assemblée générale y reconnaît": it recognises there)
_CONJUNCTIONS = {"fr": frozenset(["et", "ou"]), "es": frozenset(["y", "e", "o"])}


_UN_IN = re.compile(_UN_MEMBER).finditer
