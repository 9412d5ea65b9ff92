// name: fulltext-index
// description: The full-text index of paragraph texts that paragraph-search asks, with its state (ONLINE once built); no row when the database has none yet (`mechgraph db init` creates it).
// columns: name, state, population
SHOW FULLTEXT INDEXES YIELD name, state, populationPercent
WHERE name = 'paragraph_text'
RETURN name, state, populationPercent AS population
