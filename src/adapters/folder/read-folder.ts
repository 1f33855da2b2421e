/**
 * The folder source: reads `.eml` files (one RFC 5322 message each) from a folder or a list of
 * files, in name order, in batches, so that local use, the demo and tests need no mail server.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { IncomingMessage } from '../../app/intake/ports.js';

/** The `.eml` files named by the paths (files, or folders read one level deep), sorted by name. */
export function listEmlFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path)
      .filter((name) => name.toLowerCase().endsWith('.eml'))
      .sort()
      .map((name) => join(path, name));
  });
}

export function readEml(file: string): IncomingMessage {
  const raw = readFileSync(file);
  return {
    uidValidity: null,
    uid: null,
    sourceName: basename(file),
    raw,
    size: raw.byteLength,
    tooLarge: false,
    // A file carries no delivery time of its own: intake reads it from the message's Received/Date headers.
    receivedAt: null,
    fileTime: statSync(file).mtime,
  };
}
