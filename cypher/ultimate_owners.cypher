// ultimate_owners: owners of a company up the ownership chain that have no owner themselves.
// Parameters: $id (entity id).
MATCH (target:Entity {id: $id})
USING INDEX SEEK target:Entity(id)
MATCH p = (owner:Entity)-[:ACQUIRED|INVESTED_IN|SUBSIDIARY_OF|MERGED_INTO*1..50]-(target)
WHERE all(i IN range(0, size(relationships(p)) - 1) WHERE
      relationships(p)[i].status IN ['current', 'completed'] AND
      CASE WHEN type(relationships(p)[i]) IN ['ACQUIRED', 'INVESTED_IN']
           THEN startNode(relationships(p)[i]) = nodes(p)[i]
           ELSE endNode(relationships(p)[i]) = nodes(p)[i] END)
  AND NOT EXISTS { MATCH (owner)<-[x:ACQUIRED|INVESTED_IN]-() WHERE x.status IN ['current', 'completed'] }
  AND NOT EXISTS { MATCH (owner)-[x:SUBSIDIARY_OF|MERGED_INTO]->() WHERE x.status IN ['current', 'completed'] }
RETURN owner.name AS owner, [n IN nodes(p) | n.name] AS chain, size(relationships(p)) AS hops
ORDER BY hops
