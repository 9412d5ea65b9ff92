"""Every controlled vocabulary of the graph, each defined once, with its values in plain words.

The seed models validate against these, the dashboard's filters and legends list them, and the
benchmark generator draws from them: adding a value here adds it everywhere.

>>> ACTIVITY_KINDS.label("joint_visit")
'joint visit'
>>> "collective" in OWNER_ROLES, OWNER_ROLES.values[0]
(True, 'lead')
>>> REFERENCE_KINDS.label("not-a-kind")
'not-a-kind'
>>> REFERENCE_KINDS.label("shares_information")
'shares information with'
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from graph.links import LINK_TYPES as _LINK_TYPES

__all__ = [
    "Vocabulary",
    "LANGUAGES",
    "SYSTEMS",
    "REGIONS",
    "MECHANISM_KINDS",
    "DOCUMENT_KINDS",
    "REFERENCE_KINDS",
    "REFERENCE_STATUSES",
    "ACTIVITY_KINDS",
    "ACTIVITY_STATUSES",
    "PARTICIPANT_ROLES",
    "DATE_PRECISIONS",
    "EVENT_KINDS",
    "WORKPLAN_KINDS",
    "TERMS",
    "ITEM_STATUSES",
    "OWNER_ROLES",
    "PROGRESS_STATUSES",
    "CANDIDATE_KINDS",
    "CANDIDATE_STATUSES",
    "PARAGRAPH_KINDS",
    "LINK_TYPES",
]


@dataclass(frozen=True)
class Vocabulary:
    """The values of one property, in order, each with the words a person reads."""

    name: str
    labels: dict[str, str]

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(self.labels)

    def label(self, value: str) -> str:
        """The plain words for ``value``; an unknown value as it is."""
        return self.labels.get(value, value)

    def __iter__(self) -> Iterator[str]:
        return iter(self.labels)

    def __contains__(self, value: object) -> bool:
        return value in self.labels

    def __len__(self) -> int:
        return len(self.labels)


def _plain(name: str, *values: str, **labels: str) -> Vocabulary:
    """A vocabulary whose labels are the values with spaces for underscores, unless given."""
    return Vocabulary(name, {value: labels.get(value, value.replace("_", " ")) for value in values})


LANGUAGES = Vocabulary("language", {"en": "English", "fr": "Français", "zh": "中文", "es": "Español"})

SYSTEMS = _plain(
    "system", "UN", "regional", "subregional", "national", "civil_society", "other", civil_society="civil society"
)
REGIONS = _plain(
    "region",
    "africa",
    "americas",
    "europe",
    "asia_pacific",
    "middle_east_north_africa",
    "global",
    africa="Africa",
    americas="the Americas",
    europe="Europe",
    asia_pacific="Asia-Pacific",
    middle_east_north_africa="Middle East and North Africa",
)
MECHANISM_KINDS = _plain(
    "mechanism kind",
    "treaty_body",
    "special_procedure",
    "charter_body",
    "court",
    "commission",
    "committee",
    "secretariat_unit",
    "agency",
    "parliament",
    "network",
    "actor_class",
    "office",
    "other",
    actor_class="class of actors",
    secretariat_unit="secretariat unit",
)
DOCUMENT_KINDS = _plain("document kind", "report", "concept_note", "guidance", "resolution", "decision", "other")

REFERENCE_KINDS = _plain(
    "reference kind",
    "cites_case_law",
    "follows_up_recommendations",
    "takes_into_account",
    "quotes",
    "submits_information_to",
    "implements_recommendations_of",
    "shares_information",
    follows_up_recommendations="follows up the recommendations of",
    implements_recommendations_of="implements the recommendations of",
    shares_information="shares information with",
)
REFERENCE_STATUSES = _plain("reference status", "practice", "recommended", "proposed", practice="in practice")

ACTIVITY_KINDS = _plain(
    "activity kind",
    "joint_visit",
    "joint_mission",
    "joint_press_release",
    "joint_statement",
    "joint_report",
    "dialogue",
    "meeting",
    "consultation",
    "staff_exchange",
    "agreement",
    "joint_training",
    "joint_event",
    "information_exchange",
)
ACTIVITY_STATUSES = _plain("activity status", "held", "planned", "proposed")
PARTICIPANT_ROLES = _plain("participant role", "organizer", "participant", "host", "signatory")
DATE_PRECISIONS = _plain("date precision", "day", "month", "year", "unknown")

EVENT_KINDS = _plain(
    "event kind", "workshop", "regional_consultation", "focal_point_meeting", "seminar", "meeting", "conference"
)

WORKPLAN_KINDS = _plain("workplan kind", "workplan", "recommendations")
TERMS = _plain("term", "short", "mid", "long", short="short term", mid="medium term", long="long term")
ITEM_STATUSES = _plain("item status", "agreed", "recommended", "proposed", "ongoing", "done")
OWNER_ROLES = _plain(
    "ownership role",
    "lead",
    "named",
    "in_particular",
    "collective",
    named="named owner",
    in_particular="named in particular",
    collective="collective (a class of bodies)",
)

#: What ingestion proposes for review, and where a proposal stands.
CANDIDATE_KINDS = _plain("candidate kind", "activity", "reference", "workplan_owner", workplan_owner="workplan owner")
CANDIDATE_STATUSES = _plain("candidate status", "candidate", "accepted", "rejected")
#: Where an owner stands on a workplan item (progress.yaml).
PROGRESS_STATUSES = _plain("progress", "not_started", "in_progress", "done", "dropped")
#: The pieces of an ingested document.
PARAGRAPH_KINDS = _plain(
    "paragraph kind", "paragraph", "text", "annex_item", "footnote", text="unnumbered text", annex_item="annex item"
)

#: The derived body-to-body links (defined with the Cypher that builds them, in graph.links).
LINK_TYPES = Vocabulary("link type", _LINK_TYPES)
