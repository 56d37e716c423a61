// entity_names: name, type and other spellings of entities by id.
// Parameters: $ids (list of entity ids).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases
