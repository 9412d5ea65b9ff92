// name: items-without-named-owner
// description: Workplan items owned by nobody in particular: only collective owners (such as "all RHRMs"), or no owner at all.
// param: workplan: string = null (only this workplan)
// columns: workplan, item, code, term, title, owners, gap
MATCH (i:WorkplanItem)-[:PART_OF]->(w:Workplan)
WHERE $workplan IS NULL OR w.id = $workplan
OPTIONAL MATCH (o)-[r:RESPONSIBLE_FOR]->(i)
WITH w, i, collect(o.id) AS owners, collect(r.role) AS roles
WHERE all(role IN roles WHERE role = 'collective')
RETURN w.id AS workplan, i.id AS item, i.code AS code, i.term AS term, coalesce(i.title, left(i.text, 120)) AS title,
       owners, CASE size(owners) WHEN 0 THEN 'no owner' ELSE 'collective only' END AS gap
ORDER BY workplan, item
