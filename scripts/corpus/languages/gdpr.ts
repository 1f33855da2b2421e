// Article citations of the GDPR in a language's own form, for the formal families.
import { type Right } from '../types.js';

/** `cite` formats an article number; `consent` is Art. 7(3) as the language writes it; `optOut` cites a US law. */
export function gdprArticles(
  cite: (article: string) => string,
  consent: string,
  optOut: string,
): Record<Right, string> {
  return {
    access: cite('15'),
    rectification: cite('16'),
    erasure: cite('17'),
    restriction: cite('18'),
    objection: cite('21'),
    portability: cite('20'),
    withdraw_consent: consent,
    opt_out_sale: optOut,
  };
}
