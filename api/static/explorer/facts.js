// Facts as sentences in the page's language: each fact of an entity (a bloc membership, a
// post, a conference, …) is written out from its statements, never shown as class or
// property names. Sources and editorial notes sit in the fact's disclosure.
import { lang, t } from "./i18n.js";
import { entityLink, h } from "./dom.js";
import { sourceView } from "./sources.js";

/** The local name of an IRI (after the last # or /). */
export function localName(iri) {
  return iri.slice(Math.max(iri.lastIndexOf("#"), iri.lastIndexOf("/")) + 1);
}

/** Statements by the local name of their predicate. */
function byProperty(statements) {
  const found = new Map();
  for (const st of statements) {
    const key = localName(st.predicate);
    if (!found.has(key)) found.set(key, []);
    found.get(key).push(st);
  }
  return found;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];

/** A date slug (2025-02-18) in the page's language: 18/2/2025 or 18 February 2025. */
function dateText(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!m) return iso;
  const [year, month, day] = [m[1], Number(m[2]), Number(m[3])];
  return lang() === "vi" ? `${day}/${month}/${year}` : `${day} ${MONTHS[month - 1]} ${year}`;
}

/** A time entity (year, half year, date, interval) as a phrase: "năm 2023" / "in 2023". */
export function whenText(ref) {
  if (!ref) return "";
  const vi = lang() === "vi";
  const { type, slug } = ref;
  if (type === "year" && /^\d{4}$/.test(slug)) return vi ? `năm ${slug}` : `in ${slug}`;
  const half = /^(\d{4})-h([12])$/.exec(slug);
  if (type === "half" && half) {
    if (vi) return `${half[2] === "1" ? "6 tháng đầu" : "6 tháng cuối"} năm ${half[1]}`;
    return `the ${half[2] === "1" ? "first" : "second"} half of ${half[1]}`;
  }
  if (type === "date") return vi ? `ngày ${dateText(slug)}` : `on ${dateText(slug)}`;
  const span = /^(open|\d{4}-\d{2}-\d{2})--(open|\d{4}-\d{2}-\d{2})$/.exec(slug);
  if (type === "interval" && span) {
    const [from, to] = [span[1] === "open" ? null : dateText(span[1]), span[2] === "open" ? null : dateText(span[2])];
    if (from && to) return vi ? `từ ${from} đến ${to}` : `from ${from} to ${to}`;
    if (from) return vi ? `từ ${from}` : `since ${from}`;
    if (to) return vi ? `đến ${to}` : `until ${to}`;
  }
  return ref.label;
}

/** The year a fact is about (for sorting), or 0. */
function factYear(props) {
  for (const key of ["memberDuring", "attestedDuring", "heldDuring", "hasTime"]) {
    const ref = props.get(key)?.[0]?.entity;
    const year = /^(\d{4})/.exec(ref?.slug ?? "");
    if (year) return Number(year[1]);
  }
  return Number(props.get("year")?.[0]?.value) || 0;
}

/** "A", "A và B", "A, B và C" (or "and"), from nodes or strings. */
function joined(items) {
  const and = lang() === "vi" ? " và " : " and ";
  const out = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(i === items.length - 1 ? and : ", ");
    out.push(item);
  });
  return out;
}

/** Quoted text in Vietnamese (themes, mottos, labels quoted on the English page). */
function quoted(text) {
  return ["“", h("span", { lang: "vi", class: "quoted" }, text), "”"];
}

