// The SPARQL editor: example questions, a results table, downloads as CSV or JSON.
import { examples, getJson, sparql } from "./api.js";
import { lang, t } from "./i18n.js";
import { errorBox, h, loading, table } from "./dom.js";

const ID_BASE = "https://w3id.org/noi-chinh/id/";

function cell(term) {
  if (!term) return "";
  if (term.type === "uri") {
    const ours = term.value.startsWith(ID_BASE);
    const href = ours ? `#/entity/${term.value.slice(ID_BASE.length)}` : term.value;
    return h("a", { href, title: term.value, "data-iri": ours ? term.value : null, class: "term-iri" }, term.value);
  }
  return h("span", { lang: term["xml:lang"] || null }, term.value);
}

/** Replace the text of every link to one of our IRIs in `root` by the entity's label (the
 * IRI stays in the link's title and target); 100 IRIs per request to /api/v1/labels. */
async function labelLinks(root) {
  const links = [...root.querySelectorAll("a[data-iri]")];
  const iris = [...new Set(links.map((a) => a.dataset.iri))];
  const labels = new Map();
  for (let i = 0; i < iris.length; i += 100) {
    const query = new URLSearchParams(iris.slice(i, i + 100).map((iri) => ["iri", iri]));
    const found = await getJson("/labels", query);
    for (const item of found.items) labels.set(item.id, item.label);
  }
  for (const a of links) {
    const label = labels.get(a.dataset.iri);
    if (label) {
      a.textContent = label;
      a.classList.add("labelled");
    }
  }
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function resultsView(json) {
  if ("boolean" in json) return h("p", { class: "ask" }, json.boolean ? t("askTrue") : t("askFalse"));
  const vars = json.head.vars;
  const rows = json.results.bindings.map((b) => vars.map((v) => cell(b[v])));
  const note = `${rows.length} ${t("rows")} ${json.truncated ? t("truncated") : ""}`;
  return h("div", {}, h("p", { class: "count", id: "sparql-count" }, note),
    table(null, vars, rows, { id: "sparql-results" }));
}

/** An example's query with its leading comment (the question) in the page's language. */
function inLanguage(example) {
  const title = example.titles?.[lang()];
  if (!title) return example.query;
  const lines = example.query.split("\n");
  let first = 0;
  while (first < lines.length && lines[first].startsWith("#")) first++;
  return [`# ${title}`, ...lines.slice(first)].join("\n");
}

/** Render the SPARQL page. */
export async function sparqlPage(main) {
  const editor = h("textarea", { id: "sparql-query", rows: 14, spellcheck: "false" },
    "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10");
  const picker = h("select", { id: "sparql-example" }, h("option", { value: "" }, t("chooseExample")));
  const out = h("div", { id: "sparql-output", "aria-live": "polite" });
  const csv = h("button", { type: "button", disabled: true }, t("downloadCsv"));
  const json = h("button", { type: "button", disabled: true }, t("downloadJson"));
  let last = null;
  const run = async () => {
    out.replaceChildren(loading());
    try {
      const response = await sparql(editor.value, "application/sparql-results+json");
      last = { query: editor.value, text: await response.text() };
      out.replaceChildren(resultsView(JSON.parse(last.text)));
      csv.disabled = json.disabled = false;
      await labelLinks(out);
    } catch (error) {
      last = null;
      csv.disabled = json.disabled = true;
      out.replaceChildren(errorBox(error));
    }
  };
  csv.addEventListener("click", async () => {
    const response = await sparql(last.query, "text/csv");
    download("results.csv", "text/csv", await response.text());
  });
  json.addEventListener("click", () => download("results.json", "application/json", last.text));
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); }
  });
  main.replaceChildren(
    h("h1", {}, t("sparqlTitle")),
    h("form", { class: "sparql", onsubmit: (event) => { event.preventDefault(); run(); } },
      h("label", { for: "sparql-example" }, t("examples")), picker,
      h("label", { for: "sparql-query" }, t("queryLabel")), editor,
      h("div", { class: "buttons" }, h("button", { type: "submit", id: "sparql-run" }, t("run")), csv, json)),
    out);
  try {
    const list = await examples();
    picker.append(...list.map((ex) => h("option", { value: ex.name, lang: ex.titles?.[lang()] ? lang() : "en" },
      ex.titles?.[lang()] ?? ex.title)));
    picker.addEventListener("change", () => {
      const chosen = list.find((ex) => ex.name === picker.value);
      if (chosen) editor.value = inLanguage(chosen);
    });
  } catch (error) {
    out.replaceChildren(errorBox(error));
  }
}
