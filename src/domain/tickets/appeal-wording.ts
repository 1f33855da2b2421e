/**
 * Whether a requester's reply appeals a decision, read from its own words (quoted history removed): "I
 * appeal", "I wish to appeal this decision", "Widerspruch", "recurso", … in the languages we read. Only a
 * reply to a denied request under a law with an appeal stage opens an appeal; the desk checks that.
 */
import { cleanBody } from '../classify/clean-body.js';

const APPEAL = new RegExp(
  [
    '\\bI (?:hereby |would like to |wish to |want to |do )?appeal\\b',
    '\\b(?:this is|please treat this as|consider this) (?:an|my) appeal\\b',
    '\\bappeal (?:against |of )?(?:this|your|the) (?:decision|denial|refusal)\\b',
    '\\bich (?:lege |erhebe )?(?:hiermit )?(?:Widerspruch|Beschwerde) (?:ein|gegen)',
    '\\bje (?:fais|forme) (?:appel|un recours)\\b',
    '\\b(?:interpongo|presento) (?:un )?recurso\\b',
    '\\b(?:apelo|recorro) (?:de|contra)\\b',
  ].join('|'),
  'i',
);

export function appealsDecision(text: string): boolean {
  return APPEAL.test(cleanBody(text));
}
