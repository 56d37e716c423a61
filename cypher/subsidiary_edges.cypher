// subsidiary_edges: the ownership edges of the tree below a company within $depth hops, each
// the last hop of a shortest route from it; as subsidiary_edges in graph/queries.py. (Routes
// are enumerated and the shortest kept per company: ALL SHORTEST towards every company
// below was eight times slower on a group of 5,000 units.)
// Parameters: $id (entity id), $depth (1-10), $statuses, $as_of, $min_confidence.
MATCH (top:Entity {id: $id})
USING INDEX SEEK top:Entity(id)
MATCH p = (top)((owner)-[r:ACQUIRED|INVESTED_IN|SUBSIDIARY_OF|MERGED_INTO]-(owned)
                WHERE OWNS(owner, r) AND COUNTS(r)){1,10}(below)
WHERE length(p) <= $depth AND below <> top
WITH below, collect(p) AS routes, min(length(p)) AS shortest
UNWIND routes AS route
WITH route, shortest WHERE length(route) = shortest
WITH DISTINCT last(relationships(route)) AS x
RETURN startNode(x).id AS head, type(x) AS type, endNode(x).id AS tail, properties(x) AS props
