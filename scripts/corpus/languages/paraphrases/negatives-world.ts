// Hard negatives of train kinds in Japanese, Chinese, Korean and Arabic (train only), written fresh: a billing
// dispute, a question where customer data is stored, an "access denied" bug, and a sales pitch for a
// privacy-request tool full of request words. None asks about the writer's own personal data.
import { type ExtraNegative } from '../../types.js';

type Four = readonly [readonly [string, string], readonly [string, string], readonly [string, string], readonly [string, string]];

function four([billing, storage, bug, sales]: Four): readonly ExtraNegative[] {
  return [
    { kind: 'billing', note: 'billing: a cancelled add-on still charged, asks for the difference back', subject: billing[0], body: billing[1] },
    { kind: 'policy_question', note: 'policy question: where data is stored, encryption, who can access it (no ask about own data)', subject: storage[0], body: storage[1] },
    { kind: 'bug', note: 'bug report: viewers get "access denied" on shared reports', subject: bug[0], body: bug[1] },
    { kind: 'sales', note: 'sales pitch for a privacy-request tool (full of request words)', subject: sales[0], body: sales[1] },
  ];
}

export const WORLD_NEGATIVES: Readonly<Record<string, readonly ExtraNegative[]>> = {
  ja: four([
    ['請求額について', 'お世話になっております。\n\n今月の請求書{order}に、解約済みのオプション料金が含まれています。差額を返金していただけますか。\n\n{name}'],
    ['データの保管場所について', 'お世話になっております。\n\n導入を検討しています。顧客データはどの国のサーバーに保存され、暗号化されていますか。社内で誰がアクセスできますか。\n\n{name}'],
    ['「アクセスが拒否されました」と表示されます', 'お世話になっております。\n\n昨日から、閲覧権限のメンバーが共有レポートを開くと「アクセスが拒否されました」と表示されます。既知の不具合でしょうか。\n\n{name}'],
    ['個人情報の請求対応を自動化しませんか', 'ご担当者様\n\n開示請求や削除依頼への対応を自動化する当社ツールのご案内です。30分のデモをご希望でしたらご返信ください。\n\n{name}'],
  ]),
  zh: four([
    ['账单金额有误', '你好，\n\n本月账单{order}里包含了我已经取消的增值服务费用，请把差额退给我。\n\n{name}'],
    ['客户数据存放在哪里？', '你好，\n\n我们正在评估{product}。请问客户数据存放在哪个国家的服务器上，是否加密，你们公司哪些人可以访问？\n\n{name}'],
    ['共享报告提示“拒绝访问”', '你好，\n\n从昨天开始，只有查看权限的同事打开共享报告时都提示“拒绝访问”，管理员可以正常打开。这是已知问题吗？\n\n{name}'],
    ['隐私合规自动化工具介绍', '您好，\n\n我们的工具可以自动处理查阅、删除等个人信息请求，帮助企业满足《个人信息保护法》的要求。方便的话可以约30分钟演示。\n\n{name}'],
  ]),
  ko: four([
    ['청구 금액 문의', '안녕하세요.\n\n이번 달 청구서 {order}에 이미 해지한 부가 서비스 요금이 포함되어 있습니다. 차액을 환불해 주실 수 있나요?\n\n{name}'],
    ['고객 데이터 보관 위치', '안녕하세요.\n\n{product} 도입을 검토 중입니다. 고객 데이터는 어느 나라 서버에 저장되고 암호화되나요? 귀사에서 누가 접근할 수 있나요?\n\n{name}'],
    ['공유 보고서 "접근 거부" 오류', '안녕하세요.\n\n어제부터 보기 권한만 있는 동료가 공유 보고서를 열면 "접근 거부"가 뜹니다. 관리자는 정상적으로 열립니다. 알려진 문제인가요?\n\n{name}'],
    ['개인정보 요청 자동화 솔루션 소개', '담당자님께\n\n열람·삭제 요구 처리를 자동화하는 저희 솔루션을 소개드립니다. 30분 데모를 원하시면 회신 부탁드립니다.\n\n{name}'],
  ]),
  ar: four([
    ['خطأ في الفاتورة', 'مرحبًا،\n\nتتضمن فاتورة هذا الشهر {order} رسوم خدمة إضافية ألغيتها سابقًا. أرجو استرداد الفرق.\n\n{name}'],
    ['أين تُخزَّن بيانات العملاء؟', 'مرحبًا،\n\nنحن نقيّم {product} لفريقنا. في أي بلد توجد خوادمكم، وهل بيانات العملاء مشفرة، ومن لديه صلاحية الوصول إليها لديكم؟\n\n{name}'],
    ['رسالة "تم رفض الوصول"', 'مرحبًا،\n\nمنذ الأمس يظهر للزملاء الذين لديهم صلاحية العرض فقط "تم رفض الوصول" عند فتح تقرير مشترك. هل هذه مشكلة معروفة؟\n\n{name}'],
    ['أداة لأتمتة طلبات الخصوصية', 'السادة المحترمون،\n\nنقدم لكم أداة تعالج طلبات الاطلاع والحذف تلقائيًا وفق نظام حماية البيانات الشخصية. يسعدنا ترتيب عرض تجريبي لمدة 30 دقيقة.\n\n{name}'],
  ]),
};
