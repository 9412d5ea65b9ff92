// name: workplan-items
// description: Workplan items by workplan, term and status, with their number of owners;
// description: one page of them (limit, offset), each row with the number of items matching the filters (total).
// param: workplan: string = null (e.g. fp-meeting-2012-workplan)
// param: term: string = null (short, mid or long)
// param: status: string = null (agreed, recommended, proposed, ongoing, done)
// param: limit: int = 200 (rows of the page)
// param: offset: int = 0 (rows skipped before the page)
// columns: workplan, item, code, term, status, title, owners, total
MATCH (i:WorkplanItem)-[:PART_OF]->(w:Workplan)
WHERE ($workplan IS NULL OR w.id = $workplan)
  AND ($term IS NULL OR i.term = $term)
  AND ($status IS NULL OR i.status = $status)
WITH i, w ORDER BY w.id, CASE i.term WHEN 'short' THEN 0 WHEN 'mid' THEN 1 WHEN 'long' THEN 2 ELSE 3 END, i.id
WITH collect({i: i, w: w}) AS matching
UNWIND matching[$offset..][..$limit] AS row
WITH row.i AS i, row.w AS w, size(matching) AS total
RETURN w.id AS workplan, i.id AS item, i.code AS code, i.term AS term, i.status AS status,
       coalesce(i.title, left(i.text, 120)) AS title, COUNT { ()-[:RESPONSIBLE_FOR]->(i) } AS owners, total
