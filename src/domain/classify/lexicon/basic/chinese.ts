/**
 * Chinese rights vocabulary, simplified and traditional: PIPL (个人信息保护法) Art. 44 restriction and refusal,
 * Art. 45 access, copy and transfer, Art. 46 correction, Art. 47 deletion, Art. 15 withdrawal of consent;
 * Taiwan's 個人資料保護法 (查詢、閱覽、更正、刪除、停止利用); and the GDPR and CCPA rights as Chinese writers
 * name them. Chinese has no spaces, so every cue is a substring; situational cues catch requests that name
 * no right ("把我的账户关掉，东西全部清掉").
 */
import { basicLexicon } from './build.js';
import { citation } from './citation.js';
import { zhEveryday } from './everyday-east-asia.js';
import { mergeExtra } from './merge-extra.js';
import { zhImplicit } from './implicit-asia.js';

const PIPL = '(?:个人信息保护法|個人信息保護法|pipl)';
const GDPR = '(?:gdpr|通用数据保护条例|通用資料保護規則|一般資料保護規則|一般数据保护条例)';
const NUMBER_END = '\\s?[条條]';
const ACCOUNT = '(?:账户|账号|帐号|帐户|帳戶|帳號)';
const DATA = '(?:个人信息|个人数据|個人資料|個人資訊|数据|數據|资料|資料|信息|資訊|记录|記錄)';
// "如果可以" / "如果方便" is politeness, not a condition: "如果可以，请删除我的账户" is a request.
const POLITE_IF = '(?!可以|可能|方便|不麻烦|不麻煩)';

