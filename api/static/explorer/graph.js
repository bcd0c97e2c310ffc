// Hand-written SVG graph drawing. Wide screens: a deterministic force layout (or radial, for a
// bloc's membership) with wrapped node labels, curved parallel edges and edge labels on a
// background. Narrow screens (phones): a tree read top to bottom at full font size, each node
// on its own row with the relation to its parent under its name. Nodes are coloured by type,
// a bloc's leader and deputy are marked, and every node is keyboard-operable.
import { t } from "./i18n.js";

const SVG = "http://www.w3.org/2000/svg";
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';
/** Below this container width the graph is drawn as a tree (rows), not a 2-D layout. */
export const NARROW = 640;
const SIZES = {
  wide: { label: 13, line: 16, edge: 11.5, wrap: 170 },
  narrow: { label: 15, line: 19, edge: 12.5, wrap: 0 },
};

export const TYPE_COLOURS = {
  agency: "#1f5fa8",
  person: "#b3261e",
  bloc: "#2e7d32",
  event: "#6a3fa0",
  "party-organ": "#8d5a2b",
  rank: "#c2185b",
  post: "#5f6368",
  force: "#7a7a00",
  other: "#37474f",
};
const ROLE_RANK = { leader: 0, deputy: 1, member: 2 };

function colour(type) {
  return TYPE_COLOURS[type] ?? TYPE_COLOURS.other;
}

function svg(tag, attrs = {}, text = null) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  if (text !== null) el.textContent = text;
  return el;
}

let measurer = null;
/** The width of `text` in px at `size` (canvas metrics: works before the SVG is attached). */
export function textWidth(text, size, weight = 400) {
  measurer ??= document.createElement("canvas").getContext("2d");
  measurer.font = `${weight} ${size}px ${FONT}`;
  return measurer.measureText(text).width;
}

/** `text` broken at spaces into lines no wider than `max` px (a longer word keeps its line). */
export function wrap(text, max, size, weight = 600) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, weight) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The role (leader, deputy, member) a node holds towards `center`, from the edges' roles. */
function rolesOf(edges, center) {
  const roles = new Map();
  for (const e of edges) {
    if (!e.role) continue;
    const role = e.role.slice(e.role.lastIndexOf("/") + 1);
    const other = e.source === center ? e.target : e.target === center ? e.source : null;
    if (!other || !(role in ROLE_RANK)) continue;
    const known = roles.get(other);
    if (known === undefined || ROLE_RANK[role] < ROLE_RANK[known]) roles.set(other, role);
  }
  return roles;
}

/** Positions on rings around `center` (depth known); nodes placed before keep their place. */
function ringPositions(nodes, center, previous) {
  const pos = new Map();
  const rings = new Map();
  for (const node of nodes) {
    if (previous.has(node.id)) {
      pos.set(node.id, { ...previous.get(node.id) });
      continue;
    }
    const depth = node.id === center ? 0 : (node.depth ?? 1) || 1;
    if (!rings.has(depth)) rings.set(depth, []);
    rings.get(depth).push(node);
  }
  for (const [depth, ring] of rings) {
    ring.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / ring.length - Math.PI / 2 + depth * 0.3;
      pos.set(node.id, { x: depth * 260 * Math.cos(angle), y: depth * 200 * Math.sin(angle) });
    });
  }
  return pos;
}

