// name: candidates
// description: The links ingestion proposed for review (joint activities, cross-references, workplan owners),
// description: each with its bodies, where the document says it, and whether a person accepted or rejected it.
// param: status: string = null (candidate, accepted or rejected; all by default)
// param: document: string = null (a document id, e.g. a-hrc-23-18-en)
// param: kind: string = null (activity, reference or workplan_owner)
// columns: id, status, kind, detail, bodies, document, locator, quote, item, proposed
MATCH (c:Candidate)
WHERE ($status IS NULL OR c.status = $status) AND ($document IS NULL OR c.document = $document)
  AND ($kind IS NULL OR c.kind = $kind)
OPTIONAL MATCH (c)-[i:INVOLVES]->(b)
WITH c, i, b ORDER BY i.position
WITH c, collect(b.id + ' (' + coalesce(b.name, b.id) + ')') AS bodies
RETURN c.id AS id, c.status AS status, c.kind AS kind, c.detail AS detail, bodies, c.document AS document,
       c.locator AS locator, c.quote AS quote, c.item AS item, c.proposed AS proposed
ORDER BY c.document, c.locator, c.id
