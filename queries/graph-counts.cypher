// name: graph-counts
// description: How many nodes of each kind and relationships of each type the graph holds (the database's own records and the derived body-to-body links are left out).
// columns: kind, name, count
// One count per label and type, each read from the database's count store in constant time
// (a count over a label given at run time would read every node); tests check that the list is complete.
CALL () {
  MATCH (n:Activity) WITH count(n) AS count RETURN 'node' AS kind, 'Activity' AS name, count
  UNION ALL
  MATCH (n:Candidate) WITH count(n) AS count RETURN 'node' AS kind, 'Candidate' AS name, count
  UNION ALL
  MATCH (n:Correction) WITH count(n) AS count RETURN 'node' AS kind, 'Correction' AS name, count
  UNION ALL
  MATCH (n:Country) WITH count(n) AS count RETURN 'node' AS kind, 'Country' AS name, count
  UNION ALL
  MATCH (n:Document) WITH count(n) AS count RETURN 'node' AS kind, 'Document' AS name, count
  UNION ALL
  MATCH (n:Event) WITH count(n) AS count RETURN 'node' AS kind, 'Event' AS name, count
  UNION ALL
  MATCH (n:Evidence) WITH count(n) AS count RETURN 'node' AS kind, 'Evidence' AS name, count
  UNION ALL
  MATCH (n:FocalPoint) WITH count(n) AS count RETURN 'node' AS kind, 'FocalPoint' AS name, count
  UNION ALL
  MATCH (n:Mechanism) WITH count(n) AS count RETURN 'node' AS kind, 'Mechanism' AS name, count
  UNION ALL
  MATCH (n:Organization) WITH count(n) AS count RETURN 'node' AS kind, 'Organization' AS name, count
  UNION ALL
  MATCH (n:Paragraph) WITH count(n) AS count RETURN 'node' AS kind, 'Paragraph' AS name, count
  UNION ALL
  MATCH (n:Progress) WITH count(n) AS count RETURN 'node' AS kind, 'Progress' AS name, count
  UNION ALL
  MATCH (n:Reference) WITH count(n) AS count RETURN 'node' AS kind, 'Reference' AS name, count
  UNION ALL
  MATCH (n:Workplan) WITH count(n) AS count RETURN 'node' AS kind, 'Workplan' AS name, count
  UNION ALL
  MATCH (n:WorkplanItem) WITH count(n) AS count RETURN 'node' AS kind, 'WorkplanItem' AS name, count
  UNION ALL
  MATCH ()-[r:ABOUT]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'ABOUT' AS name, count
  UNION ALL
  MATCH ()-[r:ADOPTED]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'ADOPTED' AS name, count
  UNION ALL
  MATCH ()-[r:ATTENDED]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'ATTENDED' AS name, count
  UNION ALL
  MATCH ()-[r:BECAME]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'BECAME' AS name, count
  UNION ALL
  MATCH ()-[r:BY]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'BY' AS name, count
  UNION ALL
  MATCH ()-[r:CITES]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'CITES' AS name, count
  UNION ALL
  MATCH ()-[r:CORRECTS]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'CORRECTS' AS name, count
  UNION ALL
  MATCH ()-[r:EVIDENCED_BY]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'EVIDENCED_BY' AS name, count
  UNION ALL
  MATCH ()-[r:FOCAL_POINT_OF]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'FOCAL_POINT_OF' AS name, count
  UNION ALL
  MATCH ()-[r:FROM]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'FROM' AS name, count
  UNION ALL
  MATCH ()-[r:FROM_DOCUMENT]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'FROM_DOCUMENT' AS name, count
  UNION ALL
  MATCH ()-[r:HAS_FOOTNOTE]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'HAS_FOOTNOTE' AS name, count
  UNION ALL
  MATCH ()-[r:IN_COUNTRY]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'IN_COUNTRY' AS name, count
  UNION ALL
  MATCH ()-[r:INVOLVES]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'INVOLVES' AS name, count
  UNION ALL
  MATCH ()-[r:LIAISES_WITH]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'LIAISES_WITH' AS name, count
  UNION ALL
  MATCH ()-[r:MAKES]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'MAKES' AS name, count
  UNION ALL
  MATCH ()-[r:MENTIONS]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'MENTIONS' AS name, count
  UNION ALL
  MATCH ()-[r:OF]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'OF' AS name, count
  UNION ALL
  MATCH ()-[r:ORGANIZED]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'ORGANIZED' AS name, count
  UNION ALL
  MATCH ()-[r:PARTICIPATED_IN]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'PARTICIPATED_IN' AS name, count
  UNION ALL
  MATCH ()-[r:PART_OF]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'PART_OF' AS name, count
  UNION ALL
  MATCH ()-[r:REFERENCES]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'REFERENCES' AS name, count
  UNION ALL
  MATCH ()-[r:RESPONSIBLE_FOR]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'RESPONSIBLE_FOR' AS name, count
  UNION ALL
  MATCH ()-[r:TRANSLATION_OF]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'TRANSLATION_OF' AS name, count
}
WITH kind, name, count WHERE count > 0
RETURN kind, name, count
ORDER BY kind, count DESC, name
