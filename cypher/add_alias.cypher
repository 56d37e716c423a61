// add_alias: add a spelling to an entity, so that later articles using it resolve there.
// Parameters: $id (entity id), $name (the spelling), $key (its name key).
MATCH (e:Entity {id: $id})
SET e.aliases = CASE WHEN $name = e.name OR $name IN e.aliases THEN e.aliases ELSE e.aliases + [$name] END
MERGE (alias:Alias {uid: e.id + '|' + $name})
  ON CREATE SET alias.key = $key, alias.name = $name
MERGE (alias)-[:ALIAS_OF]->(e)
