// name: centrality
// description: Degree, betweenness (exact) and PageRank of bodies in the reference network (who cites whom) or the cooperation network (joint activities, shared events and references, undirected), as computed when the network last changed; stale is true while they are being computed again.
// param: network: string = references (references or cooperation)
// param: include_generic: bool = false (include classes such as "NHRIs" and "all RHRMs")
// param: limit: int = 50
// columns: body, name, degree, in_degree, out_degree, betweenness, pagerank, computed_at, stale
// The figures are stored on the bodies by graph/analytics.py, as {network}[_with_generic]_{measure}; the
// (:Meta {id: 'analytics'}) node lists each network's bodies in order ({network}[_with_generic]_ranking), so
// that only the first few bodies are read, and says which version of the links the figures are of.
OPTIONAL MATCH (m:Meta {id: 'analytics'})
WITH m, CASE $network WHEN 'references' THEN 'references' ELSE 'cooperation' END
          + CASE WHEN $include_generic THEN '_with_generic_' ELSE '_' END AS key
WITH m, key, coalesce(m[key + 'ranking'], []) AS ranked
WITH m, key, ranked[..CASE WHEN coalesce($limit, 0) > 0 THEN $limit ELSE size(ranked) END] AS ids
UNWIND range(0, size(ids) - 1) AS position
OPTIONAL MATCH (mechanism:Mechanism {id: ids[position]})
OPTIONAL MATCH (organization:Organization {id: ids[position]})
WITH m, key, position, coalesce(mechanism, organization) AS b
WHERE b IS NOT NULL
RETURN b.id AS body, b.name AS name, b[key + 'degree'] AS degree, b[key + 'in_degree'] AS in_degree,
       b[key + 'out_degree'] AS out_degree, round(b[key + 'betweenness'], 4) AS betweenness,
       round(b[key + 'pagerank'], 4) AS pagerank, toString(m.computed_at) AS computed_at,
       m.computed_version IS NULL OR coalesce(m.version, 0) > m.computed_version AS stale
ORDER BY position
