// name: workplans
// description: Every workplan (or set of recommendations) with its title and its number of items.
// columns: workplan, title, items
MATCH (w:Workplan)
RETURN w.id AS workplan, w.title AS title, COUNT { (:WorkplanItem {workplan: w.id}) } AS items
ORDER BY workplan
