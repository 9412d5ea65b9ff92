// name: network
// description: Nodes and edges for drawing the cooperation network: bodies linked by references, shared joint activities, shared events and focal-point liaison; filtered by system, region, edge type, years, or the neighbourhood of one body, with a cap on nodes (the best connected are kept).
// param: systems: strings = null (only bodies of these systems: UN, regional, subregional, national, civil_society, other)
// param: regions: strings = null (only bodies of these regions: global, africa, americas, europe, asia_pacific, middle_east_north_africa)
// param: relationships: strings = null (only these edge types: references, activity, event, liaison)
// param: year_from: int = null (activities and events from this year; references and liaison are kept)
// param: year_to: int = null
// param: body: body = null (only the neighbourhood of this body)
// param: depth: int = 1 (with body: how many edges away, 1 to 3)
// param: include_generic: bool = false (include classes such as "NHRIs" and "all RHRMs")
// param: include_organizations: bool = true (include intergovernmental organisations such as the CoE)
// param: max_nodes: int = 300
// python: network
// columns: nodes, edges, total_nodes, dropped_nodes
// The body-to-body links are precomputed at load time (graph/links.py): one per pair, type, detail and year.
MATCH (a)-[l:LINKED]->(b)
WHERE ($relationships IS NULL OR l.type IN $relationships)
  AND ($year_from IS NULL OR l.year IS NULL OR l.year >= $year_from)
  AND ($year_to IS NULL OR l.year IS NULL OR l.year <= $year_to)
  AND all(n IN [a, b] WHERE ($systems IS NULL OR n.system IN $systems OR n:Organization)
                        AND ($regions IS NULL OR n.region IN $regions)
                        AND ($include_generic OR NOT coalesce(n.generic, false))
                        AND ($include_organizations OR NOT n:Organization))
WITH a, b, l.type AS type, collect(l) AS links
RETURN a {.id, .name, .name_fr, .name_zh, .system, .region, .kind, .acronyms, label: labels(a)[0]} AS source,
       b {.id, .name, .name_fr, .name_zh, .system, .region, .kind, .acronyms, label: labels(b)[0]} AS target,
       type, COLLECT { UNWIND links AS link WITH DISTINCT link.detail AS detail WHERE detail IS NOT NULL RETURN detail } AS details,
       reduce(via = [], link IN links | via + link.via) AS via,
       reduce(weight = 0, link IN links | weight + link.weight) AS weight
