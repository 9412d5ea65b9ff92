// name: item-progress
// description: Where each owner stands on one workplan item (not started, in progress, done, dropped), latest first, with the date, the note and the evidence.
// param: item: string (the item id, e.g. wp2012-short-1)
// columns: progress, owner, owner_name, status, date, note, document, locator, quote
MATCH (p:Progress)-[:OF]->(:WorkplanItem {id: $item})
MATCH (p)-[:BY]->(o)
OPTIONAL MATCH (p)-[:EVIDENCED_BY]->(e:Evidence)-[:FROM]->(d:Document)
WITH p, o, head(collect({document: coalesce(d.symbol, d.id), locator: e.locator, quote: e.quote})) AS evidence
RETURN p.id AS progress, o.id AS owner, o.name AS owner_name, p.status AS status, p.date AS date, p.note AS note,
       evidence.document AS document, evidence.locator AS locator, evidence.quote AS quote
ORDER BY date DESC, owner
