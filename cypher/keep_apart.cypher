// keep_apart: remember that entities $a and $b were split by a user, so that resolution
// never folds them back into one.
// Parameters: $a, $b (entity ids).
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
SET a.kept_apart = [x IN coalesce(a.kept_apart, []) WHERE x <> $b] + [$b],
    b.kept_apart = [x IN coalesce(b.kept_apart, []) WHERE x <> $a] + [$a]
