/**
 * Chinese, Japanese, Korean and Hindi rights vocabulary (GDPR; China's PIPL Arts. 44-47; Japan's APPI
 * Arts. 33-35; Korea's PIPA Arts. 35-37; India's DPDP Act ss. 11-13). CJK has no spaces, so verbs and data
 * words are matched as substrings.
 */
import { basicLexicon } from './build.js';

export const zh = basicLexicon({
  language: 'zh',
  latin: false,
  data: '个人信息|個人資料|個人資訊|个人数据|数据|資料|账户|帳戶|账号|帳號|信息',
  consent: '同意|授权|授權|许可|許可',
  names: {
    access: '查阅权|查閱權|访问权|訪問權|副本',
    rectification: '更正权|更正權',
    erasure: '删除权|刪除權|被遗忘权|被遺忘權|注销账户|註銷帳戶|注销账号|註銷帳號',
    restriction: '限制处理|限制處理',
    objection: '反对处理|反對處理|拒绝处理|拒絕處理',
    portability: '可携带权|可攜權|可携权|数据可携|資料可攜',
    withdraw_consent: '撤回(?:我的)?同意|撤销(?:我的)?同意|撤銷(?:我的)?同意',
    opt_out_sale: '不要出售|请勿出售|請勿出售|不得出售|停止出售',
  },
  verbs: {
    access: '查阅|查閱|查询|查詢|提供一份|复制',
    rectification: '更正|修改|纠正|糾正',
    erasure: '删除|刪除|注销|註銷|清除',
    restriction: '限制|暂停|暫停',
    objection: '反对|反對|拒绝|拒絕',
    portability: '转移|轉移|转给|導出|导出',
    withdraw_consent: '撤回|撤销|撤銷',
    opt_out_sale: '出售|共享',
  },
});

export const ja = basicLexicon({
  language: 'ja',
  latin: false,
  data: '個人情報|個人データ|データ|アカウント|情報',
  consent: '同意|許可',
  names: {
    access: '開示請求|開示を請求|開示を求め',
    rectification: '訂正請求|訂正を求め',
    erasure: '削除請求|削除を求め|消去を求め|アカウントの削除',
    restriction: '利用停止|処理の制限',
    objection: '異議',
    portability: 'ポータビリティ|データの移行',
    withdraw_consent: '同意の撤回|同意を撤回',
    opt_out_sale: '販売しない|販売しないで|第三者提供の停止',
  },
  verbs: {
    access: '開示|コピー|写し',
    rectification: '訂正|修正',
    erasure: '削除|消去|退会',
    restriction: '停止|制限',
    objection: '異議|反対',
    portability: '移行|移転',
    withdraw_consent: '撤回',
    opt_out_sale: '販売|第三者提供',
  },
});

export const ko = basicLexicon({
  language: 'ko',
  latin: false,
  data: '개인정보|데이터|계정|정보',
  consent: '동의|허락',
  names: {
    access: '열람 요구|열람을 요구|열람권|열람 청구',
    rectification: '정정 요구|정정을 요구',
    erasure: '삭제 요구|삭제를 요구|삭제해 주|파기',
    restriction: '처리정지|처리 정지|처리의 정지',
    objection: '이의 제기|이의를 제기',
    portability: '전송 요구|전송요구권|이동권',
    withdraw_consent: '동의를? 철회|동의 철회',
    opt_out_sale: '판매하지|판매 중지',
  },
  verbs: {
    access: '열람|사본',
    rectification: '정정|수정',
    erasure: '삭제|파기|탈퇴',
    restriction: '정지|제한',
    objection: '반대|이의',
    portability: '이전|전송',
    withdraw_consent: '철회',
    opt_out_sale: '판매',
  },
});

export const hi = basicLexicon({
  language: 'hi',
  latin: false,
  data: 'डेटा|डाटा|जानकारी|खाता|खाते|व्यक्तिगत',
  consent: 'सहमति|अनुमति',
  names: {
    access: 'पहुंच का अधिकार|पहुँच का अधिकार|प्रति उपलब्ध',
    rectification: 'सुधार का अधिकार',
    erasure: 'मिटाने का अधिकार|हटाने का अधिकार',
    restriction: 'प्रसंस्करण (?:को )?सीमित|प्रसंस्करण पर रोक',
    objection: 'आपत्ति',
    portability: 'पोर्टेबिलिटी|स्थानांतरित',
    withdraw_consent: 'सहमति वापस',
    opt_out_sale: 'न बेचें|मत बेचें',
  },
  verbs: {
    access: 'प्रति|पहुंच|पहुँच|जानकारी दें',
    rectification: 'सुधार|ठीक कर|अपडेट',
    erasure: 'हटा|मिटा|डिलीट',
    restriction: 'सीमित|रोक',
    objection: 'आपत्ति|विरोध',
    portability: 'स्थानांतर|ट्रांसफर',
    withdraw_consent: 'वापस ले',
    opt_out_sale: 'बेच|बिक्री',
  },
});
