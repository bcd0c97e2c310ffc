// Hand-written SVG graph drawing: a deterministic force layout (or radial, for a bloc's
// membership), nodes coloured by type, labelled edges, keyboard-operable nodes.
import { t } from "./i18n.js";

const SVG = "http://www.w3.org/2000/svg";
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

function colour(type) {
  return TYPE_COLOURS[type] ?? TYPE_COLOURS.other;
}

function svg(tag, attrs = {}, text = null) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  if (text !== null) el.textContent = text;
  return el;
}

function shorten(text, max = 26) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Positions on rings around `center` (depth known) or one ring (radial layout). */
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
      pos.set(node.id, { x: depth * 230 * Math.cos(angle), y: depth * 190 * Math.sin(angle) });
    });
  }
  return pos;
}

/** A few hundred steps of a Fruchterman–Reingold layout (deterministic: no randomness). */
function relax(nodes, edges, pos, pinned) {
  const k = 170;
  let temperature = 60;
  for (let step = 0; step < 250; step++) {
    const force = new Map(nodes.map((n) => [n.id, { x: 0, y: 0 }]));
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = pos.get(nodes[i].id), b = pos.get(nodes[j].id);
        let dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(Math.hypot(dx, dy), 1);
        const f = (k * k) / d;
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
      const f = (d * d) / k / d;
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
  }

  /** Replace the drawing. `layout` is "force" or "radial" (center in the middle, one ring). */
  show(graph, center, layout = "force") {
    this.nodes = [...graph.nodes];
    this.edges = [...graph.edges];
    this.center = center;
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
    this.layout("force");
    this.draw();
  }

  layout(kind) {
    const previous = this.pos;
    if (kind === "radial") {
      const others = this.nodes.filter((n) => n.id !== this.center);
      const radius = Math.max(220, others.length * 34);
      this.pos = new Map([[this.center, { x: 0, y: 0 }]]);
      others.forEach((n, i) => {
        const angle = (2 * Math.PI * i) / others.length - Math.PI / 2;
        this.pos.set(n.id, { x: radius * Math.cos(angle), y: radius * 0.8 * Math.sin(angle) });
      });
      return;
    }
    this.pos = ringPositions(this.nodes, this.center, previous);
    relax(this.nodes, this.edges, this.pos, new Set([this.center]));
  }

  bounds() {
    const xs = [...this.pos.values()].map((p) => p.x);
    const ys = [...this.pos.values()].map((p) => p.y);
    const pad = 110;
    let x0 = Math.min(...xs) - pad, w = Math.max(...xs) + pad - x0;
    const y0 = Math.min(...ys) - pad / 2, h = Math.max(...ys) + pad - y0;
    if (w < h * 1.6) { x0 -= (h * 1.6 - w) / 2; w = h * 1.6; }  // keep a landscape drawing
    return [x0, y0, w, h];
  }

  draw() {
    const [x, y, w, h] = this.bounds();
    const root = svg("svg", {
      viewBox: `${x} ${y} ${w} ${h}`,
      role: "group",
      "aria-label": this.label,
      class: "graph",
    });
    const defs = svg("defs");
    const marker = svg("marker", {
      id: "arrow", viewBox: "0 0 10 10", refX: "22", refY: "5",
      markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse",
    });
    marker.append(svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#555" }));
    defs.append(marker);
    root.append(defs, this.drawEdges(), this.drawNodes());
    this.container.replaceChildren(root);
  }

  drawEdges() {
    const group = svg("g", { class: "edges", "aria-hidden": "true" });
    const seen = new Map();
    for (const e of this.edges) {
      const a = this.pos.get(e.source), b = this.pos.get(e.target);
      if (!a || !b) continue;
      const pair = [e.source, e.target].sort().join(" ");
      const nth = seen.get(pair) ?? 0;
      seen.set(pair, nth + 1);
      group.append(svg("line", {
        x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge", "marker-end": "url(#arrow)",
      }));
      const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2 + nth * 15;
      group.append(svg("text", { x: mx, y: my, class: "edge-label", "text-anchor": "middle" },
        shorten(e.label, 30)));
    }
    return group;
  }

  drawNodes() {
    const group = svg("g", { class: "nodes" });
    for (const node of this.nodes) {
      const p = this.pos.get(node.id);
      const g = svg("g", {
        class: `node${node.id === this.center ? " center" : ""}`,
        transform: `translate(${p.x} ${p.y})`,
        tabindex: "0",
        role: "button",
        "data-id": node.id,
        "data-type": node.type,
        "aria-label": `${node.label} (${t(node.type)})`,
      });
      g.append(svg("title", {}, `${node.label} — ${t(node.type)}`));
      g.append(svg("circle", { r: node.id === this.center ? 16 : 12, fill: colour(node.type) }));
      g.append(svg("text", { y: 30, "text-anchor": "middle", class: "node-label" },
        shorten(node.label)));
      const activate = () => this.onSelect(node);
      g.addEventListener("click", activate);
      g.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          activate();
        }
      });
      group.append(g);
    }
    return group;
  }
}

/** A legend of the node types present in `nodes`. */
export function legend(nodes) {
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
  return list;
}