/** A few hundred steps of a Fruchterman–Reingold layout (deterministic: no randomness). */
function relax(nodes, edges, pos, pinned, weight = () => 1) {
  const k = 240;
  let temperature = 60;
  for (let step = 0; step < 250; step++) {
    const force = new Map(nodes.map((n) => [n.id, { x: 0, y: 0 }]));
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = pos.get(nodes[i].id), b = pos.get(nodes[j].id);
        let dx = a.x - b.x, dy = (a.y - b.y) * 1.4;  // labels sit below nodes: keep rows apart
        const d = Math.max(Math.hypot(dx, dy), 1);
        const f = ((k * k) / d) * Math.max(weight(nodes[i]), weight(nodes[j]));
        dx = (dx / d) * f; dy = (dy / d) * f;
        force.get(nodes[i].id).x += dx; force.get(nodes[i].id).y += dy;
        force.get(nodes[j].id).x -= dx; force.get(nodes[j].id).y -= dy;
      }
    }
    for (const e of edges) {
      const a = pos.get(e.source), b = pos.get(e.target);
      if (!a || !b) continue;
      const dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(Math.hypot(dx, dy), 1);
      const f = d / k;
      force.get(e.source).x -= dx * f; force.get(e.source).y -= dy * f;
      force.get(e.target).x += dx * f; force.get(e.target).y += dy * f;
    }
    for (const n of nodes) {
      if (pinned.has(n.id)) continue;
      const f = force.get(n.id), p = pos.get(n.id);
      const len = Math.max(Math.hypot(f.x, f.y), 0.01);
      p.x += (f.x / len) * Math.min(len, temperature);
      p.y += (f.y / len) * Math.min(len, temperature);
    }
    temperature *= 0.985;
  }
}

/** Edges grouped by their (unordered) pair of nodes, each with its place among its siblings. */
function parallelGroups(edges) {
  const groups = new Map();
  for (const e of edges) {
    const key = [e.source, e.target].sort().join(" ");
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(e);
  }
  const placed = [];
  for (const group of groups.values()) {
    group.forEach((e, i) => {
      const shift = i - (group.length - 1) / 2;
      // Bend apart, and put the labels at different places along the edges, so that neither
      // the lines nor the labels of a pair lie on top of each other whatever its direction.
      placed.push({ edge: e, offset: shift * 44, at: 0.5 + shift * 0.24 });
    });
  }
  return placed;
}

/** An edge label: text on a rounded background rectangle, centred at (x, y). */
function edgeLabel(text, x, y, size, extra = "", weight = 400) {
  const width = textWidth(text, size, weight) + 10, height = size + 6;
  const g = svg("g", { class: `edge-label${extra}`, transform: `translate(${x} ${y})` });
  g.append(svg("rect", {
    class: "edge-label-bg", x: -width / 2, y: -height / 2, width, height, rx: 4,
  }));
  g.append(svg("text", {
    "text-anchor": "middle", "dominant-baseline": "central", "font-size": size, "font-weight": weight,
  }, text));
  return g;
}

/** An interactive graph in `container`. `onSelect(node)` runs when a node is activated. */
export class GraphView {
  constructor(container, { onSelect, label }) {
    this.container = container;
    this.onSelect = onSelect;
    this.label = label;
    this.nodes = [];
    this.edges = [];
    this.pos = new Map();
    this.center = null;
    this.kind = "force";
    this.drawnWidth = 0;
    if (typeof ResizeObserver !== "undefined") {
      new ResizeObserver(() => this.redrawIfResized()).observe(container);
    }
  }

  /** Replace the drawing. `layout` is "force" or "radial" (center in the middle, one ring). */
  show(graph, center, layout = "force") {
    this.nodes = [...graph.nodes];
    this.edges = [...graph.edges];
    this.center = center;
    this.kind = layout;
    this.pos = new Map();
    this.layout(layout);
    this.draw();
  }

  /** Add nodes and edges (an expansion); known nodes keep their place. */
  merge(graph) {
    const known = new Set(this.nodes.map((n) => n.id));
    for (const node of graph.nodes) if (!known.has(node.id)) this.nodes.push(node);
    const edgeIds = new Set(this.edges.map((e) => e.id + e.source + e.target));
    for (const e of graph.edges) {
      if (!edgeIds.has(e.id + e.source + e.target)) this.edges.push(e);
    }
    this.kind = "force";
    this.layout("force");
    this.draw();
  }

