/**
 * Icelandic rights vocabulary. The GDPR applies in Iceland through the EEA Agreement and Act No. 90/2018
 * (lög um persónuvernd og vinnslu persónuupplýsinga), which keeps its article numbers for the rights.
 * "Aðgangur" is both the right of access and a user account ("eyðið aðganginum mínum"), so it is read as
 * the account only after a deleting or closing verb, never as a verb of the access right.
 */
import { basicLexicon } from './build.js';

export const is = basicLexicon({
  language: 'is',
  latin: true,
  foldMarks: false,
  data: 'persónuupplýsing\\w*|upplýsing\\w*|gögn\\w*|gagna\\w*|reikning\\w*|notandaaðgang\\w*',
  consent: 'samþykk\\w*|leyfi\\w*',
  names: {
    access: 'aðgangsrétt\\w*|(?:beiðni um |rétt\\w* til )?aðgang\\w* að (?:mínum )?(?:persónu)?upplýsing\\w*',
    rectification: 'leiðrétting\\w*|rétt\\w* til leiðréttingar',
    erasure: 'rétt\\w* til að gleymast|rétt\\w* til eyðingar|eyðing\\w* (?:á )?(?:persónu)?upplýsing\\w*',
    restriction: 'takmörkun\\w* (?:á )?vinnslu',
    objection: 'andmæli\\w*|andmælarétt\\w*|mótmæli vinnslu',
    portability: 'flytjanleik\\w*',
    withdraw_consent: 'afturkalla\\w*~{0,20}samþykk\\w*|samþykk\\w*~{0,20}afturkall\\w*',
    opt_out_sale: 'seljið ekki|ekki selja',
  },
  verbs: {
    access: 'afrit\\w*|yfirlit\\w*',
    rectification: 'leiðrétt\\w*|uppfær\\w*|breyt\\w*',
    erasure: 'eyð\\w*|eyði\\w*|fjarlæg\\w*',
    restriction: 'takmark\\w*',
    objection: 'andmæl\\w*|mótmæl\\w*',
    portability: 'flytj\\w*|flutning\\w*',
    withdraw_consent: 'afturkall\\w*|dreg\\w* til baka',
    opt_out_sale: 'selj\\w*|sölu\\w*',
  },
  extra: {
    access: [
      [1, 'hvaða (?:gögn|upplýsingar|persónuupplýsingar) (?:þið )?(?:hafið|geymið|eigið) um mig'],
      [1, '(?:óska eftir|fá) afrit\\w*'],
      [1, 'hvaða (?:persónu)?upplýsing\\w*~{0,40}um mig|hvað (?:þið )?(?:vitið|geymið|hafið) um mig'],
    ],
    rectification: [[1, '(?:uppfærið|leiðréttið|breytið)~{0,30}(?:heimilisfang|netfang|nafn|símanúmer)']],
    erasure: [
      // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
      [1, 'vil ekki~{0,40}(?:neitt|nokkuð)~{0,20}um mig'],
      [1, 'fjarlægið mig~{0,30}(?:kerf|gagnagrunn|skrá)'],
      // The data named earlier and erased by a pronoun: "then I want them all deleted".
      [1, '(?:þeim|því|þær|þau) (?:verði )?(?:öllum |öll )?eytt|eyðið (?:þeim|því|þær|þau)'],
      [1, '(?:eyðið|lokið|eyða|loka) (?:\\w+ )?(?:aðgang|reikning|notandaaðgang)\\w*'],
      [1, 'eyðið öllu'],
    ],
    restriction: [[2, 'ekki eyða~{0,60}ekki nota']],
    objection: [
      [
        1,
        '(?:hættið að senda|ekki senda|vil ekki (?:lengur )?fá)~{0,40}(?:auglýsing|markaðs|fréttabréf|tilboð)',
        'absorbable',
      ],
      [1, 'afskrá\\w* mig', 'absorbable'],
    ],
    portability: [[1, '(?:skrá|snið)\\w*~{0,30}(?:flytja inn|hlaða upp)']],
  },
  keepAccount: 'ekki eyða (?:neinu|aðgang\\w*|reikning\\w*)|ekki loka (?:aðgang|reikning)\\w*',
  hypothetical: '(?:seljið|deilið|afhendið) þið|hversu lengi (?:geymið|varðveitið) þið',
});
