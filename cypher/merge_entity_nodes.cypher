// merge_entity_nodes: fold entity $other into $keep once its relationships are rewritten:
// spellings, aliases and article mentions move to $keep, and $other is deleted.
// Parameters: $keep, $other (entity ids).
MATCH (keep:Entity {id: $keep}), (other:Entity {id: $other})
SET keep.aliases = [n IN keep.aliases + [x IN [other.name] + coalesce(other.aliases, []) WHERE NOT x IN keep.aliases]
                    WHERE n <> keep.name]
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
