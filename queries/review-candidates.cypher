// name: review-candidates
// description: The candidates to review, each with its paragraph's whole text, its document's symbol and language,
// description: its bodies' ids in order, and, once accepted, what it became (the kind and bodies chosen, the fact);
// description: one page of them (limit, offset), each row with the number of candidates matching the filters (total).
// param: status: string = null (candidate, accepted or rejected; all by default)
// param: document: string = null (a document id, e.g. a-hrc-23-18-en)
// param: kind: string = null (activity, reference or workplan_owner)
// param: body: body = null (only the candidates naming this body; any name or acronym)
// param: limit: int = 200 (rows of the page)
// param: offset: int = 0 (rows skipped before the page)
// columns: id, status, kind, detail, bodies, document, symbol, language, locator, quote, paragraph, item, item_title, proposed, accepted_detail, accepted_bodies, fact, total
MATCH (c:Candidate)
WHERE ($status IS NULL OR c.status = $status) AND ($document IS NULL OR c.document = $document)
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($body IS NULL OR $body IN c.bodies OR $body IN coalesce(c.accepted_bodies, []))
WITH c ORDER BY c.document, c.locator, c.id
// Counted first; the paragraph, the item and the fact only for the page's rows.
WITH collect(c) AS matching
UNWIND matching[$offset..][..$limit] AS c
OPTIONAL MATCH (d:Document {id: c.document})
OPTIONAL MATCH (p:Paragraph {document: c.document, locator: c.locator})
OPTIONAL MATCH (i:WorkplanItem {id: c.item})
OPTIONAL MATCH (c)-[:BECAME]->(f)
WITH c, d, size(matching) AS total, head(collect(p.text)) AS paragraph,
     head(collect(coalesce(i.title, left(i.text, 120)))) AS item_title, head(collect(f.id)) AS fact
RETURN c.id AS id, c.status AS status, c.kind AS kind, c.detail AS detail, c.bodies AS bodies,
       c.document AS document, d.symbol AS symbol, d.lang AS language, c.locator AS locator, c.quote AS quote,
       paragraph, c.item AS item, item_title, c.proposed AS proposed, c.accepted_detail AS accepted_detail,
       c.accepted_bodies AS accepted_bodies, fact, total
ORDER BY c.document, c.locator, c.id
