// The client-side graph model: merges API elements, collapses leaves, and
// keeps an undo stack of snapshots. Plain data in, plain data out.

export class GraphModel {
  constructor() {
    this.nodes = new Map(); // id -> data
    this.edges = new Map(); // id -> data
    this.hidden = {};       // node id -> neighbours not shown ("show N more")
    this.history = [];
  }

  snapshot() {
    return { nodes: new Map(this.nodes), edges: new Map(this.edges), hidden: { ...this.hidden } };
  }

  // Adds Cytoscape-style elements ({nodes:[{data}], edges:[{data}]}); returns
  // the ids that are new. Records an undo point first.
  merge(elements, hidden = {}) {
    this.history.push(this.snapshot());
    if (this.history.length > 50) this.history.shift();
    const added = [];
    for (const n of elements.nodes || []) {
      if (!this.nodes.has(n.data.id)) added.push(n.data.id);
      this.nodes.set(n.data.id, n.data);
    }
    for (const e of elements.edges || []) {
      if (this.nodes.has(e.data.source) && this.nodes.has(e.data.target)) this.edges.set(e.data.id, e.data);
    }
    Object.assign(this.hidden, hidden);
    return added;
  }

  neighbours(id) {
    const out = new Set();
    for (const e of this.edges.values()) {
      if (e.source === id) out.add(e.target);
      if (e.target === id) out.add(e.source);
    }
    return out;
  }

  // Removes neighbours of `id` that have no other neighbour (its leaves).
  collapse(id) {
    this.history.push(this.snapshot());
    const removed = [];
    for (const n of this.neighbours(id)) {
      const others = [...this.neighbours(n)].filter((m) => m !== id);
      if (others.length === 0) removed.push(n);
    }
    for (const n of removed) this.nodes.delete(n);
    for (const [eid, e] of this.edges) {
      if (!this.nodes.has(e.source) || !this.nodes.has(e.target)) this.edges.delete(eid);
    }
    return removed;
  }

  canUndo() { return this.history.length > 0; }

  undo() {
    const s = this.history.pop();
    if (!s) return false;
    this.nodes = s.nodes;
    this.edges = s.edges;
    this.hidden = s.hidden;
    return true;
  }

  toJSON() {
    return { elements: { nodes: [...this.nodes.values()].map((data) => ({ data })),
                         edges: [...this.edges.values()].map((data) => ({ data })) } };
  }
}
