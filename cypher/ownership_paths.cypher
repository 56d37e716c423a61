// ownership_paths: ownership paths between two companies, shortest first. Ownership reads
// owner -> owned: ACQUIRED and INVESTED_IN forward, SUBSIDIARY_OF and MERGED_INTO backward.
// Only current/completed edges count.
// Parameters: $from (entity id), $to (entity id).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
USING INDEX SEEK a:Entity(id)
USING INDEX SEEK b:Entity(id)
MATCH p = (a)-[:ACQUIRED|INVESTED_IN|SUBSIDIARY_OF|MERGED_INTO*1..8]-(b)
WHERE all(i IN range(0, size(relationships(p)) - 1) WHERE
      relationships(p)[i].status IN ['current', 'completed'] AND
      CASE WHEN type(relationships(p)[i]) IN ['ACQUIRED', 'INVESTED_IN']
           THEN startNode(relationships(p)[i]) = nodes(p)[i]
           ELSE endNode(relationships(p)[i]) = nodes(p)[i] END)
RETURN [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | type(r)] AS types,
       [r IN relationships(p) | r.sentences[0]] AS evidence
ORDER BY size(relationships(p))
LIMIT 10
