/**
 * An organisation's data systems and how each right is carried out in them (search, export, delete,
 * correct, restrict), and the fulfilment tasks an approved request opens: one per system and right,
 * except where the system has nothing to do for that right. Pure: the organisation file supplies the
 * systems, the ticket its rights.
 */
import type { RequestType, Right } from '../request-types.js';

export const TASK_HANDLINGS = [
  'search',
  'export',
  'delete',
  'correct',
  'restrict',
  'not_applicable',
] as const;
export type TaskHandling = (typeof TASK_HANDLINGS)[number];
export type TaskAction = Exclude<TaskHandling, 'not_applicable'>;

/**
 * What can carry out each right in a system. Access is a search (Art. 15(1): whether data is held and
 * which) or an export (Art. 15(3): a copy); portability an export (Art. 20(1)); rectification a
 * correction (Art. 16); erasure a deletion (Art. 17(1)) or, for data kept on an Art. 17(3) ground, a
 * restriction of its use to that ground; restriction a restriction (Art. 18); an objection or a
 * withdrawal of consent stops the processing (Art. 21(1), 7(3)): delete or restrict; an opt-out of sale
 * (CCPA §1798.120) restricts.
 */
export const ACTIONS_FOR_RIGHT: { readonly [R in Right]: readonly TaskAction[] } = {
  access: ['search', 'export'],
  portability: ['export'],
  rectification: ['correct'],
  erasure: ['delete', 'restrict'],
  restriction: ['restrict'],
  objection: ['restrict', 'delete'],
  withdraw_consent: ['delete', 'restrict'],
  opt_out_sale: ['restrict'],
};

/** Who is asked to do a system's tasks: mentioned by id in the ticket's chat thread, never by name. */
export interface SystemOwner {
  /** A Slack user (U…/W…) or user group (S…) id. */
  readonly slack: string | null;
  /** A Discord role id. */
  readonly discord: string | null;
}

export interface DataSystem {
  /** A slug staff type: `task RD-1042 billing done`. */
  readonly id: string;
  readonly name: string;
  readonly owner: SystemOwner;
  /** What it holds, as the organisation's retention rules name it. */
  readonly holds: readonly string[];
  /** How each right is carried out there; a right it does not list gets no task. */
  readonly rights: Partial<Readonly<Record<Right, TaskHandling>>>;
}

/** A task to open: `action` in `system` for `right`. */
export interface TaskDraft {
  readonly system: string;
  readonly right: Right;
  readonly action: TaskAction;
}

/**
 * The tasks a request for `types` needs across `systems`, leaving out those the ticket already has
 * (`existing`), so opening them again changes nothing. A system whose handling of a right is
 * `not_applicable`, or that does not list it, gets no task for it.
 */
export function tasksToOpen(
  systems: readonly DataSystem[],
  types: readonly RequestType[],
  existing: readonly { readonly system: string; readonly right: Right }[],
): TaskDraft[] {
  const has = new Set(existing.map((t) => `${t.system}/${t.right}`));
  const drafts: TaskDraft[] = [];
  for (const system of systems) {
    for (const type of types) {
      if (type === 'not_a_request') continue;
      const handling = system.rights[type];
      if (handling === undefined || handling === 'not_applicable') continue;
      if (has.has(`${system.id}/${type}`)) continue;
      drafts.push({ system: system.id, right: type, action: handling });
    }
  }
  return drafts;
}

/** Why a system's declared handling cannot stand, in words for the organisation file's author; null: fine. */
export function handlingProblem(right: Right, handling: TaskHandling): string | null {
  if (handling === 'not_applicable') return null;
  const allowed = ACTIONS_FOR_RIGHT[right];
  return allowed.includes(handling)
    ? null
    : `${right} is carried out by ${allowed.join(' or ')} (or not_applicable), not ${handling}`;
}
