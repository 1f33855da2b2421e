import { describe, expect, it } from 'vitest';
import { classifyAlone } from './lexicon-alone.test-support.js';

// The lexicon alone, on sentences of our own: "what do you have on me?", "get rid of my account", "you have my
// name wrong", "keep it but don't use it until…", "stop using my data for that", "I take back my yes", "send my
// data, I'm moving", "don't sell my info", in kana and kanji, simplified and traditional, and beside them the
// near misses that must stay no request.
const types = (body: string) => [...classifyAlone(body).types].sort();

describe('Japanese, Chinese and Korean: everyday asks that name no right', () => {
  it.each([
    ['ja', 'access', '私について何のデータを持っているのか教えてください。'],
    ['ja', 'access', 'そちらにある私の情報を全部見せてください。'],
    ['ja', 'access', '私についてどんな個人情報を持っているのか知りたいです。'],
    ['ja', 'access', '私の情報、何を持ってるのか全部教えて。'],
    ['ja', 'erasure', 'アカウントを消してください。もう使っていません。'],
    ['ja', 'erasure', 'もう使わないので、アカウントごとなくしてください。'],
    ['ja', 'erasure', '私のアカウントを削除してほしいです。'],
    ['ja', 'erasure', '登録を抹消して、私の情報も消してください。'],
    ['ja', 'rectification', '名前が間違っています。正しくは佐藤です。'],
    ['ja', 'rectification', '私の名前の漢字が違っています。直してください。'],
    ['ja', 'rectification', '住所が古いままなので、新しい住所に変えてください。'],
    ['ja', 'restriction', 'データは消さなくていいので、問題が解決するまで使わないでください。'],
    ['ja', 'restriction', 'データはそのまま保管して、確認が終わるまで使用しないでください。'],
    ['ja', 'objection', '私のデータをそういう目的で使うのはやめてください。'],
    ['ja', 'objection', '私の情報をマーケティングに使わないでください。'],
    ['ja', 'objection', '私のデータを分析に使うのをやめてほしいです。'],
    ['ja', 'withdraw_consent', '以前に出した同意を取り消します。'],
    ['ja', 'withdraw_consent', '最初に「はい」と答えましたが、やっぱり撤回します。'],
    ['ja', 'withdraw_consent', '同意はなかったことにしてください。'],
    ['ja', 'portability', '別のサービスに引っ越すので、私のデータをまとめて送ってください。'],
    ['ja', 'portability', '他社に乗り換えるので、データを書き出してもらえますか。'],
    ['ja', 'opt_out_sale', '私の情報を売らないでください。'],
    ['ja', 'opt_out_sale', '私の個人情報を他の会社に売るのはやめてください。'],
    ['ja', 'opt_out_sale', '私のデータを第三者に売らないで。'],
    ['zh', 'access', '你们手上有我哪些资料？请告诉我。'],
    ['zh', 'access', '我想知道你们存了我什么信息。'],
    ['zh', 'access', '你們到底有我哪些個人資料？請列出來。'],
    ['zh', 'access', '请把你们掌握的关于我的所有信息给我一份。'],
    ['zh', 'erasure', '帮我把账号弄掉吧，以后不用了。'],
    ['zh', 'erasure', '请把我的账户删了，数据也一起清掉。'],
    ['zh', 'erasure', '請幫我把帳號刪掉，我不再使用了。'],
    ['zh', 'erasure', '我不想再用了，把我的信息都去掉。'],
    ['zh', 'rectification', '你们把我的名字写错了，应该是王芳。'],
    ['zh', 'rectification', '我的名字寫錯了，請幫我改一下。'],
    ['zh', 'rectification', '我的地址是旧的，请改成新的地址。'],
    ['zh', 'restriction', '先别删，但在问题解决前不要再用我的数据。'],
    ['zh', 'restriction', '資料先保留，但在核實之前請不要使用。'],
    ['zh', 'objection', '别再把我的数据用在这个上面了。'],
    ['zh', 'objection', '请不要再拿我的信息做营销。'],
    ['zh', 'objection', '請停止把我的個人資料用於分析。'],
    ['zh', 'withdraw_consent', '我之前点了同意，现在我收回。'],
    ['zh', 'withdraw_consent', '我要撤回之前的同意。'],
    ['zh', 'withdraw_consent', '我當初同意了，現在反悔了，不同意了。'],
    ['zh', 'portability', '我要搬到别的平台，请把我的数据都打包发给我。'],
    ['zh', 'portability', '我要換到別家服務，請把我的資料匯出給我。'],
    ['zh', 'opt_out_sale', '不要卖我的信息。'],
    ['zh', 'opt_out_sale', '請不要把我的個資賣給別人。'],
    ['zh', 'opt_out_sale', '别把我的数据卖给第三方。'],
    ['zh', 'erasure', '不知道怎么删除账户，请帮我删除我的账户和数据。'],
    ['zh', 'erasure', '请问，怎么删除账户？我不用了，请直接帮我删除我的账户。'],
    ['ko', 'access', '저에 대해 어떤 정보를 가지고 있는지 알려주세요.'],
    ['ko', 'access', '제 정보 뭐 가지고 계신지 알려 주세요.'],
    ['ko', 'access', '저에 관해 보관 중인 데이터를 모두 보여주세요.'],
    ['ko', 'access', '제 개인정보 뭐뭐 갖고 있어요? 다 알려줘요.'],
    ['ko', 'erasure', '제 계정 없애 주세요. 더 이상 안 써요.'],
    ['ko', 'erasure', '계정 지워 주세요. 제 정보도 전부요.'],
    ['ko', 'erasure', '제 계정이랑 정보 다 없애주세요.'],
    ['ko', 'erasure', '계정 삭제 부탁드립니다.'],
    ['ko', 'rectification', '제 이름이 잘못 되어 있어요. 김민지가 맞습니다.'],
    ['ko', 'rectification', '이름이 틀리게 적혀 있네요. 고쳐 주세요.'],
    ['ko', 'rectification', '주소가 예전 주소로 되어 있어요. 새 주소로 바꿔 주세요.'],
    ['ko', 'restriction', '지우지는 말고, 문제가 해결될 때까지 제 정보를 사용하지 마세요.'],
    ['ko', 'restriction', '데이터는 보관만 하고 확인이 끝날 때까지 쓰지 마세요.'],
    ['ko', 'objection', '제 정보를 그런 용도로 쓰지 마세요.'],
    ['ko', 'objection', '제 데이터를 마케팅에 사용하지 말아 주세요.'],
    ['ko', 'objection', '제 개인정보를 분석에 쓰는 걸 멈춰 주세요.'],
    ['ko', 'withdraw_consent', '예전에 한 동의를 취소할게요.'],
    ['ko', 'withdraw_consent', '동의했던 거 철회합니다.'],
    ['ko', 'withdraw_consent', '처음에 동의했는데 이제 동의 안 합니다. 취소해 주세요.'],
    ['ko', 'portability', '다른 서비스로 옮기려고 하니 제 데이터를 보내 주세요.'],
    ['ko', 'portability', '이사 가는 서비스로 가져갈 수 있게 제 데이터를 내보내 주세요.'],
    ['ko', 'opt_out_sale', '제 정보 팔지 마세요.'],
    ['ko', 'opt_out_sale', '제 개인정보를 다른 회사에 팔지 말아 주세요.'],
    ['ko', 'opt_out_sale', '제 데이터를 제3자에게 판매하지 마세요.'],
  ])('%s: reads %s in "%s"', (_, right, body) => {
    expect(types(body)).toEqual([right]);
  });
});

