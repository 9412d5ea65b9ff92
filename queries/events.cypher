// name: events
// description: The meetings, workshops and other events the graph holds, newest first, with their dates and places;
// description: one page of them (limit, offset), each row with the number of events (total).
// param: limit: int = 200 (rows of the page)
// param: offset: int = 0 (rows skipped before the page)
// columns: id, title, kind, start, country, total
MATCH (e:Event)
WITH e ORDER BY e.start DESC, e.id
WITH collect(e) AS matching
UNWIND matching[$offset..][..$limit] AS e
OPTIONAL MATCH (e)-[:IN_COUNTRY]->(c:Country)
RETURN e.id AS id, e.title AS title, e.kind AS kind, e.start AS start, c.code AS country, size(matching) AS total
