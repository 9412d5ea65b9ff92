// name: workplans
// description: Every workplan (or set of recommendations) with its title and its number of items;
// description: one page of them (limit, offset), each row with the number of workplans (total).
// param: limit: int = 200 (rows of the page)
// param: offset: int = 0 (rows skipped before the page)
// columns: workplan, title, items, total
MATCH (w:Workplan)
WITH w ORDER BY w.id
WITH collect(w) AS matching
UNWIND matching[$offset..][..$limit] AS w
RETURN w.id AS workplan, w.title AS title, COUNT { (:WorkplanItem)-[:PART_OF]->(w) } AS items, size(matching) AS total
