// entities: every entity with its spellings.
// Parameters: $type ('Company', 'Person' or null for both).
MATCH (e:Entity)
WHERE $type IS NULL OR e.type = $type
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases
ORDER BY toLower(e.name), e.id
