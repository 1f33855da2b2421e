/**
 * Mail whose rights words are not the writer's own ask, in the ten full languages: a lure that threatens
 * deletion or a fine unless "consent" or payment details are confirmed at a link within hours (phishing),
 * a vendor pitching a tool that handles other people's access and deletion requests, a recruiter or an
 * applicant who gives consent. The safety net reads these as positive evidence of no request even though a
 * rights word appears (GDPR Art. 12(3) starts the clock on a request, and none of these asks for anything
 * about the writer's own data); any cue or any own-data word still keeps such mail in triage.
 * Matched against lower-cased text, only after a link or a rights word was found, so few emails pay for it.
 */

// "Within 24 hours", "in den nächsten 48 Stunden", "nas próximas 12 horas".
const DEADLINE =
  '(?:within|in the next|in|before) (?:\\d+|twenty-four|forty-eight) (?:hours|hrs)\\b|\\b(?:12|24|48|72) (?:horas|stunden|std\\.?|heures|ore|uur|godzin|timmar|timer)\\b';

// What the lure threatens: suspension, deletion, a fine.
const THREAT =
  'suspend\\w*|deleted|delete[sd]? (?:your|all)|terminated|blocked|fine[sd]?\\b|sanction|penalt\\w*|gesperrt|gelöscht|bußgeld|suspendu\\w*|supprimé\\w*|amende|suspendid\\w*|eliminad\\w*|multa|sanción|sospes\\w*|eliminat\\w*|sanzion\\w*|geblokkeerd|verwijderd|boete|suspens\\w*|excluíd\\w*|zawieszon\\w*|usunięt\\w*|kar[ay]\\b|spärra\\w*|raderas|böter|spærre\\w*|slettes|bøde';

/** A link, a deadline in hours and a threat: the shape of a phishing lure, whatever its pretext. */
export const LURE = new RegExp(
  `(?:${DEADLINE})[^]{0,300}\\b(?:${THREAT})|\\b(?:${THREAT})[^]{0,300}(?:${DEADLINE})`,
);

/** Links as `matchableText` writes them, and defanged ones ("hxxp://") as phishing reports quote them. */
export function hasLink(text: string): boolean {
  return text.includes('[link]') || text.includes('hxxp');
}

// The sender's own product, named as a seller does.
const OUR_PRODUCT =
  'our (?:platform|software|tool|solution|product)|we (?:help|automate)|notre (?:plateforme|logiciel|outil|solution)|unsere (?:plattform|software|lösung)|nuestra (?:plataforma|herramienta|solución)|la nostra (?:piattaforma|soluzione)|ons platform|onze (?:software|oplossing)|nossa (?:plataforma|ferramenta|solução)|nasz[ea] (?:oprogramowanie|platforma|narzędzie)|vår (?:plattform|tjänst|lösning)|vores (?:platform|løsning)';
// And what the seller asks for: a meeting, a demo, a trial.
const MEETING =
  'demo|pilot|trial|\\d+[- ]?minut\\w*|(?:quick|short) call|book a call|rendez-vous|termin|llamada|chiamata|gesprek|reunião|spotkani\\w*|prezent\\w*|möte|møde|vorstellen|présenter|presentar|presentare|presenteren|apresentar|candidates?|profiles';

/** A pitch in the seller's voice: our product, and a call, demo or trial asked for. */
export const PITCH = new RegExp(
  `\\b(?:${OUR_PRODUCT})\\b[^]*\\b(?:${MEETING})|\\b(?:${MEETING})\\b[^]*\\b(?:${OUR_PRODUCT})\\b`,
);

/** Consent given, not withdrawn: a job application's "I consent to you keeping my CV on file". */
export const CONSENT_GIVEN = new RegExp(
  '\\bi (?:hereby )?(?:consent|agree) to (?:you |your )?(?:keeping|storing|processing|holding|retaining)|\\b(?:has|have) (?:all )?consented\\b|ich willige ein|j.accepte que vous conserviez|doy mi consentimiento|acconsento al|ik geef toestemming|dou o meu consentimento|jag samtycker till|jeg samtykker til',
);
