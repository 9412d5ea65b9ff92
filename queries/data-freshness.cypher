// name: data-freshness
// description: When each source (the curated seeds, each ingested document) last changed the graph.
// columns: source, loaded_at
MATCH (m:Meta) WHERE m.id STARTS WITH 'load-'
RETURN substring(m.id, 5) AS source, toString(m.loaded_at) AS loaded_at
ORDER BY loaded_at DESC
