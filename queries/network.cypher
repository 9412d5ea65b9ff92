// name: network
// description: Nodes and edges for drawing the cooperation network: bodies linked by references, shared joint activities, shared events and focal-point liaison; filtered by system, region, edge type, status, years, or the neighbourhood of one body, with a cap on nodes (the best connected are kept) and on edges (each body's strongest of each type, then the strongest overall). One edge per pair and type, with the number of facts behind it (weight), its years and its status (the strongest among its facts: held, then planned, then proposed). With a year or status filter, edges are summed from the links that pass it.
// param: systems: strings = null (only bodies of these systems: UN, regional, subregional, national, civil_society, other)
// param: regions: strings = null (only bodies of these regions: global, africa, americas, europe, asia_pacific, middle_east_north_africa)
// param: relationships: strings = null (only these edge types: references, activity, event, liaison)
// param: year_from: int = null (links from this year: activities and events by their start, references by the first document stating them; undated links are kept)
// param: year_to: int = null
// param: undated: bool = true (keep the links without a year: liaison, undated activities and references)
// param: statuses: strings = null (only links resting on facts of these statuses: held, planned, proposed; a reference in practice is held, one a workplan recommends or proposes is proposed)
// param: body: body = null (only the neighbourhood of this body)
// param: depth: int = 1 (with body: how many edges away, 1 to 3)
// param: among: bodies = null (only these bodies, with every link between them: a briefing's attendees)
// param: include_generic: bool = false (include classes such as "NHRIs" and "all RHRMs")
// param: include_organizations: bool = true (include intergovernmental organisations such as the CoE)
// param: max_nodes: int = 300
// param: max_edges: int = 1500 (at most this many edges, the strongest)
// columns: nodes, edges, total_nodes, dropped_nodes, total_edges, dropped_edges
// Bodies are ranked by their stored degree, and each body keeps its strongest edges of each type as
// TIE relationships (graph/ties.py): a view reads a few edges per body, never every link of a busy one,
// and which bodies its ties reach (tie_partners), so that ranking the bodies reads no tie. The facts behind
// an edge are not sent with it: link-facts reads them when a person picks the edge.
// total_edges counts the edges among the drawn bodies that their ties hold; dropped_edges those the edge cap left out.
WITH coalesce($relationships, ['references', 'activity', 'event', 'liaison']) AS types,
     $year_from IS NULL AND $year_to IS NULL AND $undated AND $statuses IS NULL AND $among IS NULL AS unfiltered
WITH types, unfiltered,
     reduce(key = '', type IN [type IN ['references', 'activity', 'event', 'liaison'] WHERE type IN types] | key + '__' + type) AS combination
// With the default filters and current figures, the bodies drawn are kept ranked, and each body's drawn edges
// (graph/network_view.py, network_key and drawn_key).
OPTIONAL MATCH (meta:Meta {id: 'analytics'})
WITH types, unfiltered, combination, meta.network_drawn = meta.computed_version AS drawn,
     CASE WHEN meta.computed_version = meta.version AND $body IS NULL AND $among IS NULL AND $systems IS NULL
               AND $regions IS NULL AND NOT $include_generic AND $include_organizations
          THEN meta['network' + combination] END AS stored