export const zh = basicLexicon({
  language: 'zh',
  latin: false,
  data: `${DATA.slice(3, -1)}|${ACCOUNT.slice(3, -1)}`,
  consent: '同意|授权|授權|许可|許可|勾选|勾選',
  names: {
    access: `查阅权|查閱權|访问权|訪問權|查阅(?:和|与|、|,|並|并)?复制|查閱(?:和|與|、|,|並)?複製|${DATA}的?副本`,
    rectification: `更正权|更正權|(?:补充|補充)(?:和|或|及)?更正|更正(?:我的)?${DATA}`,
    erasure: `删除权|刪除權|被遗忘权|被遺忘權|(?:注销|註銷)(?:我的)?${ACCOUNT}|删除(?:我的)?(?:全部|所有)?${DATA}|刪除(?:我的)?(?:全部|所有)?${DATA}`,
    restriction: '限制处理|限制處理|暂停处理|暫停處理|停止处理|停止處理|停止利用',
    objection: '反对处理|反對處理|拒绝处理|拒絕處理|我反对|我反對|提出异议|提出異議',
    portability: '可携带权|可攜權|可携权|数据可携|資料可攜|(?:转移|轉移|迁移|遷移)(?:到|至|给|給)',
    withdraw_consent:
      '撤回(?:我的)?(?:之前)?(?:的)?(?:同意|授权|授權)|撤销(?:我的)?(?:同意|授权)|撤銷(?:我的)?(?:同意|授權)|取消(?:我的)?(?:同意|授权|授權)',
    opt_out_sale: `不要出售|请勿出售|請勿出售|不得出售|停止出售|退出(?:任何)?(?:出售|销售|銷售)|不要(?:把|将|將)?我的${DATA}(?:卖|賣|出售)`,
  },
  verbs: {
    access: '查阅|查閱|查询|查詢|副本|复本|複本|复制|複製|调取|調取',
    rectification: '更正|修改|纠正|糾正|改正',
    erasure: '删除|刪除|注销|註銷|清除|删掉|刪掉|清掉|销毁|銷毀',
    // Not the passive "账户被限制了" (the account was restricted): a state, not an ask.
    restriction: '(?<!被)(?:限制|暂停|暫停|冻结|凍結)',
    objection: '反对|反對|拒绝|拒絕',
    portability: '转移|轉移|导出|導出|迁移|遷移',
    withdraw_consent: '撤回|撤销|撤銷|收回',
    opt_out_sale: '出售|卖给|賣給|共享给|共享給',
  },
  extra: mergeExtra(
    {
      access: [
        // Art. 45(3) is the transfer to another handler: portability, below.
        [1.5, citation(PIPL, `第\\s?(?:四十五|45)${NUMBER_END}(?!~{0,4}第\\s?(?:三|3)\\s?款)`)],
        [1.5, citation(GDPR, `第?\\s?(?:十五|15)${NUMBER_END}`)],
        // "Send me what you keep about me", "show me everything linked to my address".
        [
          1,
          `(?:关于我|關於我|我的)~{0,12}${DATA}~{0,20}(?:发给我|發給我|给我看|給我看|提供给我|提供給我|寄给我|寄給我)`,
          'absorbable',
        ],
        [1, '(?:保存|保留|持有|存)(?:了)?(?:哪些|什么|什麼|甚麼)~{0,12}(?:关于我|關於我|我的)'],
        [1, '(?:收集|保存|保留|持有|存|掌握)(?:了)?(?:关于我的|關於我的|我的|我)(?:哪些|什么|什麼|甚麼)'],
      ],
      rectification: [
        [1.5, citation(PIPL, `第\\s?(?:四十六|46)${NUMBER_END}`)],
        [1.5, citation(GDPR, `第?\\s?(?:十六|16)${NUMBER_END}`)],
        [
          1,
          // Not a project's, a company's or a file's name ("项目的名字改为…").
          '(?<!(?:项目|項目|公司|产品|產品|文件|团队|團隊|频道|頻道|群)的?)(?:资料|資料|信息|资讯|資訊|地址|邮箱|郵箱|邮件地址|電子郵件|姓名|名字|姓氏|电话|電話)~{0,20}(?:更新|修改|改成|改为|改為|更正)',
        ],
        [0.5, '正确的是|正確的是|应该是|應該是'],
      ],
      erasure: [
        // A reminder: the deletion asked for earlier has not happened yet.
        [
          1,
          '(?:要求|申请|请求)(?:过)?删除~{0,30}(?:还没|仍未|尚未|没有)(?:有)?删除|(?:还没|仍未|尚未)(?:有)?(?:被)?删除',
        ],
        [1.5, citation(PIPL, `第\\s?(?:四十七|47)${NUMBER_END}`)],
        [1.5, citation(GDPR, `第?\\s?(?:十七|17)${NUMBER_END}`)],
        [1, '(?:全部|所有|统统|通通|统统|一切)~{0,8}(?:删除|刪除|删掉|刪掉|清掉|清除|抹掉|抹去)'],
        [1, `(?:把|将|將)?(?:我的)?${ACCOUNT}(?:关掉|關掉|关闭|關閉|注销|註銷|删掉|刪掉|删除|刪除)`],
        [1, '什么都不要留|什麼都不要留|不要留下任何'],
      ],
      restriction: [
        // Art. 44 is the right to restrict or refuse processing: a hint for either, the words decide.
        [0.5, citation(PIPL, `第\\s?(?:四十四|44)${NUMBER_END}`)],
        [1.5, citation(GDPR, `第?\\s?(?:十八|18)${NUMBER_END}`)],
        // Keep it but do not use it: restriction in the writer's words.
        [
          2,
          '(?:不要|别|別|先不要|请勿|請勿)(?:删除|刪除|删|刪)~{0,60}(?:不要|别|別|停止|请勿|請勿|暂停|暫停)(?:再)?(?:使用|用|处理|處理)',
        ],
        [
          1.5,
          '(?:解决|解決|核实|核實|核查|结束|結束|判决|判決|查清)(?:之前|以前|前)~{0,30}(?:不要|别|別|停止|暂停|暫停|请勿|請勿)(?:再)?(?:使用|用|处理|處理)',
        ],
        [1, '只(?:保存|保留|储存|儲存)'],
      ],
      objection: [
        // Art. 21: my data not to be used to train AI models (a legitimate interest the writer objects to).
        [1, '(?:不同意|不要|别再?|请勿|禁止|拒绝)~{0,30}(?:训练|訓練)'],
        [0.5, citation(PIPL, `第\\s?(?:四十四|44)${NUMBER_END}`)],
        [1.5, citation(GDPR, `第?\\s?(?:二十一|21)${NUMBER_END}`)],
        [
          1,
          `(?:不希望|不想|不愿意|不願意)~{0,30}(?:用在|用于|用於|被用|拿去)~{0,20}(?:研究|统计|統計|分析|营销|行銷|广告|廣告|画像|畫像)`,
        ],
        [
          1,
          '(?:不要|别|別)再(?:给我|給我)?(?:发|發|寄|推送)~{0,10}(?:营销|行銷|推广|推廣|广告|廣告|促销|促銷|优惠|優惠|活动|活動)',
          'absorbable',
        ],
        [1, '退订|退訂|取消订阅|取消訂閱', 'absorbable'],
        [
          1,
          '(?:个性化推荐|個性化推薦|用户画像|用戶畫像|分析|推荐|推薦)~{0,20}(?:请停止|請停止|别再|不要再)|不同意~{0,30}(?:推荐|推薦|分析|画像|畫像|营销|行銷|广告|廣告)',
        ],
        [
          1,
          '(?:不想|不愿|不願|不希望)再(?:收到|接收|接到)~{0,10}(?:营销|行銷|推广|推廣|广告|廣告|促销|促銷)',
          'absorbable',
        ],
        [
          1,
          '(?:营销|行銷|推广|推廣|邮件|郵件)~{0,8}(?:名单|名單|列表)~{0,6}(?:移除|删除|刪除|去掉|拿掉)',
          'absorbable',
        ],
      ],
      portability: [
        [2, '机器可读|機器可讀'],
        [1.5, citation(PIPL, `第\\s?(?:四十五|45)${NUMBER_END}~{0,8}第\\s?(?:三|3)\\s?款`)],
        [1.5, citation(GDPR, `第?\\s?(?:二十|20)${NUMBER_END}`)],
        [1, '(?:换到|換到|迁移到|遷移到|转到|轉到|改用)~{0,40}(?:导入|導入|文件|檔案)'],
        [1, '(?:能|可以)~{0,8}(?:导入|導入)的(?:文件|檔案|格式)'],
        [1, '直接(?:转移|轉移|传给|傳給|发送给|發送給|转给|轉給)'],
      ],
      withdraw_consent: [
        [1.5, citation(PIPL, `第\\s?(?:十五|15)${NUMBER_END}`)],
        [1, '(?:同意|授权|授權|许可|許可|勾选|勾選)~{0,40}(?:收回|取消|撤回|撤销|撤銷)'],
        [1, '取消~{0,30}(?:同意|授权|授權)'],
      ],
      opt_out_sale: [
        // "Do you sell my data? If so, stop": the question is set aside, the ask after it counts.
        [
          1.5,
          '(?<=(?:出售|卖|賣|共享|分享)~{0,20}(?:吗|嗎)[.?]\\s?)(?:如果是|如果有|若是|要是)(?:的话|的話)?~{0,30}(?:停止|别再|不要再)',
        ],
        [1.5, '退出~{0,20}(?:出售|销售|銷售)'],
        [
          1,
          '(?:定向广告|定向廣告|个性化广告|個性化廣告|精准广告|精準廣告|广告画像|廣告畫像)~{0,20}(?:退出|排除|关闭|關閉|停止|移除)',
        ],
        [
          1.5,
          '(?:不要|别|別|不希望|不想)~{0,12}(?:卖给|賣給|提供给|提供給|交给|交給|分享给|分享給)(?:广告商|廣告商|数据经纪|資料仲介|第三方|其他公司)',
        ],
      ],
    },
    zhEveryday,
    zhImplicit,
  ),
  keepAccount: `(?:不要|别|別|先不要|请勿|請勿|不用|不想)(?:删除|刪除|注销|註銷|删|刪)|(?:不要|别|別|请勿|請勿|不用)(?:关闭|關閉)(?:我的)?${ACCOUNT}|保留(?:我的)?${ACCOUNT}`,
  // A question about the future ("如果我注销账户，数据会被删除吗") or about the company's practice
  // ("你们会把数据卖给广告商吗"): a question, not a request.
  hypothetical: `(?:如果|假如|要是|万一|萬一)${POLITE_IF}~{0,40}(?:会不会|會不會|怎么办|怎麼辦|吗|嗎)|(?:会|會|是否|有没有|有沒有)~{0,30}(?:吗|嗎)|是否(?:会|會)|有~{0,12}(?:功能|按钮|按鈕|选项|選項)(?:吗|嗎)`,
  conditional: `(?:如果|假如|要是|万一|萬一)${POLITE_IF}~{0,40}$`,
});
