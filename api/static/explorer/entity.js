// The entity page: facts with their sources, the graph (neighbourhood or a bloc's membership
// by year, with a year control) and, for an official, the timeline of posts and ranks.
import { COLLECTIONS, getJson } from "./api.js";
import { t } from "./i18n.js";
import {
  announce, entityHref, entityLink, errorBox, h, highlight, loading, shortIri, typeBadge,
} from "./dom.js";
import { GraphView, legend } from "./graph.js";

/** A link to a report; with a URL, a text fragment makes the browser highlight the quote. */
export function reportHref(source) {
  if (source.url) return source.quote ? `${source.url}#:~:text=${textFragment(source.quote)}` : source.url;
  return source.report ? `/id/report/${source.report.slug}` : source.source;
}

function textFragment(quote) {
  const enc = (s) => encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C");
  const words = quote.trim().split(/\s+/);
  if (words.length <= 8) return enc(words.join(" "));
  return `${enc(words.slice(0, 5).join(" "))},${enc(words.slice(-4).join(" "))}`;
}

/** One source: the report link, its metadata and the quoted sentence, `needles` marked. */
export function sourceView(source, needles) {
  const name = source.title || source.report?.label || shortIri(source.source);
  const meta = [source.publisher, source.issued?.slice(0, 10)].filter(Boolean).join(", ");
  return h("div", { class: "source" },
    h("p", { class: "source-head" }, `${t("source")}: `,
      h("a", { href: reportHref(source), title: t("openReport"), rel: "noopener" }, name),
      meta ? h("span", { class: "meta" }, ` — ${meta}`) : null),
    source.quote ? h("blockquote", { "aria-label": t("quote") }, highlight(source.quote, needles)) : null);
}

function statementValue(st) {
  return st.entity ? entityLink(st.entity) : h("span", { lang: st.lang || null }, st.value ?? "");
}

function statementList(statements) {
  return h("ul", { class: "statements" }, statements.map((st) =>
    h("li", {}, h("span", { class: "predicate" }, `${st.predicate_label}: `), statementValue(st))));
}

function factTitle(fact) {
  const named = fact.statements.find((st) => st.entity && st.entity.label)?.entity.label;
  return `${shortIri(fact.classes[0] ?? fact.type)}${named ? ` — ${named}` : ""}`;
}

function factView(fact, needles, open) {
  return h("details", { class: "fact", open },
    h("summary", {}, h("strong", {}, factTitle(fact)), " ",
      h("span", { class: "relation" }, `(${shortIri(fact.relation)})`)),
    statementList(fact.statements),
    fact.notes.length ? h("p", { class: "notes" }, `${t("notes")}: ${fact.notes.join(" ")}`) : null,
    fact.sources.map((s) => sourceView(s, needles)));
}

function factsSection(detail) {
  const needles = [detail.label, ...detail.alt_labels];
  return h("section", { "aria-labelledby": "facts-h" },
    h("h2", { id: "facts-h" }, t("facts")),
    detail.alt_labels.length ? h("p", {}, `${t("aliases")}: ${detail.alt_labels.join("; ")}`) : null,
    h("h3", {}, t("properties")), statementList(detail.statements),
    detail.notes.length ? h("p", { class: "notes" }, detail.notes.join(" ")) : null,
    detail.facts.map((f) => factView(f, needles, detail.facts.length <= 6)));
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
      legendSlot.replaceChildren(legend(view.nodes));
      announce(`${node.label}: ${more.nodes.length}`);
    } catch (error) {
      info.append(errorBox(error));
    }
  };
  const section = h("section", { "aria-labelledby": id, class: "graph-section" },
    h("h2", { id }, title), box, legendSlot, info);
  const show = (graph, center, layout) => {
    view.show(graph, center, layout);
    legendSlot.replaceChildren(legend(graph.nodes));
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
      h("p", { class: "iri" }, h("a", { href: `/id/${type}/${slug}` }, iri), " · ",
        h("a", { href: `/doc/${type}/${slug}.ttl` }, "Turtle")),
      ...sections.filter(Boolean));
    document.title = `${label} — nội_chính_graph`;
  } catch (error) {
    main.replaceChildren(errorBox(error));
  }
}
