// ownership_paths: the shortest ownership paths from an owner down to a company, at most
// $max_depth hops; as ownership_paths in graph/queries.py.
// Parameters: $from (owner id), $to (owned id), $max_depth (1-50), $statuses, $as_of, $min_confidence.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
USING INDEX SEEK a:Entity(id)
USING INDEX SEEK b:Entity(id)
MATCH p = ALL SHORTEST (a)((owner)-[r:ACQUIRED|INVESTED_IN|SUBSIDIARY_OF|MERGED_INTO]-(owned)
                            WHERE OWNS(owner, r) AND COUNTS(r)){1,50}(b)
WHERE length(p) <= $max_depth
RETURN [x IN relationships(p) | {head: startNode(x).id, type: type(x), tail: endNode(x).id,
                                 props: properties(x)}] AS hops
