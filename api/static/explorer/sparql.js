// The SPARQL editor: example questions, a results table, downloads as CSV or JSON.
import { examples, sparql } from "./api.js";
import { t } from "./i18n.js";
import { errorBox, h, loading, table } from "./dom.js";

function cell(term) {
  if (!term) return "";
  if (term.type === "uri") {
    const local = term.value.startsWith("https://w3id.org/noi-chinh/id/")
      ? term.value.slice("https://w3id.org/noi-chinh/".length)
      : null;
    return h("a", { href: local ? `/${local}` : term.value }, term.value);
  }
  return h("span", { lang: term["xml:lang"] || null }, term.value);
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
    picker.append(...list.map((ex) => h("option", { value: ex.name }, ex.title)));
    picker.addEventListener("change", () => {
      const chosen = list.find((ex) => ex.name === picker.value);
      if (chosen) editor.value = chosen.query;
    });
  } catch (error) {
    out.replaceChildren(errorBox(error));
  }
}
