// name: briefing-gaps
// description: The items a meeting should know nobody in particular owns: open workplan actions whose only owners are classes of bodies (such as "all RHRMs") of the attendees' systems, each with the document, locator and quote that state it.
// param: bodies: bodies (the attending bodies, comma-separated, any spelling)
// param: workplan: string = null (only this workplan)
// param: limit: int = 40
// columns: workplan, item, code, text, owners, document, symbol, language, locator, quote
MATCH (m:Mechanism|Organization) WHERE m.id IN $bodies
WITH collect(DISTINCT m.system) AS systems
// Workplan by workplan in id order, each one's items in id order, until $limit are found: the first gaps are
// found without reading every item.
MATCH (w:Workplan) WHERE w.id IS NOT NULL AND ($workplan IS NULL OR w.id = $workplan)
WITH systems, w ORDER BY w.id
CALL (systems, w) {
  MATCH (i:WorkplanItem)-[:PART_OF]->(w)
  WHERE i.status IS NOT NULL AND i.status <> 'done'
  MATCH (o)-[r:RESPONSIBLE_FOR]->(i)
  WITH i, collect(o) AS owners, collect(r.role) AS roles
  // Owned only collectively, and by a class the attendees belong to by their system: it concerns them, and none is named.
  WHERE all(role IN roles WHERE role = 'collective') AND any(o IN owners WHERE o.system IN systems)
  RETURN i, owners ORDER BY i.id
}
WITH w, i, owners LIMIT $limit
WITH w, i, [o IN owners | o.id] AS owners,
     head(COLLECT { MATCH (i)-[:EVIDENCED_BY]->(e:Evidence)-[:FROM]->(d:Document)
                                        RETURN {document: d.id, symbol: d.symbol, language: d.lang, locator: e.locator, quote: e.quote}
                    ORDER BY e.quote STARTS WITH 'Implementation', e.locator, e.quote }) AS source
RETURN w.id AS workplan, i.id AS item, i.code AS code, i.text AS text, owners, source.document AS document, source.symbol AS symbol,
       source.language AS language, source.locator AS locator, source.quote AS quote
ORDER BY workplan, item
