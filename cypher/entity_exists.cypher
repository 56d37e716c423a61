// entity_exists: is an entity id taken?
// Parameters: $id (string).
OPTIONAL MATCH (e:Entity {id: $id})
RETURN e IS NOT NULL AS taken
