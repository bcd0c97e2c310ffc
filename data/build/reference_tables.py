"""Build ``data/reference/{source-id}.trig`` from the tables in ``data/reference/tables/``.

    python data/build/reference_tables.py              # write the TriG files
    python data/build/reference_tables.py --check      # exit 1 if a file differs from the tables
    python data/build/reference_tables.py --provinces  # first rewrite the province tables from
                                                       # the package vietnamadminunits

The generator is ``nội_chính_graph.reference``; this script only chooses the folders.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from nội_chính_graph.reference import build, load_tables, write

ROOT = Path(__file__).resolve().parents[2]
TABLES = ROOT / "data" / "reference" / "tables"
OUT_DIR = ROOT / "data" / "reference"


def write_province_tables(folder: Path = TABLES) -> list[Path]:
    """Rewrite ``*-provinces.csv`` from the installed ``vietnamadminunits``."""
    from nội_chính_graph.reference.provinces import (
        district_rows,
        districts_csv,
        province_tables,
        to_csv,
    )

    tables = province_tables()
    written = []
    for kind, rows in (
        ("organisations", tables.organisations),
        ("aliases", tables.aliases),
        ("changes", tables.changes),
    ):
        path = folder / f"{kind}-provinces.csv"
        path.write_text(to_csv(rows), encoding="utf-8")
        written.append(path)
    path = folder / "districts-provinces.csv"  # read by the extractor only
    path.write_text(districts_csv(district_rows()), encoding="utf-8")
    written.append(path)
    return written


def check(out_dir: Path = OUT_DIR) -> list[str]:
    """The generated files that are missing or differ from what the tables give."""
    files = build(load_tables(TABLES))
    return [
        name
        for name, text in files.items()
        if not (out_dir / name).exists() or (out_dir / name).read_text("utf-8") != text
    ]


def main() -> int:
    """Build (or check) the reference TriG files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    parser.add_argument("--provinces", action="store_true", help="rebuild the province tables")
    args = parser.parse_args()
    if args.check:
        stale = check()
        for name in stale:
            print(f"out of date: {name}", file=sys.stderr)
        return 1 if stale else 0
    if args.provinces:
        for path in write_province_tables():
            print(path.relative_to(ROOT))
    for path in write(build(load_tables(TABLES)), OUT_DIR):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
