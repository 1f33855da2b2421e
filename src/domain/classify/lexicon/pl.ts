/** Polish cues (RODO wording: dostęp, sprostowanie, usunięcie, ograniczenie, sprzeciw, cofnięcie zgody). */
import { joinCues } from './join-cues.js';
import { plImplicit } from './pl-implicit.js';
import { saleWording } from './sale-wording.js';
import { restrictionPending } from './restriction-pending.js';
import { plPlain } from './plain-north.js';
import type { Lexicon } from './types.js';

export const pl: Lexicon = {
  language: 'pl',
  cues: joinCues(
    {
      access: [
        [
          1,
          '(?:jakie|które) (?:jeszcze |inne )?(?:moje )?dane\\b~{0,20}\\b(?:o mnie|na mój temat)\\b~{0,20}\\b(?:macie|przechowujecie|posiadacie|przetwarzacie)',
        ],
        [2, 'prawo dostępu|dostęp\\w* do (?:moich )?(?:danych|informacji)'],
        [1, 'kopi\\w* (?:moich )?(?:wszystkich )?danych', 'absorbable'],
        [
          1,
          'jakie dane\\b~{0,40}\\b(?:przetwarza|posiada|przechowuj)|informacj\\w* (?:o|na temat) przetwarzani',
        ],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          'co jeszcze\\b~{0,10}\\b(?:macie|przechowujecie|posiadacie)|co(?<!wszystko,? co) (?:o mnie )?(?:przechowujecie|posiadacie)|pokaza\\w*\\b~{0,20}\\bwszystko\\b~{0,30}\\bpowiązan',
        ],
        [1, 'kopi\\w* (?:swoich|moich) (?:wszystkich )?(?:danych|informacji)', 'absorbable'],
        // What you hold about me, to whom it went, where it came from (Art. 15(1)(c) and (g)).
        [
          1,
          'jakie (?:dane|informacje)\\b~{0,30}\\b(?:o mnie|na mój temat)|(?:komu|jakim (?:firmom|podmiotom))\\b~{0,40}\\b(?:udostępni|przekaza|sprzeda)\\w*\\b~{0,20}\\b(?:moje|mojego|moich)|skąd (?:macie|posiadacie|wzięliście) (?:mój|moje|moich)',
        ],
      ],
      rectification: [
        [2, 'sprostowani\\w*|sprostow\\w*'],
        [1, '(?:popraw|zaktualizuj|zmian|korekt)\\w*\\b~{0,40}\\b(?:imi|nazwisk|adres|dan)'],
        // Situational phrasing (the right described by the situation, not named).
        [1, '(?:zaktualiz|aktualiz)\\w*\\b~{0,40}\\b(?:imi|nazwisk|adres|dan|profil)'],
        // "Moje nazwisko jest zapisane jako ... proszę poprawić": the record is wrong (Art. 16).
        [
          1,
          '(?:imię|nazwisk\\w*|adres\\w*|dat\\w* urodzenia|numer\\w* telefonu)\\b~{0,40}\\b(?:zapisan\\w* (?:jako|z błędem|błędnie|źle)|błędn\\w*|niepoprawn\\w*|nieprawidłow\\w*)|(?:błędn|niepoprawn|nieprawidłow|zł)\\w* (?:imię|nazwisk|adres|dat\\w* urodzenia|numer)',
        ],
      ],
      erasure: [
        // A reminder: "moje dane nadal nie zostały usunięte".
        [2, '(?:nadal|wciąż|dalej) nie (?:zostały|zostało|został|są|jest) (?:\\w+ )?usunię\\w*'],
        [2, 'prawo do bycia zapomnianym|usunięci\\w* (?:moich )?(?:wszystkich )?(?:danych|konta)'],
        [1.5, '(?:usun|usuw|zamkn|skasow)\\w*\\b~{0,40}\\b(?:kont|dan|profil)'],
        // Situational phrasing (the right described by the situation, not named).
        [1, '(?:wyczyść\\w*|usuńcie|usuń|skasujcie) wszystko'],
        [
          1,
          'usuń\\w* mnie\\b~{0,20}\\b(?:z|ze) (?:wasz\\w* |wszystkich )?(?:system\\w*|baz\\w*|rejestr\\w*|ewidencj\\w*|serwer\\w*)',
        ],
      ],
      restriction: [
        // "Zablokujcie moje dane", "wykorzystujcie moje dane wyłącznie do rozliczeń" (Art. 18(1)).
        [
          1.5,
          '(?:zablokuj|zablokowa|wstrzyma|zamroź|zamrozi)\\w*\\b~{0,30}\\b(?:moje dane|moich danych|przetwarzani\\w*|wykorzystywani\\w*)',
        ],
        [
          1,
          '(?:używajcie|wykorzystujcie|przetwarzajcie) moj\\w* dan\\w* (?:tylko|wyłącznie|jedynie) (?:do|dla|w celu)\\b',
        ],
        [2, 'ograniczeni\\w* przetwarzania|ogranicz\\w*\\b~{0,30}\\bprzetwarzani'],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          'nie (?:używajcie|wykorzystujcie|przetwarzajcie|używać)\\b~{0,30}\\b(?:moich )?danych\\b~{0,40}\\b(?:dopóki|do czasu|aż|póki)',
        ],
        [
          1,
          '(?:zostaw|pozostaw|zachowaj)\\w*\\b~{0,30}\\b(?:moje dane|dane|wszystko)\\b~{0,30}\\b(?:nietknięt|bez zmian|nienarusz|zamrożon)\\w*',
        ],
      ],
      objection: [
        [
          1,
          '(?:przestańcie|proszę przestać) (?:do mnie )?dzwonić|nie dzwońcie (?:do mnie )?(?:więcej|już)',
          'absorbable',
        ],
        [
          1,
          '(?:nie (?:używajcie|wykorzystujcie|przetwarzajcie)|przestańcie (?:używać|wykorzystywać))\\b~{0,30}\\bmoich (?:\\w+ )?danych\\b~{0,20}\\b(?:do|dla|w celu)\\b~{0,20}\\b(?:rozwoj|ulepsz|analiz|statysty|badań|reklam|marketing)\\w*',
        ],
        // "Wnoszę sprzeciw wobec ..."; the bare noun is also a vendor's "wnioski o dostęp, usunięcie i sprzeciw".
        [
          2,
          '(?:wnoszę|zgłaszam|składam|wyrażam|wnieść|zgłosić|złożyć) sprzeciw|sprzeciw (?:wobec|na|przeciwko)|sprzeciwiam się',
        ],
        [0.5, 'sprzeciw'],
        [
          1,
          'zaprzesta\\w* (?:wysyłania|przesyłania)|wypisa\\w*|nie (?:chcę )?otrzymywać|usunąć mnie z (?:listy|newslettera)',
          'absorbable',
        ],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          'nie chcę,? (?:żeby|aby) (?:moje|moich) \\w*\\s?dan\\w*\\b~{0,60}\\b(?:bada|statysty|analiz|marketing|reklam|profilowa|trenowa|model)\\w*',
        ],
        [0.5, 'proszę (?:\\w+ )?przestać|przestańcie', 'absorbable'],
        // "Proszę nie wysyłać mi więcej reklam", "przestańcie mi wysyłać", "wypiszcie mnie".
        [
          1,
          'nie (?:wysyłajcie|przysyłajcie|wysyłać|przysyłać)\\w*\\b~{0,25}\\b(?:reklam|newsletter|ofert|maili|wiadomości|informacji handlowych)|(?:przestańcie|proszę przestać) (?:mi )?(?:wysyłać|przysyłać|spamować)|wypisz\\w* mnie',
          'absorbable',
        ],
        // "Nie używajcie moich danych do trenowania AI" (Art. 21(1)).
        [
          1,
          'nie (?:używajcie|wykorzystujcie|używać|wykorzystywać)\\b~{0,40}\\b(?:ai|si|sztucznej inteligencji|trenowani\\w*|model\\w*)\\b',
        ],
      ],
      portability: [
        // "Proszę o przesłanie moich danych bezpośrednio do nich" (Art. 20).
        [1, '(?:przesła|przekaza|wysła|przesył)\\w*\\b~{0,50}\\bbezpośrednio do (?!mnie\\b)'],
        [2, 'przenoszeni\\w* danych|przenieś\\w*'],
        [0.5, 'inn\\w* (?:usług|dostawc|platform)\\w*'],
        [1.5, 'odczytu maszynowego|ustrukturyzowan\\w*'],
        // Situational phrasing (the right described by the situation, not named).
        [1, '(?:plik|format|eksport)\\w*\\b~{0,30}\\b(?:zaimportuję|zaimportować|zaimportuje)'],
        [1, '(?:prześlij|przekaż|wyślij|przenieś)\\w*\\b~{0,40}\\bbezpośrednio (?:do|na)\\b(?! mnie\\b)'],
        [0.5, 'inne narzędzie|innego narzędzia'],
      ],
      withdraw_consent: [
        [2, '(?:cofam|cofnięcie|cofnąć|wycofuję|wycofanie|odwołuję)\\w*\\b~{0,30}\\bzgod'],
        // Situational phrasing (the right described by the situation, not named).
        [2, 'zgod\\w*\\b~{0,40}\\b(?:ją|je) (?:wycofuję|cofam|odwołuję)'],
        // "Jeśli udzieliłam zgody na jakiekolwiek przetwarzanie, cofam ją."
        [2, 'zgod\\w*\\b~{0,60}\\b(?:cofam|wycofuję|odwołuję) (?:ją|je)\\b'],
      ],
      opt_out_sale: [
        [2, 'nie sprzedawa\\w*|nie udostępnia\\w*|reklam\\w* ukierunkowan\\w*'],
        // Situational phrasing (the right described by the situation, not named).
        [2, 'reklam\\w* (?:targetowan|spersonalizowan|behawioraln)\\w*'],
      ],
    },
    plPlain,
    plImplicit,
    saleWording.pl,
    restrictionPending.pl,
  ),
  negation: 'nie|ani|nigdy',
  negationExceptions: '\\s*(?:\\S+ ){0,1}?(?:otrzyma\\w*|dosta\\w*)',
  erasureVerbs: 'usun\\w*|usuw\\w*|skasow\\w*',
  keepAccount: 'z konta nadal korzystam|zachować konto',
  // A policy question, not an ask: a hypothetical, a how-to question about doing it oneself, a question
  // about requests in general (how many, their handling; a press or research enquiry).
  hypothetical:
    '\\bczy (?:mogę|będę mógł|będę mogła|można)\\b~{0,40}\\b(?:później|potem|w przyszłości)\\b|\\bjak (?:zmienić|poprawić|usunąć|wyeksportować)\\b|\\bile~{0,40}(?:wniosków|żądań)|\\bdo (?:artykułu|reportażu)\\b|jeśli kiedyś|jeżeli kiedyś|hipotetycznie|gdybym (?:poprosił|poprosiła|zażądał|zażądała)|\\bjak (?:mogę|można)\\b~{0,45}\\b(?:zmienić|usunąć|wyeksportować|skasować)\\b|\\b(?:chciałem|chciałam) (?:najpierw|początkowo|pierwotnie)\\b[^.?!\\n]{0,80}\\bale\\b',
  earlier: 'już (?:prosiłe|wnosiłe)',
};
