/** A composed letter: language-specific text in blocks, laid out by the renderer as text and HTML. */
export interface LetterBlock {
  readonly text: string;
  readonly items: readonly string[];
  /** A code to copy (verification): set apart in both parts. */
  readonly code: boolean;
}

export interface Letter {
  /** BCP 47 tag for the HTML part. */
  readonly language: string;
  readonly subject: string;
  readonly greeting: string;
  readonly blocks: readonly LetterBlock[];
  readonly closing: string;
  readonly signature: string;
  readonly privacyAddress: string;
  readonly policyLine: string | null;
}

export const block = (text: string, items: readonly string[] = []): LetterBlock => ({
  text,
  items,
  code: false,
});
