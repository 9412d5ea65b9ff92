// name: network
// description: Nodes and edges for drawing the cooperation network: bodies linked by references, shared joint activities, shared events and focal-point liaison; filtered by system, region, edge type, status, years, or the neighbourhood of one body, with a cap on nodes (the best connected are kept). One edge per pair and type, with the number of facts behind it (weight), its years and its status (the strongest among its facts: held, then planned, then proposed).
// param: systems: strings = null (only bodies of these systems: UN, regional, subregional, national, civil_society, other)
// param: regions: strings = null (only bodies of these regions: global, africa, americas, europe, asia_pacific, middle_east_north_africa)
// param: relationships: strings = null (only these edge types: references, activity, event, liaison)
// param: year_from: int = null (activities and events from this year; references and liaison are kept)
// param: year_to: int = null
// param: undated: bool = true (keep the links without a year: references, liaison, undated activities)
// param: statuses: strings = null (only links resting on facts of these statuses: held, planned, proposed; a reference in practice is held, one a workplan recommends or proposes is proposed)
// param: body: body = null (only the neighbourhood of this body)
// param: depth: int = 1 (with body: how many edges away, 1 to 3)
// param: include_generic: bool = false (include classes such as "NHRIs" and "all RHRMs")
// param: include_organizations: bool = true (include intergovernmental organisations such as the CoE)
// param: max_nodes: int = 300
// columns: nodes, edges, total_nodes, dropped_nodes
// The body-to-body links are precomputed at load time (graph/links.py): one per pair, type, detail and year.
// Ranking and the cap happen here, so that only the drawn part of a large network leaves the server.
CALL () {
  // Every link, when no body is given…
  WITH $body AS body WHERE body IS NULL
  MATCH (a)-[l:LINKED]->(b)
  WHERE ($relationships IS NULL OR l.type IN $relationships)
        AND ($year_from IS NULL OR l.year IS NULL OR l.year >= $year_from) AND ($year_to IS NULL OR l.year IS NULL OR l.year <= $year_to)
        AND ($undated OR l.year IS NOT NULL) AND ($statuses IS NULL OR l.status IN $statuses)
    AND ($systems IS NULL OR a.system IN $systems OR a:Organization) AND ($regions IS NULL OR a.region IN $regions)
        AND ($include_generic OR NOT coalesce(a.generic, false)) AND ($include_organizations OR NOT a:Organization)
    AND ($systems IS NULL OR b.system IN $systems OR b:Organization) AND ($regions IS NULL OR b.region IN $regions)
        AND ($include_generic OR NOT coalesce(b.generic, false)) AND ($include_organizations OR NOT b:Organization)
  RETURN a, b, l
  UNION ALL
  // …or the links among the bodies at most $depth links away from it (rings of neighbours).
  MATCH (centre:Mechanism|Organization {id: $body})
  WHERE ($systems IS NULL OR centre.system IN $systems OR centre:Organization) AND ($regions IS NULL OR centre.region IN $regions)
        AND ($include_generic OR NOT coalesce(centre.generic, false)) AND ($include_organizations OR NOT centre:Organization)
  CALL (centre) {
    MATCH (centre)-[l:LINKED]-(n)
    WHERE ($relationships IS NULL OR l.type IN $relationships)
        AND ($year_from IS NULL OR l.year IS NULL OR l.year >= $year_from) AND ($year_to IS NULL OR l.year IS NULL OR l.year <= $year_to)
        AND ($undated OR l.year IS NOT NULL) AND ($statuses IS NULL OR l.status IN $statuses)
      AND ($systems IS NULL OR n.system IN $systems OR n:Organization) AND ($regions IS NULL OR n.region IN $regions)
        AND ($include_generic OR NOT coalesce(n.generic, false)) AND ($include_organizations OR NOT n:Organization)
    RETURN collect(DISTINCT n) AS ring1
  }
  CALL (ring1) {
    UNWIND CASE WHEN $depth >= 2 THEN ring1 ELSE [] END AS m
    MATCH (m)-[l:LINKED]-(n)
    WHERE ($relationships IS NULL OR l.type IN $relationships)
        AND ($year_from IS NULL OR l.year IS NULL OR l.year >= $year_from) AND ($year_to IS NULL OR l.year IS NULL OR l.year <= $year_to)
        AND ($undated OR l.year IS NOT NULL) AND ($statuses IS NULL OR l.status IN $statuses)
      AND ($systems IS NULL OR n.system IN $systems OR n:Organization) AND ($regions IS NULL OR n.region IN $regions)
        AND ($include_generic OR NOT coalesce(n.generic, false)) AND ($include_organizations OR NOT n:Organization)
    RETURN collect(DISTINCT n) AS ring2
  }
  CALL (ring2) {
    UNWIND CASE WHEN $depth >= 3 THEN ring2 ELSE [] END AS m
    MATCH (m)-[l:LINKED]-(n)
    WHERE ($relationships IS NULL OR l.type IN $relationships)
        AND ($year_from IS NULL OR l.year IS NULL OR l.year >= $year_from) AND ($year_to IS NULL OR l.year IS NULL OR l.year <= $year_to)
        AND ($undated OR l.year IS NOT NULL) AND ($statuses IS NULL OR l.status IN $statuses)
      AND ($systems IS NULL OR n.system IN $systems OR n:Organization) AND ($regions IS NULL OR n.region IN $regions)
        AND ($include_generic OR NOT coalesce(n.generic, false)) AND ($include_organizations OR NOT n:Organization)
    RETURN collect(DISTINCT n) AS ring3
  }
  WITH [centre] + ring1 + ring2 + ring3 AS area
  UNWIND area AS a
  MATCH (a)-[l:LINKED]->(b)
  WHERE b IN area AND ($relationships IS NULL OR l.type IN $relationships)
        AND ($year_from IS NULL OR l.year IS NULL OR l.year >= $year_from) AND ($year_to IS NULL OR l.year IS NULL OR l.year <= $year_to)
        AND ($undated OR l.year IS NOT NULL) AND ($statuses IS NULL OR l.status IN $statuses)
  RETURN a, b, l
}
WITH a, b, l.type AS type, collect(DISTINCT l) AS links
WITH collect({a: a, b: b, type: type, links: links}) AS edges
CALL (edges) {
  // The best connected first (degree: the edges a body has here), the chosen body before all.
  UNWIND edges AS edge
  UNWIND [edge.a, edge.b] AS node
  WITH node, count(*) AS degree
  ORDER BY node.id = $body DESC, degree DESC, node.id
  RETURN collect(node {.id, .name, .name_fr, .name_zh, .system, .region, .kind, .acronyms, .generic,
                        label: labels(node)[0], degree: degree}) AS ranked
}
WITH edges, ranked, CASE WHEN coalesce($max_nodes, 0) > 0 THEN ranked[..$max_nodes] ELSE ranked END AS kept
WITH edges, ranked, kept, [node IN kept | node.id] AS ids
RETURN kept AS nodes,
       COLLECT {
         UNWIND edges AS edge
         WITH edge WHERE edge.a.id IN ids AND edge.b.id IN ids
         RETURN {source: edge.a.id, target: edge.b.id, type: edge.type,
                 details: COLLECT { UNWIND edge.links AS link WITH DISTINCT link.detail AS detail WHERE detail IS NOT NULL RETURN detail },
                 via: reduce(via = [], link IN edge.links | via + link.via),
                 weight: reduce(weight = 0, link IN edge.links | weight + link.weight),
                 status: CASE WHEN any(link IN edge.links WHERE link.status = 'held') THEN 'held'
                              WHEN any(link IN edge.links WHERE link.status = 'planned') THEN 'planned'
                              ELSE 'proposed' END,
                 statuses: [counted IN [status IN ['held', 'planned', 'proposed'] | {status: status,
                              facts: reduce(n = 0, link IN edge.links | n + CASE WHEN link.status = status THEN link.weight ELSE 0 END)}]
                            WHERE counted.facts > 0],
                 first: reduce(year = null, link IN edge.links |
                               CASE WHEN link.year IS NOT NULL AND (year IS NULL OR link.year < year) THEN link.year ELSE year END),
                 last: reduce(year = null, link IN edge.links |
                              CASE WHEN link.year IS NOT NULL AND (year IS NULL OR link.year > year) THEN link.year ELSE year END)} AS edge
         ORDER BY edge.source, edge.target, edge.type
       } AS edges,
       size(ranked) AS total_nodes, size(ranked) - size(kept) AS dropped_nodes
