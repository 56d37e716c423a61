"""Read articles and extract the companies, people and relationships they state.

Stages, one module each: ``read`` (files, folders, stdin to articles), ``clean``
(boilerplate), ``mentions`` (names of companies and people), ``resolve`` (one entity per
thing within an article), ``relations`` (typed relations with status and attributes),
and ``extract`` (the pipeline over one article).
"""
