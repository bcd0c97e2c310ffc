// The ingest page for data stewards: paste a report, dry run (summary, diff, SHACL report in
// tables), then commit. The token stays in this page's memory only.
import { getJson, postText } from "./api.js";
import { lang, t } from "./i18n.js";
import { errorBox, h, loading, shortIri, table } from "./dom.js";

const names = (refs) => refs.map((r) => r.label).join(", ");

function summaryView(summary) {
  const blocs = summary.blocs.map((b) => [b.label, b.year ?? "",
    names(b.leaders.filter((l) => l.role === "leader").map((l) => l.agency)),
    names(b.leaders.filter((l) => l.role === "deputy").map((l) => l.agency)),
    `${b.members.length}${b.stated_count !== null ? ` / ${b.stated_count}` : ""}`, names(b.members)]);
  const people = summary.people.map((p) => [p.name, p.rank ?? "", p.party_roles.join(", "),
    p.posts.map((x) => (x.agency ? `${x.title} — ${x.agency.label}` : x.title)).join("; ")]);
  const events = summary.events.map((e) => [e.label, e.date ?? "", e.place ?? "",
    names(e.chairs), names(e.speakers)]);
  return h("section", { "aria-labelledby": "summary-h" }, h("h2", { id: "summary-h" }, t("summary")),
    blocs.length ? table(t("blocs"), [t("label"), t("year"), t("leader"), t("deputy"),
      t("statedCount"), t("members")], blocs, { id: "summary-blocs" }) : null,
    people.length ? table(t("people"), [t("name"), t("rank"), t("partyRoles"), t("posts")], people) : null,
    events.length ? table(t("event"), [t("label"), t("date"), t("place"), t("chairs"), t("speakers")], events) : null);
}

function diffView(diff, flags) {
  const items = (list) => list.map((x) => [x.label ?? shortIri(x.id), shortIri(x.type), x.id]);
  return h("section", { "aria-labelledby": "diff-h" }, h("h2", { id: "diff-h" }, t("diff")),
    h("dl", { class: "counts", id: "diff-counts" },
      h("dt", {}, t("newTriples")), h("dd", {}, diff.new_triples),
      h("dt", {}, t("knownTriples")), h("dd", {}, diff.known_triples),
      h("dt", {}, t("newEntities")), h("dd", {}, diff.new_entities.length),
      h("dt", {}, t("newFacts")), h("dd", {}, diff.new_facts.length),
      h("dt", {}, t("knownFacts")), h("dd", {}, diff.known_facts.length)),
    flags.length ? h("div", { class: "flags" }, h("h3", {}, t("flags")),
      h("ul", {}, flags.map((f) => h("li", {}, h("code", {}, f.code), ` ${f.message}`)))) : null,
    diff.new_entities.length ? table(t("newEntities"), [t("label"), t("type"), "IRI"], items(diff.new_entities)) : null,
    diff.new_facts.length ? table(t("newFacts"), [t("label"), t("type"), "IRI"], items(diff.new_facts)) : null,
    diff.known_facts.length ? table(t("knownFacts"), [t("label"), t("type"), "IRI"], items(diff.known_facts)) : null);
}

/** The SHACL report as a table (messages in the interface language). */
export function shaclView(report) {
  const rows = report.results.map((r) => [
    h("span", { class: `badge severity-${r.severity}` }, r.severity), shortIri(r.focus_node),
    shortIri(r.path), r.value ?? "", lang() === "en" ? r.message_en : r.message_vi,
    shortIri(r.shape), shortIri(r.constraint)]);
  return h("section", { "aria-labelledby": "shacl-h" }, h("h2", { id: "shacl-h" }, t("shacl")),
    h("p", { id: "shacl-status", class: report.conforms ? "ok" : "bad" },
      report.conforms ? `✔ ${t("conforms")}` : `✘ ${t("violations")}: ${report.results.length}`),
    rows.length ? table(null, [t("severity"), t("focus"), t("path"), t("value"), t("message"),
      t("shape"), t("constraint")], rows, { id: "shacl-table" }) : null);
}

