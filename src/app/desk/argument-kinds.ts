/** The kinds of typed argument a desk command may ask for in a chat's own fields (Discord's options). */

export type ArgumentKind =
  /** A ticket reference (RD-1042); chats may offer the open tickets as the person types. */
  | { readonly kind: 'ticket' }
  /** A chat user, given as a mention. */
  | { readonly kind: 'user' }
  | {
      readonly kind: 'choice';
      readonly choices: readonly { readonly value: string; readonly label: string }[];
    }
  /**
   * A lawful ground of refusal of the command's ticket; chats may offer, as the person types, the grounds
   * that ticket's law and request allow (app/desk/reject-options.ts), since no fixed list fits every law.
   */
  | { readonly kind: 'ground' }
  | { readonly kind: 'integer'; readonly min: number }
  /** One word (an organisation id, a comma-separated list). */
  | { readonly kind: 'word' }
  /** Free text: always the last argument, it takes the rest of the line. */
  | { readonly kind: 'text' };

export type CommandArgument = ArgumentKind & {
  /** Lower-case, at most 32 characters (Discord's rule for option names). */
  readonly name: string;
  readonly description: string;
  readonly required: boolean;
  /** Written back as `name=value` (quoted when it holds spaces), for commands that read keyed words (`new`). */
  readonly keyed?: true;
};

export interface TypedDeskCommand {
  readonly name: string;
  /** The grammar's usage line. */
  readonly usage: string;
  readonly arguments: readonly CommandArgument[];
}

export const choices = (
  values: readonly string[],
  label: (v: string) => string = (v) => v.replaceAll('_', ' '),
) => values.map((value) => ({ value, label: label(value) }));
