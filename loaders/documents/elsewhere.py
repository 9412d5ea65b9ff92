"""Hits of a registered name whose words name something else: an office's unit ("人权理事会处"), a quoted label
("自诩为“人权捍卫者”"), a dateline, the Spanish States word not naming the class, a ministry's subject, a class word as
an adjective, another organisation's assembly, a court's own judges, the media a press release's contact line addresses.
"""

from __future__ import annotations

from loaders.documents import (
    assemblies,
    benches,
    bodies_of_law,
    compounds,
    contacts,
    datelines,
    gathered,
    handles,
    labels,
    ministries,
    national,
    units,
)

__all__ = ["something_else_named"]


def something_else_named(text: str, mention, owners: frozenset[str]) -> bool:
    """Whether ``mention`` names something other than its body (each reading in its own module); ``owners`` are the
    bodies that own units (:mod:`loaders.documents.units`)."""
    return (
        units.names_a_unit(text, mention, owners)
        or gathered.its_countries_or_building(text, mention)
        or handles.a_handle(text, mention)
        or bodies_of_law.owner_of_a_body_of_law(text, mention)
        or labels.a_label(text, mention)
        or datelines.a_dateline(text, mention)
        or national.not_the_states(text, mention)
        or ministries.in_a_ministrys_name(text, mention)
        or compounds.an_adjective_after_a_noun(text, mention)
        or assemblies.another_organisations_assembly(text, mention)
        or benches.a_courts_judges(text, mention)
        or contacts.a_contact_line(text, mention)
    )
