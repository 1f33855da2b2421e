/**
 * Finds, in one pass over an email's text, which of many literal strings occur in it: the required
 * literals of every cue (`required-literals.ts`), so that a cue none of whose literals occurs is skipped
 * instead of run. A trie over UTF-16 code units, frozen into typed arrays after the lexicons are compiled:
 * a dense table for the first code unit (and for the first two, when both are Latin-1), then each node's
 * children as a short sorted run of edges.
 *
 * Each node is one record, its edges right after its literal (code unit and target side by side), so
 * that one step of the walk mostly touches one cache line: the scan runs over every character of every
 * email, and its cost is mostly waiting for memory.
 */

/** A node's record in `trie`: [literal id or -1, edge count, then per edge: code unit, target node]. */
const HEAD = 2;
const EDGE = 2;

export class LiteralIndex {
  private readonly ids = new Map<string, number>();
  // Built lazily on the first scan, after every literal is known.
  private root: Int32Array | null = null;
  /** The node after two Latin-1 units, indexed by `first << 8 | second`. */
  private pairs: Int32Array | null = null;
  /** True when some literal is one code unit long (the pair table steps over its node). */
  private singles = false;
  /** Node records; a node is the offset of its record, and 0 is "no node". */
  private trie = new Int32Array(0);
  private seen = new Int32Array(0);
  /** The ids marked by the last scan, in the order found; `foundCount` of them. */
  private foundIds = new Int32Array(0);
  private foundCount = 0;
  private generation = 0;
  private lastText: string | null = null;

  /** True once the first scan has fixed the literals: `add` then throws. */
  get frozen(): boolean {
    return this.root !== null;
  }

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
    const { root, pairs, trie, seen, singles, foundIds } = this;
    let found = 0;
    const length = text.length;
    let second = length > 0 ? text.charCodeAt(0) : 0;
    for (let p = 0; p < length; p++) {
      const first = second;
      let node: number;
      let q: number;
      second = p + 1 < length ? text.charCodeAt(p + 1) : 0x10000;
      if ((first | second) < 0x100) {
        // Two Latin-1 units at once: most positions of most emails end here, at a pair no literal starts with.
        if (singles) {
          const single = trie[root![first]!]!;
          if (single >= 0 && seen[single] !== generation) {
            seen[single] = generation;
            foundIds[found++] = single;
          }
        }
        node = pairs![(first << 8) | second]!;
        q = p + 2;
      } else {
        node = root![first]!;
        q = p + 1;
      }
      while (node !== 0) {
        const id = trie[node]!;
        if (id >= 0 && seen[id] !== generation) {
          seen[id] = generation;
          foundIds[found++] = id;
        }
        if (q === length) break;
        const unit = text.charCodeAt(q++);
        let child = 0;
        for (let e = node + HEAD, end = e + EDGE * trie[node + 1]!; e < end; e += EDGE) {
          const u = trie[e]!;
          if (u < unit) continue;
          if (u === unit) child = trie[e + 1]!;
          break;
        }
        node = child;
      }
    }
    this.foundCount = found;
  }

  /** True when `text` is the text last scanned (`has` and `found` answer for it). */
  scanned(text: string): boolean {
    return text === this.lastText;
  }

  /** How many literals occurred in the text last scanned. */
  get found(): number {
    return this.foundCount;
  }

  /** The id of the `i`-th literal found in the text last scanned (`i` < `found`). */
  foundAt(i: number): number {
    return this.foundIds[i]!;
  }

  /** True when one of the literals `ids` occurred in the text last scanned. */
  hasAny(ids: Int32Array): boolean {
    for (let i = 0; i < ids.length; i++) if (this.seen[ids[i]!] === this.generation) return true;
    return false;
  }

  private freeze(): void {
    // Plain trie first (node 0 is "no node"; node 1 the root), then flattened into the typed arrays.
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
    // The root's children are read from `root` and `pairs`, never walked to: its record has no edges.
    const count = children.length;
    const edgesOf = (node: number): number => (node > 1 ? children[node]!.size : 0);
    // Offset 0 is "no node" (an empty record); the others follow in insertion order.
    const offsets = new Int32Array(count);
    let size = HEAD;
    for (let node = 1; node < count; node++) {
      offsets[node] = size;
      size += HEAD + EDGE * edgesOf(node);
    }
    const at = (node: number): number => offsets[node]!;
    this.root = new Int32Array(0x10000);
    for (const [unit, child] of children[1]!) this.root[unit] = at(child);
    this.pairs = new Int32Array(0x10000);
    for (const [first, child] of children[1]!) {
      if (first >= 0x100) continue;
      if (ends[child]! >= 0) this.singles = true;
      for (const [second, grandchild] of children[child]!)
        if (second < 0x100) this.pairs[(first << 8) | second] = at(grandchild);
    }
    this.trie = new Int32Array(size);
    this.trie[0] = -1;
    for (let node = 1; node < count; node++) {
      let r = at(node);
      this.trie[r++] = ends[node]!;
      this.trie[r++] = edgesOf(node);
      if (node > 1)
        for (const [unit, child] of [...children[node]!].sort((a, b) => a[0] - b[0])) {
          this.trie[r++] = unit;
          this.trie[r++] = at(child);
        }
    }
    this.seen = new Int32Array(this.ids.size);
    this.foundIds = new Int32Array(this.ids.size);
  }
}
