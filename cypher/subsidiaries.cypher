// subsidiaries: companies a company owns, directly or through others, with depth.
// Parameters: $id (entity id), $depth (integer, at most 10 is sensible).
MATCH (top:Entity {id: $id})
USING INDEX SEEK top:Entity(id)
MATCH p = (top)-[:ACQUIRED|INVESTED_IN|SUBSIDIARY_OF|MERGED_INTO*1..10]-(owned:Entity)
WHERE size(relationships(p)) <= $depth AND all(i IN range(0, size(relationships(p)) - 1) WHERE
      relationships(p)[i].status IN ['current', 'completed'] AND
      CASE WHEN type(relationships(p)[i]) IN ['ACQUIRED', 'INVESTED_IN']
           THEN startNode(relationships(p)[i]) = nodes(p)[i]
           ELSE endNode(relationships(p)[i]) = nodes(p)[i] END)
RETURN owned.name AS company, min(size(relationships(p))) AS depth
ORDER BY depth, company