  layout(kind) {
    const previous = this.pos;
    if (kind === "radial") {
      const roles = rolesOf(this.edges, this.center);
      const rank = (n) => ROLE_RANK[roles.get(n.id)] ?? 3;
      const others = this.nodes.filter((n) => n.id !== this.center).sort((a, b) => rank(a) - rank(b));
      const radius = Math.max(230, others.length * 36);
      this.pos = new Map([[this.center, { x: 0, y: 0 }]]);
      const start = others.length <= 2 ? Math.PI : -Math.PI / 2;  // two: left and right
      others.forEach((n, i) => {
        const angle = (2 * Math.PI * i) / others.length + start;
        this.pos.set(n.id, { x: radius * 1.15 * Math.cos(angle), y: radius * 0.78 * Math.sin(angle) });
      });
      return;
    }
    this.pos = ringPositions(this.nodes, this.center, previous);
    // Nodes with long (wrapped) labels push harder, so their label blocks find room.
    const lines = (n) => Math.ceil(textWidth(n.label, SIZES.wide.label, 600) / SIZES.wide.wrap);
    relax(this.nodes, this.edges, this.pos, new Set([this.center]), (n) => 1 + 0.2 * (lines(n) - 1));
  }

  /** The width available to the drawing. */
  width() {
    return this.container.clientWidth || Math.min(document.documentElement.clientWidth - 34, 1150);
  }

  redrawIfResized() {
    const width = this.container.clientWidth;
    if (!width || !this.nodes.length) return;
    const narrowNow = width < NARROW, narrowThen = this.drawnWidth < NARROW;
    if (narrowNow !== narrowThen || (narrowNow && Math.abs(width - this.drawnWidth) > 24)) this.draw();
  }

  draw() {
    const width = this.width();
    this.drawnWidth = width;
    this.roles = rolesOf(this.edges, this.center);
    const root = width < NARROW ? this.drawTree(width) : this.drawWide();
    this.container.replaceChildren(root);
  }

  frame(viewBox, narrow) {
    const root = svg("svg", {
      viewBox, role: "group", "aria-label": this.label, class: `graph ${narrow ? "tree" : "wide"}`,
    });
    const defs = svg("defs");
    const marker = svg("marker", {
      id: "arrow", viewBox: "0 0 10 10", refX: "9", refY: "5",
      markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse",
    });
    marker.append(svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#555" }));
    defs.append(marker);
    root.append(defs);
    return root;
  }

  radius(node) {
    if (node.id === this.center) return 17;
    return this.roles.get(node.id) === "leader" ? 16 : 12;
  }

  // ---- wide: 2-D layout -------------------------------------------------------------------

  drawWide() {
    const size = SIZES.wide;
    const boxes = new Map(this.nodes.map((n) => [n.id, wrap(n.label, size.wrap, size.label)]));
    const obstacles = this.nodes.map((n) => this.labelRect(n, boxes.get(n.id), size));
    const edges = this.drawEdges(size, obstacles);
    const nodes = this.drawNodes(boxes, size);
    const [x, y, w, h] = this.bounds(boxes, size);
    const root = this.frame(`${x} ${y} ${w} ${h}`, false);
    root.style.maxWidth = `${Math.round(w * 1.25)}px`;  // a small graph is not blown up
    root.append(edges.lines, nodes, edges.labels);  // edge labels on top, on their backgrounds
    return root;
  }

  bounds(boxes, size) {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const node of this.nodes) {
      const p = this.pos.get(node.id), lines = boxes.get(node.id);
      const half = Math.max(...lines.map((l) => textWidth(l, size.label, 600)), 40) / 2 + 8;
      const below = this.radius(node) + 10 + (lines.length + 1) * size.line;
      x0 = Math.min(x0, p.x - half); x1 = Math.max(x1, p.x + half);
      y0 = Math.min(y0, p.y - this.radius(node) - 12); y1 = Math.max(y1, p.y + below);
    }
    let w = x1 - x0 + 20, h = y1 - y0 + 20;
    x0 -= 10; y0 -= 10;
    if (w < h * 1.5) { x0 -= (h * 1.5 - w) / 2; w = h * 1.5; }  // keep a landscape drawing
    return [x0, y0, w, h];
  }

