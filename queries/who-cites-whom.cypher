// name: who-cites-whom
// description: Pairs of bodies ranked by how many references one makes to the other (citing, quoting, following up, implementing, taking into account, submitting information).
// param: kind: string = null (only this reference kind, e.g. cites_case_law)
// param: system: string = null (only pairs where either body is of this system: UN, regional...)
// param: include_generic: bool = true (include classes such as "NHRIs" and "all RHRMs")
// param: region: string = null (only pairs where either body is of this region: africa, americas...)
// param: status: string = null (practice, recommended or proposed)
// param: year_from: int = null (only references first stated in a document of this year or later)
// param: year_to: int = null (only references first stated in a document of this year or earlier)
// param: limit: int = 50
// columns: source, source_name, target, target_name, references, kinds
// The reference links between bodies (graph/links.py) count the references of each pair by kind, status and
// year: one read of them, not of every reference and its evidence.
// Unfiltered or with one kind, status, system or region, while the network figures are current, the ranking kept
// with them (graph/ties.py) gives the page.
// Otherwise a year or a kind reads its links from an index on the type and it (graph/schema.py), and no filter reads
// every reference link.
OPTIONAL MATCH (meta:Meta {id: 'analytics'})
WITH meta, [filter IN [['kind', $kind], ['status', $status], ['system', $system], ['region', $region]]
            WHERE filter[1] IS NOT NULL | filter] AS filters
// the ranking kept for no filter, or for the one filter given
WITH meta, CASE size(filters) WHEN 0 THEN 'reference_pair' WHEN 1 THEN 'pairs__' + filters[0][0] + '__' + filters[0][1]
           END AS kept
WITH meta, kept, meta[coalesce(kept, '') + '_sources'] AS sources
WITH meta, kept, sources, meta.computed_version = meta.version AND sources IS NOT NULL
     AND $year_from IS NULL AND $year_to IS NULL AND $include_generic
     AND ($limit <= size(sources) OR size(sources) = meta[kept + '_total'])
     AS stored
CALL (meta, kept, sources, stored) {
 WITH meta, kept, sources WHERE stored
 WITH sources, meta[kept + '_targets'] AS targets, meta[kept + '_counts'] AS counts, meta[kept + '_kinds'] AS kinds
 UNWIND range(0, size(sources) - 1)[..$limit] AS i
 MATCH (s:Mechanism {id: sources[i]}), (t:Mechanism {id: targets[i]})
 RETURN s, t, counts[i] AS references, [kind IN split(kinds[i], ',') WHERE kind <> ''] AS kinds
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
   AND ($status IS NULL OR l.fact_status = $status)
   AND ($system IS NULL OR s.system = $system OR t.system = $system)
   AND ($region IS NULL OR s.region = $region OR t.region = $region)
   AND ($include_generic OR NOT (coalesce(s.generic, false) OR coalesce(t.generic, false)))
 WITH s, t, sum(l.weight) AS references, collect(l.detail) AS details
 ORDER BY references DESC, s.id, t.id
 LIMIT $limit
 RETURN s, t, references, COLLECT { UNWIND details AS kind RETURN DISTINCT kind ORDER BY kind } AS kinds
}
WITH s, t, references, kinds ORDER BY references DESC, s.id, t.id
RETURN s.id AS source, s.name AS source_name, t.id AS target, t.name AS target_name, references, kinds
