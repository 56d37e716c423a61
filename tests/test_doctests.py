"""Every docstring example of the installed package runs and holds."""

import doctest
import importlib
import pkgutil

import pytest

import corpgraph

MODULES = sorted(m.name for m in pkgutil.walk_packages(corpgraph.__path__, "corpgraph.")
                 if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