  /** The box a node's circle and label block take (for placing edge labels around them). */
  labelRect(node, lines, size) {
    const p = this.pos.get(node.id), r = this.radius(node);
    const half = Math.max(...lines.map((l) => textWidth(l, size.label, 600)), 2 * r) / 2;
    const role = this.roles.get(node.id);
    const rows = lines.length + (role === "leader" || role === "deputy" ? 1 : 0);
    return { x0: p.x - half, x1: p.x + half, y0: p.y - r, y1: p.y + r + 8 + rows * size.line + 4 };
  }

  /** The first place along the edge (the preferred one, then nearer its ends) where the
   * label's box overlaps no node, node label or label already placed. */
  placeLabel(text, size, at, point, taken, weight = 400) {
    const w = textWidth(text, size, weight) + 10, h = size + 6;
    const choices = [at, at - 0.1, at + 0.1, at - 0.2, at + 0.2, at - 0.28, at + 0.28, at - 0.36, at + 0.36]
      .filter((c) => c >= 0.12 && c <= 0.88);
    const overlap = (box) => taken.reduce((sum, o) => sum
      + Math.max(0, Math.min(box.x1, o.x1) - Math.max(box.x0, o.x0))
      * Math.max(0, Math.min(box.y1, o.y1) - Math.max(box.y0, o.y0)), 0);
    let best = null;
    for (const c of choices) {
      const { x, y } = point(c);
      const box = { x0: x - w / 2 - 2, x1: x + w / 2 + 2, y0: y - h / 2 - 2, y1: y + h / 2 + 2 };
      const cost = overlap(box);
      if (best === null || cost < best.cost) best = { x, y, box, cost };
      if (cost === 0) break;
    }
    taken.push(best.box);
    return best;
  }

  drawEdges(size, obstacles) {
    const taken = [...obstacles];
    const lines = svg("g", { class: "edges", "aria-hidden": "true" });
    const labels = svg("g", { class: "edge-labels", "aria-hidden": "true" });
    for (const { edge: e, offset, at } of parallelGroups(this.edges)) {
      const a = this.pos.get(e.source), b = this.pos.get(e.target);
      if (!a || !b) continue;
      // The normal of the pair's canonical direction, so edges A→B and B→A bend apart.
      const [p, q] = e.source < e.target ? [a, b] : [b, a];
      const len = Math.max(Math.hypot(q.x - p.x, q.y - p.y), 1);
      const nx = -(q.y - p.y) / len, ny = (q.x - p.x) / len;
      const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
      const cx = mx + nx * offset * 2, cy = my + ny * offset * 2;  // control point: peak at offset
      const start = this.trim(a, { x: cx, y: cy }, this.radius(this.nodeById(e.source)) + 1);
      const end = this.trim(b, { x: cx, y: cy }, this.radius(this.nodeById(e.target)) + 3);
      const role = e.role ? e.role.slice(e.role.lastIndexOf("/") + 1) : "";
      lines.append(svg("path", {
        d: offset ? `M ${start.x} ${start.y} Q ${cx} ${cy} ${end.x} ${end.y}` : `M ${start.x} ${start.y} L ${end.x} ${end.y}`,
        class: `edge${role ? ` edge-${role}` : ""}`, "marker-end": "url(#arrow)", fill: "none",
      }));
      const point = (c) => {
        const s = e.source < e.target ? c : 1 - c;  // measured from the pair's first node
        const u = 1 - s;  // the quadratic Bézier at t = s
        return { x: u * u * a.x + 2 * u * s * cx + s * s * b.x, y: u * u * a.y + 2 * u * s * cy + s * s * b.y };
      };
      const weight = role === "leader" ? 700 : 400;
      const { x, y } = this.placeLabel(e.label, size.edge, at, point, taken, weight);
      labels.append(edgeLabel(e.label, x, y, size.edge, role ? ` label-${role}` : "", weight));
    }
    return { lines, labels };
  }

