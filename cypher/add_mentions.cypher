// add_mentions: record that articles mention an entity.
// Parameters: $id (entity id), $articles (list of article ids).
MATCH (e:Entity {id: $id})
UNWIND $articles AS article_id
MATCH (a:Article {id: article_id})
MERGE (a)-[:MENTIONS]->(e)
