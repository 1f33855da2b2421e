/** A message that cannot be parsed, or names its sender ambiguously: callers quarantine it. */
export class MalformedEmailError extends Error {
  readonly code = 'malformed_email';
}
