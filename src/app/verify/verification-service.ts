/**
 * The two verification calls of the desk executor, each in its own transaction, for callers that do
 * not already hold one. An executor that also changes the ticket's status calls `startVerification` /
 * `recordVerificationResult` with its own requester-mail transaction instead, so both commit together.
 */
import type { ManualVerificationMethod } from '../../domain/desk/desk-command.js';
import type { RequesterMailStore, VerifyDeps } from './ports.js';
import { recordVerificationResult, type VerificationResultOutcome } from './record-result.js';
import { startVerification, type StartVerificationResult } from './start-verification.js';

export interface VerificationService {
  /** `verify RD-1042 send`: a new code to the requester (earlier codes stop working). */
  start(ticket: number | string, actor: string): Promise<StartVerificationResult>;
  /** `verify RD-1042 confirm <method> [note]`, or a failed manual check (verified: false). */
  recordResult(input: {
    ticket: number | string;
    actor: string;
    verified: boolean;
    method: ManualVerificationMethod;
    note: string | null;
  }): Promise<VerificationResultOutcome>;
}

export function createVerificationService(store: RequesterMailStore, deps: VerifyDeps): VerificationService {
  return {
    start: (ticket, actor) => store.transaction((tx) => startVerification(tx, deps, { ticket, actor })),
    recordResult: (input) => store.transaction((tx) => recordVerificationResult(tx, deps, input)),
  };
}
