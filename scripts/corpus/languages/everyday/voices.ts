// Voices that write only everyday mail (train only): Icelandic and Norwegian (EEA countries under the GDPR as
// incorporated in their own laws). No validation or test mail exists in them; nothing in them is scored here.
import { RIGHTS, type Right, type Voice } from '../../types.js';

const byRight = (list: readonly string[]): Record<Right, string> =>
  Object.fromEntries(RIGHTS.map((right, i) => [right, list[i]!])) as Record<Right, string>;

const is: Voice = {
  id: 'is', language: 'is', locale: 'is-IS', country: 'Iceland', tz: '+0000', legacyCharset: 'iso-8859-1',
  names: ['Guðrún Jónsdóttir', 'Sigurður Einarsson', 'Anna Kristjánsdóttir', 'Jón Þórsson'],
  law: 'lög nr. 90/2018 um persónuvernd', authority: 'Persónuvernd',
  articles: byRight(['15. gr. GDPR', '16. gr. GDPR', '17. gr. GDPR', '18. gr. GDPR', '21. gr. GDPR', '20. gr. GDPR', '3. mgr. 7. gr. GDPR', '1798.120 CCPA']),
  style: {
    hi: 'Halló,', dear: 'Góðan dag,', thanks: 'Takk fyrir.', regards: 'Kveðja,', mobile: 'Sent úr iPhone',
    formalIntro: 'Ég sendi þessa beiðni á grundvelli laga um persónuvernd ({law}).',
    deadline: 'Vinsamlegast svarið innan lögbundins frests og staðfestið skriflega.',
    withdrawAny: 'Ef einhver vinnsla byggir á samþykki mínu dreg ég það samþykki til baka.',
    angry: 'Þetta er í þriðja sinn sem ég skrifa og ekkert svar hefur borist.',
    complaint: 'Ef ég fæ ekki svar innan mánaðar kvarta ég til {authority}.',
    context: 'Ég hef notað {product} síðan {year}.',
  },
  subjects: {
    ...byRight(['Upplýsingar um mig', 'Rangar upplýsingar', 'Eyða aðganginum mínum', 'Ekki nota gögnin mín í bili', 'Markpóstur', 'Gögnin mín í skrá', 'Ég skipti um skoðun', 'Ekki selja upplýsingarnar mínar']),
    generic: ['Varðandi aðganginn minn', 'Fyrirspurn'],
  },
};

const no: Voice = {
  id: 'no', language: 'no', locale: 'nb-NO', country: 'Norway', tz: '+0100', legacyCharset: 'iso-8859-1',
  names: ['Ingrid Hansen', 'Ola Nordmann', 'Kari Johansen', 'Lars Berg'],
  law: 'personopplysningsloven', authority: 'Datatilsynet',
  articles: byRight(['GDPR artikkel 15', 'GDPR artikkel 16', 'GDPR artikkel 17', 'GDPR artikkel 18', 'GDPR artikkel 21', 'GDPR artikkel 20', 'GDPR artikkel 7 nr. 3', 'CCPA § 1798.120']),
  style: {
    hi: 'Hei,', dear: 'God dag,', thanks: 'Takk.', regards: 'Med vennlig hilsen', mobile: 'Sendt fra min iPhone',
    formalIntro: 'Jeg viser til {law}.',
    deadline: 'Jeg ber om svar innen lovens frist og skriftlig bekreftelse.',
    withdrawAny: 'Dersom noen behandling bygger på mitt samtykke, trekker jeg det tilbake.',
    angry: 'Dette er tredje gang jeg skriver, og jeg har ikke fått svar.',
    complaint: 'Får jeg ikke svar innen en måned, klager jeg til {authority}.',
    context: 'Jeg har brukt {product} siden {year}.',
  },
  subjects: {
    ...byRight(['Hva vet dere om meg?', 'Feil opplysninger', 'Slett kontoen min', 'Ikke bruk dataene mine nå', 'Reklame', 'Dataene mine som fil', 'Jeg har ombestemt meg', 'Ikke selg opplysningene mine']),
    generic: ['Angående kontoen min', 'Spørsmål'],
  },
};

export const EVERYDAY_VOICES: readonly Voice[] = [is, no];
