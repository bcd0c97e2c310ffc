"""Province tables from the PyPI package ``vietnamadminunits`` (build time only).

The package ships the 63 provinces and centrally-run cities in force until 30/6/2025
(``parser_legacy.json``), the 34 from 1/7/2025 (``parser_from_2025.json``) and which old units
make up each new one (``converter_2025.json``). This module turns them into the reference
tables' rows: organisations (names, codes as notes), aliases (short names) and the 23 mergers of
Nghị quyết 202/2025/QH15. It needs the package only when the tables are rebuilt
(``pip install 'noi-chinh-graph[reference-build]'``).
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.resources
import io
import json
from dataclasses import astuple, dataclass
from typing import Any

from nội_chính_graph.reference.tables import AliasRow, ChangeRow, OrgRow, columns
from nội_chính_graph.text import fold, nfc, slugify

PACKAGE = "vietnamadminunits"
#: The source rows these tables cite (see ``sources.csv``).
PACKAGE_SOURCE = "vietnamadminunits"
MERGER_SOURCE = "nq-202-2025-qh15"
IN_OPERATION_SOURCE = "vietnamplus-34-tinh-tu-1-7-2025"
HANOI_2008_SOURCE = "baomoi-mo-rong-ha-noi-2008"
MERGED_ON = "2025-07-01"
SIXTY_THREE_FROM = "2008-08-01"
CITY = "Thành phố"


@dataclass(frozen=True)
class Unit:
    """One province or centrally-run city as the package lists it."""

    key: str
    name: str
    short: str
    code: str
    keywords: tuple[str, ...]

    @property
    def city(self) -> bool:
        """A centrally-run city (``Thành phố …``)."""
        return self.name.startswith(CITY)


def package_version() -> str:
    """The installed version of ``vietnamadminunits``."""
    return importlib.metadata.version(PACKAGE)


def _load(name: str) -> dict[str, Any]:
    data = importlib.resources.files(PACKAGE).joinpath("data", name).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(data)
    return loaded


def _units(table: dict[str, dict[str, Any]]) -> dict[str, Unit]:
    return {
        key: Unit(
            key,
            nfc(v["province"]),
            nfc(v["provinceShort"]),
            v["provinceCode"],
            tuple(v["provinceKeywords"]),
        )
        for key, v in table.items()
    }


def legacy_units() -> dict[str, Unit]:
    """The 63 units until 30/6/2025, by package key."""
    return _units(_load("parser_legacy.json")["DICT_PROVINCE"])


def units_2025() -> dict[str, Unit]:
    """The 34 units from 1/7/2025, by package key."""
    return _units(_load("parser_from_2025.json")["DICT_PROVINCE"])


def merged_from() -> dict[str, list[str]]:
    """New unit key → the old unit keys it was formed from."""
    mapping: dict[str, list[str]] = _load("converter_2025.json")["DICT_PROVINCE"]
    return mapping


def path_old(unit: Unit) -> str:
    """``province/{slug}`` of a unit in force until 30/6/2025 (or unchanged since)."""
    return f"province/{slugify(unit.short)}"


def path_new(unit: Unit, unchanged: bool) -> str:
    """``province/{slug}``, or ``province/{slug}-2025`` for a unit formed on 1/7/2025."""
    return path_old(unit) if unchanged else f"province/{slugify(unit.short)}-2025"


def _org(path: str, unit: Unit, version: str) -> OrgRow:
    kind = "centrally-run-city" if unit.city else "province"
    label_en = f"{unit.short} {'City' if unit.city else 'Province'}"
    note = f"Code {unit.code} in {PACKAGE} {version}."
    return OrgRow(
        path,
        "AdministrativeUnit",
        kind,
        "",
        "provincial",
        unit.name,
        label_en,
        "",
        "",
        PACKAGE_SOURCE,
        note,
    )


def _span(path: str, begin: str, end: str, source: str) -> OrgRow:
    return OrgRow(path, "", "", "", "", "", "", begin, end, source, "")


def _abbreviations(unit: Unit) -> list[str]:
    """The package's short ASCII keywords that are not a folding of the name (``hn``, ``hcm``)."""
    folded = {fold(unit.name).replace(" ", ""), fold(unit.short).replace(" ", "")}
    return [k.upper() for k in unit.keywords if len(k) <= 4 and k not in folded]


