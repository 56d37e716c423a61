// stats: counts of articles, entities, relationships and evidence, and relationships per type.
// Parameters: none.
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities, count(CASE WHEN e.type = 'Person' THEN 1 END) AS people }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations, sum(size(r.evidence_json)) AS evidence,
          collect(type(r)) AS types }
RETURN articles, entities, people, relations, coalesce(evidence, 0) AS evidence, types
