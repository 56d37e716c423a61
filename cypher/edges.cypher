// edges: relationships between entities with their evidence, optionally of some types and
// touching one entity.
// Parameters: $types (list of relation type names), $entity (entity id or null).
MATCH (h:Entity)-[r]->(t:Entity)
WHERE type(r) IN $types AND ($entity IS NULL OR h.id = $entity OR t.id = $entity)
RETURN h.id AS head, type(r) AS type, t.id AS tail, properties(r) AS props
ORDER BY type, head, tail
