// lock_names: take the write locks that serialise entity resolution between concurrent
// ingests. One lock node per two-letter prefix of a name key (resolution only ever compares
// names that share one), taken in sorted order so two writers never deadlock; held until
// the transaction ends.
// Parameters: $prefixes (sorted list of strings).
UNWIND $prefixes AS prefix
MERGE (lock:NameLock {prefix: prefix})
SET lock.taken = coalesce(lock.taken, 0) + 1