function recordsView(records) {
  return table(t("ingests"), [t("ingestId"), t("steward"), t("time"), t("triples"), t("source")],
    records.map((r) => [h("code", {}, r.id), r.steward, r.time, r.triple_count,
      r.source_url ? h("a", { href: r.source_url }, r.source_url) : (r.source ?? "")]), { id: "ingest-records" });
}

function field(id, label, input) {
  return h("div", { class: "field" }, h("label", { for: id }, label), input);
}

/** Render the ingest page. */
export async function ingestPage(main) {
  const token = h("input", { id: "ingest-token", type: "password", autocomplete: "off", "aria-required": "true" });
  const title = h("input", { id: "ingest-title", type: "text" });
  const url = h("input", { id: "ingest-url", type: "url", inputmode: "url" });
  const published = h("input", { id: "ingest-published", type: "date" });
  const text = h("textarea", { id: "ingest-text", rows: 12, "aria-required": "true" });
  const dry = h("button", { type: "submit", id: "ingest-dry-run" }, t("dryRun"));
  const commit = h("button", { type: "button", id: "ingest-commit", disabled: true }, t("commit"));
  const out = h("div", { id: "ingest-output", "aria-live": "polite" });
  const records = h("div", {});
  const params = (dryRun) => {
    const p = dryRun ? { dry_run: "true" } : {};
    if (url.value) p.source_url = url.value;
    if (published.value) p.published = published.value;
    if (title.value) p.title = title.value;
    return p;
  };
  const check = () => {
    if (!token.value) throw new Error(t("needsToken"));
    if (!text.value.trim()) throw new Error(t("needsText"));
  };
  const refresh = async () => {
    try { records.replaceChildren(recordsView(await getJson("/ingests"))); } catch (error) {
      records.replaceChildren(errorBox(error));
    }
  };
  const dryRun = async () => {
    commit.disabled = true;
    out.replaceChildren(loading());
    try {
      check();
      const review = await postText("/ingests", params(true), text.value, token.value);
      const parts = [
        review.existing ? h("p", { class: "bad" }, `${t("existing")}: ${review.existing.id}`) : null,
        h("p", {}, `${t("ingestId")}: `, h("code", {}, review.ingest_id), ` · ${t("triples")}: ${review.triple_count}`),
        shaclView(review.validation.report), summaryView(review.summary),
        diffView(review.diff, review.flags)];
      out.replaceChildren(...parts.filter(Boolean));
      commit.disabled = !review.validation.report.conforms;
    } catch (error) {
      out.replaceChildren(errorBox(error));
    }
  };
  const doCommit = async () => {
    commit.disabled = true;
    try {
      check();
      const result = await postText("/ingests", params(false), text.value, token.value);
      out.prepend(h("p", { class: "ok", id: "ingest-committed", role: "status" },
        `${result.created ? t("committed") : t("existing")}: ${result.record.id} → ${result.record.graph}`));
      await refresh();
    } catch (error) {
      out.prepend(errorBox(error));
      if (error.details?.report) out.append(shaclView(error.details.report));
    }
  };
  commit.addEventListener("click", doCommit);
  main.replaceChildren(h("h1", {}, t("ingestTitle")), h("p", {}, t("ingestIntro")),
    h("form", { class: "ingest", onsubmit: (event) => { event.preventDefault(); dryRun(); } },
      field("ingest-token", t("token"), token), field("ingest-title", t("titleField"), title),
      field("ingest-url", t("sourceUrl"), url), field("ingest-published", t("published"), published),
      field("ingest-text", t("reportText"), text), h("div", { class: "buttons" }, dry, commit),
      h("p", { class: "hint" }, t("commitBlocked"))),
    out, records);
  await refresh();
}
