// reporting_chain: whom a person reports to, up the chain, and what each top person leads.
// Parameters: $id (person entity id).
MATCH p = (:Person {id: $id})-[:REPORTS_TO*1..20]->(boss:Person)
OPTIONAL MATCH (boss)-[:LEADS]->(org:Entity)
WITH [n IN nodes(p) | n.name] AS chain, size(relationships(p)) AS hops, collect(DISTINCT org.name) AS leads
RETURN chain, leads
ORDER BY hops, chain
