"""nội_chính_graph: a knowledge graph of Vietnamese state institutions."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("noi-chinh-graph")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

__all__ = ["__version__"]
