// name: events
// description: The meetings, workshops and other events the graph holds, newest first, with their dates and places.
// columns: id, title, kind, start, country
MATCH (e:Event)
OPTIONAL MATCH (e)-[:IN_COUNTRY]->(c:Country)
RETURN e.id AS id, e.title AS title, e.kind AS kind, e.start AS start, c.code AS country
ORDER BY start DESC, id
