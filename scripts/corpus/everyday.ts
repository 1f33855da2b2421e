// Everyday mail in the train split only: asks that name no right (situational, text-speak, non-native, buried
// in support mail) and hard negatives that use the rights' verbs about product objects, in questions or in
// negation. Each voice draws them from its own stream, and they are numbered after every earlier email, so the
// validation and test files keep their names and bytes.
import { requestEmail } from './build.js';
import { negativeEmail } from './negatives.js';
import { type Random } from './random.js';
import { type Email } from './render.js';
import { type ExtraNegative, type Paraphrases, RIGHTS, type Right, type Voice } from './types.js';

const NOTES: Record<Right, string> = {
  access: 'asks what is held about them and to see it',
  rectification: 'asks to fix a wrong or outdated detail about them',
  erasure: 'wants the account and what is kept about them gone',
  restriction: 'asks that their data be kept but not used for now',
  objection: 'wants no more marketing messages or profiling',
  portability: 'wants their own data as a file to take elsewhere, or sent to another provider',
  withdraw_consent: 'takes back a yes given earlier (sign-up box, cookies, AI training, newsletter)',
  opt_out_sale: 'wants their data not sold or shared with advertisers or brokers',
};

/** What one voice writes in everyday words: wordings per right and hard negatives of the `everyday` kind. */
export interface EverydaySet {
  asks: Paraphrases;
  negatives: readonly ExtraNegative[];
}

export function everydayEmails(voice: Voice, set: EverydaySet, perWording: number, random: Random): Email[] {
  const emails: Email[] = [];
  for (const right of RIGHTS) {
    for (const [n, wording] of (set.asks[right] ?? []).entries()) {
      for (let i = 0; i < perWording; i += 1) {
        const subject = random.next() < 0.5 ? random.pick(voice.subjects.generic) : voice.subjects[right];
        emails.push(
          requestEmail(
            voice,
            {
              family: `${right}.everyday`,
              split: 'train',
              formal: false,
              types: [right],
              asks: [wording],
              note: `everyday wording ${n + 1}, no right named: ${NOTES[right]}`,
              subject,
              rightForLaw: right,
              secondaryWithdraw: false,
            },
            random,
          ),
        );
      }
    }
  }
  for (const negative of set.negatives) {
    for (let i = 0; i < perWording; i += 1) {
      emails.push(negativeEmail({ ...voice, negatives: { everyday: negative } }, 'everyday', random, negative.note));
    }
  }
  return emails;
}