WITH types, unfiltered, combination, stored, unfiltered AND stored IS NOT NULL AND coalesce(drawn, false) AS ready
CALL (types, stored) {
 CALL (types, stored) {
  // The first of the bodies kept ranked…
  UNWIND range(0, coalesce(size(stored), 0) - 1)[..CASE WHEN coalesce($max_nodes, 0) > 0 THEN $max_nodes ELSE size(stored) END] AS i
  CALL (stored, i) { MATCH (m:Mechanism {id: stored[i]}) RETURN m AS b UNION MATCH (o:Organization {id: stored[i]}) RETURN o AS b }
  RETURN b, reduce(d = 0, type IN types | d + coalesce(b['degree_' + type], 0)) AS degree, 0 AS ring
  UNION
  // …or the best connected bodies, when no body is given…
  WITH $body AS body WHERE stored IS NULL AND body IS NULL AND $among IS NULL
  MATCH (b:Mechanism|Organization)
  WHERE ($systems IS NULL OR b.system IN $systems OR b:Organization) AND ($regions IS NULL OR b.region IN $regions)
        AND ($include_generic OR NOT coalesce(b.generic, false)) AND ($include_organizations OR NOT b:Organization)
  WITH b, reduce(d = 0, type IN types | d + coalesce(b['degree_' + type], 0)) AS degree WHERE degree > 0
  // a body is drawn when it has a strong link with a body that passes the filters too: read from what its ties'
  // partners are, kept on it with its ties (graph/ties.py), or from the ties when that is not kept (an older graph)
  WITH b, degree WHERE CASE WHEN b.tie_partners IS NULL THEN EXISTS {
      MATCH (b)-[t:TIE]-(p) WHERE t.type IN types
        AND ($systems IS NULL OR p.system IN $systems OR p:Organization) AND ($regions IS NULL OR p.region IN $regions)
        AND ($include_generic OR NOT coalesce(p.generic, false)) AND ($include_organizations OR NOT p:Organization) }
    ELSE any(kind IN [kind IN b.tie_partners | split(kind, '|')] WHERE kind[0] IN types
      AND ($systems IS NULL OR kind[2] IN $systems OR kind[1] = 'Organization') AND ($regions IS NULL OR kind[3] IN $regions)
      AND ($include_generic OR kind[4] = 'false') AND ($include_organizations OR kind[1] <> 'Organization')) END
  RETURN b, degree, 0 AS ring
  UNION
  // …or the bodies given…
  UNWIND $among AS id
  CALL (id) { MATCH (m:Mechanism {id: id}) RETURN m AS b UNION MATCH (o:Organization {id: id}) RETURN o AS b }
  RETURN b, reduce(d = 0, type IN types | d + coalesce(b['degree_' + type], 0)) AS degree, 0 AS ring
  UNION
  // …or the body and the rings of its strongest partners, at most $depth ties away.
  MATCH (centre:Mechanism|Organization {id: $body})
  CALL (centre, types) {
    MATCH (centre)-[t1:TIE]->(n1) WHERE t1.type IN types
    OPTIONAL MATCH (n1)-[t2:TIE]->(n2) WHERE $depth >= 2 AND t2.type IN types
    OPTIONAL MATCH (n2)-[t3:TIE]->(n3) WHERE $depth >= 3 AND t3.type IN types
    WITH collect(DISTINCT n1) AS ring1, collect(DISTINCT n2) AS ring2, collect(DISTINCT n3) AS ring3
    UNWIND [[centre, 0]] + [n IN ring1 | [n, 1]] + [n IN ring2 | [n, 2]] + [n IN ring3 | [n, 3]] AS placed
    WITH placed[0] AS b, min(placed[1]) AS ring
    RETURN b, ring
  }
  WITH b, ring
  WHERE ring = 0 OR (($systems IS NULL OR b.system IN $systems OR b:Organization) AND ($regions IS NULL OR b.region IN $regions)
        AND ($include_generic OR NOT coalesce(b.generic, false)) AND ($include_organizations OR NOT b:Organization))
  RETURN b, reduce(d = 0, type IN types | d + coalesce(b['degree_' + type], 0)) AS degree, ring
 }
 WITH b, degree, ring ORDER BY ring, degree DESC, b.id
 RETURN collect(b) AS ranked, collect(degree) AS degrees
}
WITH types, unfiltered, combination, ready, coalesce(size(stored), size(ranked)) AS total, degrees,
     CASE WHEN coalesce($max_nodes, 0) > 0 THEN ranked[..$max_nodes] ELSE ranked END AS kept
WITH types, unfiltered, combination, ready, total, kept, [node IN kept | node.id] AS ids,
     COLLECT { UNWIND range(0, size(kept) - 1) AS i WITH kept[i] AS n, degrees[i] AS degree
               RETURN n {.id, .name, .name_fr, .name_zh, .name_es, .system, .region, .kind, .acronyms, .generic,
                         label: labels(n)[0], degree: degree} } AS nodes
