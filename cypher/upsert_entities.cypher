// upsert_entities: create or update entities with their spellings, and link them to the
// article that mentions them. Labels come from the closed EntityType enum via FOREACH.
// Parameters: $article (article id), $entities (list of {id, name, type, names, keys}).
MATCH (article:Article {id: $article})
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = []
FOREACH (_ IN CASE WHEN row.type = 'Company' THEN [1] ELSE [] END | SET e:Company)
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
SET e.aliases = [n IN e.aliases + [x IN row.names WHERE NOT x IN e.aliases] WHERE n <> e.name]
MERGE (article)-[:MENTIONS]->(e)
WITH e, row
UNWIND range(0, size(row.names) - 1) AS i
MERGE (alias:Alias {uid: e.id + '|' + row.names[i]})
  ON CREATE SET alias.key = row.keys[i], alias.name = row.names[i]
MERGE (alias)-[:ALIAS_OF]->(e)
