// alias_owner: the entity, other than $id, that a spelling's key already names (if any).
// Parameters: $key (name key), $id (entity id).
MATCH (:Alias {key: $key})-[:ALIAS_OF]->(e:Entity)
WHERE e.id <> $id
RETURN e.id AS id
LIMIT 1
