// name: analytics-freshness
// description: When the network figures stored on the bodies (degree, betweenness, PageRank: what centrality reads) were computed, and whether the links changed since (stale; also before the first computation).
// columns: computed_at, stale
OPTIONAL MATCH (m:Meta {id: 'analytics'})
RETURN toString(m.computed_at) AS computed_at,
       m.computed_version IS NULL OR coalesce(m.version, 0) > m.computed_version AS stale
