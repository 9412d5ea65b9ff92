// name: database-size
// description: How many nodes and relationships the database holds in all, MechGraph's own records (the schema version) left out.
// columns: nodes, relationships
// Both counts come from the database's count store, in constant time.
CALL () { MATCH (n) RETURN count(n) AS all_nodes }
CALL () { MATCH (m:Meta) RETURN count(m) AS records }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN all_nodes - records AS nodes, relationships
