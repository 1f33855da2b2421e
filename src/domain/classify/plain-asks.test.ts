import { describe, expect, it } from 'vitest';
import type { Right } from '../request-types.js';
import { compileLexicons, type SupportedLanguage } from './lexicon/index.js';
import { matchableText } from './matchable-text.js';
import { scoreRights } from './score-rights.js';

const lexicons = compileLexicons();
const rightsIn = (language: SupportedLanguage, body: string) =>
  scoreRights(matchableText('', body), [lexicons.byLanguage.get(language)!, lexicons.universal]).chosen;

type Case = readonly [language: SupportedLanguage, body: string, right: Right];

// Asks made plainly: the data named, then the right asked by a pronoun; the generic words of laws outside
// the GDPR; data kept but not used; words typed without their accents. Sentences written for this test.
const asks: readonly Case[] = [
  // Access (Art. 15, DPDP s. 11, APPI, PIPL, PIPEDA).
  ['en', 'Should you hold personal data about me from the old shop, kindly send me a copy of it.', 'access'],
  ['en', 'Before anything else, I want a copy of whatever you store.', 'access'],
  ['en', 'Under the Act I ask for a summary of my personal data and of what you do with it.', 'access'],
  ['en', 'I am asking for disclosure of my stored personal information.', 'access'],
  ['en', 'I wish to consult and copy my personal data held by your firm.', 'access'],
  ['en', "I'd like access to the personal details you keep about me.", 'access'],
  ['en', 'Which records of mine are still in your files?', 'access'],
  ['fr', 'je voudrais savoir quelles donnees personnelles vous avez sur moi', 'access'],
  ['es', 'me pueden decir que datos mios tienen por favor', 'access'],
  // Rectification (Art. 16, CCPA 1798.106).
  ['en', 'My first name is Karin, with a K, not Carin. Could you please fix it?', 'rectification'],
  ['en', 'The mobile number on my profile ends in 12; it is 21 now. Please update it.', 'rectification'],
  ['en', 'My postal address is the old one in Hull; it should be 2 Quay Street.', 'rectification'],
  ['en', 'If part of my data turns out to be outdated, I ask that you correct it.', 'rectification'],
  ['en', 'I am using my right to correct the personal information you keep.', 'rectification'],
  ['en', 'I request correction of my date of birth, which you have as 1990.', 'rectification'],
  // Erasure (Art. 17).
  ['en', 'If there is any information about me in your database, please erase it.', 'erasure'],
  ['en', 'Six weeks on, my account is still active. Remove it now, please.', 'erasure'],
  ['en', 'Whatever your tracking pixels recorded, delete it.', 'erasure'],
  ['en', 'Please remove my old profile along with everything associated with it.', 'erasure'],
  ['en', 'Show me what you have, and then its deletion, please.', 'erasure'],
  ['en', 'My mother asked for her account to be closed and her records deleted.', 'erasure'],
  ['en', 'I no longer want you keeping any data on me.', 'erasure'],
  ['en', 'Please get rid of my former e-mail address, it is dead.', 'erasure'],
  ['en', 'pls close my acct, thx', 'erasure'],
  ['de', 'bitte loeschen sie mein konto und alle meine daten', 'erasure'],
  // Restriction (Art. 18, CPRA 1798.121).
  ['en', 'While the dispute lasts, please restrict its processing to storage.', 'restriction'],
  ['en', 'Limit any use of my sensitive personal information to what the service needs.', 'restriction'],
  ['en', 'Hold on to my records, but do not use them for anything else for now.', 'restriction'],
  // Objection (Art. 21).
  ['en', 'Your newsletter arrived twice this week. Would you please stop it.', 'objection'],
  ['en', "I really don't want your marketing e-mails any more.", 'objection'],
  ['en', 'I do not want my browsing activity being tracked for your dashboards.', 'objection'],
  ['en', 'Stop using my uploads for that, I never agreed.', 'objection'],
  // Opt-out of sale (CCPA).
  ['en', 'Also dont share or sell my data.', 'opt_out_sale'],
  ['en', 'Take this as my do-not-sell request.', 'opt_out_sale'],
  // Portability (Art. 20).
  ['en', 'Please move my saved contacts into our new CRM when you export them.', 'portability'],
  ['en', 'Please fix it if any of my data is wrong; where it cannot be corrected, erase it.', 'erasure'],
  ['en', 'Please close the old, duplicate account on this address.', 'erasure'],
  ['en', 'I want to know what data was used for the automated rejection.', 'access'],
  ['en', 'Keep my records, but stop using them for anything else until the case ends.', 'restriction'],
  // The same meanings in the other full lexicons.
  [
    'fr',
    'mon prénom est écrit Jean-Luc sans tiret dans votre fichier. pouvez-vous le corriger ?',
    'rectification',
  ],
  [
    'fr',
    'non, je ne parle pas de supprimer des fichiers ! supprimez mon compte et les données que vous détenez sur moi.',
    'erasure',
  ],
  ['fr', 'cela fait deux mois. mes données sont toujours là, malgré ma demande.', 'erasure'],
  ['fr', "merci de limiter l'utilisation de mes données sensibles au strict nécessaire.", 'restriction'],
  [
    'fr',
    'pendant la vérification, ne les utilisez plus pour autre chose, gardez-les seulement.',
    'restriction',
  ],
  ['es', 'mi apellido aparece como Garcia sin tilde y es García. ¿lo pueden corregir?', 'rectification'],
  ['es', 'en mi perfil sale otra ciudad, podéis cambiarlo por favor', 'rectification'],
  ['es', 'cancelación de mis datos de la tarjeta antigua.', 'erasure'],
  ['es', 'les pido que limiten el uso de mis datos sensibles.', 'restriction'],
  ['es', 'mientras se aclara, no quiero que usen mis datos para nada más.', 'restriction'],
  ['es', 'quiero oponerme a que traten mis datos con fines comerciales.', 'objection'],
  ['es', 'mándenme mis contactos en csv, quiero llevarlos a otra herramienta nueva', 'portability'],
  ['es', 'no quiero que compartan mis datos con anunciantes ni publicidad dirigida.', 'opt_out_sale'],
  ['it', 'il mio indirizzo è ancora quello di Torino, ora sto a Bari. potete aggiornarlo?', 'rectification'],
  ['it', 'ritiro il consenso e ne chiedo la cancellazione.', 'erasure'],
  ['it', "finché non chiarite, non usate i miei dati per nient'altro, conservateli solo.", 'restriction'],
  ['pt', 'meu sobrenome está com um s a mais. podem corrigir, por favor?', 'rectification'],
  ['pt', 'peço que limitem o uso dos meus dados sensíveis.', 'restriction'],
  ['pt', 'não usem os meus dados para mais nada, apenas os guardem até a decisão.', 'restriction'],
  ['pt', 'tirem meu email das listas de vocês, por favor', 'objection'],
  ['de', 'ich bitte um auskunft über alle daten, die sie über mich gespeichert haben.', 'access'],
  ['de', 'mein nachname ist mit ü, nicht mit u. können sie das bitte korrigieren?', 'rectification'],
  ['de', 'bitte meine daten nicht mehr verwenden, nur noch speichern.', 'restriction'],
  ['nl', 'mijn voornaam is Joost, niet Joop. kunt u dat aanpassen?', 'rectification'],
  ['nl', 'haal mijn gegevens alsjeblieft weg', 'erasure'],
  ['nl', 'graag mijn account weghalen', 'erasure'],
  ['nl', 'zolang het onderzoek loopt, wil ik dat u ze niet gebruikt, alleen bewaart.', 'restriction'],
  ['pl', 'moje nazwisko jest źle zapisane. proszę je poprawić.', 'rectification'],
  ['pl', 'dostaję sms-y reklamowe codziennie. proszę przestać.', 'objection'],
  ['da', 'mit efternavn er stavet forkert. kan I rette det?', 'rectification'],
  ['sv', 'mitt efternamn är felstavat. kan ni rätta det?', 'rectification'],
  ['sv', 'jag vill att ni raderar allt efter utdraget.', 'erasure'],
  [
    'pl',
    'do czasu wyjaśnienia nie używajcie moich danych do niczego, tylko je przechowujcie.',
    'restriction',
  ],
  ['da', 'indtil sagen er afgjort, må I ikke bruge mine oplysninger til noget andet.', 'restriction'],
  ['sv', 'tills det är utrett vill jag att ni inte använder mina uppgifter till något annat.', 'restriction'],
  ['pt', 'enquanto isso, não me enviem mais newsletters.', 'objection'],
  [
    'nl',
    'zolang het niet is opgelost, wil ik dat jullie mijn data niet verwerken, alleen bewaren.',
    'restriction',
  ],
  ['it', 'ritiro ogni consenso ai miei dati e ne chiedo la cancellazione completa.', 'erasure'],
  ['fr', 'merci de transférer mes contacts directement à mon nouveau fournisseur.', 'portability'],
  // A chaser: my data is still there (the deletion asked before is not done).
  ['es', 'ya pasaron seis semanas y mis datos siguen ahí.', 'erasure'],
  ['it', 'è passato un mese e i miei dati sono ancora lì.', 'erasure'],
  ['pt', 'já passou um mês e os meus dados ainda estão lá.', 'erasure'],
  ['de', 'seit vier wochen warte ich, meine daten sind immer noch da.', 'erasure'],
  ['nl', 'het is een maand later en mijn gegevens staan er nog steeds.', 'erasure'],
];

