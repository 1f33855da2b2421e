/**
 * Finds, in one pass over an email's text, which of many literal strings occur in it: the required
 * literals of every cue (`required-literals.ts`), so that a cue none of whose literals occurs is skipped
 * instead of run. A trie over UTF-16 code units, frozen into typed arrays after the lexicons are compiled:
 * a dense table for the first code unit, then each node's children as a short sorted run of edges.
 */

export class LiteralIndex {
  private readonly ids = new Map<string, number>();
  // Built lazily on the first scan, after every literal is known.
  private root: Int32Array | null = null;
  /** The node after two Latin-1 units, indexed by `first << 8 | second`. */
  private pairs: Int32Array | null = null;
  /** True when some literal is one code unit long (the pair table steps over its node). */
  private singles = false;
  private edgeStart = new Int32Array(0);
  private edgeUnit = new Uint16Array(0);
  private edgeTarget = new Int32Array(0);
  private terminal = new Int32Array(0);
  private seen = new Int32Array(0);
  private generation = 0;
  private lastText: string | null = null;

  /** The id of `literal`, the same for the same string. Only before the first scan. */
  add(literal: string): number {
    if (this.root !== null) throw new Error('literal index is frozen');
    if (literal === '') throw new Error('an empty literal occurs everywhere');
    let id = this.ids.get(literal);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(literal, id);
    }
    return id;
  }

  /**
   * Marks the literals found in `text`; `has` then answers for it. Scanning the same string again (one
   * email read by several lexicons) is free.
   */
  scan(text: string): void {
    if (this.root === null) this.freeze();
    if (text === this.lastText) return;
    this.lastText = text;
    // Marks are compared by generation, so nothing is cleared between emails (until the counter wraps).
    if (this.generation === 0x7fffffff) [this.generation, this.seen] = [0, new Int32Array(this.seen.length)];
    const generation = ++this.generation;
    const { root, pairs, edgeStart, edgeUnit, edgeTarget, terminal, seen } = this;
    const length = text.length;
    for (let p = 0; p < length; p++) {
      const first = text.charCodeAt(p);
      let node: number;
      let q: number;
      const second = p + 1 < length ? text.charCodeAt(p + 1) : 0x10000;
      if ((first | second) < 0x100) {
        // Two Latin-1 units at once: most positions of most emails end here, at a pair no literal starts with.
        if (this.singles) {
          const single = terminal[root![first]!]!;
          if (single >= 0) seen[single] = generation;
        }
        node = pairs![(first << 8) | second]!;
        q = p + 2;
      } else {
        node = root![first]!;
        q = p + 1;
      }
      while (node !== 0) {
        const id = terminal[node]!;
        if (id >= 0) seen[id] = generation;
        if (q === length) break;
        const unit = text.charCodeAt(q++);
        let child = 0;
        for (let e = edgeStart[node]!, end = edgeStart[node + 1]!; e < end; e++) {
          const u = edgeUnit[e]!;
          if (u < unit) continue;
          if (u === unit) child = edgeTarget[e]!;
          break;
        }
        node = child;
      }
    }
  }

  /** True when one of the literals `ids` occurred in the text last scanned. */
  hasAny(ids: Int32Array): boolean {
    for (let i = 0; i < ids.length; i++) if (this.seen[ids[i]!] === this.generation) return true;
    return false;
  }

  private freeze(): void {
    // Plain trie first (node 0 is "no node"; node 1 the root), then flattened breadth-first.
    const children: Map<number, number>[] = [new Map(), new Map()];
    const ends: number[] = [-1, -1];
    for (const [literal, id] of this.ids) {
      let node = 1;
      for (let k = 0; k < literal.length; k++) {
        const unit = literal.charCodeAt(k);
        let next = children[node]!.get(unit);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ends.push(-1);
          children[node]!.set(unit, next);
        }
        node = next;
      }
      ends[node] = id;
    }
    const nodes = children.length;
    this.root = new Int32Array(0x10000);
    for (const [unit, child] of children[1]!) this.root[unit] = child;
    this.pairs = new Int32Array(0x10000);
    for (const [first, child] of children[1]!) {
      if (first >= 0x100) continue;
      if (ends[child]! >= 0) this.singles = true;
      for (const [second, grandchild] of children[child]!)
        if (second < 0x100) this.pairs[(first << 8) | second] = grandchild;
    }
    this.edgeStart = new Int32Array(nodes + 1);
    const edges = children.reduce((sum, map, node) => (node > 1 ? sum + map.size : sum), 0);
    this.edgeUnit = new Uint16Array(edges);
    this.edgeTarget = new Int32Array(edges);
    let e = 0;
    for (let node = 0; node < nodes; node++) {
      this.edgeStart[node] = e;
      if (node < 2) continue;
      for (const [unit, child] of [...children[node]!].sort((a, b) => a[0] - b[0])) {
        this.edgeUnit[e] = unit;
        this.edgeTarget[e++] = child;
      }
    }
    this.edgeStart[nodes] = e;
    this.terminal = Int32Array.from(ends);
    this.seen = new Int32Array(this.ids.size);
  }
}
