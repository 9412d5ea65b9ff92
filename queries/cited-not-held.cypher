// name: cited-not-held
// description: Every symbol that ingested documents cite but the graph does not hold, with the documents citing it (most cited first).
// param: limit: int = 1000
// columns: id, symbol, kind, citations, citing
MATCH (s:Document)
WHERE s.held = false
MATCH (d:Document)-[c:CITES]->(s)
WITH s, count(c) AS citations, collect(DISTINCT d.id) AS citing
RETURN s.id AS id, s.symbol AS symbol, s.kind AS kind, citations, citing
ORDER BY citations DESC, symbol
LIMIT $limit
