"""The typed rows of the seed files, one model per file; unknown fields are errors.

The values a field may take (kinds, roles, statuses…) come from :mod:`registry.vocabulary`.

>>> FILES["mechanisms.yaml"].__name__
'Mechanism'
>>> Evidence(document="a-hrc-23-18-en", locator="para. 3", quote="Workshops were thus held in November").locator
'para. 3'
"""

from __future__ import annotations

import datetime
import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from registry import vocabulary as v

__all__ = [
    "ID_PATTERN",
    "Id",
    "Ref",
    "Text",
    "PartialDate",
    "Country",
    "Region",
    "Strict",
    "Evidence",
    "Document",
    "Names",
    "Organization",
    "Mechanism",
    "FocalPoint",
    "ReferenceKind",
    "Reference",
    "Participant",
    "Activity",
    "Event",
    "Workplan",
    "Owner",
    "WorkplanItem",
    "Correction",
    "Progress",
    "FILES",
    "words",
]

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


def _date_text(value):
    """YAML reads 2012-12-14 as a date: keep dates as the text the curator wrote."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, int):
        return str(value)
    return value


Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
#: A reference to another row: an id, or any name the resolver knows (mapped to an id later).
Ref = Annotated[str, StringConstraints(min_length=1)]
#: A name, title, locator or quote: one line of text (a size limit keeps a stray paste out of the graph).
Text = Annotated[str, StringConstraints(min_length=1, max_length=1000)]
#: The same, optional.
Line = Annotated[str, StringConstraints(max_length=1000)]
#: A paragraph: an item's text, a note, an implementation line.
Prose = Annotated[str, StringConstraints(min_length=1, max_length=5000)]
PartialDate = Annotated[str, BeforeValidator(_date_text), StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
Country = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
Region = Literal[v.REGIONS.values]


class Strict(BaseModel):
    """A row model: a field the model does not know is an error (a misspelt key is never ignored)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Evidence(Strict):
    document: Id
    locator: Text
    quote: Text


Evidences = Annotated[list[Evidence], Field(min_length=1)]


class Document(Strict):
    id: Id
    symbol: Line | None = None
    title: Text
    lang: Literal[v.LANGUAGES.values]
    date: PartialDate | None = None
    session: Line | None = None
    kind: Literal[v.DOCUMENT_KINDS.values]
    file: Text
    translation_of: Id | None = None
    source: Line | None = None
    evidence: Evidences


class Names(Strict):
    id: Id
    name: Text
    name_fr: Line | None = None
    name_zh: Line | None = None
    acronyms: list[Text] = []
    aliases: list[Text] = []
    aliases_fr: list[Text] = []
    aliases_zh: list[Text] = []
    region: Region | None = None
    evidence: Evidences


class Organization(Names):
    pass


class Mechanism(Names):
    system: Literal[v.SYSTEMS.values]
    kind: Literal[v.MECHANISM_KINDS.values]
    part_of: list[Ref] = []
    generic: bool = False


class FocalPoint(Strict):
    id: Id
    title: Text
    focal_point_of: Ref
    held_by: Ref | None = None
    covers: Line | None = None
    since: PartialDate | None = None
    designated_by: Ref | None = None
    liaises_with: list[Ref] = []
    evidence: Evidences


ReferenceKind = Literal[v.REFERENCE_KINDS.values]


class Reference(Strict):
    source: Ref
    target: Ref
    kind: ReferenceKind
    status: Literal[v.REFERENCE_STATUSES.values]
    note: Prose | None = None
    #: Both bodies share with each other (one row, not one per direction).
    mutual: bool = False
    evidence: Evidences


class Participant(Strict):
    mechanism: Ref
    role: Literal[v.PARTICIPANT_ROLES.values] = "participant"


class Activity(Strict):
    id: Id
    kind: Literal[v.ACTIVITY_KINDS.values]
    title: Text
    participants: Annotated[list[Participant], Field(min_length=1)]
    country: Country | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    precision: Literal[v.DATE_PRECISIONS.values] = "unknown"
    status: Literal[v.ACTIVITY_STATUSES.values]
    evidence: Evidences

    def expected_precision(self) -> str:
        """The precision that the start date is written with."""
        return {0: "unknown", 4: "year", 7: "month", 10: "day"}[len(self.start or "")]


class Event(Strict):
    id: Id
    kind: Literal[v.EVENT_KINDS.values]
    title: Text
    place: Line | None = None
    country: Country | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    organized_by: list[Ref] = []
    attended_by: list[Ref] = []
    evidence: Evidences


class Workplan(Strict):
    id: Id
    title: Text
    kind: Literal[v.WORKPLAN_KINDS.values]
    document: Id
    adopted_at: Id | None = None
    evidence: Evidences


class Owner(Strict):
    owner: Ref
    role: Literal[v.OWNER_ROLES.values]
    except_: list[Ref] = Field(default=[], alias="except")


class WorkplanItem(Strict):
    id: Id
    workplan: Id
    code: Text
    term: Literal[v.TERMS.values] | None = None
    title: Line | None = None
    text: Prose
    implementation: Prose | None = None
    status: Literal[v.ITEM_STATUSES.values] | None = None
    owners: list[Owner] = []
    evidence: Evidences


class Correction(Strict):
    id: Id
    document: Id
    locator: Text
    as_written: Prose
    reading: Prose
    note: Prose
    evidence: Evidences


class Progress(Strict):
    """Where one owner stands on one workplan item, on a date, and where that is said."""

    item: Id
    owner: Ref
    status: Literal[v.PROGRESS_STATUSES.values]
    date: PartialDate
    note: Prose | None = None
    recorded: Line | None = None  # when a person recorded it (the dashboard writes it)
    evidence: Evidences


#: Seed file name -> the model of its rows, in the order they are validated and written.
FILES: dict[str, type[Strict]] = {
    "documents.yaml": Document,
    "organizations.yaml": Organization,
    "mechanisms.yaml": Mechanism,
    "focal_points.yaml": FocalPoint,
    "events.yaml": Event,
    "activities.yaml": Activity,
    "references.yaml": Reference,
    "workplans.yaml": Workplan,
    "workplan_items.yaml": WorkplanItem,
    "corrections.yaml": Correction,
    "progress.yaml": Progress,
}


def words(quote: str) -> int:
    """How long a quote is: words, or for Chinese text, characters / 2.4 (60 characters = 25).

    >>> words("Workshops were thus held in November")
    6
    >>> words("人权理事会通过了决议" * 6)
    25
    """
    cjk = len(re.findall(r"[\u3400-\u9fff]", quote))
    return len(quote.split()) if cjk < len(quote) / 3 else round(cjk / 2.4)
