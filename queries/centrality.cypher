// name: centrality
// description: Degree, betweenness (exact) and PageRank of bodies in the reference network (who cites whom) or the cooperation network (joint activities, shared events and references, undirected), as computed when the network last changed; stale is true while they are being computed again.
// param: network: string = references (references or cooperation)
// param: include_generic: bool = false (include classes such as "NHRIs" and "all RHRMs")
// param: limit: int = 50
// columns: body, name, degree, in_degree, out_degree, betweenness, pagerank, computed_at, stale
// The figures are stored on the bodies by graph/analytics.py, as {network}[_with_generic]_{measure};
// a body outside the network has none. (:Meta {id: 'analytics'}) says which version of the links they are of.
OPTIONAL MATCH (m:Meta {id: 'analytics'})
WITH CASE $network WHEN 'references' THEN 'references' ELSE 'cooperation' END
       + CASE WHEN $include_generic THEN '_with_generic_' ELSE '_' END AS key,
     toString(m.computed_at) AS computed_at,
     m.computed_version IS NULL OR coalesce(m.version, 0) > m.computed_version AS stale
MATCH (b)
WHERE (b:Mechanism OR b:Organization) AND b[key + 'degree'] IS NOT NULL
WITH b, key, computed_at, stale, round(b[key + 'pagerank'], 4) AS pagerank, b[key + 'degree'] AS degree
RETURN b.id AS body, b.name AS name, degree, b[key + 'in_degree'] AS in_degree, b[key + 'out_degree'] AS out_degree,
       round(b[key + 'betweenness'], 4) AS betweenness, pagerank, computed_at, stale
ORDER BY pagerank DESC, degree DESC, body
LIMIT CASE WHEN coalesce($limit, 0) > 0 THEN $limit ELSE 1000000000 END
