// reporting_chains: every chain of REPORTS_TO from a person up to a top boss (dual
// reporting lines give several), at most $max_depth hops; as reporting_chains in graph/queries.py.
// Parameters: $id (person id), $max_depth (1-20), $statuses, $as_of, $min_confidence.
MATCH (person:Entity {id: $id})
USING INDEX SEEK person:Entity(id)
MATCH p = (person)((a)-[r:REPORTS_TO]->(b) WHERE COUNTS(r)){1,20}(top)
WHERE length(p) <= $max_depth
  AND all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
  AND (length(p) = $max_depth OR NOT EXISTS {
        MATCH (top)-[s:REPORTS_TO]->(above) WHERE COUNTS(s) AND NOT above IN nodes(p) })
RETURN [x IN relationships(p) | {head: startNode(x).id, type: type(x), tail: endNode(x).id,
                                 props: properties(x)}] AS hops
