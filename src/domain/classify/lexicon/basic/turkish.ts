/** Turkish rights vocabulary (Turkey's KVKK Art. 11). */
import { basicLexicon } from './build.js';
import { trEveryday } from './everyday-turkish-arabic.js';
import { mergeExtra } from './merge-extra.js';
import { trImplicit } from './implicit-russian-ukrainian-turkish.js';

export const tr = basicLexicon({
  language: 'tr',
  latin: true,
  data: 'veri\\w*|hesab\\w*|hesap\\w*|(?<!fatura |vergi )bilgi\\w*|kayıt\\w*|kayd\\w*',
  consent: 'rıza\\w*|onay\\w*|izn\\w*|izin',
  names: {
    access: 'erişim hakkı|bilgi talep\\w*|verilerime erişim',
    rectification: 'düzeltilme\\w*',
    // Turkish negates after the verb: "silinmesini istemiyorum" keeps the data.
    erasure: 'silinme(?!\\w* istemiyorum)\\w*|unutulma hakkı|yok edilme\\w*',
    restriction: 'işlenmesinin kısıtlan\\w*|kısıtlanması',
    objection: '(?<!doğruluğuna |doğruluğa )itiraz\\w*',
    portability: 'taşınabilir\\w*',
    withdraw_consent: 'rıza\\w*~{0,20}geri\\w*|onay\\w*~{0,20}geri al\\w*',
    opt_out_sale: 'satmayın|satılmasını istemiyorum',
  },
  verbs: {
    access: 'kopya\\w*|erişim\\w*|öğren\\w*',
    rectification: 'düzelt\\w*|güncelle\\w*',
    // Not the negative imperative: "hesabımı silmeyin" (do not delete my account).
    erasure: 'sil(?!meyin|memeniz)\\w*|kaldır(?!mayın|mamanız)\\w*|kapat(?!mayın|mamanız)\\w*',
    restriction: 'kısıtla\\w*|sınırla\\w*',
    objection: '(?<!doğruluğuna |doğruluğa )itiraz\\w*',
    // Not "kimlere aktarıldığını" (to whom it was passed: an access question) nor "aktarmayın" (do not pass
    // it on) nor "aktardınız" (you passed it on), only a transfer asked for.
    portability: 'aktar(?!ıldı|dığ|dı|may|ma[zd])\\w*|taşı\\w*',
    withdraw_consent: 'geri al\\w*|geri çek\\w*',
    opt_out_sale: 'sat\\w*',
  },
  extra: mergeExtra(
    {
      access: [
        // Art. 15 / CCPA right to know: where did you get my address, what else do you know about me.
        [1, '(?:adresimi|numaramı|e-postamı|bilgilerimi) (?:nereden|nasıl) (?:aldınız|buldunuz|edindiniz)'],
        [1, 'hakkımda (?:başka )?(?:ne|neler) (?:biliyorsunuz|tutuyorsunuz|saklıyorsunuz)'],
        [0.5, 'hakkımda~{0,30}(?:sakladığınız|tuttuğunuz)'],
        [1, '(?:her şeyi|tümünü|hepsini) (?:gösterebilir|gösterin|gönderin|iletin)'],
        // KVKK Art. 11(1)(a)-(b): whether and which of my data are processed.
        [1, '(?:hakkımda|bana ait|benimle ilgili)~{0,40}(?:hangi|ne tür|ne gibi|neler)'],
        [1, '(?:hangi|ne tür) (?:kişisel )?(?:veri|bilgi)\\w*~{0,20}(?:hakkımda|bana ait)'],
        [1, 'işlenip işlenmediğ\\w*'],
      ],
      rectification: [
        // Art. 16: my name, address or number is wrong, put it right.
        [1, '(?:adım|adımı|soyadım|ismim|adresim|telefon numaram|doğum tarihim)\\w*~{0,50}(?:yanlış|hatalı)'],
        [1, '(?:kayıt\\w*|kaydı\\w*|adres\\w*|e-posta\\w*)~{0,30}(?:güncelle|düzelt|değiştir)\\w*'],
        [
          1,
          '(?:adım|adımı|soyadım\\w*|ismim\\w*|telefon numaram\\w*)~{0,80}(?:güncelle|düzelt|değiştir)\\w*',
        ],
        [0.5, 'doğrusu|doğru yazılışı'],
      ],
      erasure: [
        // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
        [
          1,
          '(?:hakkımda|bana ait|benimle ilgili)~{0,40}hiçbir~{0,30}(?:kalmasını|tutulmasını|saklanmasını) istemiyorum',
        ],
        [
          1,
          'beni~{0,30}(?:sisteminizden|sistemlerinizden|veritabanınızdan|kayıtlarınızdan)~{0,20}(?:çıkarın|silin|kaldırın)',
        ],
        [1, 'hesabımı (?:kapatın|silin|kapatıp)'],
        [1, '(?:her şeyi|tümünü) silin'],
        [1, '(?:hâlâ|hala|henüz) silinme(?:di|miş)\\w*'],
        // KVKK Art. 7 (erasure, destruction or anonymisation), read under the KVKK only: a hint, since a
        // question about the article is no request.
        [0.5, 'kvkk\\S*~{0,30}(?<!\\d)7\\. madde\\w*'],
      ],
      restriction: [
        // Art. 18(2): the data only stored, used for nothing else, while a dispute or a check runs.
        [
          1.5,
          'saklamak dışında~{0,30}(?:kullanmayın|işlemeyin)|(?:sadece|yalnızca) saklayın~{0,40}(?:kullanmayın|işlemeyin)',
        ],
        // Art. 18(1)(a): the accuracy contested, use restricted while it is checked.
        [1.5, 'doğruluğuna itiraz\\w*[^.\\n]{0,80}(?:kısıtla|durdur|kullanmayın|işlemeyin)\\w*'],
        [2, 'silmeyin~{0,80}(?:kullanmayın|işlemeyin)'],
        [1.5, '(?:çözülene|sonuçlanana|netleşene) kadar~{0,60}(?:kullanmayın|işlemeyin|durdurun)'],
      ],
      objection: [
        // Marketing mail refused in everyday words, typed as people type it ("kampanya maili atmayın").
        [
          1,
          '(?:kampanya|reklam|pazarlama|tanıtım|promosyon)\\w* (?:mail|e-posta|mesaj|sms|ileti)\\w*~{0,20}(?:atmayın|yollamayın|göndermeyin|istemiyorum)',
          'absorbable',
        ],
        // Art. 21 / KVKK Art. 11(1)(g): my data not to train AI models.
        [
          1,
          '(?:yapay zeka|yapay zekâ|ai|model)\\w* (?:eğitim|eğit)\\w*~{0,30}(?:kullanılmasını istemiyorum|kullanmayın)|(?:kullanılmasını istemiyorum|kullanmayın)~{0,30}(?:yapay zeka|ai) (?:eğitim|model)\\w*',
        ],
        [1, '(?:araştırma|istatistik|pazarlama|reklam|analiz|profil)\\w*~{0,40}kullanılmasını istemiyorum'],
        [
          1,
          '(?:pazarlama|reklam|tanıtım)\\w* (?:e-posta|mesaj|ileti)\\w*~{0,20}(?:göndermeyin|durdurun|istemiyorum)',
          'absorbable',
        ],
        // "Ticari elektronik ileti" is the law's own term for marketing messages (Law 6563).
        [
          1,
          '(?:ticari elektronik ileti|ticari ileti|pazarlama|reklam|tanıtım|kampanya)\\w*~{0,40}(?:almak istemiyorum|göndermeyin|gönderilmesini istemiyorum|durdurun)',
          'absorbable',
        ],
        [
          1,
          '(?:pazarlama|reklam|e-posta|bülten)\\w* (?:liste|aboneli)\\w*~{0,20}(?:çıkarın|çıkartın)',
          'absorbable',
        ],
      ],
      portability: [[1, '(?:dosya|format)\\w*~{0,30}(?:içe aktar|aktarabil|yükleyebil)']],
      opt_out_sale: [[1, '(?:hedefli reklam|reklam amaçlı)\\w*~{0,50}(?:çıkarın|hariç tutun)']],
    },
    trEveryday,
    trImplicit,
  ),
  keepAccount:
    'hiçbir şey silmeyin|hesabımı (?:silmeyin|kapatmayın)|hesabım(?:ın)? (?:silinmesini|kapatılmasını) istemiyorum|hesabım kalsın',
  // A question about the practice ("verileri satıyor musunuz?") or the retention policy.
  hypothetical:
    '(?<!hesabımı |verilerimi |bilgilerimi )nasıl (?:silebilirim|silerim|kaldırabilirim)|(?:satıyor|paylaşıyor|aktarıyor|veriyor) musunuz|ne kadar (?:süre )?(?:saklıyorsunuz|tutuyorsunuz)|(?:özelliği|özellik|seçeneği|butonu|düğmesi) (?:var mı|yok mu)',
});
