/** Greek, Bulgarian, Russian and Ukrainian rights vocabulary (GDPR Arts. 7, 15-21; Russia's 152-FZ Art. 14). */
import { basicLexicon } from './build.js';

export const el = basicLexicon({
  language: 'el',
  latin: false,
  data: 'δεδομέν\\S*|πληροφορ\\S*|λογαριασμ\\S*',
  consent: 'συγκατάθεσ\\S*|άδει\\S*',
  names: {
    access: 'δικαίωμα πρόσβασης|πρόσβαση στα (?:προσωπικά )?(?:μου )?δεδομένα',
    rectification: 'δικαίωμα διόρθωσης',
    erasure: 'δικαίωμα διαγραφής|δικαίωμα στη λήθη|διαγραφή των (?:προσωπικών )?(?:μου )?δεδομένων',
    restriction: 'περιορισμ\\S* (?:της )?επεξεργασίας',
    objection: 'δικαίωμα εναντίωσης|εναντιώνομαι|αντιτίθεμαι',
    portability: 'φορητότητ\\S*',
    withdraw_consent: 'ανακαλώ\\S*[^.\\n]{0,20}συγκατάθεσ\\S*|ανάκληση (?:της )?συγκατάθεσ\\S*',
    opt_out_sale: 'μην πουλάτε|μην πωλείτε',
  },
  verbs: {
    access: 'αντίγραφ\\S*|πρόσβασ\\S*',
    rectification: 'διορθ\\S*|ενημερώσ\\S*',
    erasure: 'διαγρ\\S*|σβήσ\\S*',
    restriction: 'περιορ\\S*',
    objection: 'εναντι\\S*|αντιτίθ\\S*',
    portability: 'μεταφορ\\S*|διαβιβ\\S*',
    withdraw_consent: 'ανακαλ\\S*|ανάκλησ\\S*',
    opt_out_sale: 'πώλησ\\S*|πουλ\\S*',
  },
});

export const bg = basicLexicon({
  language: 'bg',
  latin: false,
  data: 'данн\\S*|данни\\S*|профил\\S*|акаунт\\S*|информация',
  consent: 'съгласие\\S*|разрешени\\S*',
  names: {
    access: 'право на достъп|достъп до (?:моите )?(?:лични )?данни',
    rectification: 'право на коригиране|коригиране на',
    erasure: 'право на изтриване|право да бъда забравен|изтриване на',
    restriction: 'ограничаване на обработването',
    objection: 'право на възражение|възразявам',
    portability: 'преносимост',
    withdraw_consent: 'оттегл\\S*[^.\\n]{0,20}съгласие',
    opt_out_sale: 'не продавайте',
  },
  verbs: {
    access: 'копие|достъп\\S*',
    rectification: 'коригир\\S*|поправ\\S*|актуализ\\S*',
    erasure: 'изтри\\S*|заличи\\S*|премахн\\S*|закри\\S*',
    restriction: 'ограничи\\S*',
    objection: 'възраз\\S*',
    portability: 'прехвърл\\S*|пренес\\S*',
    withdraw_consent: 'оттегл\\S*',
    opt_out_sale: 'продаж\\S*|прода\\S*',
  },
});

export const ru = basicLexicon({
  language: 'ru',
  latin: false,
  data: 'данн\\S*|аккаунт\\S*|учётн\\S*|учетн\\S*|информаци\\S*',
  consent: 'согласи\\S*|разрешени\\S*',
  names: {
    access: 'право на доступ|доступ к (?:моим )?(?:персональным )?данным',
    rectification: 'уточнени\\S* (?:моих )?(?:персональных )?данных|исправлени\\S* данных',
    erasure:
      'право на удаление|право на забвение|удалени\\S* (?:моих|всех|персональных|аккаунта|учётной|учетной)',
    restriction: 'ограничени\\S* обработки',
    objection: 'возражаю|возражени\\S*',
    portability: 'переносимост\\S*',
    withdraw_consent: 'отзыв\\S*[^.\\n]{0,20}согласи\\S*|отозва\\S*[^.\\n]{0,20}согласи\\S*',
    opt_out_sale: 'не продавайте',
  },
  verbs: {
    access: 'копи\\S*|доступ\\S*|предостав\\S*',
    rectification: 'исправ\\S*|обнов\\S*|измени\\S*',
    erasure: 'удали\\S*|удалит\\S*|стери\\S*|уничтож\\S*',
    restriction: 'огранич\\S*',
    objection: 'возраж\\S*',
    portability: 'переда\\S*|перенес\\S*',
    withdraw_consent: 'отзыв\\S*|отозв\\S*',
    opt_out_sale: 'продаж\\S*|прода\\S*',
  },
});

export const uk = basicLexicon({
  language: 'uk',
  latin: false,
  data: 'дан\\S*|акаунт\\S*|обліков\\S*|інформаці\\S*',
  consent: 'згод\\S*|дозв\\S*',
  names: {
    access: 'право на доступ|доступ до (?:моїх )?(?:персональних )?даних',
    rectification: 'виправлення (?:моїх )?(?:персональних )?даних',
    erasure: 'право на видалення|право на забуття|видалення (?:моїх|всіх|персональних|акаунта|облікового)',
    restriction: 'обмеження обробки',
    objection: 'заперечую|заперечення',
    portability: 'переносимост\\S*|перенесення даних',
    withdraw_consent: 'відклик\\S*[^.\\n]{0,20}згод\\S*|відкликання згоди',
    opt_out_sale: 'не продавайте',
  },
  verbs: {
    access: 'копі\\S*|доступ\\S*|надайте',
    rectification: 'виправ\\S*|оновіть|змін\\S*',
    erasure: 'видал\\S*|знищ\\S*',
    restriction: 'обмеж\\S*',
    objection: 'запереч\\S*',
    portability: 'переда\\S*|перенес\\S*',
    withdraw_consent: 'відклик\\S*',
    opt_out_sale: 'продаж\\S*|прода\\S*',
  },
});
