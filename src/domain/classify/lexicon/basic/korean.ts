/**
 * Korean rights vocabulary: PIPA (개인정보 보호법) Art. 35 access (열람), Art. 35-2 transmission (전송요구,
 * portability), Art. 36 correction and deletion (정정·삭제), Art. 37 suspension of processing and withdrawal
 * of consent (처리정지, 동의 철회), plus the GDPR and CCPA rights as Korean writers name them. Korean puts
 * spaces between phrases, not words (particles and endings are glued on), so cues are substrings; situational
 * cues catch requests that name no right ("계정 닫고 싹 지워 주세요").
 */
import { basicLexicon } from './build.js';
import { citation } from './citation.js';
import { koEveryday } from './everyday-east-asia.js';
import { mergeExtra } from './merge-extra.js';
import { koImplicit } from './implicit-asia.js';

const PIPA = '(?:개인정보 ?보호법|pipa)';
const GDPR = '(?:gdpr|일반 ?개인정보 ?보호 ?규정|유럽 ?개인정보 ?보호 ?규정)';
const ARTICLE_END = '\\s?조(?!의\\s?\\d)';
// "Do not ...": 지우지 마세요 / 삭제하지 말아 주세요 / 쓰지 마십시오.
const DO_NOT = '\\s?(?:마|말)';

