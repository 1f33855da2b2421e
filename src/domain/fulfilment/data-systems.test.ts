import { describe, expect, it } from 'vitest';
import { type DataSystem, handlingProblem, tasksToOpen } from './data-systems.js';
import { systemsWork, type Task, tasksToSettle, unsettledTasks } from './tasks.js';

const owner = { slack: 'S01BILLING', discord: null };
const systems: DataSystem[] = [
  {
    id: 'accounts',
    name: 'Account database',
    owner,
    holds: ['account data'],
    rights: { access: 'export', erasure: 'delete' },
  },
  {
    id: 'billing',
    name: 'Billing records',
    owner,
    holds: ['usage records'],
    rights: { access: 'export', erasure: 'restrict' },
  },
  {
    id: 'media',
    name: 'Media workers',
    owner,
    holds: ['media files'],
    rights: { access: 'not_applicable', erasure: 'not_applicable' },
  },
];

const task = (system: string, status: Task['status'], right: Task['right'] = 'erasure'): Task => ({
  system,
  right,
  action: right === 'access' ? 'export' : 'delete',
  status,
  note: null,
});

describe('tasks of an approved request', () => {
  it('opens one task per system and right, none where the system has nothing to do for that right', () => {
    expect(tasksToOpen(systems, ['access', 'erasure'], [])).toEqual([
      { system: 'accounts', right: 'access', action: 'export' },
      { system: 'accounts', right: 'erasure', action: 'delete' },
      { system: 'billing', right: 'access', action: 'export' },
      { system: 'billing', right: 'erasure', action: 'restrict' },
    ]);
  });

  it('opens nothing twice, for a right no system lists, or for a message that asks for no right', () => {
    const existing = [{ system: 'accounts', right: 'erasure' as const }];
    expect(tasksToOpen(systems, ['erasure'], existing)).toEqual([
      { system: 'billing', right: 'erasure', action: 'restrict' },
    ]);
    expect(tasksToOpen(systems, ['portability'], [])).toEqual([]);
    expect(tasksToOpen(systems, ['not_a_request'], [])).toEqual([]);
  });

  it('says which actions can carry out a right when a system declares another', () => {
    expect(handlingProblem('access', 'delete')).toBe(
      'access is carried out by search or export (or not_applicable), not delete',
    );
    expect(handlingProblem('erasure', 'restrict')).toBeNull();
    expect(handlingProblem('rectification', 'not_applicable')).toBeNull();
  });
});

describe('marking tasks', () => {
  it('marks every open or blocked task of the named system, or of its one named right', () => {
    const tasks = [task('accounts', 'open', 'access'), task('accounts', 'blocked'), task('billing', 'open')];
    expect(tasksToSettle(tasks, 'accounts', null)).toMatchObject({ ok: true, tasks: tasks.slice(0, 2) });
    expect(tasksToSettle(tasks, 'accounts', 'erasure')).toMatchObject({ ok: true, tasks: [tasks[1]] });
  });

  it('refuses a system the ticket has no task in, naming those it has', () => {
    expect(tasksToSettle([task('billing', 'open')], 'ledger', null)).toEqual({
      ok: false,
      code: 'task_unknown',
      known: ['billing'],
    });
  });

  it('refuses to mark again a task already done or not applicable', () => {
    expect(tasksToSettle([task('billing', 'done')], 'billing', null)).toEqual({
      ok: false,
      code: 'task_already_settled',
      status: 'done',
    });
  });

  it('counts open and blocked tasks as what stands between the ticket and its closing', () => {
    const tasks = [task('a', 'open'), task('b', 'blocked'), task('c', 'done'), task('d', 'not_applicable')];
    expect(unsettledTasks(tasks).map((t) => t.system)).toEqual(['a', 'b']);
  });
});

describe('what the outcome letter says of each system', () => {
  it('lists the actions done per system in the organisation order, and a system that held nothing', () => {
    const tasks = [
      task('billing', 'done'),
      task('accounts', 'done', 'access'),
      task('accounts', 'done'),
      task('media', 'not_applicable'),
    ];
    expect(systemsWork(tasks, systems)).toEqual([
      { systemName: 'Account database', done: ['export', 'delete'], nothingHeld: false },
      { systemName: 'Billing records', done: ['delete'], nothingHeld: false },
      { systemName: 'Media workers', done: [], nothingHeld: true },
    ]);
  });
});
