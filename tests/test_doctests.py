"""Every docstring example of the installed package runs and holds."""

import doctest
import importlib
import pkgutil

import pytest

import corpgraph
import corpgraph.cypher
import corpgraph.graph
import corpgraph.loaders

# walked package by package: the sub-packages live in their own folders (package-dir)
PACKAGES = (corpgraph, corpgraph.graph, corpgraph.loaders, corpgraph.cypher)
MODULES = sorted({m.name for package in PACKAGES
                  for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")
                  if not m.name.endswith("__main__")})


def test_every_module_is_collected():
    assert {"corpgraph.cli", "corpgraph.graph.embedded", "corpgraph.loaders.relations"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
