// entity_names_by_prefix: spellings of stored entities whose name key starts with a prefix
// (candidates for one-letter-slip matching).
// Parameters: $prefix (string), $type ('Company' or 'Person').
MATCH (a:Alias)-[:ALIAS_OF]->(e:Entity {type: $type})
WHERE a.key STARTS WITH $prefix
RETURN e.id AS id, a.name AS name
ORDER BY id, name
