/**
 * Questions that ask ABOUT a right instead of asking for it (`lexicon/asks-about-right.ts`): how to do it
 * oneself ("can I delete my account myself in the settings?") and what would happen on a later step of the
 * writer's own ("would you delete my data if I closed my account?"). The labelling guide reads a question
 * about how the service works as no request. Only the cues inside such a question are set aside, and only
 * where no ask to act follows it ("…? If not, please delete it" keeps the request); the writer's own data
 * named in the question keeps the mail in triage, never a confident verdict of no request.
 */
import { ACT_FOR_ME, IF_I_LATER, SELF_SERVICE } from './lexicon/asks-about-right.js';

/** `?`, the full-width `？` of Chinese and Japanese, and the Arabic `؟`. */
export function hasQuestionMark(text: string): boolean {
  return text.includes('?') || text.includes('？') || text.includes('؟');
}

// A subject this short names a topic; a longer one says more than its question's heading.
const MAX_TOPIC = 60;
const QUESTION_END = new Set(['?', '？', '؟']);
const SENTENCE_END = new Set(['.', '!', '\n', '。', '！', ...QUESTION_END]);

// "Please let me know", "bitte um kurze Info": a closing that asks for an answer, not for an action.
const ANSWER_ONLY =
  /\bplease (?:let (?:me|us) know|advise|reply|tell me|confirm)\b|\bbitte um (?:kurze )?(?:info|antwort|rückmeldung)\b|\bmerci de (?:me|nous) (?:dire|répondre|préciser)\b|\bpor favor,? (?:me )?(?:diga|indique|avise)\b/gu;

/**
 * The spans of the questions in `text` that ask how to do something oneself or what would happen on a later
 * step of the writer's, with no ask to act in them or after them.
 */
export function questionsAboutRights(text: string): [number, number][] {
  const spans: [number, number][] = [];
  // Most mail holds neither: one pass over the whole text spares the walk over its sentences.
  if (!SELF_SERVICE.test(text) && !IF_I_LATER.test(text)) return spans;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!SENTENCE_END.has(c)) continue;
    if (QUESTION_END.has(c)) {
      const question = text.slice(start, i + 1);
      const about = SELF_SERVICE.test(question) || IF_I_LATER.test(question);
      if (about && !ACT_FOR_ME.test(question.replace(ANSWER_ONLY, ' '))) spans.push([start, i + 1]);
    }
    start = i + 1;
  }
  if (spans.length === 0) return spans;
  // An ask to act after the last such question ("If not, please delete it") is the writer's request.
  const after = text.slice(spans.at(-1)![1]).replace(ANSWER_ONLY, ' ');
  if (ACT_FOR_ME.test(after)) return [];
  // The subject names the question's topic ("Datenexport" over "kann ich die Liste selbst exportieren?").
  const subjectEnd = text.indexOf('\n');
  const subject = text.slice(0, subjectEnd);
  const topic =
    subjectEnd > 0 &&
    subjectEnd <= MAX_TOPIC &&
    spans[0]![0] > subjectEnd &&
    !ACT_FOR_ME.test(subject) &&
    !hasQuestionMark(subject);
  return topic ? [[0, subjectEnd], ...spans] : spans;
}
