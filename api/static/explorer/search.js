// The search box (an ARIA combobox with suggestions as you type) and the results page.
import { getJson } from "./api.js";
import { t } from "./i18n.js";
import { entityHref, errorBox, h, highlight, loading, typeBadge } from "./dom.js";

/** The words of a query worth marking in a label. */
function words(query) {
  return query.split(/\s+/).filter((w) => w.length > 1);
}

/** Empty the header's search box (after navigating away from what was searched). */
export function clearSearchBox() {
  const input = document.getElementById("search-input");
  input.value = "";
  input.setAttribute("aria-expanded", "false");
  input.removeAttribute("aria-activedescendant");
  document.getElementById("search-suggestions").hidden = true;
}

/** Wire the header's search box: suggestions, arrow keys, Enter, Escape. */
export function setupSearchBox() {
  const form = document.getElementById("search-form");
  const input = document.getElementById("search-input");
  const list = document.getElementById("search-suggestions");
  let items = [];
  let active = -1;
  let timer = null;
  let controller = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const mark = (index) => {
    active = index;
    list.querySelectorAll("[role=option]").forEach((el, i) => {
      el.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    if (index >= 0) input.setAttribute("aria-activedescendant", `suggestion-${index}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const go = (item) => {
    close();
    items = [];
    location.hash = entityHref(item);
  };
  const render = (query) => {
    list.replaceChildren(
      ...items.map((item, i) =>
        h("li", {
          id: `suggestion-${i}`, role: "option", "aria-selected": "false",
          onmousedown: (event) => { event.preventDefault(); go(item); },
        }, h("span", { class: "suggestion-label" }, highlight(item.label, words(query))), " ",
        typeBadge(item.type)),
      ),
    );
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", items.length ? "true" : "false");
    mark(-1);
  };
  const suggest = async () => {
    const query = input.value.trim();
    if (!query) { items = []; render(query); return; }
    controller?.abort();
    controller = new AbortController();
    try {
      const found = await getJson("/search", { q: query, limit: 8 }, controller.signal);
      items = found.items;
      render(query);
    } catch (error) {
      if (error.name !== "AbortError") { items = []; render(query); }
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 120);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && items.length) {
      event.preventDefault();
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      mark((active + 1) % items.length);
    } else if (event.key === "ArrowUp" && items.length) {
      event.preventDefault();
      mark(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === "Escape") {
      close();
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      go(items[active]);
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    close();
    const query = input.value.trim();
    if (query) location.hash = `#/search?q=${encodeURIComponent(query)}`;
  });
}

/** The results page for `query`. */
export async function searchPage(main, query) {
  main.replaceChildren(h("h1", {}, `${t("results")} “${query}”`), loading());
  try {
    const found = await getJson("/search", { q: query, limit: 50 });
    const list = h("ol", { class: "results" }, found.items.map((item) =>
      h("li", {}, h("a", { href: entityHref(item) }, highlight(item.label, words(query))), " ",
        typeBadge(item.type),
        item.matched !== item.label ? h("span", { class: "matched" }, ` (${item.matched})`) : null),
    ));
    main.replaceChildren(main.firstChild, found.items.length ? list : h("p", {}, t("noResults")));
  } catch (error) {
    main.replaceChildren(main.firstChild, errorBox(error));
  }
}
