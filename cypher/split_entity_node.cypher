// split_entity_node: create entity $new named $name (same type as $id) and move to it the
// spellings of $id whose name key is $key.
// Parameters: $id, $new (entity ids), $name, $type ('Company' or 'Person'), $names, $key.
// $names are the spellings that move and $key their name key.
MATCH (e:Entity {id: $id})
CREATE (n:Entity {id: $new, name: $name, type: $type, aliases: [x IN $names WHERE x <> $name]})
FOREACH (_ IN CASE WHEN $type = 'Company' THEN [1] ELSE [] END | SET n:Company)
FOREACH (_ IN CASE WHEN $type = 'Person' THEN [1] ELSE [] END | SET n:Person)
SET e.aliases = [x IN e.aliases WHERE NOT x IN $names]
WITH e, n
CALL (e, n) {
  MATCH (alias:Alias {key: $key})-[:ALIAS_OF]->(e)
  MERGE (moved:Alias {uid: n.id + '|' + alias.name})
    ON CREATE SET moved.key = alias.key, moved.name = alias.name
  MERGE (moved)-[:ALIAS_OF]->(n)
  DETACH DELETE alias
}
