// create_article: add one ingested article (MERGE, so that two writers storing the same
// article at once end with one node).
// Parameters: $id, $title, $source, $published (ISO date or null), $chars, $seq.
MERGE (a:Article {id: $id})
ON CREATE SET a.title = $title, a.source = $source, a.published = $published, a.chars = $chars, a.seq = $seq
