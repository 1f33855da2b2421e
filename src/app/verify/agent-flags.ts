/**
 * Requests made for someone else (an authorised agent, a parent for a child) cannot be verified by a
 * code to the sender: the sender's mailbox proves nothing about the person the data is about.
 */
export const AGENT_FLAGS = ['authorised_agent', 'on_behalf_of_child'] as const;

export function needsAgentAuthorisation(flags: readonly string[]): boolean {
  return flags.some((f) => (AGENT_FLAGS as readonly string[]).includes(f));
}
