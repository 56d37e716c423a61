// competitors: rivals of a company (COMPETES_WITH is symmetric, so either direction), with evidence.
// Parameters: $id (entity id).
MATCH (company:Entity {id: $id})-[r:COMPETES_WITH]-(rival:Entity)
USING INDEX SEEK company:Entity(id)
RETURN rival.name AS rival, r.status AS status, r.sentences AS evidence
ORDER BY rival
