// name: graph-counts
// description: How many nodes of each kind and relationships of each type the graph holds (the database's own records, not data, are left out).
// columns: kind, name, count
CALL () {
  MATCH (n) WHERE NOT n:Meta
  RETURN 'node' AS kind, labels(n)[0] AS name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count
ORDER BY kind, count DESC, name
