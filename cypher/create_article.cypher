// create_article: add one ingested article.
// Parameters: $id, $title, $source, $published (ISO date or null), $chars, $seq.
CREATE (a:Article {id: $id, title: $title, source: $source, published: $published, chars: $chars, seq: $seq})
