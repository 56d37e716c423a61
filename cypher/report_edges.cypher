// report_edges: the REPORTS_TO edges of the tree of people below a person within $depth
// hops, each the last hop of a shortest route down from them; as report_edges in
// graph/queries.py (built like subsidiary_edges).
// Parameters: $id (person id), $depth (1-10), $statuses, $as_of, $min_confidence.
MATCH (boss:Entity {id: $id})
USING INDEX SEEK boss:Entity(id)
MATCH p = (boss)((b)<-[r:REPORTS_TO]-(a) WHERE COUNTS(r)){1,10}(below)
WHERE length(p) <= $depth AND below <> boss
WITH below, collect(p) AS routes, min(length(p)) AS shortest
UNWIND routes AS route
WITH route, shortest WHERE length(route) = shortest
WITH DISTINCT last(relationships(route)) AS x
RETURN startNode(x).id AS head, type(x) AS type, endNode(x).id AS tail, properties(x) AS props
