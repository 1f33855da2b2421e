/**
 * Canonical JSON for hashing: object keys sorted by UTF-16 code units, no whitespace, numbers and strings
 * as ECMAScript `JSON.stringify` writes them (the RFC 8785 rules for our data), so one value always has
 * one byte sequence, whatever order the database or a driver returns the keys in.
 */

export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Throws a TypeError for values JSON cannot carry (NaN, Infinity, functions): a programming error. */
export function canonicalJson(value: JsonValue): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonical JSON: ${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ',';
          out += canonicalJson((value as readonly JsonValue[])[i] ?? null);
        }
        return `${out}]`;
      }
      const record = value as { readonly [key: string]: JsonValue | undefined };
      // Default sort compares UTF-16 code units, which is what RFC 8785 §3.2.3 prescribes.
      const keys = Object.keys(record).sort();
      let out = '{';
      let first = true;
      for (const key of keys) {
        const item = record[key];
        if (item === undefined) continue; // as JSON.stringify: an undefined property is absent
        out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`canonical JSON: a ${typeof value} is not a JSON value`);
  }
}
