// Plans every email of the corpus from the language packs: family, style, split and labels of each.
import { composeRequest, fill } from './compose.js';
import {
  FAMILY_NAMES,
  FAMILY_NOTES,
  FAMILY_SPLIT,
  MULTI_FAMILIES,
  NEGATIVE_SPLIT,
  type Split,
  type Style,
  stylesFor,
} from './families.js';
import { negativeEmail } from './negatives.js';
import { type Random } from './random.js';
import { baseSlots, type Email, render, STUBS } from './render.js';
import {
  type FamilyKey,
  NEGATIVES,
  type Pack,
  type RequestType,
  RIGHTS,
  type Right,
  type Voice,
} from './types.js';

const KEYS: readonly FamilyKey[] = ['a', 'b', 'c', 'd'];

export interface RequestPlan {
  family: string;
  split: Split;
  formal: boolean;
  types: Right[];
  asks: string[];
  note: string;
  subject: string;
  rightForLaw: Right;
  secondaryWithdraw: boolean;
}

export function requestEmail(pack: Voice, plan: RequestPlan, random: Random): Email {
  const { slots, person, org } = baseSlots(pack, random);
  const style: Style = random.weighted(stylesFor(plan.split, plan.formal, plan.types, pack));
  const withLaw = (pack.jurisdictions ?? []).filter((j) => j.articles[plan.rightForLaw]);
  const jurisdiction = withLaw.length > 0 ? random.pick(withLaw) : undefined;
  slots.law = jurisdiction?.law ?? pack.law;
  slots.authority = jurisdiction?.authority ?? pack.authority;
  slots.art = jurisdiction?.articles[plan.rightForLaw] ?? pack.articles[plan.rightForLaw];
  const types: RequestType[] = [...plan.types];
  const asks = [...plan.asks];
  const secondary =
    plan.secondaryWithdraw ||
    (plan.formal &&
      !types.includes('withdraw_consent') &&
      (style === 'formal-legal' || style === 'consumer-group') &&
      random.next() < 0.35);
  if (secondary) {
    asks.push(pack.style.withdrawAny);
    if (!types.includes('withdraw_consent')) types.push('withdraw_consent');
  }
  const writerName = random.pick(pack.names.filter((name) => name !== person));
  const composed = composeRequest(
    pack,
    style,
    asks,
    { ...slots, client: slots.name! },
    plan.rightForLaw !== 'opt_out_sale' || Boolean(jurisdiction),
  );
  const fromName = composed.writer === 'self' ? person : writerName;
  if (composed.writer !== 'self' && composed.text.endsWith(slots.name!)) {
    composed.text = `${composed.text.slice(0, -slots.name!.length)}${writerName.split('|')[0]!}`;
  }
  const subject = composed.reply ? `Re: [${slots.ref}] ${plan.subject}` : plan.subject;
  const country = jurisdiction?.country ?? pack.country;
  return render(pack, {
    text: composed.text,
    subject: fill(subject, slots),
    fromName,
    org,
    slots,
    reply: composed.reply,
    attachment: composed.attachment ? STUBS[composed.attachment] : undefined,
    extra: [],
    label: {
      org: org.id,
      types,
      flags: composed.flags,
      language: pack.language,
      note: `${plan.note}${secondary && !plan.secondaryWithdraw ? ' + withdraws any consent' : ''} (${style}, ${country})`,
      family: plan.family,
      style,
      split: plan.split,
    },
    random,
  });
}

/** Every email one language pack yields. */
export function packEmails(pack: Pack, random: Random): Email[] {
  const emails: Email[] = [];
  const w = pack.weight;
  for (const right of RIGHTS) {
    for (const key of KEYS) {
      const count = key === 'a' ? 2 * w : w;
      const generic = key === 'c' || key === 'd';
      for (let i = 0; i < count; i += 1) {
        const subject =
          generic && random.next() < 0.5 ? random.pick(pack.subjects.generic) : pack.subjects[right];
        emails.push(
          requestEmail(
            pack,
            {
              family: `${right}.${FAMILY_NAMES[key]}`,
              split: FAMILY_SPLIT[key],
              formal: key === 'b',
              types: [right],
              asks: [pack.asks[right][key]],
              note: FAMILY_NOTES[right][key],
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
  for (const multi of MULTI_FAMILIES) {
    for (let i = 0; i < w; i += 1) {
      emails.push(
        requestEmail(
          pack,
          {
            family: multi.id,
            split: multi.split,
            formal: multi.key !== 'copyThenDelete',
            types: [...multi.types],
            asks: [pack.multi[multi.key]],
            note: multi.note,
            subject:
              random.next() < 0.5 ? pack.subjects[multi.types[0]!] : random.pick(pack.subjects.generic),
            rightForLaw: multi.types[0]!,
            secondaryWithdraw: multi.withdrawAny,
          },
          random,
        ),
      );
    }
  }
  for (const kind of NEGATIVES) {
    if (!pack.negatives[kind]) continue;
    for (let i = 0; i < w; i += 1) emails.push(negativeEmail(pack, kind, random));
  }
  if (pack.language === 'en')
    for (let i = 0; i < w; i += 1) emails.push(negativeEmail(pack, 'bounce', random));
  return emails;
}

/**
 * The extra plain-family wordings of one voice (train split only): `perWording` emails each, drawn from their
 * own random stream so that adding wordings leaves every other email of the corpus byte for byte the same.
 */
export function paraphraseEmails(voice: Voice, perWording: number, random: Random): Email[] {
  const emails: Email[] = [];
  for (const right of RIGHTS) {
    for (const [n, wording] of (voice.paraphrases?.[right] ?? []).entries()) {
      for (let i = 0; i < perWording; i += 1) {
        const subject =
          random.next() < 0.3 ? random.pick(voice.subjects.generic) : voice.subjects[right];
        emails.push(
          requestEmail(
            voice,
            {
              family: `${right}.${FAMILY_NAMES.a}`,
              split: FAMILY_SPLIT.a,
              formal: false,
              types: [right],
              asks: [wording],
              note: `${FAMILY_NOTES[right].a}, wording ${n + 2}`,
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
  for (const negative of voice.extraNegatives ?? []) {
    // Only train kinds: a validation or test kind written here would leak its topic into train.
    if (NEGATIVE_SPLIT[negative.kind] !== 'train') throw new Error(`${negative.kind} is not a train kind`);
    for (let i = 0; i < perWording; i += 1) {
      emails.push(
        negativeEmail({ ...voice, negatives: { [negative.kind]: negative } }, negative.kind, random, negative.note),
      );
    }
  }
  return emails;
}
