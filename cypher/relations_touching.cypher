// relations_touching: every relationship with an end among $ids, or naming one of them as
// seller, with its evidence; read before a merge or split rewrites them.
// Parameters: $ids (list of entity ids).
CALL (){
  UNWIND $ids AS id
  MATCH (:Entity {id: id})-[r]-(:Entity)
  RETURN r
  UNION
  MATCH (:Entity)-[r]->(:Entity)
  WHERE r.seller IN $ids
  RETURN r
}
RETURN DISTINCT elementId(r) AS rid, startNode(r).id AS head, type(r) AS type, endNode(r).id AS tail,
       r.evidence_json AS evidence_json
