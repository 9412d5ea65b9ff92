// name: cited-not-held
// description: Every symbol that ingested documents cite but the graph does not hold, with the documents citing it (most cited first);
// description: one page of them (limit, offset), each row with the number of such symbols (total).
// param: limit: int = 1000 (rows of the page)
// param: offset: int = 0 (rows skipped before the page)
// columns: id, symbol, kind, citations, citing, total
MATCH (s:Document)
WHERE s.held = false
WITH s, COUNT { (:Document)-[:CITES]->(s) } AS citations
WHERE citations > 0
WITH s, citations ORDER BY citations DESC, s.symbol, s.id
WITH collect({s: s, citations: citations}) AS matching
UNWIND matching[$offset..][..$limit] AS row
WITH row.s AS s, row.citations AS citations, size(matching) AS total
RETURN s.id AS id, s.symbol AS symbol, s.kind AS kind, citations,
       COLLECT { MATCH (d:Document)-[:CITES]->(s) RETURN DISTINCT d.id } AS citing, total
