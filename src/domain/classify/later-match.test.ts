import { describe, expect, it } from 'vitest';
import { compileLexicons } from './lexicon/index.js';
import { matchableText } from './matchable-text.js';
import { scoreRights } from './score-rights.js';

const lexicons = compileLexicons();
const rightsIn = (language: string, body: string) =>
  scoreRights(matchableText('', body), [
    [...lexicons.byLanguage.values()].find((l) => l.language === language) ?? lexicons.basic.get(language)!,
    lexicons.universal,
  ]).chosen;

// A cue counts at its first match that is not set aside: a question or a hedge early in the mail must not
// hide the same wording asked for plainly later on.
describe('a cue set aside at its first match still counts at a later one', () => {
  it('English: a how-to question, then the ask', () => {
    const body =
      'How can I remove my account? The settings page shows nothing useful. So, please remove my account.';
    expect(rightsIn('en', body)).toEqual(['erasure']);
  });

  it('German: a question, then the ask', () => {
    const body = 'Wie kann ich mein Konto löschen? In der App fand ich nichts. Bitte löschen Sie mein Konto.';
    expect(rightsIn('de', body)).toEqual(['erasure']);
  });

  it('French: a question, then the ask', () => {
    const body =
      "Comment puis-je supprimer mon compte ? L'application ne propose rien. Merci de supprimer mon compte.";
    expect(rightsIn('fr', body)).toEqual(['erasure']);
  });

  it('Spanish: a question, then the ask', () => {
    const body = '¿Cómo puedo eliminar mi cuenta? No veo la opción. Por favor, eliminen mi cuenta.';
    expect(rightsIn('es', body)).toEqual(['erasure']);
  });

  it('near miss: the question asked twice is still no ask', () => {
    const body = 'How can I remove my account? Where in the app can I remove my account?';
    expect(rightsIn('en', body)).toEqual([]);
  });

  it('near miss: a question and a negated wish are still no ask', () => {
    const body = 'Wie kann ich mein Konto löschen? Ich will mein Konto aber nicht löschen lassen.';
    expect(rightsIn('de', body)).toEqual([]);
  });

  it('Chinese: a question, then the ask', () => {
    expect(rightsIn('zh', '你们会删除我的账号吗？我找不到按钮。请删除我的账号。')).toEqual(['erasure']);
  });

  // Read past a first question, a later one must be known as a question too.
  it('near miss, Chinese: two questions about selling data', () => {
    expect(rightsIn('zh', '你们会出售用户资料吗？我想了解贵公司是否会把资料卖给广告商。')).toEqual([]);
  });

  it('near miss, Arabic: two questions about selling data', () => {
    expect(
      rightsIn('ar', 'هل تبيعون البيانات؟ أريد أن أعرف هل تقومون ببيع بيانات المستخدمين للمعلنين.'),
    ).toEqual([]);
  });

  it('near miss, Danish: an unsubscribe taken back is no objection', () => {
    const body = 'Jeg ville egentlig afmelde nyhedsbrevet, men nej. Glem afmeldingen, og slet min konto.';
    expect(rightsIn('da', body)).toEqual(['erasure']);
  });
});
