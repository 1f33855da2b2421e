/**
 * Implicit asks in Russian (also typed in Latin letters), Ukrainian and Turkish (eleventh round): freeze my
 * account while a complaint is open, "I no longer agree", stop using my data for analytics or ads, a wrong
 * field and its right value, "I'm moving, send my data in a file", "what do you know about me", "don't pass
 * my data to third parties". Each needs the writer's own data, account or field.
 */
import type { Extra } from './merge-extra.js';

export const ruImplicit: Extra = {
  access: [
    [
      1,
      '(?:каким|кому|какие) (?:компаниям|третьим лицам|организациям)?~{0,20}(?:вы )?(?:передали|передавали|предоставили)~{0,20}(?:мои|мою|мое|моё) (?:данн|персональн|информаци)',
    ],
    [
      1,
      'kakie (?:moi )?(?:dannye|dannyie|svedeniya)~{0,30}(?:obo mne|hranite|u vas)|chto vy (?:znaete|hranite) obo mne',
    ],
  ],
  objection: [
    [
      1,
      '(?:перестаньте|прекратите|хватит),? (?:пожалуйста,? )(?:использовать|обрабатывать)~{0,20}(?:мои|мою|моё|мое|мой)',
    ],
    [1, '(?:я )?против (?:того,? чтобы|использования|обработки)~{0,40}(?:данн|реклам|маркетинг|профил)'],
  ],
  rectification: [
    [
      1,
      '(?:у вас (?:указан\\S* )?|(?:мой|моя|мое|моё) )(?:неправильн|неверн|ошибочн)\\S* (?:email|e-mail|имейл|почт|адрес|фамили|имя|телефон|номер телефона)',
    ],
    [
      1,
      '(?:мой|моя|мое|моё) (?:email|e-mail|имейл|адрес|фамилия|имя|телефон|номер телефона)~{0,30}(?:неправильн|неверн|с ошибкой)',
    ],
  ],
  restriction: [
    [1, 'заблокир\\S*~{0,30}(?:персональн\\S* )?данн|блокирован\\S* (?:моих )?(?:персональных )?данн'],
    [1, 'заморозьте~{0,30}(?:аккаунт|учётн|учетн|профил|данн)'],
    [1.5, '(?:до решения|до окончания|пока не)~{0,60}не (?:используйте|обрабатывайте)'],
  ],
  portability: [[1, '(?:перехожу|ухожу) (?:к|в|на) (?:друг|нов)\\S*~{0,100}(?:данн|файл)']],
  withdraw_consent: [
    [1, 'больше не (?:согласен|согласна|даю согласи)'],
    [1, '(?:otzyva\\w*|otozva\\w*)~{0,20}(?:soglasi|razreshen)'],
  ],
  opt_out_sale: [[1, 'не (?:передавайте|предоставляйте|раскрывайте)~{0,50}(?:данн|информаци)']],
};

export const ukImplicit: Extra = {
  objection: [
    [
      1,
      '(?:перестаньте|припиніть|досить),? (?:будь ласка,? )(?:використовувати|обробляти)~{0,20}(?:мої|мою|моє|мій)',
    ],
    [1, '(?:я )?проти (?:того,? щоб|використання|обробки)~{0,40}(?:дан|реклам|маркетинг|профіл)'],
  ],
  access: [
    [
      1,
      '(?:яким|кому) (?:компаніям|третім особам|організаціям)?~{0,20}(?:ви )?(?:передали|передавали|надали)~{0,20}(?:мої|мою|моє) (?:дан|персональн|інформаці)',
    ],
    [
      1,
      '(?<!(?:все|усе|те),?\\s)(?:(?:що|яку інформацію) (?:ви )?про мене (?:знаєте|зберігаєте|маєте)|(?:що|яку інформацію) (?:ви )?(?:знаєте|зберігаєте|маєте) про мене)',
    ],
  ],
  rectification: [
    [
      1,
      '(?:у вас (?:вказан\\S* )?|(?:мій|моя|моє) )(?:неправильн|невірн|помилков)\\S* (?:email|e-mail|імейл|пошт|адрес|прізвищ|ім.я|телефон|номер телефона)',
    ],
    [
      1,
      '(?:мій|моя|моє) (?:email|e-mail|імейл|адреса|прізвище|ім.я|телефон|номер телефона)~{0,30}(?:неправильн|невірн|з помилкою)',
    ],
  ],
  restriction: [
    [1, 'заблокув\\S*~{0,30}(?:персональн\\S* )?дан|блокуванн\\S* (?:моїх )?(?:персональних )?дан'],
    [1, 'заморозьте~{0,30}(?:акаунт|обліков|профіл|дан)'],
    [1.5, '(?:до розгляду|до вирішення|поки не)~{0,60}не (?:використовуйте|обробляйте)'],
  ],
  portability: [[1, '(?:переходжу|йду) (?:до|в|на) (?:інш|нов)\\S*~{0,100}(?:дан|файл)']],
  withdraw_consent: [[1, 'більше не (?:погоджуюс|погоджуюсь|згоден|згодна|даю згод)']],
  opt_out_sale: [[1, 'не (?:передавайте|надавайте|розголошуйте)~{0,50}(?:дан|інформаці)']],
};

export const trImplicit: Extra = {
  access: [
    [
      1,
      '(?:verilerimi|bilgilerimi)~{0,40}(?:kimlere|hangi (?:şirketlere|firmalara|kurumlara)) (?:aktardınız|verdiniz|paylaştınız|aktardığınızı|paylaştığınızı)',
    ],
  ],
  rectification: [
    [1, '(?:e-posta adresim|adresim|soyadım|adım|ismim|telefon numaram)~{0,20}(?:yanlış|hatalı)'],
  ],
  restriction: [
    [1, '(?:hesabımı|verilerimi|profilimi) (?:geçici olarak )?(?:dondurun|askıya alın)'],
    [1.5, '(?:kadar|sonuçlanana dek)~{0,40}(?:verilerimi|bilgilerimi) (?:kullanmayın|işlemeyin)'],
  ],
  objection: [
    [1, '(?:verilerimi|bilgilerimi)~{0,60}(?:kullanmayı|işlemeyi) (?:bırakın|durdurun|kesin)'],
    [1, '(?:reklam|pazarlama|kampanya)\\w*~{0,30}göndermeyi (?:bırakın|durdurun|kesin)', 'absorbable'],
  ],
  portability: [
    [1, '(?:başka|yeni) bir (?:hizmete|servise|sağlayıcıya) geçiyorum~{0,100}(?:veri|dosya)'],
    [1, '(?:verilerimi|bilgilerimi)~{0,30}(?:dosya|csv|json)~{0,30}(?:gönderin|iletin|yollayın)'],
  ],
  withdraw_consent: [[1, 'artık~{0,40}(?:onay|izin|rıza) vermiyorum']],
  opt_out_sale: [[1, '(?:verilerimi|bilgilerimi)~{0,40}(?:paylaşmayın|aktarmayın|vermeyin)']],
};
