// name: candidates
// description: The links ingestion proposed for review (joint activities, cross-references, workplan owners),
// description: each with its bodies, where the document says it, and whether a person accepted or rejected it;
// description: one page of them (limit, offset), each row with the number of candidates matching the filters (total).
// param: status: string = null (candidate, accepted or rejected; all by default)
// param: document: string = null (a document id, e.g. a-hrc-23-18-en)
// param: kind: string = null (activity, reference or workplan_owner)
// param: limit: int = 200 (rows of the page)
// param: offset: int = 0 (rows skipped before the page)
// columns: id, status, kind, detail, bodies, document, locator, quote, item, proposed, total
MATCH (c:Candidate)
WHERE ($status IS NULL OR c.status = $status) AND ($document IS NULL OR c.document = $document)
  AND ($kind IS NULL OR c.kind = $kind)
WITH c ORDER BY c.document, c.locator, c.id
WITH collect(c) AS matching
UNWIND matching[$offset..][..$limit] AS c
RETURN c.id AS id, c.status AS status, c.kind AS kind, c.detail AS detail,
       COLLECT {
         MATCH (c)-[i:INVOLVES]->(b) WITH i, b ORDER BY i.position RETURN b.id + ' (' + coalesce(b.name, b.id) + ')'
       } AS bodies,
       c.document AS document, c.locator AS locator, c.quote AS quote, c.item AS item, c.proposed AS proposed,
       size(matching) AS total
