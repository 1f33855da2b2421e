/**
 * The sentence a rejection letter gives the requester for each rejection reason, in every letter
 * language (the phrase tables hold them). GDPR Art. 12(4) and CCPA §7022(f) require the reasons for
 * not acting; the staff's own note stays internal and is never sent.
 */
import type { RejectionReason } from '../tickets/vocabulary.js';
import { isLetterLanguage } from './letters/languages.js';
import { PHRASES } from './letters/phrase-tables.js';

/** The reason as the letter states it, in `language` (English when we write no letters in it). */
export function rejectionGround(reason: RejectionReason, language: string): string {
  return PHRASES[isLetterLanguage(language) ? language : 'en'].ground[reason];
}
