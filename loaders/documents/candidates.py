"""What a paragraph says: the bodies it names, what it cites, and the candidate links its
sentences suggest.

A sentence that names two bodies or more, with a cue for a joint activity ("joint visit",
"missions conjointes", "联合声明", "visita conjunta") or for a cross-reference ("cites", "takes
into account", "suivi des recommandations", "da seguimiento"), proposes a :class:`Candidate`: a link a person accepts or rejects
with ``mechgraph review``. The kinds of candidate are those of
``registry.vocabulary.CANDIDATE_KINDS``, and each cue's detail is a value of the vocabulary of
its kind (activity kinds, reference kinds), checked when this module is imported.

>>> found = extract(Paragraph("para. 1", "paragraph", "The ACHPR and the IACHR carried out a joint visit."),
...                 MentionFinder(resolver), "a-hrc-23-18-en")
>>> [(c.kind, c.detail, c.bodies, c.cue) for c in found.candidates]
[('activity', 'joint_visit', ('achpr', 'iachr'), 'joint visit')]
>>> found = extract(Paragraph("para. 2", "paragraph", "La IACHR y la OAS realizaron una visita conjunta a México."),
...                 MentionFinder(resolver), "nota-es")
>>> [(c.detail, c.bodies, c.country) for c in found.candidates]
[('joint_visit', ('iachr', 'oas'), 'MEX')]
>>> quote("one two three four five six", around=14, words=3)
'three four five'
>>> candidate_id("a-hrc-23-18-en", "para. 12", "activity", "joint_visit", ("iachr", "achpr"))
'cand-fc2b553024'
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from loaders.documents.builder import Paragraph
from loaders.documents.citations import Citation, citations
from loaders.documents.countries import countries
from loaders.documents.mentions import Mention, MentionFinder
from registry import vocabulary

__all__ = [
    "Candidate",
    "Extracted",
    "extract",
    "candidate_id",
    "quote",
    "QUOTE_WORDS",
    "DETAILS",
    "ACTIVITY",
    "REFERENCE",
    "WORKPLAN_OWNER",
]

QUOTE_WORDS = 25

#: The kinds of candidate, those of registry.vocabulary.CANDIDATE_KINDS (checked below).
ACTIVITY, REFERENCE, WORKPLAN_OWNER = "activity", "reference", "workplan_owner"
#: For each kind of candidate, the vocabulary its ``detail`` is a value of.
DETAILS = {
    ACTIVITY: vocabulary.ACTIVITY_KINDS,
    REFERENCE: vocabulary.REFERENCE_KINDS,
    WORKPLAN_OWNER: vocabulary.OWNER_ROLES,
}
if set(DETAILS) != set(vocabulary.CANDIDATE_KINDS):
    raise ValueError(f"candidate kinds {sorted(DETAILS)} differ from registry.vocabulary.CANDIDATE_KINDS")

_CUES = (
    # (kind of candidate, detail, pattern): joint activities, then cross-references
    (
        ACTIVITY,
        "joint_visit",
        r"joint (?:country |field |on-site |fact-finding )?visits?|visites? (?:de pays )?conjointes?|"
        r"联合(?:国别)?(?:走访|访问|考察)|visitas? (?:oficial(?:es)? |in loco )?conjuntas?(?: oficial(?:es)?)?",
    ),
    (
        ACTIVITY,
        "joint_mission",
        r"joint (?:field )?missions?|missions? conjointes?|联合(?:实地)?(?:特派团|出访|调查团)|misi(?:ón|ones) conjuntas?",
    ),
    (
        ACTIVITY,
        "joint_press_release",
        r"joint press releases?|communiqués? de presse conjoints?|联合新闻稿|comunicados? de prensa conjuntos?",
    ),
    (
        ACTIVITY,
        "joint_statement",
        r"joint (?:public )?(?:statements?|declarations?)|déclarations? conjointes?|联合声明|declaraci(?:ón|ones) conjuntas?",
    ),
    (
        ACTIVITY,
        "joint_report",
        r"joint (?:thematic |country )?reports?|rapports? conjoints?|联合报告|informes? conjuntos?",
    ),
    (REFERENCE, "cites_case_law", r"\bcit(?:es|ed|ing)\b|jurisprudence|case law|\bcitent\b|\bcite\b|援引|引用"),
    (REFERENCE, "quotes", r"\bquot(?:es|ed|ing)\b"),
    (
        REFERENCE,
        "takes_into_account",
        r"tak(?:e|es|ing|en) into (?:account|consideration)|took into (?:account|consideration)|"
        r"tien(?:t|nent) compte|pren(?:d|nent) (?:en compte|en considération)|考虑到|顾及|"
        r"(?:toma|toman|tomó|tomaron|tomando) en (?:cuenta|consideración)",
    ),
    (
        REFERENCE,
        "follows_up_recommendations",
        r"follow(?:s|ed|ing)?[ -]up (?:on|to) (?:the |their |its )?(?:recommendations|decisions)|"
        r"suivi (?:des|de leurs) (?:recommandations|décisions)|跟进(?:落实|执行)?.{0,12}(?:建议|决定)|"
        r"(?:da|dan|dio|dieron|dar|dando) seguimiento",
    ),
    (
        REFERENCE,
        "submits_information_to",
        r"submit(?:s|ted|ting)? information|soum(?:et|ettent) des informations|提交(?:资料|信息)|提供资料|"
        r"(?:remite|remiten|remitió|remitieron) información",
    ),
)


def _compiled(cues) -> list[tuple[str, str, re.Pattern]]:
    """The cue table, compiled; a cue whose kind or detail the vocabulary lacks is refused, so
    ingestion never proposes what the graph cannot hold."""
    for kind, detail, _pattern in cues:
        if kind not in DETAILS or detail not in DETAILS[kind]:
            raise ValueError(f"cue {kind}/{detail}: not a value of registry.vocabulary")
    return [(kind, detail, re.compile(pattern, re.I)) for kind, detail, pattern in cues]


_CUE_PATTERNS = _compiled(_CUES)
_SENTENCE = re.compile(r"[^.!?。！？;；]+(?:[.!?。！？;；]+|$)")
_PROPOSAL = re.compile(
    r"\b(should|could|would|may|propos\w*|recommend\w*|devrai\w*|pourrai\w*|deber(?:ía|ían)\w*|podr(?:ía|ían)\w*|"
    r"recomienda\w*|propone\w*)\b|应|可",
    re.I,
)


@dataclass(frozen=True)
class Candidate:
    """A link ingestion proposes; a person accepts or rejects it with ``mechgraph review``."""

    id: str
    kind: str  # a key of DETAILS: activity, reference, workplan_owner
    detail: str  # the activity kind, the reference kind, or the owner's role
    bodies: tuple[str, ...]
    locator: str
    quote: str
    cue: str
    proposed: bool = False  # the sentence proposes rather than reports ("should", "could")
    item: str | None = None  # workplan_owner: the curated item
    country: str | None = None  # activity: the ISO 3166 alpha-3 code of the country the sentence (or paragraph) names


@dataclass
class Extracted:
    """What one paragraph yields."""

    mentions: list[Mention]
    citations: list[Citation]
    candidates: list[Candidate] = field(default_factory=list)


def extract(paragraph: Paragraph, finder: MentionFinder, document: str = "") -> Extracted:
    """The bodies ``paragraph`` names, what it cites, and the candidate links its sentences suggest."""
    if paragraph.kind == "masthead":
        return Extracted(mentions=[], citations=[])  # the series a document belongs to, not a body it names
    mentions = finder.find(paragraph.text)
    found = Extracted(mentions=mentions, citations=citations(paragraph.text))
    if paragraph.kind == "footnote":
        return found
    for sentence in _SENTENCE.finditer(paragraph.text):
        inside = [m for m in mentions if sentence.start() <= m.start < sentence.end()]
        bodies = tuple(dict.fromkeys(m.id for m in inside))
        if len(bodies) < 2:
            continue
        for kind, detail, pattern in _CUE_PATTERNS:
            cue = pattern.search(sentence.group(0))
            if cue:
                named = (countries(sentence.group(0)) or countries(paragraph.text)) if kind == ACTIVITY else []
                found.candidates.append(
                    Candidate(
                        id=candidate_id(document, paragraph.locator, kind, detail, bodies),
                        kind=kind,
                        detail=detail,
                        bodies=bodies,
                        locator=paragraph.locator,
                        quote=quote(sentence.group(0), cue.start()),
                        cue=cue.group(0),
                        proposed=bool(_PROPOSAL.search(sentence.group(0))),
                        country=named[0] if named else None,
                    )
                )
    return found


def candidate_id(document: str, locator: str, kind: str, detail: str, bodies: Iterable[str]) -> str:
    """Stable across ingestions, so a decision on a candidate survives ingesting again."""
    digest = hashlib.sha1("|".join([document, locator, kind, detail, *sorted(bodies)]).encode()).hexdigest()[:10]
    return f"cand-{digest}"


def quote(text: str, around: int = 0, words: int = QUOTE_WORDS) -> str:
    """At most ``words`` words of ``text`` (Chinese: 60 characters), centred near ``around``."""
    text = re.sub(r"\s+", " ", text).strip()
    if re.search(r"[\u4e00-\u9fff]", text) and len(text.split()) < words:
        start = max(0, min(around - 20, len(text) - 60))
        return text[start : start + 60]
    tokens = list(re.finditer(r"\S+", text))
    if len(tokens) <= words:
        return text
    index = next((i for i, token in enumerate(tokens) if token.end() > around), 0)
    first = max(0, min(index - words // 2, len(tokens) - words))
    return text[tokens[first].start() : tokens[first + words - 1].end()]
