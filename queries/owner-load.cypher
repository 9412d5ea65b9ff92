// name: owner-load
// description: How many workplan items each body owns, by role: who carries the workplan and who is overloaded.
// param: workplan: string = null (only this workplan)
// param: limit: int = 50
// columns: owner, owner_name, items, lead, named, in_particular, collective
MATCH (o)-[r:RESPONSIBLE_FOR]->(i:WorkplanItem)-[:PART_OF]->(w:Workplan)
WHERE $workplan IS NULL OR w.id = $workplan
WITH o, count(DISTINCT i) AS items, collect(r.role) AS roles
RETURN o.id AS owner, o.name AS owner_name, items,
       size([x IN roles WHERE x = 'lead']) AS lead, size([x IN roles WHERE x = 'named']) AS named,
       size([x IN roles WHERE x = 'in_particular']) AS in_particular,
       size([x IN roles WHERE x = 'collective']) AS collective
ORDER BY items DESC, owner
LIMIT $limit
