"""A fact IRI reused for another fact (``ncgsh:ReusedFactIriShape``).

An ingest that reuses the IRI of a fact already in another graph gives it a second value of a
property the fact has once (a second ``org:memberDuring``, ``org:member`` …). pySHACL would say
"exactly one org:memberDuring is required", which sends the steward looking at the wrong thing;
this check says that the IRI is reused and names both graphs (from the validator's
``ncg:inGraph`` marks). Written in Python: it is a dictionary lookup per fact, where a SPARQL
constraint cost a query per fact.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from rdflib import Graph, URIRef
from rdflib.term import Node

from nội_chính_graph.namespaces import NCG, NCGSH, ORG, RDF
from nội_chính_graph.validation.report import ValidationResultItem, render_term

SHAPE = NCGSH.ReusedFactIriShape
COMPONENT = NCGSH.ReusedFactIriConstraintComponent

FACT_CLASSES = (
    NCG.BlocMembership,
    NCG.PostHolding,
    NCG.RankAssignment,
    NCG.PartyRoleMembership,
    NCG.EmulationTheme,
    NCG.GovernmentMotto,
    NCG.MemberCountStatement,
)
"""Classes whose nodes are facts from one source (each has single-valued properties)."""

SINGLE = (
    ORG.member,
    ORG.organization,
    ORG.role,
    ORG.memberDuring,
    NCG.holder,
    NCG.post,
    NCG.rank,
    NCG.heldDuring,
    NCG.attestedDuring,
    NCG.bloc,
    NCG.year,
    NCG.statedMemberCount,
    NCG.modifier,
    NCG.text,
)
"""Properties a fact has at most once: two values on one IRI mean two facts."""


def _facts(union: Graph, focus: Collection[Node] | None) -> Iterable[Node]:
    if focus is None:
        return {s for c in FACT_CLASSES for s in union.subjects(RDF.type, c)}
    return [f for f in focus if any((f, RDF.type, c) in union for c in FACT_CLASSES)]


def check_reuse(union: Graph, focus: Collection[Node] | None = None) -> list[ValidationResultItem]:
    """Results for the facts (in ``focus``, or all) that two graphs give different values."""
    found: list[ValidationResultItem] = []
    for fact in _facts(union, focus):
        graphs = sorted(str(g) for g in union.objects(fact, NCG.inGraph))
        if len(graphs) < 2:
            continue
        for path in SINGLE:
            values = sorted(union.objects(fact, path), key=str)
            if len(values) > 1:
                found.append(_result(fact, path, values, graphs))
    return found


def _result(
    fact: Node, path: URIRef, values: list[Node], graphs: list[str]
) -> ValidationResultItem:
    shown = " / ".join(render_term(v) for v in values)
    named = " và ".join(graphs)
    return ValidationResultItem(
        focus_node=str(fact),
        path=str(path),
        value=render_term(values[-1]),
        message_vi=(
            f"IRI của sự kiện này bị dùng lại: các đồ thị {named} dùng nó cho những sự kiện khác "
            f"nhau ({path}: {shown}). Đặt một IRI mới cho sự kiện mới; chỉ dùng lại IRI cho "
            "đúng cùng một sự kiện."
        ),
        message_en=(
            f"This fact's IRI is reused: graphs {' and '.join(graphs)} use it for different "
            f"facts ({path}: {shown}). Mint a new IRI for the new fact; reuse an IRI only for "
            "the very same fact."
        ),
        severity="Violation",
        shape=str(SHAPE),
        constraint=str(COMPONENT),
    )


__all__ = ["COMPONENT", "FACT_CLASSES", "SHAPE", "SINGLE", "check_reuse"]