/** An article for an English noun phrase. */
function article(word) {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

const ROLE_ORDER = { leader: 0, deputy: 1, member: 2 };
const BLOC_ROLES = {
  vi: { leader: "khối trưởng", deputy: "khối phó", member: "thành viên" },
  en: { leader: "the leader", deputy: "a deputy leader", member: "a member" },
};

/** The sentence makers by fact class: (props, name) → { summary, more: [sentences] }. */
function sentences(name) {
  const vi = lang() === "vi";
  const one = (props, key) => props.get(key)?.[0]?.entity ?? null;
  const all = (props, key) => (props.get(key) ?? []).filter((st) => st.entity).map((st) => name(st.entity));
  const value = (props, key) => props.get(key)?.[0]?.value ?? "";
  const attested = (props) => {
    const when = whenText(one(props, "attestedDuring") ?? one(props, "heldDuring"));
    if (!when) return ".";
    return vi ? ` (ghi nhận ${when}).` : ` (attested ${when}).`;
  };
  return {
    BlocMembership(props) {
      const role = one(props, "role");
      const slug = role?.slug ?? "member";
      const word = BLOC_ROLES[lang()][slug] ?? role?.label ?? "";
      const when = whenText(one(props, "memberDuring"));
      const summary = vi
        ? [name(one(props, "member")), ` là ${word} của `, name(one(props, "organization")), ` ${when}.`]
        : [name(one(props, "member")), ` was ${word} of the `, name(one(props, "organization")), ` ${when}.`];
      return { summary, order: ROLE_ORDER[slug] ?? 3 };
    },
    PartyRoleMembership(props) {
      const role = one(props, "role")?.label ?? "";
      const summary = vi
        ? [name(one(props, "member")), ` là ${role} `, name(one(props, "organization")), attested(props)]
        : [name(one(props, "member")), ` was ${article(role)} ${role} of the `, name(one(props, "organization")), attested(props)];
      return { summary };
    },
    PostHolding(props) {
      const summary = vi
        ? [name(one(props, "holder")), " giữ chức vụ ", name(one(props, "post")), attested(props)]
        : [name(one(props, "holder")), " held the post of ", name(one(props, "post")), attested(props)];
      return { summary };
    },
    RankAssignment(props) {
      const summary = vi
        ? [name(one(props, "holder")), " mang cấp bậc hàm ", name(one(props, "rank")), attested(props)]
        : [name(one(props, "holder")), " held the rank of ", name(one(props, "rank")), attested(props)];
      return { summary };
    },
    MemberCountStatement(props) {
      const [count, year] = [value(props, "statedMemberCount"), value(props, "year")];
      const summary = vi
        ? ["Bản tin nêu ", name(one(props, "bloc")), ` có ${count} thành viên năm ${year}.`]
        : ["The report states that the ", name(one(props, "bloc")), ` had ${count} members in ${year}.`];
      return { summary };
    },
    EmulationTheme(props) {
      const year = value(props, "year");
      const summary = vi
        ? [`Chủ đề thi đua năm ${year} của `, name(one(props, "bloc")), ": ", quoted(value(props, "text")), "."]
        : [`The ${year} emulation theme of the `, name(one(props, "bloc")), ": ", quoted(value(props, "text")), "."];
      return { summary };
    },
    GovernmentMotto(props) {
      const year = value(props, "year");
      const summary = vi
        ? [`Phương châm hành động năm ${year} của `, name(one(props, "creator")), ": ", quoted(value(props, "text")), "."]
        : [`The ${year} motto of action of the `, name(one(props, "creator")), ": ", quoted(value(props, "text")), "."];
      return { summary };
    },
    OrganisationalChange(props) {
      const when = whenText(one(props, "hasTime"));
      const from = joined(all(props, "originalOrganization"));
      const to = joined(all(props, "resultingOrganization"));
      const summary = vi
        ? [`Thay đổi tổ chức${when ? ` ${when}` : ""}: từ `, from, " sang ", to, "."]
        : [`Organisational change${when ? ` ${when}` : ""}: from `, from, " to ", to, "."];
      const labels = props.get("prefLabel") ?? [];
      const own = labels.find((st) => st.lang === lang());
      const other = labels.find((st) => st.lang === "vi");
      const more = own
        ? [[vi ? "Nội dung: " : "What changed: ", own.value, "."]]
        : other ? [["What changed (in Vietnamese): ", ...quoted(other.value), "."]] : [];
      return { summary, more };
    },
    Conference(props, fact) {
      const names = props.get("name") ?? [];
      const title = (names.find((st) => st.lang === lang()) ?? names[0])?.value ?? t("event");
      const event = { id: fact.id, type: "event", slug: localName(fact.id), label: title };
      return { summary: [name(event)], more: conferenceSentences(props, name) };
    },
  };
}

/** What a conference's statements say, one sentence each. */
function conferenceSentences(props, name) {
  const vi = lang() === "vi";
  const all = (key) => (props.get(key) ?? []).filter((st) => st.entity).map((st) => name(st.entity));
  const first = (key) => props.get(key)?.find((st) => st.entity)?.entity ?? null;
  const out = [];
  const organizer = first("organizer");
  const period = whenText(first("periodCovered"));
  if (organizer) {
    out.push(vi
      ? ["Hội nghị do ", name(organizer), " tổ chức", period ? `, xem xét ${period}` : "", "."]
      : ["Organised by the ", name(organizer), period ? `, reviewing ${period}` : "", "."]);
  }
  const chairs = all("chair");
  if (chairs.length) out.push(vi ? [...joined(chairs), " chủ trì hội nghị."] : ["Chaired by ", ...joined(chairs), "."]);
  const speakers = all("speaker");
  if (speakers.length) {
    out.push(vi ? [...joined(speakers), " phát biểu tại hội nghị."] : ["Speakers: ", ...joined(speakers), "."]);
  }
  const agencies = all("attendingAgency");
  if (agencies.length) {
    out.push(vi ? ["Các cơ quan tham dự: ", ...joined(agencies), "."] : ["Attending agencies: ", ...joined(agencies), "."]);
  }
  const theme = first("theme");
  if (theme) out.push([vi ? "Chủ đề thi đua: " : "Emulation theme: ", ...quoted(theme.label), "."]);
  const motto = first("motto");
  if (motto) out.push([vi ? "Phương châm hành động của Chính phủ: " : "The Government's motto of action: ", ...quoted(motto.label), "."]);
  return out;
}

/** Statements of a fact of no known class, as "property: value" sentences. */
function genericSentences(statements, name) {
  return statements.map((st) => [`${st.predicate_label}: `,
    st.entity ? name(st.entity) : h("span", { lang: st.lang || null }, st.value ?? ""), "."]);
}

/** Editorial notes: in the page's language, or (English-only notes on the Vietnamese page)
 * folded away under a Vietnamese heading that says so. */
export function notesView(notes) {
  if (!notes.length) return null;
  if (lang() === "en") return h("p", { class: "notes" }, `${t("notes")}: ${notes.join(" ")}`);
  return h("details", { class: "notes" }, h("summary", {}, t("notesInEnglish")),
    h("p", { lang: "en" }, notes.join(" ")));
}

/** A name maker: links to other entities, the page's own entity in bold. */
function namer(subjectId) {
  return (ref) => {
    if (!ref) return t("none");
    if (ref.id === subjectId) return h("strong", {}, ref.label);
    return ref.type === "theme" || ref.type === "motto" ? quoted(ref.label) : entityLink(ref);
  };
}

/** One fact as sentences: { fact, classes, year, order, summary, more }. */
function written(fact, name) {
  const props = byProperty(fact.statements);
  const makers = sentences(name);
  const cls = fact.classes.map(localName).find((c) => makers[c]);
  const made = cls
    ? makers[cls](props, fact)
    : { summary: [t(fact.type) === fact.type ? t("fact") : t(fact.type)], more: genericSentences(fact.statements, name) };
  return { fact, cls: cls ?? "other", year: factYear(props), order: 3, more: [], ...made };
}

const GROUPS = [
  ["groupMembership", ["BlocMembership"]],
  ["groupCareer", ["PostHolding", "RankAssignment", "PartyRoleMembership"]],
  ["groupEvents", ["Conference"]],
  ["groupStatements", ["EmulationTheme", "GovernmentMotto", "MemberCountStatement"]],
  ["groupChanges", ["OrganisationalChange"]],
];

function text(nodes) {
  return h("span", {}, nodes).textContent;
}

/** Facts with the same sentence get their first source's name, to tell them apart. */
function distinguish(items) {
  const seen = new Map();
  for (const item of items) {
    const key = text(item.summary);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  for (const item of items) {
    const source = item.fact.sources[0];
    if (seen.get(text(item.summary)) > 1 && source) {
      const from = source.title || source.report?.label || localName(source.source);
      item.summary = [...item.summary, h("span", { class: "meta" }, ` (${t("accordingTo")} ${from})`)];
    }
  }
}

function factView(item, needles, open) {
  return h("details", { class: `fact fact-${item.cls}`, open },
    h("summary", {}, h("span", { class: "sentence" }, item.summary)),
    item.more.length ? h("ul", { class: "sentences" }, item.more.map((s) => h("li", {}, s))) : null,
    notesView(item.fact.notes),
    item.fact.sources.map((s) => sourceView(s, needles)));
}

/** The facts about an entity, grouped (memberships, posts, conferences, …), as sentences. */
export function factGroups(detail, needles) {
  const name = namer(detail.id);
  const items = detail.facts.map((fact) => written(fact, name));
  distinguish(items);
  items.sort((a, b) => b.year - a.year || a.order - b.order || text(a.summary).localeCompare(text(b.summary), "vi"));
  const open = items.length <= 6;
  const groups = GROUPS.map(([key, classes]) => [key, items.filter((i) => classes.includes(i.cls))]);
  groups.push(["groupOther", items.filter((i) => i.cls === "other")]);
  return groups.filter(([, found]) => found.length).map(([key, found]) =>
    h("section", { class: "fact-group" }, h("h3", {}, `${t(key)} (${found.length})`),
      found.map((item) => factView(item, needles, open))));
}

/** The entity's own statements and incoming links, as sentences about it. */
export function aboutSentences(detail) {
  const vi = lang() === "vi";
  const name = namer(detail.id);
  const self = () => h("strong", {}, detail.label);
  const props = byProperty(detail.statements);
  const refs = (key) => (props.get(key) ?? []).filter((st) => st.entity).map((st) => st.entity);
  const out = [];
  const kind = refs("classification")[0], level = refs("level")[0];
  if (kind) {
    const k = vi ? kind.label : kind.label.toLowerCase();
    out.push(vi
      ? [self(), ` thuộc loại ${kind.label}`, level ? `, cấp ${level.label}` : "", "."]
      : [self(), ` is ${article(k)} ${k}`, level ? ` at the ${level.label.toLowerCase()} level` : "", "."]);
  }
  const parents = refs("subOrganizationOf").map(name);
  if (parents.length) out.push([self(), vi ? " trực thuộc " : " is under ", ...joined(parents), "."]);
  const forces = refs("armedForce").map(name);
  if (forces.length) out.push([self(), vi ? " thuộc lực lượng vũ trang " : " is part of the armed force ", ...joined(forces), "."]);
  const valid = refs("validDuring")[0];
  if (valid) {
    const when = whenText(valid);
    out.push([self(), vi ? ` tồn tại ${when}.` : ` ${when.startsWith("since") ? "has existed" : "existed"} ${when}.`]);
  }
  const posts = refs("holds").map(name);
  if (posts.length) out.push([self(), vi ? " giữ chức vụ " : " holds the post of ", ...joined(posts), "."]);
  if (detail.type === "event") out.push(...conferenceSentences(props, name));
  out.push(...incomingSentences(detail, name, self));
  return out;
}

const INCOMING = {
  subOrganizationOf: { vi: "Các đơn vị trực thuộc", en: "Units under" },
  postIn: { vi: "Chức vụ tại", en: "Posts in" },
  positionIn: { vi: "Chức vụ Đảng trong", en: "Party positions in" },
  termOf: { vi: "Các khóa của", en: "Terms of" },
};

function incomingSentences(detail, name, self) {
  const groups = new Map();
  for (const st of detail.incoming) {
    const key = localName(st.predicate);
    if (!st.entity || !INCOMING[key]) continue;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(name(st.entity));
  }
  return [...groups].map(([key, names]) => [`${INCOMING[key][lang()]} `, self(), ": ", ...joined(names), "."]);
}
