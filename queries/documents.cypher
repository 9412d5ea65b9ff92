// name: documents
// description: The documents the graph holds, with their symbol, language and date, and how many facts each proves.
// columns: id, symbol, title, lang, date, kind, facts
MATCH (d:Document)
RETURN d.id AS id, d.symbol AS symbol, d.title AS title, d.lang AS lang, d.date AS date, d.kind AS kind,
       COUNT { (:Evidence)-[:FROM]->(d) } AS facts
ORDER BY date, id
