// name: centrality
// description: Degree, betweenness and PageRank of bodies in the reference network (who cites whom) or the cooperation network (joint activities, shared events and references, undirected).
// param: network: string = references (references or cooperation)
// param: include_generic: bool = false (include classes such as "NHRIs" and "all RHRMs")
// param: limit: int = 50
// python: centrality
// columns: body, name, degree, in_degree, out_degree, betweenness, pagerank
CALL () {
  MATCH (s:Mechanism)-[:REFERENCES]->(t:Mechanism)
  RETURN s, t, 'references' AS type
  UNION ALL
  MATCH (s:Mechanism|Organization)-[:PARTICIPATED_IN]->(:Activity)<-[:PARTICIPATED_IN]-(t:Mechanism|Organization)
  WHERE s.id < t.id AND $network = 'cooperation'
  RETURN s, t, 'activity' AS type
  UNION ALL
  MATCH (s:Mechanism|Organization)-[:ATTENDED]->(:Event)<-[:ATTENDED]-(t:Mechanism|Organization)
  WHERE s.id < t.id AND $network = 'cooperation'
  RETURN s, t, 'event' AS type
}
WITH s, t, type WHERE $include_generic OR NOT (coalesce(s.generic, false) OR coalesce(t.generic, false))
RETURN s.id AS source, s.name AS source_name, t.id AS target, t.name AS target_name, count(*) AS weight