describe('Japanese, Chinese and Korean: near misses (a project, an invoice, a question about practice, a kept account)', () => {
  it.each([
    ['ja', 'アカウントの名前を変更する方法を教えてください。'],
    ['ja', 'ファイルを削除したいのですが、ボタンが見つかりません。'],
    ['ja', '個人情報を販売していますか？'],
    ['ja', 'データの書き出し機能はありますか？'],
    ['ja', '請求書の宛名が間違っていたので、再発行してください。'],
    ['ja', 'プロジェクトを削除してください。'],
    ['zh', '请删除这个项目。'],
    ['zh', '你们会出售用户数据吗？'],
    ['zh', '有导出数据的功能吗？'],
    ['zh', '发票上的名字写错了，请重新开一张。'],
    ['zh', '我不想删除账户，只是想改密码。'],
    ['ko', '계정 이름은 어떻게 바꾸나요?'],
    ['ko', '프로젝트를 삭제해 주세요.'],
    ['ko', '개인정보를 판매하시나요?'],
    ['ko', '데이터 내보내기 기능이 있나요?'],
    ['ko', '영수증에 이름이 잘못 나왔어요. 다시 발급해 주세요.'],
    ['ko', '파일을 지우고 싶은데 버튼이 안 보여요.'],
  ])('%s: no request in "%s"', (_, body) => {
    expect(types(body)).toEqual(['not_a_request']);
  });
});
