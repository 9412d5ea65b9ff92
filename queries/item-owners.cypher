// name: item-owners
// description: Who must deliver one workplan item, with the role of each owner (lead, named, in_particular, collective) and the bodies excepted.
// param: item: string (the item id, e.g. wp2012-short-1)
// columns: owner, owner_name, role, except, implementation
MATCH (i:WorkplanItem {id: $item})
MATCH (o)-[r:RESPONSIBLE_FOR]->(i)
RETURN o.id AS owner, o.name AS owner_name, r.role AS role, coalesce(r.except, []) AS except, i.implementation AS implementation
ORDER BY CASE r.role WHEN 'lead' THEN 0 WHEN 'named' THEN 1 WHEN 'in_particular' THEN 2 ELSE 3 END, owner
