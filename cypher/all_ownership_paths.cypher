// all_ownership_paths: every ownership path from an owner down to a company with no company
// twice, at most $max_depth hops; as ownership_paths(all_paths=True) in graph/queries.py.
// Parameters: $from (owner id), $to (owned id), $max_depth (1-50), $statuses, $as_of, $min_confidence.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
USING INDEX SEEK a:Entity(id)
USING INDEX SEEK b:Entity(id)
MATCH p = (a)((owner)-[r:ACQUIRED|INVESTED_IN|SUBSIDIARY_OF|MERGED_INTO]-(owned)
              WHERE OWNS(owner, r) AND COUNTS(r)){1,50}(b)
WHERE length(p) <= $max_depth AND all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
RETURN [x IN relationships(p) | {head: startNode(x).id, type: type(x), tail: endNode(x).id,
                                 props: properties(x)}] AS hops
