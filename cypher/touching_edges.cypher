// touching_edges: the counting relationships of some types at either end of one entity
// (competitors: $types = ['COMPETES_WITH']; a timeline: every type).
// Parameters: $id (entity id), $types (list of relation type names), $statuses, $as_of, $min_confidence.
MATCH (e:Entity {id: $id})
USING INDEX SEEK e:Entity(id)
MATCH (e)-[r]-(:Entity)
WHERE type(r) IN $types AND COUNTS(r)
RETURN startNode(r).id AS head, type(r) AS type, endNode(r).id AS tail, properties(r) AS props
