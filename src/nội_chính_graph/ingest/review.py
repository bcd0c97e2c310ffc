"""Review of the entities ingests mint: list, confirm, rename, set kind or parent, merge, revert.

An ingest mints what the graph lacks with ``ncg:reviewStatus ncgid:review-status/unreviewed``
(see :mod:`nội_chính_graph.ingest.resolve`). A steward then acts on each one:

* **confirm** — the status becomes *confirmed* (an organisation then needs a kind and an @en
  name: give them with the action, or set them first);
* **rename** — a new @vi (and/or @en) name; the old @vi name stays as ``skos:altLabel``;
* **set-kind** / **set-parent** — ``org:classification`` / ``org:subOrganizationOf``;
* **merge** into an existing entity — every reference in every ingest graph is rewritten to
  the target, the minted entity's own description is dropped, and its name is kept as a
  ``skos:altLabel`` of the target *in the ingest graph that met it* (so its provenance is that
  ingest's report), which makes the next report with that spelling resolve with no code change.

Each action is ONE store transaction (:meth:`Store.write_graphs`): the rewritten ingest graphs
and the action's record in ``ncgg:reviews``. The record keeps the exact change (quads removed
and added, as N-Quads in ``prov:value``), so :meth:`ReviewDesk.revert` undoes it, again in one
transaction. Every action and revert goes to the audit log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections.abc import Callable, Sequence
from typing import Literal as TypingLiteral

import pyoxigraph as ox
from pydantic import BaseModel, Field
from rdflib import Graph, Literal, URIRef

from nội_chính_graph.errors import ApiError
from nội_chính_graph.ingest.audit import AuditLog
from nội_chính_graph.ingest.minting import CONFIRMED, KindCatalogue
from nội_chính_graph.ingest.records import steward_iri
from nội_chính_graph.namespaces import (
    DCTERMS,
    FOAF,
    NCG,
    NCGG,
    NCGID,
    ORG,
    PROV,
    RDF,
    SCHEMA,
    SKOS,
    XSD,
)
from nội_chính_graph.queries.bind import bind, iri
from nội_chính_graph.store.base import RdfPayload, SolutionsResult, Store, rdf_bytes
from nội_chính_graph.store.derived import WriteJournal, write_graphs

REVIEWS_GRAPH = NCGG["reviews"]
INGEST_GRAPHS = str(NCGG["ingest/"])

Action = TypingLiteral["confirm", "rename", "set-kind", "set-parent", "merge"]

_DESCRIPTION = {
    str(p)
    for p in (
        RDF.type,
        SKOS.prefLabel,
        SKOS.altLabel,
        SKOS.editorialNote,
        FOAF.name,
        ORG.classification,
        ORG.subOrganizationOf,
        NCG.level,
        NCG.province,
        NCG.reviewStatus,
        NCG.armedForce,
    )
}
"""What a minted entity says of itself; dropped by a merge (the target has its own)."""

_FAMILIES = (
    {str(NCG.StateAgency), str(NCG.PartyOrgan), str(ORG.FormalOrganization)},
    {str(NCG.EmulationBloc)},
    {str(NCG.Official)},
)
_ORGANISATIONS = {str(NCG.StateAgency), str(NCG.PartyOrgan), str(ORG.FormalOrganization)}

_UNREVIEWED = """
SELECT ?e ?type ?label ?en ?kind ?level ?province ?parent ?g WHERE {
  GRAPH ?g { ?e ncg:reviewStatus <https://w3id.org/noi-chinh/id/review-status/unreviewed> ;
                a ?type }
  OPTIONAL { ?e skos:prefLabel ?label FILTER (LANG(?label) = "vi") }
  OPTIONAL { ?e skos:prefLabel ?en FILTER (LANG(?en) = "en") }
  OPTIONAL { ?e org:classification ?kind } OPTIONAL { ?e ncg:level ?level }
  OPTIONAL { ?e ncg:province ?province } OPTIONAL { ?e org:subOrganizationOf ?parent }
} ORDER BY ?e ?g"""
_GRAPHS_USING = """
SELECT DISTINCT ?g WHERE {
  GRAPH ?g { { #BIND
    ?e ?p ?o } UNION { #BIND
    ?s ?p ?e } }
  FILTER (STRSTARTS(STR(?g), "https://w3id.org/noi-chinh/graph/ingest/"))
} ORDER BY ?g"""
_DESCRIBED_IN = """
SELECT DISTINCT ?g WHERE { #BIND
  GRAPH ?g { ?e ncg:reviewStatus ?status } } ORDER BY ?g"""
_TYPES = "SELECT DISTINCT ?t WHERE { #BIND\n ?e a ?t }"
_RECORDS = """
SELECT ?r ?id ?action ?entity ?into ?steward ?time ?removed ?added WHERE { GRAPH ncgg:reviews {
  #BIND
  ?r a prov:Activity ; dcterms:identifier ?id ; schema:name ?action ; prov:used ?entity ;
     prov:endedAtTime ?time ; prov:wasAssociatedWith ?agent .
  ?agent foaf:name ?steward .
  ?r prov:generated ?rem , ?add .
  ?rem schema:name "removed" ; prov:value ?removed .
  ?add schema:name "added" ; prov:value ?added .
  OPTIONAL { ?r schema:object ?into }
} } ORDER BY ?time ?id"""


class ReviewItem(BaseModel):
    """An entity an ingest minted that no steward has reviewed yet."""

    id: str
    type: str = Field(description="IRI of its class.")
    label: str | None = None
    label_en: str | None = None
    kind: str | None = None
    level: str | None = None
    province: str | None = None
    parent: str | None = None
    graphs: list[str] = Field(default_factory=list, description="Ingest graphs describing it.")


class ReviewAction(BaseModel):
    """One steward action on a minted entity."""

    action: Action
    entity: str = Field(description="IRI of the minted entity.", max_length=2000)
    label: str | None = Field(default=None, max_length=500, description="New @vi name (rename).")
    label_en: str | None = Field(default=None, max_length=500, description="@en name.")
    kind: str | None = Field(default=None, max_length=2000, description="Kind IRI (set-kind).")
    parent: str | None = Field(default=None, max_length=2000, description="Parent IRI.")
    into: str | None = Field(default=None, max_length=2000, description="Merge target IRI.")


class ReviewRecord(BaseModel):
    """A review action as stored in ``ncgg:reviews``."""

    id: str
    action: Action
    entity: str
    into: str | None = None
    steward: str
    time: dt.datetime
    graphs: list[str] = Field(default_factory=list, description="Ingest graphs it rewrote.")
    removed: int = 0
    added: int = 0


class ReviewRevert(BaseModel):
    """The outcome of reverting a review action."""

    record: ReviewRecord
    status: TypingLiteral["reverted"] = "reverted"


Quad = ox.Quad


def _iri(value: str, what: str) -> ox.NamedNode:
    return iri(value, parameter=what)


def _vi(text: str) -> ox.Literal:
    return ox.Literal(text.strip(), language="vi")


def _t(term: URIRef) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def _nquads(quads: Sequence[Quad]) -> str:
    return rdf_bytes(list(quads), ox.RdfFormat.N_QUADS).decode("utf-8") if quads else ""


def _parse_nquads(text: str) -> list[Quad]:
    return list(ox.parse(text.encode("utf-8"), ox.RdfFormat.N_QUADS)) if text else []


class ReviewDesk:
    """Lists minted entities and applies, records and reverts review actions on one store."""

    def __init__(
        self,
        store: Store,
        audit: AuditLog,
        kinds: KindCatalogue,
        lock: threading.Lock,
        clock: Callable[[], dt.datetime],
        journal: WriteJournal | None = None,
    ) -> None:
        self.store = store
        self.journal = journal
        self.audit = audit
        self.kinds = kinds
        self.lock = lock
        self.clock = clock

    # -- reads ----------------------------------------------------------------------------------
    def pending(self) -> list[ReviewItem]:
        """Every entity with ``ncg:reviewStatus`` unreviewed, with what it says of itself."""
        items: dict[str, ReviewItem] = {}
        for row in self._rows(bind(_UNREVIEWED)):
            item = items.setdefault(row["e"], ReviewItem(id=row["e"], type=row["type"]))
            for field in ("label", "kind", "level", "province", "parent"):
                if getattr(item, field) is None and field in row:
                    setattr(item, field, row[field])
            if item.label_en is None and "en" in row:
                item.label_en = row["en"]
            if row["g"] not in item.graphs:
                item.graphs.append(row["g"])
        return list(items.values())

    def records(self) -> list[ReviewRecord]:
        """Every review action still in force, oldest first."""
        return [self._record(row) for row in self._rows(bind(_RECORDS))]

    def record(self, review_id: str) -> ReviewRecord:
        """One review action, or 404."""
        return self._record(self._record_row(review_id))

    # -- actions --------------------------------------------------------------------------------
    def apply(self, action: ReviewAction, steward: str) -> ReviewRecord:
        """Apply ``action`` (one transaction with its record) and audit it."""
        entity = _iri(action.entity, "entity")
        with self.lock:
            try:
                graphs, types = self._graphs_for(action, entity), self._types(entity)
                edit = _Edit(self, graphs)
                self._dispatch(action, entity, types, edit)
                record = self._write(action, steward, edit)
            except ApiError as exc:
                self.audit.append(
                    "review",
                    steward=steward,
                    review_action=action.action,
                    entity=action.entity,
                    outcome="rejected",
                    reason=exc.code,
                )
                raise
        self.audit.append(
            "review",
            steward=steward,
            review_id=record.id,
            review_action=record.action,
            entity=record.entity,
            into=record.into,
            graphs=record.graphs,
            outcome="applied",
        )
        return record

    def revert(self, review_id: str, steward: str) -> ReviewRevert:
        """Undo a review action exactly (its removed quads back, its added quads gone)."""
        with self.lock:
            row = self._record_row(review_id)
            record = self._record(row)
            removed, added = _parse_nquads(row["removed"]), _parse_nquads(row["added"])
            names = sorted({q.graph_name.value for q in removed + added})  # type: ignore[union-attr]
            # An ingest reverted since keeps its graph gone: nothing is written back into it.
            edit = _Edit(self, [n for n in names if self.store.count(n) > 0])
            for quad in added:
                edit.discard(quad)
            for quad in removed:
                edit.add(quad)
            write_graphs(
                self.store,
                self.journal,
                replace={**edit.payloads(), str(REVIEWS_GRAPH): self._records_without(record.id)},
            )
        self.audit.append("review-revert", steward=steward, review_id=review_id, outcome="reverted")
        return ReviewRevert(record=record)

    def _dispatch(
        self, action: ReviewAction, entity: ox.NamedNode, types: set[str], edit: _Edit
    ) -> None:
        if action.action == "merge":
            self._merge(action, entity, types, edit)
            return
        if not edit.described(entity):
            raise ApiError(
                404,
                "not_minted",
                f"<{entity.value}> is not an entity an ingest minted (no ncg:reviewStatus in "
                "an ingest graph); only minted entities are reviewed here.",
                details={"entity": entity.value},
            )
        if action.action == "rename":
            self._rename(action, entity, types, edit)
        elif action.action == "set-kind":
            self._set_kind(action, entity, types, edit)
        elif action.action == "set-parent":
            self._set_parent(action, entity, types, edit)
        else:
            self._confirm(action, entity, types, edit)

    def _rename(
        self, action: ReviewAction, entity: ox.NamedNode, types: set[str], edit: _Edit
    ) -> None:
        if not (action.label or action.label_en):
            raise ApiError(422, "missing_label", "rename needs 'label' (@vi) or 'label_en' (@en).")
        if action.label:
            old = edit.values(entity, SKOS.prefLabel, "vi")
            edit.replace(entity, SKOS.prefLabel, _vi(action.label), language="vi")
            for label in old:
                if label.value != action.label.strip():
                    edit.set_in_described(entity, _t(SKOS.altLabel), label)
            if str(NCG.Official) in types:
                edit.replace(entity, FOAF.name, _vi(action.label), language="vi")
        self._label_en(action, entity, types, edit)

    def _label_en(
        self, action: ReviewAction, entity: ox.NamedNode, types: set[str], edit: _Edit
    ) -> None:
        if str(NCG.Official) in types and action.label:
            edit.replace(
                entity,
                SKOS.prefLabel,
                ox.Literal(action.label.strip(), language="en"),
                language="en",
            )
        elif action.label_en:
            literal = ox.Literal(action.label_en.strip(), language="en")
            edit.replace(entity, SKOS.prefLabel, literal, language="en")

    def _set_kind(
        self, action: ReviewAction, entity: ox.NamedNode, types: set[str], edit: _Edit
    ) -> None:
        if not types & _ORGANISATIONS:
            raise ApiError(422, "not_an_organisation", "Only organisations have a kind.")
        if action.kind is None or action.kind not in self.kinds:
            raise ApiError(
                422,
                "unknown_kind",
                f"{action.kind!r} is not a concept of ncgid:scheme/agency-kinds.",
                details={"kind": action.kind},
            )
        edit.replace(entity, ORG.classification, _iri(action.kind, "kind"))

    def _set_parent(
        self, action: ReviewAction, entity: ox.NamedNode, types: set[str], edit: _Edit
    ) -> None:
        if not types & _ORGANISATIONS or action.parent is None:
            raise ApiError(422, "missing_parent", "set-parent needs an organisation and 'parent'.")
        parent = _iri(action.parent, "parent")
        if not self._types(parent) & (_ORGANISATIONS | {str(NCG.ArmedForce)}):
            raise ApiError(
                422,
                "unknown_parent",
                f"<{parent.value}> is not an organisation in the graph.",
                details={"parent": parent.value},
            )
        if parent == entity:
            raise ApiError(422, "unknown_parent", "An organisation cannot be its own parent.")
        edit.replace(entity, ORG.subOrganizationOf, parent)

    def _confirm(
        self, action: ReviewAction, entity: ox.NamedNode, types: set[str], edit: _Edit
    ) -> None:
        if action.kind is not None:
            self._set_kind(action, entity, types, edit)
        self._label_en(action.model_copy(update={"label": None}), entity, types, edit)
        missing = []
        if types & _ORGANISATIONS and not edit.values(entity, ORG.classification):
            missing.append("a kind (org:classification)")
        if not edit.values(entity, SKOS.prefLabel, "en"):
            missing.append("an English name (skos:prefLabel @en)")
        if missing:
            raise ApiError(
                422,
                "incomplete_entity",
                f"<{entity.value}> cannot be confirmed without {' and '.join(missing)}; "
                "give them with the action ('kind', 'label_en') or set them first.",
                details={"entity": entity.value, "missing": missing},
            )
        edit.replace(entity, NCG.reviewStatus, _t(CONFIRMED))

    def _merge(
        self, action: ReviewAction, entity: ox.NamedNode, types: set[str], edit: _Edit
    ) -> None:
        if action.into is None:
            raise ApiError(422, "missing_target", "merge needs 'into', the entity to merge into.")
        into = _iri(action.into, "into")
        target_types = self._types(into)
        if into == entity or not any(types & f and target_types & f for f in _FAMILIES):
            raise ApiError(
                422,
                "incompatible_merge",
                f"<{entity.value}> cannot be merged into <{into.value}>: the target must be "
                "another entity of the same kind (organisation, bloc or official) in the graph.",
                details={"entity": entity.value, "into": into.value},
            )
        if not edit.described(entity):
            raise ApiError(404, "not_minted", f"<{entity.value}> is not a minted entity.")
        edit.merge(entity, into)

    # -- storage --------------------------------------------------------------------------------
    def _write(self, action: ReviewAction, steward: str, edit: _Edit) -> ReviewRecord:
        if not edit.removed and not edit.added:
            raise ApiError(409, "no_change", "The action changes nothing (already in that state).")
        time = self.clock()
        seed = f"{action.model_dump_json()}|{time.isoformat()}|{steward}"
        review_id = hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16]
        record = ReviewRecord(
            id=review_id,
            action=action.action,
            entity=action.entity,
            into=action.into,
            steward=steward,
            time=time,
            graphs=edit.graphs,
            removed=len(edit.removed),
            added=len(edit.added),
        )
        write_graphs(
            self.store,
            self.journal,
            replace=edit.payloads(),
            add={str(REVIEWS_GRAPH): RdfPayload.from_graph(_record_graph(record, edit))},
        )
        return record

    def _records_without(self, review_id: str) -> RdfPayload:
        data = self.store.get_graph(str(REVIEWS_GRAPH), ox.RdfFormat.N_TRIPLES)
        kept = Graph()
        if data:
            kept.parse(data=data, format="nt")
        act = NCGID[f"review/{review_id}"]
        for node in (act, URIRef(f"{act}/removed"), URIRef(f"{act}/added")):
            kept.remove((node, None, None))
            kept.remove((REVIEWS_GRAPH, None, node))
        used = set(kept.objects(None, PROV.wasAssociatedWith))
        for agent in set(kept.subjects(RDF.type, PROV.Agent)) - used:
            kept.remove((agent, None, None))
        if not any(kept.objects(REVIEWS_GRAPH, PROV.wasDerivedFrom)):
            kept.remove((REVIEWS_GRAPH, None, None))
        return RdfPayload.from_graph(kept)

    def _graphs_for(self, action: ReviewAction, entity: ox.NamedNode) -> list[str]:
        query = _GRAPHS_USING if action.action == "merge" else _DESCRIBED_IN
        rows = self._rows(bind(query, {"e": [URIRef(entity.value)]}))
        return [row["g"] for row in rows if row["g"].startswith(INGEST_GRAPHS)]

    def _types(self, node: ox.NamedNode) -> set[str]:
        return {row["t"] for row in self._rows(bind(_TYPES, {"e": [URIRef(node.value)]}))}

    def _record_row(self, review_id: str) -> dict[str, str]:
        valid = 0 < len(review_id) <= 64 and all(c in "0123456789abcdef" for c in review_id)
        rows = self._rows(bind(_RECORDS, {"r": [NCGID[f"review/{review_id}"]]})) if valid else []
        if not rows:
            raise ApiError(
                404, "not_found", f"No review action {review_id!r}.", details={"id": review_id}
            )
        return rows[0]

    def _record(self, row: dict[str, str]) -> ReviewRecord:
        removed, added = _parse_nquads(row["removed"]), _parse_nquads(row["added"])
        graphs = sorted({q.graph_name.value for q in removed + added})  # type: ignore[union-attr]
        return ReviewRecord(
            id=row["id"],
            action=row["action"],  # type: ignore[arg-type]
            entity=row["entity"],
            into=row.get("into"),
            steward=row["steward"],
            time=dt.datetime.fromisoformat(row["time"]),
            graphs=graphs,
            removed=len(removed),
            added=len(added),
        )

    def _rows(self, sparql: str) -> list[dict[str, str]]:
        result = self.store.query(sparql)
        assert isinstance(result, SolutionsResult)
        return [
            {k: v.value for k, v in row.items() if isinstance(v, ox.NamedNode | ox.Literal)}
            for row in result.rows
        ]


def _record_graph(record: ReviewRecord, edit: _Edit) -> Graph:
    g = Graph()
    act = NCGID[f"review/{record.id}"]
    steward = steward_iri(record.steward)
    removed, added = URIRef(f"{act}/removed"), URIRef(f"{act}/added")
    stamp = Literal(record.time.isoformat(), datatype=XSD.dateTime)
    for s, p, o in (
        (act, RDF.type, PROV.Activity),
        (act, DCTERMS.identifier, Literal(record.id)),
        (act, SCHEMA.name, Literal(record.action)),
        (act, SCHEMA.actionStatus, SCHEMA.CompletedActionStatus),
        (act, PROV.used, URIRef(record.entity)),
        (act, PROV.wasAssociatedWith, steward),
        (act, PROV.endedAtTime, stamp),
        (act, PROV.generated, removed),
        (act, PROV.generated, added),
        (steward, RDF.type, PROV.Agent),
        (steward, FOAF.name, Literal(record.steward)),
        (removed, RDF.type, PROV.Entity),
        (removed, SCHEMA.name, Literal("removed")),
        (removed, DCTERMS.format, Literal("application/n-quads")),
        (removed, PROV.value, Literal(_nquads(edit.removed))),
        (added, RDF.type, PROV.Entity),
        (added, SCHEMA.name, Literal("added")),
        (added, DCTERMS.format, Literal("application/n-quads")),
        (added, PROV.value, Literal(_nquads(edit.added))),
        (REVIEWS_GRAPH, RDF.type, NCG.SourceGraph),
        (REVIEWS_GRAPH, PROV.wasDerivedFrom, added),
    ):
        g.add((s, p, o))
    if record.into is not None:
        g.add((act, SCHEMA.object, URIRef(record.into)))
    return g


class _Edit:
    """The ingest graphs an action rewrites, loaded once, and the quads it removes and adds."""

    def __init__(self, desk: ReviewDesk, graphs: Sequence[str]) -> None:
        self.graphs = list(graphs)
        self.quads: dict[str, dict[Quad, None]] = {}
        for name in self.graphs:
            data = desk.store.get_graph(name, ox.RdfFormat.N_TRIPLES)
            graph = ox.NamedNode(name)
            triples: list[ox.Quad] = list(ox.parse(data, ox.RdfFormat.N_TRIPLES)) if data else []
            self.quads[name] = {
                Quad(t.subject, t.predicate, t.object, graph): None for t in triples
            }
        self.removed: list[Quad] = []
        self.added: list[Quad] = []

    def add(self, quad: Quad) -> None:
        name = quad.graph_name.value  # type: ignore[union-attr]
        if name in self.quads and quad not in self.quads[name]:
            self.quads[name][quad] = None
            self.added.append(quad)

    def discard(self, quad: Quad) -> None:
        name = quad.graph_name.value  # type: ignore[union-attr]
        if name in self.quads and quad in self.quads[name]:
            del self.quads[name][quad]
            self.removed.append(quad)

    def described(self, entity: ox.NamedNode) -> list[str]:
        """The graphs in which ``entity`` carries a review status (where it was minted)."""
        status = _t(NCG.reviewStatus)
        return [
            name
            for name, quads in self.quads.items()
            if any(q.subject == entity and q.predicate == status for q in quads)
        ]

    def values(
        self, entity: ox.NamedNode, predicate: URIRef, language: str | None = None
    ) -> list[ox.Literal | ox.NamedNode]:
        p = _t(predicate)
        return [
            q.object  # type: ignore[misc]
            for quads in self.quads.values()
            for q in quads
            if q.subject == entity
            and q.predicate == p
            and (language is None or getattr(q.object, "language", None) == language)
        ]

    def replace(
        self,
        entity: ox.NamedNode,
        predicate: URIRef,
        value: ox.NamedNode | ox.Literal,
        *,
        language: str | None = None,
    ) -> None:
        """In every graph describing ``entity``: drop its ``predicate`` values (of ``language``)
        and state ``value`` instead."""
        p = _t(predicate)
        for name in self.described(entity):
            for quad in list(self.quads[name]):
                same_lang = language is None or getattr(quad.object, "language", None) == language
                if quad.subject == entity and quad.predicate == p and same_lang:
                    self.discard(quad)
            self.add(Quad(entity, p, value, ox.NamedNode(name)))

    def set_in_described(
        self, entity: ox.NamedNode, predicate: ox.NamedNode, value: ox.Literal | ox.NamedNode
    ) -> None:
        for name in self.described(entity):
            self.add(Quad(entity, predicate, value, ox.NamedNode(name)))

    def merge(self, entity: ox.NamedNode, into: ox.NamedNode) -> None:
        """Rewrite ``entity`` to ``into`` everywhere; keep its names as altLabels of ``into``."""
        pref, alt = _t(SKOS.prefLabel), _t(SKOS.altLabel)
        for name, quads in self.quads.items():
            graph = ox.NamedNode(name)
            for quad in list(quads):
                if quad.subject == entity:
                    self.discard(quad)
                    if (
                        quad.predicate in (pref, alt)
                        and getattr(quad.object, "language", "") == "vi"
                    ):
                        self.add(Quad(into, alt, quad.object, graph))
                    elif quad.predicate.value not in _DESCRIPTION:
                        self.add(Quad(into, quad.predicate, quad.object, graph))
                elif quad.object == entity:
                    self.discard(quad)
                    self.add(Quad(quad.subject, quad.predicate, into, graph))

    def payloads(self) -> dict[str, RdfPayload]:
        out: dict[str, RdfPayload] = {}
        for name, quads in self.quads.items():
            triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
            out[name] = RdfPayload(
                rdf_bytes(triples, ox.RdfFormat.N_TRIPLES), ox.RdfFormat.N_TRIPLES
            )
        return out


__all__ = [
    "REVIEWS_GRAPH",
    "Action",
    "ReviewAction",
    "ReviewDesk",
    "ReviewItem",
    "ReviewRecord",
    "ReviewRevert",
]
