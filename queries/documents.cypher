// name: documents
// description: The documents the graph holds, with their symbol, language and date, and how many facts each proves;
// description: one page of them (limit, offset), each row with the number of documents (total).
// param: limit: int = 200 (rows of the page)
// param: offset: int = 0 (rows skipped before the page)
// columns: id, symbol, title, lang, date, kind, facts, total
MATCH (d:Document)
WITH d ORDER BY d.date, d.id
WITH collect(d) AS matching
UNWIND matching[$offset..][..$limit] AS d
RETURN d.id AS id, d.symbol AS symbol, d.title AS title, d.lang AS lang, d.date AS date, d.kind AS kind,
       COUNT { (:Evidence)-[:FROM]->(d) } AS facts, size(matching) AS total