describe('plain asks', () => {
  it.each(asks)('%s: "%s" is %s', (language, body, right) => {
    expect(rightsIn(language, body)).toContain(right);
  });
});

const nearMisses: readonly Case[] = [
  ['en', 'Please delete the project and everything linked to it, the client cancelled.', 'erasure'],
  ['en', 'The logo on my invoice looks blurry, could you fix it?', 'rectification'],
  ['en', 'My address should be visible to admins only.', 'rectification'],
  ['en', "Don't use the voucher for anything else, it is single use.", 'restriction'],
  ['en', 'Can I get a copy of what you charge for the team plan?', 'access'],
  ['en', 'The app keeps updating itself; please stop it.', 'objection'],
  ['en', 'We move to a new CRM next month; will the sync still work?', 'portability'],
  ['en', 'My account is still active after the downgrade, is that right?', 'erasure'],
  ['en', 'Our tool handles access, deletion, do-not-sell, you name it.', 'opt_out_sale'],
  [
    'en',
    'Acme Agents LLC, an authorized agent under Cal. Civ. Code 1798.135, asks for a copy.',
    'opt_out_sale',
  ],
  ['en', 'I first thought I would have to delete my account, but please just change my e-mail.', 'erasure'],
  ['es', 'los datos de facturación que tienen de mí son incorrectos', 'access'],
  ['pt', 'nao quero apagar a conta, so aquele arquivo', 'erasure'],
  ['en', '[ref 88] Erasure completed - many thanks!', 'erasure'],
  ['en', 'If I accept the newsletter now, could I withdraw my consent later?', 'withdraw_consent'],
  ['en', 'When my trial ends, do my projects get deleted automatically?', 'erasure'],
  ['en', 'Is there an option in settings to export my history as CSV?', 'portability'],
  ['en', "Don't erase my data, but stop using it for anything else until it is settled.", 'objection'],
  ['fr', 'je vous demande de supprimer mon compte et toutes les données que vous avez sur moi.', 'access'],
  ['fr', 'ma facture est toujours là dans mon espace, pouvez-vous la télécharger ?', 'erasure'],
  ['es', 'no quiero que publiquen mi reseña en la web.', 'opt_out_sale'],
  ['es', 'sobre mi cuenta: ¿qué datos de facturación necesitan?', 'access'],
  ['de', 'der projektname ist falsch, können sie das ändern?', 'rectification'],
  ['nl', 'haal het project weg alsjeblieft', 'erasure'],
  ['it', 'ne parlo con il mio capo e vi faccio sapere.', 'erasure'],
  ['pl', 'faktura jest błędna. proszę przestać naliczać opłaty.', 'objection'],
  ['pl', 'nie używajcie tego kuponu do niczego innego.', 'restriction'],
  [
    'de',
    'Ich habe letzte Woche Widerspruch gegen das Tracking eingelegt. Bitte bis dahin einschränken.',
    'objection',
  ],
  ['fr', 'merci de transmettre mes données directement à mon nouveau prestataire.', 'access'],
  ['da', 'jeg kan ikke bruge appen til noget, den crasher.', 'restriction'],
  ['sv', 'jag använder inte appen till något längre, den är för dyr.', 'restriction'],
];

describe('near misses of plain asks', () => {
  it.each(nearMisses)('%s: does not read "%s" as %s', (language, body, right) => {
    expect(rightsIn(language, body)).not.toContain(right);
  });
});
