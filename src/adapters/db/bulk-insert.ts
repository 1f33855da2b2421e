/**
 * Multi-row INSERT statements through a Prisma transaction's raw-SQL door, for intake's write buffer.
 * Prisma's createMany runs one INSERT per row on SQLite, at about a third of a millisecond each; one
 * statement per table per batch is what lets intake keep up with the mailbox. Values are encoded as
 * Prisma itself stores them, so every reader goes on using the Prisma client: DateTime as ISO text with
 * "+00:00" on SQLite and UTC timestamp(3) on PostgreSQL, Json as JSON text (jsonb on PostgreSQL),
 * Boolean as 0/1 on SQLite.
 */
import type { DbProvider } from './database.js';
import type { RawExecutor } from './driver-access.js';

export type { RawExecutor };

export type Row = Readonly<Record<string, unknown>>;

/** Well under SQLite's 32,766 bound parameters and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;

export async function insertRows(
  tx: RawExecutor,
  provider: DbProvider,
  table: string,
  rows: readonly Row[],
): Promise<void> {
  // Rows that leave out a column take its default, so rows are written in groups of the same columns.
  const groups = new Map<string, { columns: string[]; rows: Row[] }>();
  for (const row of rows) {
    const columns = Object.keys(row).filter((c) => row[c] !== undefined);
    const key = columns.join(',');
    const group = groups.get(key) ?? { columns, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  for (const { columns, rows: grouped } of groups.values()) {
    const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
    for (let start = 0; start < grouped.length; start += perStatement) {
      const chunk = grouped.slice(start, start + perStatement);
      const values: unknown[] = [];
      const tuples = chunk.map((row) => {
        const placeholders = columns.map((column) => {
          const [value, cast] = encode(provider, row[column]);
          values.push(value);
          return provider === 'postgresql' ? `$${values.length}${cast}` : '?';
        });
        return `(${placeholders.join(', ')})`;
      });
      await tx.$executeRawUnsafe(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`,
        ...values,
      );
    }
  }
}

/** The value as the driver takes it, and the PostgreSQL cast its placeholder needs. */
function encode(provider: DbProvider, value: unknown): [unknown, string] {
  if (value === null) return [null, ''];
  if (value instanceof Date) {
    const iso = value.toISOString();
    return provider === 'sqlite'
      ? [iso.replace('Z', '+00:00'), '']
      : [iso.replace('T', ' ').replace('Z', ''), '::timestamp(3)'];
  }
  if (value instanceof Uint8Array) return [Buffer.from(value.buffer, value.byteOffset, value.byteLength), ''];
  if (typeof value === 'boolean') return provider === 'sqlite' ? [value ? 1 : 0, ''] : [value, '::boolean'];
  if (typeof value === 'object') return [JSON.stringify(value), provider === 'sqlite' ? '' : '::jsonb'];
  return [value, ''];
}
