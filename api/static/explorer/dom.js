// Small DOM helpers: element creation, text folding and highlighting, entity links.
import { t } from "./i18n.js";

/** Create an element: h("a", {href: "#"}, "text", child, …). `null` children are skipped; arrays of children are flattened. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "class") el.className = value;
    else el.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Lower case without diacritics, one output character per input character (đ → d), so
 * indexes into the folded text are indexes into the original (BMP text, as Vietnamese is). */
export function fold(text) {
  let out = "";
  for (const ch of text) {
    const base = ch.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    out += (base === "đ" ? "d" : base).slice(0, 1) || ch;
  }
  return out;
}

/** `text` with every diacritic-insensitive occurrence of each needle in <mark>. */
export function highlight(text, needles) {
  const folded = fold(text);
  const chars = Array.from(text);
  const marks = new Array(chars.length).fill(false);
  for (const needle of needles.filter(Boolean).map(fold)) {
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
      for (let i = at; i < at + needle.length; i++) marks[i] = true;
    }
  }
  const parts = [];
  let i = 0;
  while (i < chars.length) {
    let j = i;
    while (j < chars.length && marks[j] === marks[i]) j++;
    const chunk = chars.slice(i, j).join("");
    parts.push(marks[i] ? h("mark", {}, chunk) : chunk);
    i = j;
  }
  return parts;
}

/** The explorer route of an entity reference. */
export function entityHref(ref) {
  return `#/entity/${ref.type}/${ref.slug}`;
}

/** A link to an entity's page in the explorer. */
export function entityLink(ref) {
  return h("a", { href: entityHref(ref) }, ref.label || ref.slug);
}

/** A small badge naming an entity type. */
export function typeBadge(type) {
  return h("span", { class: `badge type-${TYPE_CLASS(type)}` }, t(type));
}

function TYPE_CLASS(type) {
  return ["agency", "person", "bloc", "event", "party-organ", "rank", "post", "force"].includes(type)
    ? type
    : "other";
}

/** The last segment of an IRI (after # or /), for compact display. */
export function shortIri(iri) {
  if (!iri) return "";
  const cut = Math.max(iri.lastIndexOf("#"), iri.lastIndexOf("/"));
  return cut >= 0 && cut < iri.length - 1 ? iri.slice(cut + 1) : iri;
}

/** Announce a message to screen readers. */
export function announce(message) {
  document.getElementById("status").textContent = message;
}

/** A loading placeholder and an error box. */
export function loading() {
  return h("p", { class: "loading", role: "status" }, t("loading"));
}

export function errorBox(error) {
  return h("p", { class: "error", role: "alert" }, `${t("error")}: ${error.message}`);
}

/** A table with a caption, header row and body rows of cells (nodes or strings). */
export function table(caption, headers, rows, attrs = {}) {
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      attrs,
      caption ? h("caption", {}, caption) : null,
      h("thead", {}, h("tr", {}, headers.map((x) => h("th", { scope: "col" }, x)))),
      h("tbody", {}, rows.map((row) => h("tr", {}, row.map((cell) => h("td", {}, cell))))),
    ),
  );
}
