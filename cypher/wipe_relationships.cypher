// wipe_relationships: delete every relationship, keep the nodes, in batches (benchmarks only).
// Parameters: none. Must run in an auto-commit transaction.
MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS
