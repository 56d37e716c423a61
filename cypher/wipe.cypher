// wipe: delete every node and relationship, in batches (tests and benchmarks only).
// Parameters: none. Must run in an auto-commit transaction.
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
