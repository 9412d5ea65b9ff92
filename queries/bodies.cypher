// name: bodies
// description: Every body and organisation with its names in four languages, acronyms, system, kind and region.
// param: system: string = null
// param: include_generic: bool = true (include classes such as "NHRIs")
// columns: id, label, name, name_fr, name_zh, name_es, acronyms, system, kind, region, generic
MATCH (b:Mechanism|Organization)
WHERE ($system IS NULL OR b.system = $system) AND ($include_generic OR NOT coalesce(b.generic, false))
RETURN b.id AS id, labels(b)[0] AS label, b.name AS name, b.name_fr AS name_fr, b.name_zh AS name_zh,
       b.name_es AS name_es, coalesce(b.acronyms, []) AS acronyms, b.system AS system, b.kind AS kind,
       b.region AS region, coalesce(b.generic, false) AS generic
ORDER BY toLower(b.name)
