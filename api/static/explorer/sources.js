// Sources of a fact: the report link (with a text fragment that highlights the quote), its
// metadata and the quoted sentence, with the entity's names marked.
import { t } from "./i18n.js";
import { h, highlight, shortIri } from "./dom.js";

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

/** The name of a source: its title, the report's label, else "Report {slug}". */
function sourceName(source) {
  if (source.title) return source.title;
  const report = source.report;
  if (report && Object.keys(report.labels ?? {}).length) return report.label;
  return `${t("report")} ${report?.slug ?? shortIri(source.source)}`;
}

/** One source: the report link, its metadata and the quoted sentence, `needles` marked. */
export function sourceView(source, needles) {
  const meta = [source.publisher, source.issued?.slice(0, 10)].filter(Boolean).join(", ");
  return h("div", { class: "source" },
    h("p", { class: "source-head" }, `${t("source")}: `,
      h("a", { href: reportHref(source), title: t("openReport"), rel: "noopener" }, sourceName(source)),
      meta ? h("span", { class: "meta" }, ` — ${meta}`) : null),
    source.quote
      ? h("blockquote", { "aria-label": t("quote"), lang: "vi" }, highlight(source.quote, needles))
      : null);
}
