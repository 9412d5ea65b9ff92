// name: reference-matrix
// description: The who-cites-whom matrix among the bodies that make and receive the most references, as one row per (citing body, cited body) pair with the number of references, for a heat map; filterable like who-cites-whom and by the year of the first document stating each reference.
// param: kind: string = null (only this reference kind)
// param: system: string = null (only pairs where either body is of this system)
// param: include_generic: bool = true (include classes such as "NHRIs" and "all RHRMs")
// param: region: string = null (only pairs where either body is of this region)
// param: year_from: int = null (only references first stated in a document of this year or later)
// param: year_to: int = null (only references first stated in a document of this year or earlier)
// param: bodies: int = 40 (the matrix of this many bodies, those with the most references made and received)
// columns: source, target, references
// The reference links between bodies (graph/links.py) count the references of each pair by kind and year.
// While the network figures are current, the matrix of no kind or region, or of one kind or region, is the one
// kept with them (graph/ties.py, for the 40 bodies asked by default) and without a year or system filter.
// Otherwise a year or a kind reads its links from an index on the type and it (graph/schema.py), and no filter
// reads every reference link. The bodies are ranked without reading their ids but for the ties at the cut.
OPTIONAL MATCH (meta:Meta {id: 'analytics'})
WITH meta, 'matrix__' + coalesce($kind, 'any') + '__' + coalesce($region, 'any') AS kept
WITH meta, kept, meta.computed_version = meta.version AND meta[kept + '__sources'] IS NOT NULL
     AND $bodies = meta.matrix_bodies AND $year_from IS NULL AND $year_to IS NULL AND $system IS NULL
     AND $include_generic AS stored
CALL (meta, kept, stored) {
  WITH meta, kept WHERE stored
  // each list read once, not once per cell
  WITH meta[kept + '__sources'] AS sources, meta[kept + '__targets'] AS targets, meta[kept + '__counts'] AS counts
  UNWIND range(0, size(sources) - 1) AS i
  RETURN sources[i] AS source, targets[i] AS target, counts[i] AS references
  UNION ALL
  WITH stored WHERE NOT coalesce(stored, false)
  CALL () {
    WITH 1 AS one WHERE $year_from IS NOT NULL OR $year_to IS NOT NULL
    MATCH (s:Mechanism)-[l:LINKED]->(t:Mechanism)
    WHERE l.year >= coalesce($year_from, -1000000) AND l.year <= coalesce($year_to, 1000000) AND l.type = 'references'
    RETURN s, l, t
    UNION ALL
    WITH 1 AS one WHERE $kind IS NOT NULL AND $year_from IS NULL AND $year_to IS NULL
    MATCH (s:Mechanism)-[l:LINKED]->(t:Mechanism)
    WHERE l.detail = $kind AND l.type = 'references'
    RETURN s, l, t
    UNION ALL
    WITH 1 AS one WHERE $kind IS NULL AND $year_from IS NULL AND $year_to IS NULL
    MATCH (s:Mechanism)-[l:LINKED {type: 'references'}]->(t:Mechanism) USING INDEX l:LINKED(type)
    RETURN s, l, t
  }
  WITH s, l, t
  WHERE ($kind IS NULL OR l.detail = $kind)
    AND ($system IS NULL OR s.system = $system OR t.system = $system)
    AND ($region IS NULL OR s.region = $region OR t.region = $region)
    AND ($include_generic OR NOT (coalesce(s.generic, false) OR coalesce(t.generic, false)))
  WITH s, t, sum(l.weight) AS references
  WITH collect([s, t, references]) AS pairs
  CALL (pairs) {
    UNWIND pairs AS pair
    UNWIND [pair[0], pair[1]] AS body
    WITH body, sum(pair[2]) AS total ORDER BY total DESC, body.id LIMIT $bodies
    RETURN collect(body) AS top
  }
  UNWIND pairs AS pair
  WITH pair WHERE pair[0] IN top AND pair[1] IN top
  RETURN pair[0].id AS source, pair[1].id AS target, pair[2] AS references
}
RETURN source, target, references
ORDER BY source, target
