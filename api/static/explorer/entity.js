// The entity page: facts with their sources, the graph (neighbourhood or a bloc's membership
// by year, with a year control) and, for an official, the timeline of posts and ranks.
import { COLLECTIONS, getJson } from "./api.js";
import { t } from "./i18n.js";
import { announce, entityHref, entityLink, errorBox, h, loading, typeBadge } from "./dom.js";
import { aboutSentences, factGroups, notesView } from "./facts.js";
import { GraphView, legend } from "./graph.js";
import { sourceView } from "./sources.js";

function factsSection(detail) {
  const needles = [detail.label, ...detail.alt_labels];
  const about = aboutSentences(detail);
  return h("section", { "aria-labelledby": "facts-h", class: "facts" },
    h("h2", { id: "facts-h" }, t("facts")),
    detail.alt_labels.length ? h("p", { class: "aliases" }, `${t("aliases")}: ${detail.alt_labels.join("; ")}`) : null,
    about.length ? h("ul", { class: "sentences about" }, about.map((s) => h("li", {}, s))) : null,
    notesView(detail.notes),
    detail.sources.length
      ? h("details", { class: "own-sources" }, h("summary", {}, `${t("source")} (${detail.sources.length})`),
        detail.sources.map((s) => sourceView(s, needles)))
      : null,
    factGroups(detail, needles));
}

/** A graph panel: the SVG, its legend, and the selected node with links to open or expand. */
function graphPanel(title, id) {
  const box = h("div", { class: "graph-box" });
  const info = h("div", { class: "graph-info", "aria-live": "polite" }, t("expandHint"));
  const legendSlot = h("div", {});
  const view = new GraphView(box, { label: title, onSelect: (node) => select(node) });
  const select = async (node) => {
    info.replaceChildren(`${t("selected")}: `, h("strong", {}, node.label), " ", typeBadge(node.type),
      " · ", h("a", { href: entityHref(node), class: "open-node" }, t("open")));
    try {
      const more = await getJson("/graph/neighbourhood", { iri: node.id, depth: 1, limit: 60 });
      view.merge(more);
      legendSlot.replaceChildren(legend(view.nodes, view));
      announce(`${node.label}: ${more.nodes.length}`);
    } catch (error) {
      info.append(errorBox(error));
    }
  };
  const section = h("section", { "aria-labelledby": id, class: "graph-section" },
    h("h2", { id }, title), box, legendSlot, info);
  const show = (graph, center, layout) => {
    view.show(graph, center, layout);
    legendSlot.replaceChildren(legend(graph.nodes, view));
  };
  return { section, show };
}

async function neighbourhoodSection(iri) {
  const panel = graphPanel(t("graph"), "graph-h");
  const graph = await getJson("/graph/neighbourhood", { iri, depth: 1, limit: 80 });
  panel.show(graph, iri, "force");
  return panel.section;
}

function roster(m) {
  const role = (ref) => (ref ? entityLink(ref) : h("em", {}, t("none")));
  const needles = (member) => [member.label];
  return h("div", { class: "roster" },
    h("dl", {},
      h("dt", {}, t("leader")), h("dd", { "data-role": "leader" }, role(m.leader)),
      h("dt", {}, t("deputy")), h("dd", { "data-role": "deputy" }, role(m.deputy))),
    h("h3", {}, `${t("members")} ${m.year} (${m.members.length})`),
    h("ul", { class: "members" }, m.members.map((member) =>
      h("li", {}, entityLink(member), " ", h("span", { class: `badge role-${member.role}` }, t(member.role)),
        member.sources.length ? h("details", {}, h("summary", {}, t("source")),
          member.sources.map((s) => sourceView(s, needles(member)))) : null))));
}

