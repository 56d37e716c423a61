// lookup: the entity with this id, else the one with this exact spelling (case aside), else
// the first (by id) with a spelling of this name key ('Vantor Group' is not 'Vantor Corp').
// Parameters: $id (entity id or name), $key (name key, see graph/resolve.py).
CALL () {
  MATCH (e:Entity {id: $id})
  RETURN e, 0 AS rank
  UNION
  MATCH (alias:Alias {key: $key})-[:ALIAS_OF]->(e:Entity)
  RETURN e, CASE WHEN toLower(alias.name) = toLower($id) THEN 1 ELSE 2 END AS rank
}
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases
ORDER BY rank, id
LIMIT 1
