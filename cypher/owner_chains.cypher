// owner_chains: every chain of owners from a company up to an ultimate owner (one with no
// counting owner off the chain, so cross-holdings end), at most $max_depth hops; as
// owner_chains in graph/queries.py.
// Parameters: $id (entity id), $max_depth (1-50), $statuses, $as_of, $min_confidence.
MATCH (target:Entity {id: $id})
USING INDEX SEEK target:Entity(id)
MATCH p = (target)((owned)-[r:ACQUIRED|INVESTED_IN|SUBSIDIARY_OF|MERGED_INTO]-(owner)
                   WHERE OWNS(owner, r) AND COUNTS(r)){1,50}(top)
WHERE length(p) <= $max_depth
  AND all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
  AND (length(p) = $max_depth OR NOT EXISTS {
        MATCH (top)-[s:ACQUIRED|INVESTED_IN|SUBSIDIARY_OF|MERGED_INTO]-(above)
        WHERE OWNS(above, s) AND COUNTS(s) AND NOT above IN nodes(p) })
RETURN [x IN relationships(p) | {head: startNode(x).id, type: type(x), tail: endNode(x).id,
                                 props: properties(x)}] AS hops
