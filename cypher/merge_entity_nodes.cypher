// merge_entity_nodes: fold entity $other into $keep once its relationships are rewritten:
// spellings, aliases, article mentions and the entities kept apart from it move to $keep,
// and $other is deleted.
// Parameters: $keep, $other (entity ids).
MATCH (keep:Entity {id: $keep}), (other:Entity {id: $other})
SET keep.aliases = [n IN keep.aliases + [x IN [other.name] + coalesce(other.aliases, []) WHERE NOT x IN keep.aliases]
                    WHERE n <> keep.name],
    keep.kept_apart = [x IN coalesce(keep.kept_apart, []) + [y IN coalesce(other.kept_apart, [])
                                                              WHERE NOT y IN coalesce(keep.kept_apart, [])]
                       WHERE x <> $keep AND x <> $other]
WITH keep, other
CALL (keep, other) {
  UNWIND coalesce(other.kept_apart, []) AS apart_id
  MATCH (apart:Entity {id: apart_id})
  SET apart.kept_apart = [x IN coalesce(apart.kept_apart, []) WHERE x <> $other AND x <> $keep] + [$keep]
}
WITH keep, other
CALL (keep, other) {
  MATCH (article:Article)-[mention:MENTIONS]->(other)
  MERGE (article)-[:MENTIONS]->(keep)
  DELETE mention
}
CALL (keep, other) {
  MATCH (alias:Alias)-[:ALIAS_OF]->(other)
  MERGE (moved:Alias {uid: keep.id + '|' + alias.name})
    ON CREATE SET moved.key = alias.key, moved.name = alias.name
  MERGE (moved)-[:ALIAS_OF]->(keep)
  DETACH DELETE alias
}
DETACH DELETE other
