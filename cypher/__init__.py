"""Named Cypher files the project runs (the Neo4j backend loads them with importlib.resources)."""
