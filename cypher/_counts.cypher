// _counts: whether relationship REL counts for a question (the Scope of graph/queries.py):
// its confidence is high enough; with $as_of, it had started (date, else derived since) and
// had not ended (a former edge with a dated end counts before that date); otherwise its
// status is one of $statuses. Used as COUNTS(r) in question files.
// Parameters: $statuses (list of status words), $as_of (YYYY[-MM[-DD]] or null), $min_confidence (0-1).
(REL.confidence >= $min_confidence AND
 CASE WHEN $as_of IS NOT NULL AND coalesce(REL.date, REL.since) IS NOT NULL AND
           left(coalesce(REL.date, REL.since), size($as_of)) > left($as_of, size(coalesce(REL.date, REL.since)))
      THEN false
      WHEN $as_of IS NOT NULL AND REL.status = 'former' AND REL.ended IS NOT NULL
      THEN left(REL.ended, size($as_of)) > left($as_of, size(REL.ended))
      ELSE REL.status IN $statuses END)
