// entity_ids_by_key: stored entities of one type that have a spelling with this name key.
// Parameters: $key (name key, see graph/resolve.py), $type ('Company' or 'Person').
MATCH (:Alias {key: $key})-[:ALIAS_OF]->(e:Entity {type: $type})
RETURN DISTINCT e.id AS id
ORDER BY id
