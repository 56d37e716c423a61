// entity_names_by_prefix: spellings of stored entities whose name key starts with a prefix
// and has a length in a range (candidates for one-letter-slip matching).
// Parameters: $prefix (string), $type ('Company' or 'Person'), $min_length, $max_length (integers).
MATCH (a:Alias)-[:ALIAS_OF]->(e:Entity {type: $type})
WHERE a.key STARTS WITH $prefix AND $min_length <= size(a.key) <= $max_length
RETURN e.id AS id, a.name AS name
ORDER BY id, name
