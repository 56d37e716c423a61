// set_derived_dates: store the derived 'since' and 'ended' dates of ownership relationships.
// Parameters: $rows (list of {head, type, tail, since, ended}).
UNWIND $rows AS row
MATCH (h:Entity {id: row.head})-[x]->(t:Entity {id: row.tail})
WHERE type(x) = row.type
SET x.since = row.since, x.ended = row.ended