  nodeById(id) {
    return this.nodes.find((n) => n.id === id) ?? { id };
  }

  trim(from, towards, by) {
    const d = Math.max(Math.hypot(towards.x - from.x, towards.y - from.y), 1);
    return { x: from.x + ((towards.x - from.x) / d) * by, y: from.y + ((towards.y - from.y) / d) * by };
  }

  drawNodes(boxes, size) {
    const group = svg("g", { class: "nodes" });
    for (const node of this.nodes) {
      const p = this.pos.get(node.id);
      const g = this.nodeGroup(node, `translate(${p.x} ${p.y})`);
      const r = this.radius(node);
      const lines = boxes.get(node.id);
      const width = Math.max(...lines.map((l) => textWidth(l, size.label, 600))) + 8;
      g.append(svg("rect", {
        class: "node-label-bg", x: -width / 2, y: r + 8, width, height: lines.length * size.line + 4, rx: 3,
      }));
      const text = svg("text", { class: "node-label", "text-anchor": "middle", "font-size": size.label });
      lines.forEach((line, i) => {
        text.append(svg("tspan", { x: 0, y: r + 8 + size.line * (i + 0.75) }, line));
      });
      g.append(text);
      const role = this.roles.get(node.id);
      if (role === "leader" || role === "deputy") {
        const y = r + 8 + size.line * (boxes.get(node.id).length + 0.75);
        g.append(svg("text", { class: `node-role role-${role}`, "text-anchor": "middle", y, "font-size": size.edge },
          `${role === "leader" ? "★ " : ""}${t(role === "leader" ? "roleLeader" : "roleDeputy")}`));
      }
      group.append(g);
    }
    return group;
  }

