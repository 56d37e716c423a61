// ownership_into: every ownership relationship whose owned end is one of some companies
// (to derive 'since' and 'ended', see derived_dates in graph/store.py).
// Parameters: $ids (list of entity ids).
UNWIND $ids AS wanted
MATCH (owned:Entity {id: wanted})-[x:ACQUIRED|INVESTED_IN|SUBSIDIARY_OF|MERGED_INTO]-(owner:Entity)
WHERE OWNS(owner, x)
RETURN startNode(x).id AS head, type(x) AS type, endNode(x).id AS tail, properties(x) AS props
