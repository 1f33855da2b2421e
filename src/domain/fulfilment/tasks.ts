/**
 * Fulfilment tasks once opened: what staff may mark them (done, not applicable, blocked), which are
 * still open when someone tries to close the ticket, and what the outcome letter says was done in each
 * system. Pure: the ticket's tasks come in, a decision or the letter's lines come out.
 */
import type { Right } from '../request-types.js';
import type { TaskAction } from './data-systems.js';

export const TASK_STATUSES = ['open', 'done', 'not_applicable', 'blocked'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_SETTLEMENTS = ['done', 'not_applicable', 'blocked'] as const;
export type TaskSettlement = (typeof TASK_SETTLEMENTS)[number];

export interface Task {
  readonly system: string;
  readonly right: Right;
  readonly action: TaskAction;
  readonly status: TaskStatus;
  readonly note: string | null;
}

/** A task that still stands between the ticket and its closing: open, or blocked on something. */
export function isUnsettled(task: Pick<Task, 'status'>): boolean {
  return task.status === 'open' || task.status === 'blocked';
}

export function unsettledTasks<T extends Pick<Task, 'status'>>(tasks: readonly T[]): T[] {
  return tasks.filter(isUnsettled);
}

export type SettleDecision =
  | { readonly ok: true; readonly tasks: readonly Task[] }
  | { readonly ok: false; readonly code: 'task_unknown'; readonly known: readonly string[] }
  | { readonly ok: false; readonly code: 'task_already_settled'; readonly status: TaskStatus };

/**
 * The tasks `system` (and `right`, when named) that a mark changes: those still open or blocked. Done
 * and not applicable are final: what was done in a system is what the letter tells the requester. A
 * blocked task may be marked blocked again (with a new note).
 */
export function tasksToSettle(tasks: readonly Task[], system: string, right: Right | null): SettleDecision {
  const named = tasks.filter((t) => t.system === system && (right === null || t.right === right));
  if (named.length === 0) {
    const known = [...new Set(tasks.map((t) => t.system))];
    return { ok: false, code: 'task_unknown', known };
  }
  const changing = unsettledTasks(named);
  if (changing.length === 0) return { ok: false, code: 'task_already_settled', status: named[0]!.status };
  return { ok: true, tasks: changing };
}

/** One system's line in the outcome letter: the actions done there, or that it held nothing to act on. */
export interface SystemWork {
  readonly systemName: string;
  readonly done: readonly TaskAction[];
  /** Every task of the system was not applicable (it held no data of the requester's). */
  readonly nothingHeld: boolean;
}

/** What the outcome letter says was done in each system, in the order the organisation lists them. */
export function systemsWork(
  tasks: readonly Task[],
  systems: readonly { readonly id: string; readonly name: string }[],
): SystemWork[] {
  const work: SystemWork[] = [];
  for (const system of systems) {
    const own = tasks.filter((t) => t.system === system.id);
    if (own.length === 0) continue;
    const done = [...new Set(own.filter((t) => t.status === 'done').map((t) => t.action))];
    work.push({
      systemName: system.name,
      done,
      nothingHeld: done.length === 0 && own.every((t) => t.status === 'not_applicable'),
    });
  }
  return work;
}
