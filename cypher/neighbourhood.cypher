// neighbourhood: every relationship of one entity, both directions, with evidence and sources.
// Parameters: $id (entity id).
MATCH (e:Entity {id: $id})-[r]-(other:Entity)
USING INDEX SEEK e:Entity(id)
RETURN startNode(r).name AS head, type(r) AS type, endNode(r).name AS tail, r.status AS status,
       r.sentences AS evidence, r.articles AS articles
ORDER BY type, head, tail