async function membershipSection(slug, wantedYear) {
  const timeline = await getJson(`/blocs/${slug}/membership`);
  const years = timeline.years;
  if (!years.length) return null;
  let year = years.includes(wantedYear) ? wantedYear : years[years.length - 1];
  const panel = graphPanel(t("membership"), "membership-h");
  const select = h("select", { id: "year-select" },
    years.map((y) => h("option", { value: y, selected: y === year }, y)));
  const prev = h("button", { type: "button", "aria-label": t("prevYear") }, "◀");
  const next = h("button", { type: "button", "aria-label": t("nextYear") }, "▶");
  const rosterSlot = h("div", {});
  const draw = async () => {
    const m = await getJson(`/blocs/${slug}/membership`, { year });
    panel.show(m.graph, m.bloc.id, "radial");
    rosterSlot.replaceChildren(roster(m));
    prev.disabled = years.indexOf(year) === 0;
    next.disabled = years.indexOf(year) === years.length - 1;
    select.value = String(year);
    history.replaceState(null, "", `#/entity/bloc/${slug}?year=${year}`);
    announce(`${t("year")} ${year}: ${m.leader ? m.leader.label : t("none")}`);
  };
  const step = (delta) => { year = years[years.indexOf(year) + delta]; draw(); };
  select.addEventListener("change", () => { year = Number(select.value); draw(); });
  prev.addEventListener("click", () => step(-1));
  next.addEventListener("click", () => step(1));
  const controls = h("div", { class: "year-control" },
    h("label", { for: "year-select" }, t("year")), prev, select, next);
  panel.section.querySelector("h2").after(controls);
  panel.section.append(rosterSlot);
  await draw();
  return panel.section;
}

function years(entry) {
  const a = entry.start?.slice(0, 4), b = entry.end?.slice(0, 4);
  if (!a && !b) return "?";
  return a === b || !b ? a : `${a ?? "?"}–${b}`;
}

async function timelineSection(slug, name) {
  const data = await getJson(`/people/${slug}/timeline`);
  const entries = [...data.entries].sort((x, y) => (x.start ?? "").localeCompare(y.start ?? ""));
  return h("section", { "aria-labelledby": "timeline-h" },
    h("h2", { id: "timeline-h" }, t("timeline")),
    h("ol", { class: "timeline" }, entries.map((e) =>
      h("li", { class: `entry entry-${e.kind}` },
        h("span", { class: "when" }, years(e)), " ",
        h("span", { class: `badge kind-${e.kind}` }, t(e.kind)), " ",
        h("strong", {}, e.role && e.kind === "party-role" ? `${e.role.label} ` : "", e.what.label),
        e.organisation && e.organisation.id !== e.what.id ? [" — ", entityLink(e.organisation)] : null,
        e.modifier ? ` (${e.modifier.label})` : null,
        e.sources.length ? h("details", {}, h("summary", {}, `${t("source")} (${e.sources.length})`),
          e.sources.map((s) => sourceView(s, [name]))) : null))));
}

/** Render the page of the entity `{type}/{slug}`. */
export async function entityPage(main, type, slug, params) {
  main.replaceChildren(loading());
  const iri = `https://w3id.org/noi-chinh/id/${type}/${slug}`;
  try {
    const collection = COLLECTIONS[type];
    const detail = collection ? await getJson(`/${collection}/${slug}`) : null;
    const label = detail?.label ?? slug;
    const sections = [];
    if (type === "bloc") sections.push(await membershipSection(slug, Number(params.get("year"))));
    if (type === "person") sections.push(await timelineSection(slug, label));
    if (type !== "bloc") sections.push(await neighbourhoodSection(iri));
    sections.push(detail ? factsSection(detail) : h("p", {}, t("noDetail")));
    main.replaceChildren(
      h("h1", {}, label, " ", typeBadge(type)),
      h("p", { class: "iri" }, h("a", { href: `/id/${type}/${slug}`, class: "iri-link" }, iri)),
      h("p", { class: "rdf-links" }, `${t("rdfLinks")}: `,
        h("a", { href: `/doc/${type}/${slug}.ttl`, type: "text/turtle" }, "Turtle"), " · ",
        h("a", { href: `/doc/${type}/${slug}.jsonld`, type: "application/ld+json" }, "JSON-LD"), " · ",
        h("a", { href: `/doc/${type}/${slug}.html` }, "HTML")),
      ...sections.filter(Boolean));
    document.title = `${label} — nội_chính_graph`;
  } catch (error) {
    main.replaceChildren(errorBox(error));
  }
}
