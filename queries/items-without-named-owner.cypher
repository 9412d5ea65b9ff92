// name: items-without-named-owner
// description: Workplan items owned by nobody in particular: only collective owners (such as "all RHRMs"), or no owner at all;
// description: one page of them (limit, offset), each row with the number of such items (total).
// param: workplan: string = null (only this workplan)
// param: limit: int = 200 (rows of the page)
// param: offset: int = 0 (rows skipped before the page)
// columns: workplan, item, code, term, title, owners, gap, total
MATCH (i:WorkplanItem)-[:PART_OF]->(w:Workplan)
WHERE ($workplan IS NULL OR w.id = $workplan)
  AND NOT EXISTS { ()-[r:RESPONSIBLE_FOR]->(i) WHERE r.role <> 'collective' }
WITH i, w ORDER BY w.id, i.id
WITH collect({i: i, w: w}) AS matching
UNWIND matching[$offset..][..$limit] AS row
WITH row.i AS i, row.w AS w, size(matching) AS total
OPTIONAL MATCH (o)-[:RESPONSIBLE_FOR]->(i)
WITH w, i, total, collect(o.id) AS owners
RETURN w.id AS workplan, i.id AS item, i.code AS code, i.term AS term, coalesce(i.title, left(i.text, 120)) AS title,
       owners, CASE size(owners) WHEN 0 THEN 'no owner' ELSE 'collective only' END AS gap, total
ORDER BY workplan, item
