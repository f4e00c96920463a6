// The client-side graph model: merges API elements, collapses, removes, and
// keeps an undo stack of snapshots. It also remembers which nodes were
// expanded (in order, with the cap used) and which were collapsed away, so
// the view can be written to the URL and rebuilt from it. Plain data only.

export class GraphModel {
  constructor() {
    this.nodes = new Map();    // id -> data
    this.edges = new Map();    // id -> data
    this.hidden = {};          // node id -> neighbours the server left out
    this.expanded = new Map(); // node id -> cap used when expanding (0: default)
    this.removed = new Set();  // node ids collapsed away by the user
    this.history = [];
    this.maxHistory = 50;
  }

  snapshot() {
    return { nodes: new Map(this.nodes), edges: new Map(this.edges), hidden: { ...this.hidden },
             expanded: new Map(this.expanded), removed: new Set(this.removed) };
  }

  // Records an undo point; every mutating call does this first.
  checkpoint() {
    this.history.push(this.snapshot());
    if (this.history.length > this.maxHistory) this.history.shift();
  }

  // Adds Cytoscape-style elements ({nodes:[{data}], edges:[{data}]}) and
  // returns the ids that are new. Nodes the user collapsed away stay away
  // unless `force` (an explicit expansion brings them back). `hidden` is the
  // server's count of left-out neighbours for some nodes.
  merge(elements, hidden = {}, { force = false, record = true } = {}) {
    if (record) this.checkpoint();
    const added = [];
    for (const n of elements.nodes || []) {
      const id = n.data.id;
      if (this.removed.has(id)) {
        if (!force) continue;
        this.removed.delete(id);
      }
      if (!this.nodes.has(id)) added.push(id);
      this.nodes.set(id, { ...this.nodes.get(id), ...n.data });
    }
    for (const e of elements.edges || []) {
      if (this.nodes.has(e.data.source) && this.nodes.has(e.data.target)) this.edges.set(e.data.id, e.data);
    }
    for (const [id, count] of Object.entries(hidden)) if (this.nodes.has(id)) this.hidden[id] = count;
    return added;
  }

  // Marks a node as expanded (keeping the first position in the order).
  markExpanded(id, limit = 0) {
    this.expanded.set(id, Math.max(limit, this.expanded.get(id) || 0));
  }

  neighbours(id) {
    const out = new Set();
    for (const e of this.edges.values()) {
      if (e.source === id) out.add(e.target);
      if (e.target === id) out.add(e.source);
    }
    return out;
  }

  // How many neighbours of `id` exist but are not on screen ("show N more"):
  // from the node's degree when the server sent one, else the hidden count.
  more(id) {
    const d = this.nodes.get(id);
    if (!d) return 0;
    const shown = this.neighbours(id).size;
    if (Number.isInteger(d.degree)) return Math.max(0, d.degree - shown);
    return this.hidden[id] || 0;
  }

  // Undoes an expansion: removes the nodes near `id` (two hops for an
  // entity: its events and their other participants; one hop for an event)
  // that hang on the rest of the graph only through `id`, keeping anything
  // that was expanded itself. Returns the removed ids.
  collapse(id) {
    const adj = this.adjacency();
    const near = new Set(adj.get(id) || []);
    if (id.startsWith('e')) for (const n of [...near]) for (const m of adj.get(n) || []) near.add(m);
    near.delete(id);
    // Components of the graph without `id`: one that holds an expanded node
    // or a node beyond `near` stays.
    const seen = new Set([id]);
    const removed = [];
    for (const start of near) {
      if (seen.has(start)) continue;
      const comp = [start];
      seen.add(start);
      let anchored = false;
      for (let i = 0; i < comp.length; i++) {
        const n = comp[i];
        if (!near.has(n) || this.expanded.has(n)) anchored = true;
        for (const m of adj.get(n) || []) if (!seen.has(m)) { seen.add(m); comp.push(m); }
      }
      if (!anchored) removed.push(...comp);
    }
    this.checkpoint();
    this.expanded.delete(id);
    this.drop(removed);
    return removed;
  }

  adjacency() {
    const adj = new Map();
    for (const e of this.edges.values()) {
      if (!adj.has(e.source)) adj.set(e.source, []);
      if (!adj.has(e.target)) adj.set(e.target, []);
      adj.get(e.source).push(e.target);
      adj.get(e.target).push(e.source);
    }
    return adj;
  }

  // Removes nodes (and their edges) and remembers them as collapsed away.
  remove(ids) {
    this.checkpoint();
    this.drop(ids);
  }

  drop(ids) {
    for (const n of ids) {
      this.nodes.delete(n);
      this.removed.add(n);
      this.expanded.delete(n);
      delete this.hidden[n];
    }
    for (const [eid, e] of this.edges) {
      if (!this.nodes.has(e.source) || !this.nodes.has(e.target)) this.edges.delete(eid);
    }
  }

  clear() {
    this.checkpoint();
    this.nodes = new Map();
    this.edges = new Map();
    this.hidden = {};
    this.expanded = new Map();
    this.removed = new Set();
  }

  canUndo() { return this.history.length > 0; }

  undo() {
    const s = this.history.pop();
    if (!s) return false;
    Object.assign(this, s);
    return true;
  }

  // For the URL: ["e7", "e6:300", "v1"] and the collapsed-away ids.
  expansions() {
    return [...this.expanded].map(([id, limit]) => (limit ? `${id}:${limit}` : id));
  }

  toJSON() {
    return { elements: { nodes: [...this.nodes.values()].map((data) => ({ data })),
                         edges: [...this.edges.values()].map((data) => ({ data })) } };
  }
}

// Trims an expansion's elements so the canvas holds at most `room` new nodes:
// an event comes with its participants or not at all (a half-drawn event
// would mislead), in the server's order; entities outside any kept event
// follow while there is room. Nodes already on the canvas (`present`) cost
// nothing. Returns the kept elements and how many new nodes were left out.
export function capElements(elements, present, room) {
  const nodes = elements.nodes || [], edges = elements.edges || [];
  const adj = new Map();
  for (const e of edges) {
    for (const [a, b] of [[e.data.source, e.data.target], [e.data.target, e.data.source]]) {
      if (!adj.has(a)) adj.set(a, []);
      adj.get(a).push(b);
    }
  }
  const kind = new Map(nodes.map((n) => [n.data.id, n.data.kind]));
  const keep = new Set();
  const isNew = (id) => !present.has(id) && !keep.has(id);
  let used = 0;
  for (const n of nodes) {
    const id = n.data.id;
    if (n.data.kind !== 'event' || !isNew(id)) continue;
    const group = [id, ...new Set((adj.get(id) || []).filter((m) => kind.has(m) && isNew(m)))];
    if (used + group.length > room) continue;
    for (const m of group) keep.add(m);
    used += group.length;
  }
  for (const n of nodes) {
    const id = n.data.id;
    if (n.data.kind === 'event' || !isNew(id) || used >= room) continue;
    keep.add(id);
    used++;
  }
  const kept = nodes.filter((n) => present.has(n.data.id) || keep.has(n.data.id));
  const ids = new Set(kept.map((n) => n.data.id));
  const dropped = nodes.filter((n) => !ids.has(n.data.id)).length;
  return {
    elements: { nodes: kept, edges: edges.filter((e) => (ids.has(e.data.source) || present.has(e.data.source)) && (ids.has(e.data.target) || present.has(e.data.target))) },
    dropped,
  };
}