export const ko = basicLexicon({
  language: 'ko',
  latin: false,
  data: '개인정보|개인 정보|데이터|계정|정보|기록|내역|자료',
  consent: '동의|허락|허용|체크',
  names: {
    access:
      '열람 ?요구|열람을 요구|열람을 청구|열람 ?청구|열람권|열람을 신청|열람 ?신청|(?:개인정보|정보|데이터)(?:의)? 사본',
    rectification:
      '정정 ?(?:부탁|바랍니다)|정정을 부탁|정정 ?요구|정정을 요구|정정을 청구|정정 ?청구|정정해 ?주|정정하여 주',
    erasure:
      '삭제 ?요구|삭제를 요구|삭제를 청구|삭제 ?청구|(?<!(?:프로젝트|파일|폴더|작업|이미지|사진|영상|동영상|댓글|게시물|게시글|항목)(?:를|을)? ?)삭제해 ?주|삭제하여 주|파기해 ?주|파기하여 주|파기를 요구|잊힐 권리|회원 ?탈퇴|탈퇴하고 싶|탈퇴하겠|탈퇴 ?처리',
    restriction:
      '(?<!(?:마케팅|광고|홍보)[^.\\n,]{0,20})(?:처리 ?정지|처리의 정지|처리를 정지|처리를 중지|처리 ?중지|이용 ?중지|이용을 중지|이용을 정지|처리를 제한|처리 ?제한)',
    // "이의 제기된 결제" (a disputed payment) is no objection: only the writer raising one is.
    objection:
      '(?<!(?:요금|청구|결제|환불|금액|송장|인보이스)[^.\\n,]{0,20})(?:이의를 제기(?:합니다|하며|하고|함)|이의 ?제기(?:합니다|를 합니다)|이의 ?신청(?:합니다|을 합니다)|반대합니다|거부합니다)',
    portability:
      '기계 ?판독|기계가 읽을 수 있는|전송 ?요구|전송을 요구|전송요구권|이동권|개인정보 이동|데이터 이동|이동성',
    withdraw_consent: '동의를? ?철회|동의를 취소|동의 ?취소|수신 ?동의를? ?(?:철회|취소|해지)',
    opt_out_sale: '판매하지|판매 ?중지|팔지 ?마|판매를 중단|판매를 중지|판매하는 것을 원하지',
  },
  verbs: {
    access: '열람|사본|보여 ?주',
    rectification: '정정|수정|변경|업데이트|고쳐',
    erasure: '삭제|파기|탈퇴|지워|지우',
    // Not a team member's permission limited ("권한을 … 제한"), nor an account that was limited ("제한되었").
    restriction: '(?<!(?:마케팅|광고|홍보|권한)[^.\\n,]{0,20})(?:정지|제한(?!되|된|돼)|중지)',
    // A disputed bill ("요금 청구 내역에 대해 이의를 제기") is no objection to processing.
    objection:
      '(?<!(?:요금|청구|결제|환불|금액|송장|인보이스)[^.\\n,]{0,20})(?:반대합|반대하|이의를 제기|거부합|거부하)',
    portability: '이전|전송|내보내|옮겨|옮기',
    withdraw_consent: '철회|거두',
    // "제3자 제공 내역/현황" is the record of who received the data (PIPA Art. 35: access), not a sale.
    // "판매 여부" is whether the data is sold: a question's subject, not an ask.
    opt_out_sale: '판매(?! ?여부)|팔지|팔리|팔아|제3자 ?제공(?! ?(?:내역|현황|여부|받은))',
  },
  extra: mergeExtra(
    {
      access: [
        [1.5, citation(PIPA, `제\\s?35${ARTICLE_END}`)],
        [1.5, citation(GDPR, `제?\\s?15${ARTICLE_END}`)],
        // "Show me everything linked to my address", "tell me what you keep about me".
        [
          1,
          '(?:정보|데이터|기록|내역|(?:관한|대한|연결된|남아 있는) (?:것|걸|게))(?:를|을)? ?(?:전부|모두|다)? ?(?:보여 ?주|보내 ?주)',
          'absorbable',
        ],
        [1, '(?:저에|제)~{0,20}(?:무엇|뭐|어떤)~{0,30}(?:알려 ?주|보여 ?주)', 'absorbable'],
        [0.5, '(?:무엇|뭐|어떤 (?:정보|데이터))(?:가|를)? ~{0,10}(?:남아|보관|저장|보유)'],
      ],
      rectification: [
        [0.5, citation(PIPA, `제\\s?36${ARTICLE_END}`)],
        [1.5, citation(GDPR, `제?\\s?16${ARTICLE_END}`)],
        [1, '(?:정보|주소|이메일|이름|성이|성을|전화번호|연락처)~{0,30}(?:업데이트|수정|변경|바꿔|고쳐)'],
        [0.5, '(?:이|가) 맞습니다|맞는 (?:이름|성|주소)'],
      ],
      erasure: [
        [0.5, citation(PIPA, `제\\s?36${ARTICLE_END}`)],
        [1.5, citation(GDPR, `제?\\s?17${ARTICLE_END}`)],
        [1, '(?:싹|전부|모두|다|전체|깨끗이|깨끗하게)~{0,8}(?:지워|삭제해|없애)'],
        [1, '계정(?:을|은)? ?(?:닫|해지|삭제|없애|폐쇄)'],
        [1, '아무것도 남기지 ?(?:마|말)|남기지 말아'],
      ],
      restriction: [
        // Art. 37 is suspension of processing and, since 2023, withdrawal of consent too: a hint only.
        [0.5, citation(PIPA, `제\\s?37${ARTICLE_END}`)],
        [1.5, citation(GDPR, `제?\\s?18${ARTICLE_END}`)],
        // Keep it but do not use it: restriction in the writer's words.
        [2, `(?:지우지|삭제하지|파기하지)${DO_NOT}~{0,80}(?:쓰지|사용하지|이용하지|처리하지)${DO_NOT}`],
        [
          1.5,
          `(?:해결|확인|판결|끝날|종료|마무리)(?:될|할|이 날|하는)? ?(?:때까지|동안)~{0,40}(?:(?:쓰지|사용하지|이용하지|처리하지)${DO_NOT}|보관만|정지|중지)`,
        ],
        [1, '보관만 ?(?:하|해)'],
      ],
      objection: [
        // Art. 21: my data not to be used to train AI models (a legitimate interest the writer objects to).
        [
          1,
          '(?:ai|인공지능|모델)~{0,10}(?:학습|훈련)~{0,20}(?:(?:사용|이용|활용)하지\\s?(?:마|말)|쓰지\\s?(?:마|말)|거부|반대|동의하지 않)',
        ],
        // PIPA Art. 37: processing suspended for marketing is the writer's objection to direct marketing.
        [1.5, '(?:마케팅|광고|홍보)~{0,20}(?:처리 ?정지|처리를 정지|처리 ?중지|이용 ?중지|이용을 중지)'],
        [1.5, citation(GDPR, `제?\\s?21${ARTICLE_END}`)],
        [
          1,
          `(?:연구|통계|분석|마케팅|광고|홍보|프로파일링)~{0,30}(?:쓰이는 (?:걸|것을) 원하지|사용되는 (?:걸|것을) 원하지|이용되는 (?:걸|것을) 원하지|그만 ?(?:써|쓰|사용)|(?:쓰지|사용하지|이용하지)${DO_NOT})`,
        ],
        [
          1,
          '(?:광고|홍보|마케팅|뉴스레터|프로모션|할인|행사|이벤트|쿠폰)(?: ?메일| ?문자)?~{0,20}(?:그만|중단|보내지 ?(?:마|말)|받고 싶지 않|수신 ?거부)',
          'absorbable',
        ],
        [1, '수신 ?거부', 'absorbable'],
      ],
      portability: [
        [1.5, citation(PIPA, `제\\s?35\\s?조의\\s?2`)],
        [1.5, citation(GDPR, `제?\\s?20${ARTICLE_END}`)],
        [1, '(?:다른|새) ?(?:도구|서비스|툴|업체|회사|플랫폼)~{0,40}(?:옮기|옮겨|이전|가져올|가져갈)'],
        [1, '(?:가져올|불러올) 수 있'],
        [1, '직접 (?:옮겨|이전해|보내|전송해|넘겨)'],
        [1, '(?:새|다른) ?(?:업체|서비스|회사|사업자|플랫폼)(?:로|에게|에) ?(?:보내|옮겨|전송|넘겨|이전)'],
      ],
      withdraw_consent: [[1, '(?:그|이|제) (?:동의|허락|허용)(?:를|을)? ?(?:철회|취소|거둡|거두|거둬)']],
      opt_out_sale: [
        // "Do you sell my data? If so, stop": the question is set aside, the ask after it counts.
        [
          1.5,
          '(?<=(?:판매|팔|공유|제공)~{0,20}(?:나요|습니까|가요)[.?]\\s?)(?:만약 )?(?:그렇다면|그렇다면요|맞다면)~{0,30}(?:중단|그만|멈춰|멈추)',
        ],
        [
          1,
          '(?:맞춤형 광고|타깃 광고|타겟 광고|맞춤 광고|광고 목적의 프로파일링|행태 ?광고)~{0,30}(?:빼 ?주|제외|거부|중단|옵트아웃|(?:사용|이용)하지 ?마|쓰지 ?마)',
        ],
        [
          1.5,
          '(?:광고주|데이터 ?브로커|제3자|다른 회사)(?:에게|에) ?(?:넘기지|팔지|제공하지|판매하지|팔리는)',
        ],
        [1.5, '옵트아웃~{0,20}(?:판매|공유)|(?:판매|공유)~{0,20}옵트아웃'],
      ],
    },
    koEveryday,
    koImplicit,
  ),
  // After the cue: "계정 삭제는 원하지 않습니다" (I do not want the account deleted), "삭제하지 마세요".
  trailingNegation: `(?:는|은|를|을|도)? ?원(?:하지|치) ?않|(?:하지|시키지)${DO_NOT}`,
  keepAccount: `계정(?:은|을)? ?(?:삭제하지|지우지|해지하지|닫지|탈퇴시키지)${DO_NOT}|계정(?:은|을)? ?(?:유지|그대로)|(?:지우지|삭제하지)${DO_NOT}`,
  // A question about the future ("탈퇴하면 데이터는 어떻게 되나요") or about the company's practice
  // ("고객 데이터를 판매하나요"): a question, not a request.
  // Also a threat under a condition ("미동의 시 계정 삭제", "동의하지 않으시면 계정이 삭제됩니다"), as phishing
  // writes it: the service's act, not the writer's ask.
  hypothetical:
    '(?:미동의|미인증|미확인) ?시 ?(?:계정|서비스|이용)|(?:않으시면|않으면|않을 경우)~{0,30}(?:삭제|정지|해지|제한)(?:됩니다|될 수 있습니다|처리됩니다)|(?:만약|만일)~{0,40}(?:면|경우)~{0,30}(?:나요|까요|습니까|는지)|(?:하면|할 경우)~{0,30}어떻게 되|(?:기능|버튼|메뉴)(?:이|은|가)? ?있(?:나요|습니까|어요\\?)|(?:판매|제공|공유|보관|저장)(?:하시나요|하나요|하고 있나요|하십니까|합니까|되나요|되고 있나요)',
  conditional: '(?:만약|만일)(?! ?가능)~{0,50}$',
});
