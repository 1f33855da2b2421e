/**
 * IN-lists in pieces: a query's bound parameters are capped by Prisma (P2029) and by the database
 * (SQLite 32,766, PostgreSQL 32,767), and a batch of mail can refer to any number of Message-IDs.
 */

/** Values per IN-list: far under every limit, with room for the query's other parameters. */
export const IN_LIST_CHUNK = 500;

/** Runs `query` once per chunk of `values` (one after the other: a transaction has one connection). */
export async function findInChunks<V, T>(
  values: readonly V[],
  query: (chunk: V[]) => Promise<T[]>,
  size: number = IN_LIST_CHUNK,
): Promise<T[]> {
  const found: T[] = [];
  for (let start = 0; start < values.length; start += size)
    found.push(...(await query(values.slice(start, start + size))));
  return found;
}
