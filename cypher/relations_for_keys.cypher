// relations_for_keys: the stored relationships of one type between given pairs, with their
// evidence, read before new evidence is merged in.
// REL_TYPE is replaced by a member of the closed RelationType enum before the query runs;
// nothing else is ever put into the text.
// Parameters: $pairs (list of {head, tail} entity ids).
UNWIND $pairs AS pair
MATCH (h:Entity {id: pair.head})-[r:REL_TYPE]->(t:Entity {id: pair.tail})
RETURN pair.head AS head, pair.tail AS tail, r.evidence_json AS evidence_json
