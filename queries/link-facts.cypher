// name: link-facts
// description: The facts behind one link of the network (a pair of bodies and a link type, as the network draws it), the first 25 by id, under the network's year and status filters: what its page lists, each with its evidence (fact-evidence), when a person picks the link.
// param: source: body (the link's source, as the network gives it)
// param: target: body (the link's target)
// param: type: string (the link type: references, activity, event or liaison)
// param: year_from: int = null (links from this year, as the network filters them)
// param: year_to: int = null
// param: undated: bool = true (keep the links without a year)
// param: statuses: strings = null (only links resting on facts of these statuses: held, planned, proposed)
// columns: fact
// The links of the pair, read between its two ends (from the one with fewer links), as the network sums them.
MATCH (a:Mechanism|Organization {id: $source}), (b:Mechanism|Organization {id: $target})
MATCH (a)-[l:LINKED]->(b)
WHERE l.type = $type
  AND ($year_from IS NULL OR l.year IS NULL OR l.year >= $year_from) AND ($year_to IS NULL OR l.year IS NULL OR l.year <= $year_to)
  AND ($undated OR l.year IS NOT NULL) AND ($statuses IS NULL OR l.status IN $statuses)
// each link keeps its first 25 facts (graph/links.py, VIA): the first 25 of the pair are among them
UNWIND l.via AS fact
WITH DISTINCT fact ORDER BY fact LIMIT 25
RETURN fact
