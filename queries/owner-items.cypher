// name: owner-items
// description: The workplan items one body must deliver, with its role in each.
// param: owner: body (any name, acronym or spelling)
// param: workplan: string = null (only this workplan, e.g. fp-meeting-2012-workplan)
// columns: workplan, item, code, term, title, role, status
MATCH (:Mechanism|Organization {id: $owner})-[r:RESPONSIBLE_FOR]->(i:WorkplanItem)-[:PART_OF]->(w:Workplan)
WHERE $workplan IS NULL OR w.id = $workplan
RETURN w.id AS workplan, i.id AS item, i.code AS code, i.term AS term, coalesce(i.title, left(i.text, 120)) AS title,
       r.role AS role, i.status AS status
ORDER BY workplan, CASE i.term WHEN 'short' THEN 0 WHEN 'mid' THEN 1 WHEN 'long' THEN 2 ELSE 3 END, item
