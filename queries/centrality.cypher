// name: centrality
// description: Degree, betweenness (estimated from 100 sources when there are more than 1,000 bodies) and PageRank of bodies in the reference network (who cites whom) or the cooperation network (joint activities, shared events and references, undirected).
// param: network: string = references (references or cooperation)
// param: include_generic: bool = false (include classes such as "NHRIs" and "all RHRMs")
// param: limit: int = 50
// python: centrality
// columns: body, name, degree, in_degree, out_degree, betweenness, pagerank
// The body-to-body links are precomputed at load time (graph/links.py).
MATCH (s)-[l:LINKED]->(t)
WHERE CASE $network WHEN 'references' THEN l.type = 'references' ELSE l.type IN ['references', 'activity', 'event'] END
  AND ($include_generic OR NOT (coalesce(s.generic, false) OR coalesce(t.generic, false)))
RETURN s.id AS source, s.name AS source_name, t.id AS target, t.name AS target_name, sum(l.weight) AS weight
