// count_relationships: how many relationships the database holds.
// Parameters: none.
MATCH ()-[r]->() RETURN count(r) AS n
