// article: one stored article.
// Parameters: $id (article id).
MATCH (a:Article {id: $id})
RETURN a.id AS id, a.title AS title, a.source AS source, a.published AS published, a.chars AS chars
