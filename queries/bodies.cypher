// name: bodies
// description: Every body and organisation with its names in four languages, acronyms, system, kind and region;
// description: one page of them (limit, offset), each row with the number of bodies matching the filters (total).
// param: system: string = null
// param: include_generic: bool = true (include classes such as "NHRIs")
// param: limit: int = 200 (rows of the page)
// param: offset: int = 0 (rows skipped before the page)
// columns: id, label, name, name_fr, name_zh, name_es, acronyms, system, kind, region, generic, total
MATCH (b:Mechanism|Organization)
WHERE ($system IS NULL OR b.system = $system) AND ($include_generic OR NOT coalesce(b.generic, false))
WITH b ORDER BY toLower(b.name), b.id
// Matching nodes only, counted, then the page's rows built: the total costs no row map.
WITH collect(b) AS matching
UNWIND matching[$offset..][..$limit] AS b
RETURN b.id AS id, labels(b)[0] AS label, b.name AS name, b.name_fr AS name_fr, b.name_zh AS name_zh,
       b.name_es AS name_es, coalesce(b.acronyms, []) AS acronyms, b.system AS system, b.kind AS kind,
       b.region AS region, coalesce(b.generic, false) AS generic, size(matching) AS total