  /** The focusable group of a node with its circle (and a star for a bloc's leader). */
  nodeGroup(node, transform) {
    const role = this.roles.get(node.id);
    const g = svg("g", {
      class: `node${node.id === this.center ? " center" : ""}${role ? ` ${role}` : ""}`,
      transform,
      tabindex: "0",
      role: "button",
      "data-id": node.id,
      "data-type": node.type,
      "aria-label": `${node.label} (${t(node.type)}${role && role !== "member" ? `, ${t(role === "leader" ? "roleLeader" : "roleDeputy")}` : ""})`,
    });
    if (role) g.setAttribute("data-role", role);
    g.append(svg("title", {}, `${node.label} — ${t(node.type)}`));
    g.append(svg("circle", { r: this.radius(node), fill: colour(node.type) }));
    if (role === "leader") g.append(svg("text", { class: "star", "text-anchor": "middle", "dominant-baseline": "central" }, "★"));
    const activate = () => this.onSelect(node);
    g.addEventListener("click", activate);
    g.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        activate();
      }
    });
    return g;
  }

  // ---- narrow: a tree, one row per node -----------------------------------------------------

  /** Nodes in breadth-first order from the center, each with its parent and the edges to it. */
  tree() {
    const byId = new Map(this.nodes.map((n) => [n.id, n]));
    const rank = (id) => ROLE_RANK[this.roles.get(id)] ?? 3;
    const out = [];
    const seen = new Set([this.center]);
    const queue = [{ node: byId.get(this.center) ?? this.nodes[0], depth: 0, via: [] }];
    while (queue.length) {
      const item = queue.shift();
      if (!item.node) continue;
      out.push(item);
      const children = new Map();
      for (const e of this.edges) {
        const other = e.source === item.node.id ? e.target : e.target === item.node.id ? e.source : null;
        if (!other || seen.has(other) || !byId.has(other)) continue;
        if (!children.has(other)) children.set(other, []);
        children.get(other).push(e);
      }
      const sorted = [...children].sort(([a], [b]) => rank(a) - rank(b) || byId.get(a).label.localeCompare(byId.get(b).label, "vi"));
      for (const [id, via] of sorted) {
        seen.add(id);
        queue.push({ node: byId.get(id), depth: item.depth + 1, via, parent: item.node.id });
      }
    }
    for (const n of this.nodes) if (!seen.has(n.id)) out.push({ node: n, depth: 1, via: [] });
    return this.depthFirst(out);
  }

  /** Children right under their parent (the order read down the page). */
  depthFirst(items) {
    const kids = new Map();
    for (const item of items.slice(1)) {
      const key = item.parent ?? items[0].node.id;
      if (!kids.has(key)) kids.set(key, []);
      kids.get(key).push(item);
    }
    const ordered = [];
    const visit = (item) => {
      ordered.push(item);
      for (const child of kids.get(item.node.id) ?? []) if (child !== item) visit(child);
    };
    visit(items[0]);
    return ordered;
  }

  drawTree(width) {
    const size = SIZES.narrow;
    const rows = this.tree();
    const root = svg("g", {});
    const connectors = svg("g", { class: "edges", "aria-hidden": "true" });
    const nodes = svg("g", { class: "nodes" });
    const at = new Map();
    let y = 26;
    for (const row of rows) {
      const x = 24 + row.depth * 28;
      const r = this.radius(row.node);
      const lines = wrap(row.node.label, width - x - r - 18, size.label);
      const role = this.roles.get(row.node.id);
      const viaText = row.via.map((e) => e.label).join(" · ");
      const viaLines = viaText ? wrap(viaText, width - x - r - 24, size.edge, 400) : [];
      at.set(row.node.id, { x, y });
      if (row.parent && at.has(row.parent)) {
        const p = at.get(row.parent);
        connectors.append(svg("path", { class: "edge", d: `M ${p.x} ${p.y + 12} V ${y} H ${x - r - 2}`, fill: "none" }));
      }
      const g = this.nodeGroup(row.node, `translate(${x} ${y})`);
      const text = svg("text", { class: "node-label", "font-size": size.label });
      lines.forEach((line, i) => text.append(svg("tspan", { x: r + 8, y: 5 + i * size.line }, line)));
      g.append(text);
      let below = 5 + lines.length * size.line;
      if (role === "leader" || role === "deputy") {
        g.append(svg("text", { class: `node-role role-${role}`, x: r + 8, y: below, "font-size": size.edge },
          `${role === "leader" ? "★ " : ""}${t(role === "leader" ? "roleLeader" : "roleDeputy")}`));
        below += size.edge + 5;
      }
      viaLines.forEach((line, i) => {
        g.append(svg("text", { class: "edge-label tree-via", x: r + 8, y: below + i * (size.edge + 4), "font-size": size.edge }, line));
      });
      below += viaLines.length * (size.edge + 4);
      nodes.append(g);
      y += Math.max(below + 14, 2 * r + 12);
    }
    const frame = this.frame(`0 0 ${width} ${y}`, true);
    frame.setAttribute("width", width);
    frame.setAttribute("height", y);
    root.append(connectors, nodes);
    frame.append(root);
    return frame;
  }
}

/** A legend of the node types present in `nodes`, and of the leader mark when shown. */
export function legend(nodes, view = null) {
  const types = [...new Set(nodes.map((n) => (TYPE_COLOURS[n.type] ? n.type : "other")))];
  const list = document.createElement("ul");
  list.className = "legend";
  list.setAttribute("aria-label", t("legend"));
  for (const type of types) {
    const item = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = colour(type);
    item.append(swatch, t(type));
    list.append(item);
  }
  const roles = view ? new Set(view.roles?.values() ?? []) : new Set();
  if (roles.has("leader")) {
    const item = document.createElement("li");
    const mark = document.createElement("span");
    mark.className = "swatch leader-mark";
    mark.textContent = "★";
    item.append(mark, t("roleLeader"));
    list.append(item);
  }
  return list;
}
