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
CALL () {
  MATCH (s:Mechanism)-[r:REFERENCES]->(t:Mechanism)
  RETURN s AS a, t AS b, 'references' AS type, r.kind AS detail, r.reference AS via, null AS year
  UNION ALL
  MATCH (s:Mechanism|Organization)-[:PARTICIPATED_IN]->(x:Activity)<-[:PARTICIPATED_IN]-(t:Mechanism|Organization)
  WHERE s.id < t.id
  RETURN s AS a, t AS b, 'activity' AS type, x.kind AS detail, x.id AS via, toInteger(left(x.start, 4)) AS year
  UNION ALL
  MATCH (s:Mechanism|Organization)-[:ATTENDED]->(x:Event)<-[:ATTENDED]-(t:Mechanism|Organization)
  WHERE s.id < t.id
  RETURN s AS a, t AS b, 'event' AS type, x.kind AS detail, x.id AS via, toInteger(left(x.start, 4)) AS year
  UNION ALL
  MATCH (s:Mechanism|Organization)<-[:FOCAL_POINT_OF]-(f:FocalPoint)-[:LIAISES_WITH]->(o)
  OPTIONAL MATCH (o)-[:FOCAL_POINT_OF]->(ob)
  WITH s, f, coalesce(ob, o) AS t
  WHERE s <> t
  RETURN s AS a, t AS b, 'liaison' AS type, null AS detail, f.id AS via, null AS year
}
WITH a, b, type, detail, via, year
WHERE ($relationships IS NULL OR type IN $relationships)
  AND ($year_from IS NULL OR year IS NULL OR year >= $year_from)
  AND ($year_to IS NULL OR year IS NULL OR year <= $year_to)
  AND all(n IN [a, b] WHERE ($systems IS NULL OR n.system IN $systems OR n:Organization)
                        AND ($regions IS NULL OR n.region IN $regions)
                        AND ($include_generic OR NOT coalesce(n.generic, false))
                        AND ($include_organizations OR NOT n:Organization))
RETURN a {.id, .name, .name_fr, .name_zh, .system, .region, .kind, .acronyms, label: labels(a)[0]} AS source,
       b {.id, .name, .name_fr, .name_zh, .system, .region, .kind, .acronyms, label: labels(b)[0]} AS target,
       type, collect(DISTINCT detail) AS details, collect(DISTINCT via) AS via, count(*) AS weight
