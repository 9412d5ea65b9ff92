// name: progress-since
// description: What moved on a workplan since a date or a meeting: each progress recorded on or after it, by item and owner, newest first.
// param: since: string = null (a date: 2013, 2013-05 or 2013-05-14)
// param: meeting: string = null (an event id; its start date is used when no date is given)
// param: workplan: string = null (only this workplan)
// columns: progress, item, code, title, owner, owner_name, status, date, note, document, locator, quote
OPTIONAL MATCH (meeting:Event {id: $meeting})
WITH coalesce($since, meeting.start, '0000') AS since
MATCH (p:Progress)-[:OF]->(i:WorkplanItem)-[:PART_OF]->(w:Workplan)
WHERE p.date >= since AND ($workplan IS NULL OR w.id = $workplan)
MATCH (p)-[:BY]->(o)
OPTIONAL MATCH (p)-[:EVIDENCED_BY]->(e:Evidence)-[:FROM]->(d:Document)
WITH p, i, o, head(collect({document: coalesce(d.symbol, d.id), locator: e.locator, quote: e.quote})) AS evidence
RETURN p.id AS progress, i.id AS item, i.code AS code, coalesce(i.title, left(i.text, 120)) AS title, o.id AS owner,
       o.name AS owner_name, p.status AS status, p.date AS date, p.note AS note,
       evidence.document AS document, evidence.locator AS locator, evidence.quote AS quote
ORDER BY date DESC, code, owner
