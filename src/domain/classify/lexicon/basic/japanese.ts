/**
 * Japanese rights vocabulary: APPI (個人情報の保護に関する法律) Art. 33 disclosure (開示), Art. 34 correction
 * (訂正等), Art. 35 cessation of use, erasure and of third-party provision (利用停止等), plus the GDPR and CCPA
 * rights as Japanese writers name them. Japanese has no spaces, so every cue is a substring; the
 * requests that name no right are situational cues ("アカウントを閉じて、全部消してください").
 */
import { basicLexicon } from './build.js';
import { citation } from './citation.js';
import { jaEveryday } from './everyday-east-asia.js';
import { mergeExtra } from './merge-extra.js';
import { jaImplicit } from './implicit-asia.js';

const APPI = '(?:個人情報保護法|個人情報の保護に関する法律|appi)';
const GDPR = '(?:gdpr|一般データ保護規則)';
// A polite "if possible" is not a condition: "もし可能であれば削除してください" is a request.
const POLITE_IF = '(?!可能|できれば|よろしければ|差し支え|お手数)';

export const ja = basicLexicon({
  language: 'ja',
  latin: false,
  data: '個人情報|個人データ|データ|アカウント|情報|登録内容|記録|履歴',
  consent: '同意|許可|承諾|オプトイン|チェック',
  names: {
    access:
      '開示請求|開示を(?:請求|求め|希望|お願い)|開示して(?:ください|下さい|いただ|ほしい)|保有個人データの開示|第三者提供記録の開示',
    rectification: '訂正請求|訂正等の請求|訂正を(?:請求|求め|希望|お願い)|訂正して(?:ください|下さい|いただ)',
    erasure:
      '削除請求|消去請求|(?:データ|情報|アカウント)の(?:削除|消去)を(?:請求|求め|希望|お願い)|退会(?:手続き)?をお願い|退会(?:したい|します)|忘れられる権利',
    restriction: '利用停止|利用の停止|処理の制限|取扱いの制限|取り扱いの制限',
    objection: '異議を申し立て|異議申し立て|異議申立|異議を唱え',
    portability: 'ポータビリティ|データの移行|データ移行|機械可読|データポータビリティ',
    withdraw_consent:
      '同意(?:の|を)(?:撤回|取り消|取消|取り下げ)|許可(?:の|を)(?:撤回|取り消|取り下げ)|オプトインを(?:取り消|撤回|解除)',
    opt_out_sale:
      '販売しないで|売らないで|販売をやめ|販売を停止|販売の停止|売るのをやめ|第三者提供の停止|第三者提供をやめ|第三者に(?:提供|販売|共有)しないで',
  },
  verbs: {
    access: '開示|写し|コピー',
    rectification: '訂正|修正|直して|更新して',
    erasure: '削除|消去|消して|退会|抹消',
    restriction: '利用を?停止|処理を?(?:停止|制限)|取り?扱いを?制限|利用を?制限',
    // "正確性に異議があるため" contests the data (restriction); only an objection raised counts.
    objection: '異議を申|異議を唱|反対(?:します|いたします|です)',
    portability: '移行|移転|エクスポート|書き出',
    withdraw_consent: '撤回|取り消|取り下げ',
    opt_out_sale: '販売|売却|第三者提供(?!記録|の記録)',
  },
  extra: mergeExtra(
    {
      access: [
        [1.5, citation(APPI, '第\\s?(?:33|三十三)\\s?条')],
        [1.5, citation(GDPR, '第?\\s?(?:15|十五)\\s?条')],
        // "Show me everything linked to my address", "send me what you keep about me".
        [
          1,
          '(?:私の|私に関する|私について|紐づ(?:く|いている))~{0,12}(?:データ|情報|記録|もの|内容)~{0,8}(?:見せて|送って|送付して|提示して|確認させて)',
          'absorbable',
        ],
        [0.5, '(?:何|どんな|どのような)(?:情報|データ|もの)(?:を|が)~{0,12}(?:保有|保存|保管|持って|残って)'],
        [
          1,
          '(?:私|わたし|自分)(?:について|に関して|に関する|の)~{0,6}(?:何|どんな|どのような)(?:情報|データ|個人情報)',
        ],
      ],
      rectification: [
        [1.5, citation(APPI, '第\\s?(?:34|三十四)\\s?条')],
        [1.5, citation(GDPR, '第?\\s?(?:16|十六)\\s?条')],
        [
          1,
          '(?:登録|記録|住所|メールアドレス|氏名|名前|姓|電話番号|連絡先)~{0,30}(?:更新して|修正して|直して|変更して|正しく)',
        ],
        [0.5, '正しくは'],
      ],
      erasure: [
        // A reminder: the deletion asked for earlier has not happened yet.
        [
          1,
          '(?:削除|消去)を(?:依頼|お願い|請求|申請)してから~{0,40}(?:まだ|いまだ)|まだ(?:削除|消去)され(?:ていません|ていない)',
        ],
        [1.5, citation(GDPR, '第?\\s?(?:17|十七)\\s?条')],
        [1, '(?:全部|すべて|全て|何もかも|一切)~{0,8}(?:消して|削除して|消去して|消し去)'],
        [1, 'アカウントを(?:閉じ|解約|削除|消|廃止)'],
        [1, '(?:何も|何一つ)(?:残さないで|残してほしく(?:な|あり)|残さず)'],
        [0.5, 'なかったことに'],
      ],
      restriction: [
        [1.5, citation(GDPR, '第?\\s?(?:18|十八)\\s?条')],
        // Keep it but do not use it: the right to restriction in the writer's words.
        [
          2,
          '(?:消さ|削除せ|消去せ)(?:ないで|ずに)~{0,60}(?:使わないで|利用しないで|使用しないで|処理しないで)',
        ],
        [
          1.5,
          '(?:解決|確認|判決|終わる|終了|決着)~{0,6}まで~{0,40}(?:使わないで|利用しないで|使用しないで|処理しないで|保存のみ|保管のみ)',
        ],
        [1, '保存のみ|保管のみ|保存だけ|保管だけ'],
      ],
      objection: [
        // Art. 21: my data not to be used to train AI models (a legitimate interest the writer objects to).
        [
          1,
          '(?:ai|人工知能|機械学習)~{0,10}(?:学習|トレーニング|訓練)~{0,20}(?:使わないで|利用しないで|使用しないで|やめて|停止|拒否|同意しません)',
        ],
        [1.5, citation(GDPR, '第?\\s?(?:21|二十一)\\s?条')],
        [
          1,
          '(?:研究|統計|分析|プロファイリング|マーケティング|広告)~{0,30}(?:使ってほしく(?:な|あり)|使わないで|利用しないで|使用しないで|利用をやめ|使うのをやめ)',
        ],
        [
          1,
          '(?:広告|宣伝|マーケティング|プロモーション|ニュースレター|メルマガ|セール|キャンペーン)(?:情報)?(?:の)?(?:メール)?~{0,12}(?:止めて|やめて|停止して|送らないで|送らないように|送信しないで|配信しないで|配信停止|不要です|いりません|受け取りたくない|届かないように)',
          'absorbable',
        ],
        [1, '配信停止|配信を停止', 'absorbable'],
        [1, '(?:分析|おすすめ|レコメンド|プロファイリング|ターゲティング)~{0,20}(?:やめて|止めて|停止して)'],
        // APPI Art. 35's cessation of use, asked for analytics or marketing: an objection to that purpose.
        [
          1.5,
          '(?:分析|プロファイリング|マーケティング|広告|宣伝|ダイレクトメール)~{0,30}(?:利用停止|利用の停止)',
        ],
      ],
      portability: [
        [1.5, citation(GDPR, '第?\\s?(?:20|二十)\\s?条')],
        [1, '(?:別の|他の|ほかの|新しい)(?:ツール|サービス|会社|事業者|プロバイダ)~{0,40}(?:移|取り込)'],
        [1, '取り込める(?:ファイル|形式)|インポートできる(?:ファイル|形式)'],
        [1, '直接(?:移して|移行して|送って|転送して|提供して)'],
      ],
      withdraw_consent: [[1, '(?:それ|これ|その(?:許可|同意|設定))を(?:取り消|取り下げ|撤回)']],
      opt_out_sale: [
        // "Do you sell my data? If so, stop": the question is set aside, the ask after it counts.
        [
          1.5,
          '(?<=(?:(?:販売|売却|共有|提供)(?:して|し)い?ますか|売って(?:い)?ますか)[.?]\\s?)(?:もし)?(?:そうなら|そうであれば|そうでしたら|その場合は?)~{0,30}(?:やめて|停止して|中止して)',
        ],
        [1.5, 'オプトアウト~{0,20}(?:販売|共有)|(?:販売|共有)~{0,20}オプトアウト'],
        [
          1,
          '(?:ターゲティング広告|行動ターゲティング|パーソナライズ広告|広告目的のプロファイリング)~{0,30}(?:外して|除外|オプトアウト|やめて|停止)',
        ],
        [
          1.5,
          '(?:広告主|データブローカー|第三者|他社)に(?:渡さないで|渡してほしく(?:な|あり)|売らないで|売ってほしく(?:な|あり)|提供しないで)',
        ],
      ],
    },
    jaEveryday,
    jaImplicit,
  ),
  keepAccount:
    'アカウントは(?:削除|解約|退会)?しないで|アカウントは(?:残し|そのまま|維持)|(?:消さ|削除し)ないで|削除はしない|退会するつもりはな',
  // A question about the future ("退会した場合、データはどうなりますか") or about the company's practice
  // ("顧客データを販売していますか"): a question, not a request.
  // A vendor asking whether the reader's request desk is ready ("開示請求の窓口整備はお済みでしょうか"), and a
  // thank-you for a deletion already done ("データ削除完了のお知らせ"), name rights without asking for one.
  hypothetical: `(?:機能|ボタン|メニュー)(?:は|が|って)(?:あります|ありません|ある|ない)|取材|記事を執筆|(?:請求|申請)件数|お済みでしょうか|お済みですか|(?:削除|消去|退会|解約)(?:の)?(?:手続き)?(?:が)?完了(?:のお知らせ|しました|いたしました)|(?:もし|仮に|将来)${POLITE_IF}~{0,30}(?:たら|なら|場合)~{0,30}(?:どうな|ますか|でしょうか)|(?:場合|たら)(?:は|,)?~{0,30}(?:どうな|されますか|でしょうか)|(?:して|され)い?ますか`,
  conditional: `(?:もし|仮に)${POLITE_IF}~{0,40}$`,
});
