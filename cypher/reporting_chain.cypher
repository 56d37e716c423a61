// reporting_chain: whom a person reports to, up the chain, and what the top person leads.
// Parameters: $id (person entity id).
MATCH p = (:Person {id: $id})-[:REPORTS_TO*1..20]->(boss:Person)
OPTIONAL MATCH (boss)-[l:LEADS]->(org:Entity)
RETURN [n IN nodes(p) | n.name] AS chain, collect(DISTINCT org.name) AS leads
ORDER BY size(relationships(p))
