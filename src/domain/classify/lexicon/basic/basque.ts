/**
 * Basque rights vocabulary: the GDPR (DBEO, "Datuak Babesteko Erregelamendu Orokorra") and Spain's LOPDGDD in
 * the words Basque speakers write to a service. Basque puts the number before the article ("17. artikulua"),
 * so the GDPR's articles are read in that order, under the regulation's name. Its verbs are written as a
 * participle with an auxiliary ("ezabatu nire kontua", "ezabatzea eskatzen dut"), so a stem covers both.
 */
import { basicLexicon } from './build.js';

const EU_DATA = '(?:datu\\w*|informazio\\w*)';
const GDPR = '(?:dbeo|drgp|rgpd|gdpr)\\w*~{0,30}';

export const eu = basicLexicon({
  language: 'eu',
  latin: true,
  data: 'datu\\w*|informazio\\w*|kontu\\w*|profil\\w*',
  consent: 'baimen\\w*|adostasun\\w*|onespen\\w*',
  names: {
    access: `(?:sarbide|eskuratze)\\w* eskubide\\w*|${EU_DATA}~{0,20}kopia\\w*|kopia\\w*~{0,20}${EU_DATA}|niri buruz~{0,30}${EU_DATA}`,
    rectification: 'zuzentze\\w* eskubide\\w*|(?:izena|abizena|helbidea)~{0,30}(?:oker|zuzendu|gaizki)',
    erasure: `ezabatze\\w* eskubide\\w*|ahazteko eskubide\\w*|(?<!ez )ezabatu (?:nire |ene )?(?:kontu|${EU_DATA})`,
    restriction: 'tratamendu\\w* mugatze\\w*|mugatzeko eskubide\\w*',
    objection: 'aurka egiten dut|aurka egiteko eskubide\\w*|aurkatze\\w* eskubide\\w*',
    portability: 'eramangarritasun\\w*',
    withdraw_consent:
      '(?:baimen|adostasun|onespen)\\w*~{0,20}(?:kendu|kentzen|ezeztatu|ezeztatzen|erretiratu|erretiratzen|atzera)',
    opt_out_sale: 'ez (?:saldu|saltzeko|saltzea|sal ditzazuela)',
  },
  verbs: {
    access: 'kopia\\w*|bidal(?:i)? iezadazue',
    rectification: 'zuzendu|zuzentzea|zuzentzeko|eguneratu|eguneratzea',
    erasure: 'ezaba(?:tu|tzea|tzeko|tzen|ketaren|keta)\\b',
    restriction: 'mugatu|mugatzea|mugatzeko',
    objection: 'aurka',
    // Not "nori transferitu dizkiozue" (to whom did you pass them): an access question.
    portability: '(?<!nori (?:\\w+ )?)(?:transferitu|eraman)',
    withdraw_consent: 'ezeztatu|ezeztatzen|erretiratu|kentzen dut',
    opt_out_sale: 'saldu|saltzea|saltzen',
  },
  extra: {
    access: [
      [1, `zer ${EU_DATA}~{0,40}(?:niri buruz|nitaz|dituzue)`],
      [2, `${GDPR}\\b15\\. artikulu`],
    ],
    rectification: [[2, `${GDPR}\\b16\\. artikulu`]],
    erasure: [
      [2, `${GDPR}\\b17\\. artikulu`],
      [1, 'kontua (?:itxi|ezabatu)|dena ezabatu'],
    ],
    restriction: [[2, `${GDPR}\\b18\\. artikulu`]],
    objection: [
      [2, `${GDPR}\\b21\\. artikulu`],
      [
        1,
        '(?:publizitate|iragarki|marketin|buletin)\\w*~{0,40}(?:bidaltzeari utzi|ez bidali|utzi bidaltzeari)|utzi (?:\\w+ )?(?:publizitate|iragarki|marketin|buletin)\\w* bidaltze|ez bidal(?:i)? (?:\\w+ )?(?:publizitate|iragarki|marketin|buletin)\\w*',
        'absorbable',
      ],
    ],
    portability: [[2, `${GDPR}\\b20\\. artikulu`]],
    withdraw_consent: [[2, `${GDPR}\\b7\\. artikulu\\w*~{0,20}\\b3\\b`]],
  },
  keepAccount: 'ez (?:ezabatu|itxi) (?:nire )?kontu\\w*',
  // "Bezeroen datuak saltzen al dituzue?" asks about the practice.
  hypothetical: 'saltzen al (?:dituzue|duzue)|partekatzen al|ezabatzen badut~{0,40}zer',
});