def _aliases(path: str, unit: Unit) -> list[AliasRow]:
    names = [unit.short, *_abbreviations(unit)]
    return [AliasRow(path, name, "", PACKAGE_SOURCE, "") for name in names]


def _change(new: Unit, path: str, olds: list[Unit]) -> ChangeRow:
    originals = ";".join(path_old(u) for u in olds)
    label = f"{', '.join(u.name for u in olds)} → {new.name} (2025)"
    return ChangeRow(
        f"change/{MERGED_ON}/{path.split('/', 1)[1]}",
        MERGED_ON,
        originals,
        path,
        label,
        "",
        MERGER_SOURCE,
        "",
    )


@dataclass(frozen=True)
class ProvinceTables:
    """Rows for ``organisations-provinces.csv``, ``aliases-provinces.csv``,
    ``changes-provinces.csv``."""

    organisations: list[OrgRow]
    aliases: list[AliasRow]
    changes: list[ChangeRow]


def province_tables(version: str | None = None) -> ProvinceTables:
    """Every row the package gives, in a fixed order."""
    version = version or package_version()
    old, new, sources = legacy_units(), units_2025(), merged_from()
    orgs: list[OrgRow] = []
    aliases: list[AliasRow] = []
    changes: list[ChangeRow] = []
    merged_away = {k for key, ks in sources.items() if ks != [key] for k in ks}
    for unit in sorted(old.values(), key=lambda u: u.code):
        path = path_old(unit)
        orgs.append(_org(path, unit, version))
        end = MERGED_ON if unit.key in merged_away else ""
        orgs.append(_span(path, SIXTY_THREE_FROM, "", HANOI_2008_SOURCE))
        if end:
            orgs.append(_span(path, "", end, IN_OPERATION_SOURCE))
        aliases.extend(_aliases(path, unit))
    for unit in sorted(new.values(), key=lambda u: u.code):
        unchanged = sources[unit.key] == [unit.key]
        if unchanged:
            continue
        path = path_new(unit, unchanged)
        orgs.append(_org(path, unit, version))
        orgs.append(_span(path, MERGED_ON, "", IN_OPERATION_SOURCE))
        aliases.extend(_aliases(path, unit))
        changes.append(_change(unit, path, [old[k] for k in sorted(sources[unit.key])]))
    return ProvinceTables(orgs, aliases, changes)


#: The columns of ``districts-provinces.csv``.
DISTRICT_COLUMNS = ("province", "province_name", "type", "name", "code", "source")


def district_rows(version: str | None = None) -> list[tuple[str, ...]]:
    """The districts of the 63 provinces until 30/6/2025 (``DICT_PROVINCE_DISTRICT``): their
    province's path and name, type ("Huyện", "Quận", "Thị xã", "Thành phố"), short name and code, by
    code. The extractor reads the table to find the province of a report that names only its
    districts ("huyện Quan Sơn", "TP Cao Lãnh"); it is not turned into RDF."""
    version = version or package_version()
    units = legacy_units()
    table: dict[str, dict[str, dict[str, str]]] = _load("parser_legacy.json")[
        "DICT_PROVINCE_DISTRICT"
    ]
    rows = [
        (
            path_old(units[key]),
            units[key].name,
            nfc(d["districtType"]),
            nfc(d["districtShort"]),
            d["districtCode"],
            PACKAGE_SOURCE,
        )
        for key, districts in table.items()
        for d in districts.values()
    ]
    return sorted(rows, key=lambda row: (row[4], row[0]))


def districts_csv(rows: list[tuple[str, ...]]) -> str:
    """``districts-provinces.csv`` as text."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(DISTRICT_COLUMNS)
    writer.writerows(rows)
    return out.getvalue()


def to_csv(rows: list[OrgRow] | list[AliasRow] | list[ChangeRow]) -> str:
    """One table as CSV text (header first, ``\\n`` line ends)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns(type(rows[0])))
    writer.writerows(astuple(row) for row in rows)
    return out.getvalue()


__all__ = [
    "DISTRICT_COLUMNS",
    "ProvinceTables",
    "Unit",
    "district_rows",
    "districts_csv",
    "package_version",
    "province_tables",
    "to_csv",
]
