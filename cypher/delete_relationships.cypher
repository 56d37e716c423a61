// delete_relationships: delete relationships by element id (within one transaction).
// Parameters: $rids (list of element ids).
UNWIND $rids AS rid
MATCH ()-[r]->()
WHERE elementId(r) = rid
DELETE r
