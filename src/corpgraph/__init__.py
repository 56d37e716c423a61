"""corpgraph: turn news articles into a graph of corporate relationships.

The pipeline: ``corpgraph.loaders`` reads articles and extracts entities and relations,
``corpgraph.graph`` resolves, stores and queries them, ``corpgraph.cypher`` holds the
Cypher the project runs, and ``corpgraph.cli`` fronts it all.
"""

__version__ = "0.1.0"
