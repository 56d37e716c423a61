// kept_apart: the entities a user split from entity $id (or it from them).
// Parameters: $id (entity id).
OPTIONAL MATCH (e:Entity {id: $id})
RETURN coalesce(e.kept_apart, []) AS ids
