/**
 * Parses the text after `/rights` into a DeskCommand with zod. An unknown command or a bad argument is a
 * value with a short usage line, never an exception, so every adapter answers it the same way.
 */
import { z } from 'zod';
import { type DeskCommand, USAGE } from './desk-command.js';
import { grammar } from './desk-grammar.js';

export type DeskParseError =
  | { readonly code: 'unknown_command'; readonly command: string }
  | {
      readonly code: 'bad_argument';
      readonly command: string;
      readonly problem: string;
      readonly usage: string;
    };

export type DeskParseResult =
  | { readonly ok: true; readonly command: DeskCommand }
  | { readonly ok: false; readonly error: DeskParseError };

/** Other words staff reach for. */
const ALIASES: Readonly<Record<string, string>> = { close: 'dismiss', tasks: 'task' };

export function parseDeskCommand(text: string): DeskParseResult {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/).filter(Boolean);
  const typed = (words[0] ?? 'help').toLowerCase();
  const name = ALIASES[typed] ?? typed;
  const parse = grammar[name];
  if (!parse) return { ok: false, error: { code: 'unknown_command', command: name.slice(0, 40) } };
  // The text after the first n words, with its own spacing kept (notes and reasons are free text).
  const rest = (n: number) => trimmed.split(/\s+/).slice(n).join(' ');
  try {
    return { ok: true, command: parse(words.slice(1), rest) as DeskCommand };
  } catch (error) {
    const problem =
      error instanceof z.ZodError ? (error.issues[0]?.message ?? 'bad argument') : String(error);
    return { ok: false, error: { code: 'bad_argument', command: name, problem, usage: USAGE[name] ?? name } };
  }
}
