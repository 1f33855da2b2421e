import { describe, expect, it } from 'vitest';
import { classifyAlone } from './lexicon-alone.test-support.js';

// The lexicon alone, on sentences of our own: everyday asks that name no right, and beside them the near
// misses that must stay no request: a menu, a company's name on an invoice, an old logo or template, a project.
const types = (body: string) => [...classifyAlone(body).types].sort();

describe('Greek, Czech, Slovak, Hungarian, Finnish, Bulgarian and Croatian: everyday asks that name no right', () => {
  it.each([
    ['el', 'access', 'Τι κρατάτε για μένα; Στείλτε μου τα.'],
    ['el', 'erasure', 'Ξεφορτωθείτε τον λογαριασμό μου, δεν τον χρειάζομαι.'],
    ['el', 'rectification', 'Το όνομά μου είναι γραμμένο λάθος, διορθώστε το.'],
    ['el', 'objection', 'Σταματήστε να χρησιμοποιείτε τα δεδομένα μου για διαφήμιση.'],
    ['el', 'withdraw_consent', 'Παίρνω πίσω τη συγκατάθεσή μου.'],
    ['el', 'opt_out_sale', 'Μην πουλάτε τα στοιχεία μου.'],
    ['cs', 'access', 'Co o mně máte uloženo? Pošlete mi to.'],
    ['cs', 'erasure', 'Zbavte se mého účtu, už ho nepotřebuji.'],
    ['cs', 'rectification', 'Máte špatně napsané moje jméno, opravte ho.'],
    ['cs', 'objection', 'Přestaňte používat moje údaje k reklamě.'],
    ['cs', 'withdraw_consent', 'Beru svůj souhlas zpět.'],
    ['cs', 'opt_out_sale', 'Neprodávejte moje údaje.'],
    ['sk', 'access', 'Čo o mne máte uložené? Pošlite mi to.'],
    ['sk', 'objection', 'Prestaňte používať moje údaje na reklamu.'],
    ['sk', 'withdraw_consent', 'Beriem svoj súhlas späť.'],
    ['hu', 'access', 'Mit tárolnak rólam? Küldjék el.'],
    ['hu', 'erasure', 'Szabaduljanak meg a fiókomtól, nincs rá szükségem.'],
    ['hu', 'rectification', 'Rosszul írták a nevemet, javítsák ki.'],
    ['hu', 'objection', 'Ne használják az adataimat reklámra.'],
    ['hu', 'withdraw_consent', 'Visszavonom a hozzájárulásomat.'],
    ['hu', 'opt_out_sale', 'Ne adják el az adataimat.'],
    ['fi', 'access', 'Mitä tietoja teillä on minusta? Lähettäkää ne.'],
    ['fi', 'erasure', 'Hankkiutukaa eroon tilistäni, en tarvitse sitä.'],
    ['fi', 'rectification', 'Nimeni on kirjoitettu väärin, korjatkaa se.'],
    ['fi', 'objection', 'Lopettakaa tietojeni käyttö mainontaan.'],
    ['fi', 'withdraw_consent', 'Peruutan suostumukseni.'],
    ['fi', 'opt_out_sale', 'Älkää myykö tietojani.'],
    ['bg', 'access', 'Какво имате за мен? Изпратете ми го.'],
    ['bg', 'erasure', 'Отървете се от профила ми, вече не ми трябва.'],
    ['bg', 'rectification', 'Името ми е написано грешно, поправете го.'],
    ['bg', 'objection', 'Спрете да използвате данните ми за реклама.'],
    ['bg', 'withdraw_consent', 'Оттеглям съгласието си.'],
    ['bg', 'opt_out_sale', 'Не продавайте данните ми.'],
    ['hr', 'access', 'Što imate o meni? Pošaljite mi to.'],
    ['hr', 'erasure', 'Riješite se mog računa, više mi ne treba.'],
    ['hr', 'rectification', 'Ime mi je krivo napisano, ispravite ga.'],
    ['hr', 'objection', 'Prestanite koristiti moje podatke za oglašavanje.'],
    ['hr', 'withdraw_consent', 'Povlačim svoju privolu.'],
    ['hr', 'opt_out_sale', 'Nemojte prodavati moje podatke.'],
  ])('%s: reads %s in "%s"', (_, right, body) => {
    expect(types(body)).toEqual([right]);
  });
});

describe('Greek, Czech, Slovak, Hungarian, Finnish, Bulgarian and Croatian: near misses', () => {
  it.each([
    ['el', 'Τι έχετε για μένα σήμερα στο μενού;'],
    ['cs', 'Co o mně říkají ostatní kolegové, nevím.'],
    ['hu', 'Rosszul írták a cég nevét a számlán, kérünk új számlát.'],
    ['fi', 'Lopettakaa vanhan logon käyttö esityksissä.'],
    ['bg', 'Спрете да използвате стария шаблон за фактури.'],
    ['hr', 'Prestanite koristiti stari logo na računima.'],
    ['cs', 'Zbavte se prosím starých verzí projektu.'],
  ])('%s: no request in "%s"', (_, body) => {
    expect(types(body)).toEqual(['not_a_request']);
  });
});
