// bulk_entities: create or update many company entities at once (benchmarks, imports).
// Parameters: $rows (list of {id, name}).
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.name = row.name, e.type = 'Company', e.aliases = []
SET e:Company
