// upsert_relations: one relationship per (head, type, tail), its evidence and summary set.
// REL_TYPE is replaced by a member of the closed RelationType enum before the query runs.
// Parameters: $rows (list of {head, tail, props}); props holds status, confidence, the
// attributes, evidence_json (one JSON object per piece of evidence), sentences, articles.
UNWIND $rows AS row
MATCH (h:Entity {id: row.head})
MATCH (t:Entity {id: row.tail})
MERGE (h)-[r:REL_TYPE]->(t)
SET r = row.props
