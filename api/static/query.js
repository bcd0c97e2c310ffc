// A small SPARQL query page: no framework, no CDN. Talks to the endpoint this page came from.
"use strict";

const PREFIXES = `PREFIX ncg: <https://w3id.org/noi-chinh/ontology#>
PREFIX ncgid: <https://w3id.org/noi-chinh/id/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
`;

const EXAMPLES = {
  "Named graphs and their sizes": `SELECT ?g (COUNT(*) AS ?triples)
WHERE { GRAPH ?g { ?s ?p ?o } }
GROUP BY ?g ORDER BY DESC(?triples)`,
  "State agencies": PREFIXES + `
SELECT ?agency ?name WHERE {
  ?agency a ncg:StateAgency ; skos:prefLabel ?name .
  FILTER(LANG(?name) = "vi")
} ORDER BY ?name LIMIT 100`,
  "Emulation bloc members": PREFIXES + `
SELECT ?bloc ?year ?member WHERE {
  ?m a ncg:BlocMembership ; org:organization ?bloc ; org:member ?member ; org:memberDuring ?year .
} LIMIT 100`,
  "Describe an agency": PREFIXES + `
DESCRIBE ncgid:agency\\/bo-cong-an`,
};

const $ = (id) => document.getElementById(id);

function setStatus(text, isError) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

function cell(term) {
  const td = document.createElement("td");
  if (!term) return td;
  if (term.type === "uri") {
    const a = document.createElement("a");
    a.href = term.value;
    a.textContent = term.value;
    td.appendChild(a);
  } else {
    td.append(term.type === "bnode" ? "_:" + term.value : String(term.value));
    const extra = term["xml:lang"] ? "@" + term["xml:lang"] : term.datatype ? " ^^" + term.datatype : "";
    if (extra) {
      const span = document.createElement("span");
      span.className = term["xml:lang"] ? "lang" : "dt";
      span.textContent = extra;
      td.appendChild(span);
    }
  }
  return td;
}

function renderTable(json) {
  if ("boolean" in json) {
    const p = document.createElement("p");
    p.textContent = "ASK → " + json.boolean;
    return p;
  }
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  for (const v of json.head.vars) {
    const th = document.createElement("th");
    th.textContent = "?" + v;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const binding of json.results.bindings) {
    const row = body.insertRow();
    for (const v of json.head.vars) row.appendChild(cell(binding[v]));
  }
  return table;
}

async function run(event) {
  if (event) event.preventDefault();
  const out = $("results");
  out.replaceChildren();
  setStatus("Running…", false);
  const started = performance.now();
  const response = await fetch(window.location.pathname, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": $("accept").value },
    body: new URLSearchParams({ query: $("query").value }),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const type = (response.headers.get("Content-Type") || "").split(";")[0];
  if (!response.ok) {
    const problem = await response.json().catch(() => ({ error: { message: response.statusText } }));
    setStatus(`HTTP ${response.status}: ${problem.error.message}`, true);
    return;
  }
  if (response.headers.get("NCG-Results-Truncated") === "true") {
    const warn = document.createElement("div");
    warn.className = "warning";
    warn.textContent = `Results truncated at ${response.headers.get("NCG-Max-Rows")} rows.`;
    out.appendChild(warn);
  }
  if (type === "application/sparql-results+json") {
    const json = await response.json();
    out.appendChild(renderTable(json));
    const n = json.results ? json.results.bindings.length : 1;
    setStatus(`${n} result(s) in ${seconds} s`, false);
  } else {
    const pre = document.createElement("pre");
    pre.textContent = await response.text();
    out.appendChild(pre);
    setStatus(`${type} in ${seconds} s`, false);
  }
}

async function showDescription(event) {
  event.preventDefault();
  const response = await fetch(window.location.pathname, { headers: { "Accept": "text/turtle" } });
  const pre = document.createElement("pre");
  pre.textContent = await response.text();
  $("results").replaceChildren(pre);
  setStatus("Service description", false);
}

function init() {
  const select = $("examples");
  for (const name of Object.keys(EXAMPLES)) select.add(new Option(name, name));
  select.addEventListener("change", () => { $("query").value = EXAMPLES[select.value]; });
  $("query").value = EXAMPLES[select.value];
  $("query-form").addEventListener("submit", run);
  $("query").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(e);
  });
  $("sd-link").addEventListener("click", showDescription);
  $("void-link").href = window.location.pathname + "/void";
}

init();
