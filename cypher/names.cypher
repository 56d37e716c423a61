// names: the names of entities by id.
// Parameters: $ids (list of entity ids).
UNWIND $ids AS wanted
MATCH (e:Entity {id: wanted})
RETURN e.id AS id, e.name AS name
