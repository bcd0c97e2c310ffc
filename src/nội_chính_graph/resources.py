"""Locate the ontology, shapes and data that ship inside the wheel (or sit in a source tree)."""

from importlib import resources
from pathlib import Path

_PACKAGED = "_resources"


def resource_root() -> Path:
    """Return the folder holding ``ontology/``, ``shapes/`` and ``data/``.

    An installed wheel carries them in ``nội_chính_graph/_resources``; a source checkout (or an
    editable install) has them at the repository root.
    """
    packaged = Path(str(resources.files(__package__ or "nội_chính_graph"))) / _PACKAGED
    if (packaged / "ontology").is_dir():
        return packaged
    return Path(__file__).resolve().parents[2]


def ontology_dir() -> Path:
    """The folder of ontology Turtle files."""
    return resource_root() / "ontology"


def shapes_dir() -> Path:
    """The folder of SHACL shape files."""
    return resource_root() / "shapes"


def data_dir() -> Path:
    """The folder of source reports and their graphs."""
    return resource_root() / "data"


__all__ = ["data_dir", "ontology_dir", "resource_root", "shapes_dir"]
