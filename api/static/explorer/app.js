// The explorer's entry point: hash routes, language toggle, search box.
import { getJson } from "./api.js";
import { lang, setLang, t, translateStatic } from "./i18n.js";
import { entityLink, errorBox, h, loading } from "./dom.js";
import { entityPage } from "./entity.js";
import { ingestPage } from "./ingest.js";
import { clearSearchBox, searchPage, setupSearchBox } from "./search.js";
import { sparqlPage } from "./sparql.js";

async function homePage(main) {
  main.replaceChildren(h("h1", {}, "nội_chính_graph"), h("p", { class: "intro" }, t("intro")), loading());
  try {
    const [blocs, people] = await Promise.all([getJson("/blocs", { limit: 50 }), getJson("/people", { limit: 50 })]);
    main.lastChild.replaceWith(
      h("section", { "aria-labelledby": "blocs-h" }, h("h2", { id: "blocs-h" }, t("blocs")),
        h("ul", { class: "cards" }, blocs.items.map((b) => h("li", {}, entityLink(b))))),
      h("section", { "aria-labelledby": "people-h" }, h("h2", { id: "people-h" }, t("people")),
        h("ul", { class: "cards" }, people.items.map((p) => h("li", {}, entityLink(p))))));
  } catch (error) {
    main.lastChild.replaceWith(errorBox(error));
  }
}

function parseHash() {
  const [path, query = ""] = location.hash.replace(/^#/, "").split("?");
  return { parts: path.split("/").filter(Boolean), params: new URLSearchParams(query) };
}

function markNav(name) {
  for (const link of document.querySelectorAll("[data-nav]")) {
    if (link.dataset.nav === name) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

async function route() {
  const main = document.getElementById("main");
  const { parts, params } = parseHash();
  const [head, ...rest] = parts;
  markNav(head ?? "home");
  document.title = "nội_chính_graph — Explorer";
  // The box shows the query on its results page, and is emptied on any other page.
  if (head === "search") document.getElementById("search-input").value = params.get("q") ?? "";
  else clearSearchBox();
  if (head === "search") await searchPage(main, params.get("q") ?? "");
  else if (head === "entity" && rest.length >= 2) {
    await entityPage(main, rest[0], rest.slice(1).join("/"), params);
  } else if (head === "sparql") await sparqlPage(main);
  else if (head === "ingest") await ingestPage(main);
  else await homePage(main);
  document.body.dataset.ready = location.hash || "#/";
}

function start() {
  setLang(lang());
  translateStatic();
  setupSearchBox();
  document.getElementById("lang-toggle").addEventListener("click", () => {
    setLang(lang() === "vi" ? "en" : "vi");
    translateStatic();
    route();
  });
  window.addEventListener("hashchange", () => {
    route();
    document.getElementById("main").focus({ preventScroll: true });
  });
  route();
}

start();