CALL (types, unfiltered, combination, ready, kept, ids) {
  // With the default filters and current figures: the edges each drawn body keeps to the bodies ranked before it,
  // one text per edge, which sorts as the edges are ranked (graph/network_view.py, line). They are sent as those
  // texts, which the driver decodes far faster than maps, and read into maps in Python (queries/shapes.py).
  WITH kept WHERE ready
  RETURN COLLECT { UNWIND kept AS owner UNWIND coalesce(owner['drawn' + combination], []) AS line RETURN line ORDER BY line } AS edges
  UNION ALL
  WITH types, unfiltered, kept WHERE NOT ready
  RETURN COLLECT {
    CALL (types, unfiltered, kept) {
      // Without a year or status filter: the stored edges.
      WITH kept WHERE unfiltered
      UNWIND kept AS owner
      MATCH (owner)-[t:TIE]->(partner)
      WHERE t.type IN types AND partner IN kept
      WITH t.source AS source, t.target AS target, t.type AS type, head(collect(t)) AS t
      RETURN {source: source, target: target, type: type, weight: t.weight, tie: t} AS edge
      UNION ALL
      // With one, or for given bodies: the links between the drawn bodies that pass it, summed per pair and type.
      WITH kept WHERE NOT unfiltered
      UNWIND kept AS a
      MATCH (a)-[l:LINKED]->(b)
      WHERE b IN kept AND l.type IN types
            AND ($year_from IS NULL OR l.year IS NULL OR l.year >= $year_from) AND ($year_to IS NULL OR l.year IS NULL OR l.year <= $year_to)
            AND ($undated OR l.year IS NOT NULL) AND ($statuses IS NULL OR l.status IN $statuses)
      WITH a.id AS source, b.id AS target, l.type AS type, collect(l) AS links
      RETURN {source: source, target: target, type: type,
              details: COLLECT { UNWIND links AS link WITH DISTINCT link.detail AS detail WHERE detail IS NOT NULL RETURN detail ORDER BY detail },
              weight: reduce(weight = 0, link IN links | weight + link.weight),
              status: CASE WHEN any(link IN links WHERE link.status = 'held') THEN 'held'
                           WHEN any(link IN links WHERE link.status = 'planned') THEN 'planned' ELSE 'proposed' END,
              statuses: [counted IN [status IN ['held', 'planned', 'proposed'] | {status: status,
                           facts: reduce(n = 0, link IN links | n + CASE WHEN link.status = status THEN link.weight ELSE 0 END)}]
                         WHERE counted.facts > 0],
              first: reduce(year = null, link IN links | CASE WHEN link.year IS NOT NULL AND (year IS NULL OR link.year < year) THEN link.year ELSE year END),
              last: reduce(year = null, link IN links | CASE WHEN link.year IS NOT NULL AND (year IS NULL OR link.year > year) THEN link.year ELSE year END)} AS edge
    }
    WITH edge ORDER BY edge.weight DESC, edge.source, edge.target, edge.type
    RETURN edge
  } AS edges
}
WITH ready, total, kept, nodes, edges, CASE WHEN coalesce($max_edges, 0) > 0 THEN edges[..$max_edges] ELSE edges END AS drawn
// A stored edge is read whole only when it is drawn. A link's facts are not drawn: link-facts reads them.
// The edges kept as texts are sent as they are; every edge is sorted in Python (queries/shapes.py).
RETURN nodes,
       CASE WHEN ready THEN drawn ELSE COLLECT {
                 UNWIND drawn AS edge
                 WITH edge, edge.tie AS t
                 WITH CASE WHEN t IS NULL THEN edge ELSE
                   {source: edge.source, target: edge.target, type: edge.type, details: t.details, weight: edge.weight,
                    status: t.status, statuses: [i IN range(0, 2) WHERE t.status_facts[i] > 0 | {status: ['held', 'planned', 'proposed'][i], facts: t.status_facts[i]}],
                    first: t.first, last: t.last} END AS edge
                 RETURN edge } END AS edges,
       total AS total_nodes, total - size(kept) AS dropped_nodes,
       size(edges) AS total_edges, size(edges) - size(drawn) AS dropped_edges
