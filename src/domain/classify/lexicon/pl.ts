/** Polish cues (RODO wording: dostęp, sprostowanie, usunięcie, ograniczenie, sprzeciw, cofnięcie zgody). */
import type { Lexicon } from './types.js';

export const pl: Lexicon = {
  language: 'pl',
  cues: {
    access: [
      [2, 'prawo dostępu|dostęp do (?:moich )?danych'],
      [1, 'kopi\\w* (?:moich )?(?:wszystkich )?danych', 'absorbable'],
      [
        1,
        'jakie dane\\b~{0,40}\\b(?:przetwarza|posiada|przechowuj)|informacj\\w* (?:o|na temat) przetwarzani',
      ],
    ],
    rectification: [
      [2, 'sprostowani\\w*|sprostow\\w*'],
      [1, '(?:popraw|zaktualizuj|zmian|korekt)\\w*\\b~{0,40}\\b(?:imi|nazwisk|adres|dan)'],
    ],
    erasure: [
      [2, 'prawo do bycia zapomnianym|usunięci\\w* (?:moich )?(?:wszystkich )?(?:danych|konta)'],
      [1.5, '(?:usun|usuw|zamkn|skasow)\\w*\\b~{0,40}\\b(?:kont|dan|profil)'],
    ],
    restriction: [[2, 'ograniczeni\\w* przetwarzania|ogranicz\\w*\\b~{0,30}\\bprzetwarzani']],
    objection: [
      [2, 'sprzeciw'],
      [
        1,
        'zaprzesta\\w* (?:wysyłania|przesyłania)|wypisa\\w*|nie (?:chcę )?otrzymywać|usunąć mnie z (?:listy|newslettera)',
        'absorbable',
      ],
    ],
    portability: [
      [2, 'przenoszeni\\w* danych|przenieś\\w*'],
      [0.5, 'inn\\w* (?:usług|dostawc|platform)\\w*'],
      [1.5, 'odczytu maszynowego|ustrukturyzowan\\w*'],
    ],
    withdraw_consent: [[2, '(?:cofam|cofnięcie|cofnąć|wycofuję|wycofanie|odwołuję)\\w*\\b~{0,30}\\bzgod']],
    opt_out_sale: [[2, 'nie sprzedawa\\w*|nie udostępnia\\w*|reklam\\w* ukierunkowan\\w*']],
  },
  negation: 'nie|ani|nigdy',
  erasureVerbs: 'usun\\w*|usuw\\w*|skasow\\w*',
  keepAccount: 'z konta nadal korzystam|zachować konto',
  hypothetical: 'jeśli kiedyś|jeżeli kiedyś',
  earlier: 'już (?:prosiłe|wnosiłe)',
};
