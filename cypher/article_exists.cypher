// article_exists: is an article (by the hash of its text) already stored?
// Parameters: $id (string).
OPTIONAL MATCH (a:Article {id: $id})
RETURN a IS NOT NULL AS stored
