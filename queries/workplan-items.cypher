// name: workplan-items
// description: Workplan items by workplan, term and status, with their number of owners.
// param: workplan: string = null (e.g. fp-meeting-2012-workplan)
// param: term: string = null (short, mid or long)
// param: status: string = null (agreed, recommended, proposed, ongoing, done)
// columns: workplan, item, code, term, status, title, owners
MATCH (i:WorkplanItem)-[:PART_OF]->(w:Workplan)
WHERE ($workplan IS NULL OR w.id = $workplan)
  AND ($term IS NULL OR i.term = $term)
  AND ($status IS NULL OR i.status = $status)
RETURN w.id AS workplan, i.id AS item, i.code AS code, i.term AS term, i.status AS status,
       coalesce(i.title, left(i.text, 120)) AS title, COUNT { ()-[:RESPONSIBLE_FOR]->(i) } AS owners
ORDER BY workplan, CASE i.term WHEN 'short' THEN 0 WHEN 'mid' THEN 1 WHEN 'long' THEN 2 ELSE 3 END, item
