/**
 * Fulfilment tasks as every chat shows them: one line per task, a "done" button per data system with
 * work left (a mark applies to all of that system's open tasks), and the message that asks the owners
 * of newly opened tasks to act, in the ticket's thread. Owners are named by chat id only (a Slack group
 * or user, a Discord role): the message says which systems and rights, never who the requester is.
 */
import type { SystemOwner } from '../../domain/fulfilment/data-systems.js';
import { isUnsettled } from '../../domain/fulfilment/tasks.js';
import type { TicketView } from './desk-reply.js';

type TaskView = NonNullable<TicketView['tasks']>[number];

/** At most this many task buttons on a message (Discord holds five to a row). */
export const MAX_TASK_BUTTONS = 5;

export function taskLine(task: TaskView): string {
  const note = task.note ? ` — ${task.note}` : '';
  return `${task.systemName} (${task.system}) · ${task.right.replaceAll('_', ' ')}: ${task.action} · ${task.status.replaceAll('_', ' ')}${note}`;
}

/** For a channel: how many tasks are settled, and the systems blocked (no staff note). */
export function tasksSummary(tasks: readonly TaskView[]): string {
  const settled = tasks.filter((t) => !isUnsettled(t)).length;
  const blocked = [...new Set(tasks.filter((t) => t.status === 'blocked').map((t) => t.system))];
  return `${settled} of ${tasks.length} settled${blocked.length > 0 ? ` · blocked: ${blocked.join(', ')}` : ''}`;
}

/** The systems whose tasks a "done" button settles: those with a task open or blocked, first five. */
export function taskButtonSystems(ticket: TicketView): { readonly system: string; readonly label: string }[] {
  const systems = new Map<string, string>();
  for (const task of ticket.tasks ?? []) if (isUnsettled(task)) systems.set(task.system, task.systemName);
  return [...systems]
    .slice(0, MAX_TASK_BUTTONS)
    .map(([system, name]) => ({ system, label: `Done: ${name}`.slice(0, 75) }));
}

/** The desk-grammar command a task button stands for. */
export function taskDoneCommand(reference: string, system: string): string {
  return `task ${reference} ${system} done`;
}

/**
 * The tasks a channel message showing `shownVersion` (null: none yet) has not announced: those opened
 * by a later change and still open.
 */
export function unannouncedTasks(ticket: TicketView, shownVersion: number | null): TaskView[] {
  return (ticket.tasks ?? []).filter(
    (t) => t.status === 'open' && (shownVersion === null || t.openedInVersion > shownVersion),
  );
}

/**
 * The thread message asking each owner to do their system's part: `mention` gives a chat's mention of
 * an owner, or null when the owner has no id in that chat (the system is then listed without one).
 */
export function ownersMessage(
  reference: string,
  tasks: readonly TaskView[],
  mention: (owner: SystemOwner) => string | null,
): string | null {
  if (tasks.length === 0) return null;
  const bySystem = new Map<string, TaskView[]>();
  for (const task of tasks) bySystem.set(task.system, [...(bySystem.get(task.system) ?? []), task]);
  const lines = [...bySystem.values()].map((own) => {
    const first = own[0]!;
    const who = first.owner ? mention(first.owner) : null;
    const work = own.map((t) => `${t.right.replaceAll('_', ' ')}: ${t.action}`).join(', ');
    return `• ${who ? `${who} ` : ''}${first.systemName} (${first.system}) — ${work}`;
  });
  return [
    `${reference} is approved: please do your system's part, then mark it with /rights task ${reference} <system> done|not_applicable|blocked [note]`,
    ...lines,
  ].join('\n');
}
