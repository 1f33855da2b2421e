import { describe, expect, it } from 'vitest';
import { requestFlagsOf } from './request-flags.js';

const flagsOf = (text: string, subject = 'Request') =>
  requestFlagsOf({ subject, text }).filter((flag) => flag === 'agent' || flag === 'child');

describe('agents, in many languages', () => {
  it.each([
    ['en', 'Our firm represents Ms Okafor; please erase her records.'],
    ['en', 'I hold a power of attorney for my uncle and ask for a copy of his data.'],
    ['fr', 'Agissant pour le compte de Mme Lenoir, je sollicite l’effacement de ses données.'],
    ['de', 'Als gesetzlicher Vertreter von Herrn Brandt beantrage ich Auskunft.'],
    ['es', 'En representación de mi cliente, el Sr. Vidal, solicito la supresión.'],
    ['it', 'Scrivo per conto della signora Neri, come da delega firmata.'],
    ['nl', 'Namens mevrouw Smit vraag ik om inzage; de volmacht is bijgevoegd.'],
    ['pt', 'Na qualidade de advogado do Sr. Lopes, requeiro o acesso aos dados.'],
    ['pl', 'Działając jako pełnomocnik pana Nowaka, żądam usunięcia danych.'],
    ['ru', 'Действуя от имени моего доверителя, прошу удалить его данные.'],
    ['tr', 'Müvekkilimiz adına verilerin silinmesini talep ederiz.'],
    ['ja', '依頼人に代わって、個人情報の開示を請求します。'],
    ['el', 'Γράφω εκ μέρους του πατέρα μου και ζητώ τη διαγραφή.'],
  ])('%s: %s', (_language, text) => {
    expect(flagsOf(text)).toContain('agent');
  });

  it('reads an heir or executor writing after a death as an agent', () => {
    expect(flagsOf('My grandmother died in May. I am her executor; please close her account.')).toEqual([
      'agent',
    ]);
    expect(flagsOf('Mein Vater ist verstorben. Bitte löschen Sie sein Konto.')).toEqual(['agent']);
    expect(flagsOf('Minha avó faleceu; envio a certidão de óbito e peço o encerramento.')).toEqual(['agent']);
  });

  it('does not read a vendor, a general question or a denial as an agent', () => {
    expect(flagsOf('I am writing on behalf of the company to offer our SEO services.')).toEqual([]);
    expect(flagsOf('We advise several clients; no specific request is made at this stage.')).toEqual([]);
    expect(flagsOf('This is my own request, not made on behalf of anyone.')).toEqual([]);
    expect(flagsOf('My manager has asked me to reach out about a partnership.')).toEqual([]);
    expect(flagsOf('Join our webinar on how to handle authorized agents under the CPRA.')).toEqual([]);
    expect(
      flagsOf('In Ihrem System steht mein Name falsch; bitte berichtigen Sie ihn namens Jäger.'),
    ).toEqual([]);
    expect(flagsOf('Ich studiere im 5. Semester und bewerbe mich bei Ihnen.')).toEqual([]);
  });
});

describe('a parent for a minor, and a minor', () => {
  it.each([
    ['en', 'My daughter is 13 and opened an account. Please delete it.'],
    ['de', 'Mein Sohn ist 12, bitte löschen Sie sein Konto.'],
    ['fr', 'Mon fils, âgé de 11 ans, s’est inscrit ; supprimez son compte.'],
    ['es', 'Mi hijo de 14 años abrió una cuenta; borren sus datos.'],
    ['it', 'Mia figlia, di 13 anni, si è registrata senza permesso.'],
    ['pt', 'Minha filha tem 15 anos e criou uma conta.'],
    ['pl', 'Moja córka (12 lat) założyła konto; proszę je usunąć.'],
    ['sv', 'Min son är 13 år och har skapat ett konto.'],
    ['ru', 'Моему сыну 14 лет, удалите его аккаунт.'],
    ['tr', '13 yaşındaki kızım hesap açmış, silin lütfen.'],
    ['ja', '12歳の息子が登録しました。削除してください。'],
    ['ko', '14세 아들이 가입했습니다. 삭제해 주세요.'],
    ['zh', '我女儿13岁，请删除她的账户。'],
  ])('%s: %s', (_language, text) => {
    expect(flagsOf(text)).toEqual(['agent', 'child']);
  });

  it('reads the writer naming themselves the parent without an age as an agent only', () => {
    expect(flagsOf("My son's account should go. I'm his father and can prove it.")).toEqual(['agent']);
  });

  it('does not read durations, adult children or a passing mention as a minor', () => {
    expect(flagsOf('I have been a customer for 5 years. Delete my account.')).toEqual([]);
    expect(flagsOf('Sou cliente há 5 anos e peço a exclusão dos meus dados.')).toEqual([]);
    expect(flagsOf('Ich bin seit 3 Jahren Kunde; löschen Sie mein Konto.')).toEqual([]);
    expect(flagsOf('My son bought 3 licences for me last year. Delete my data.')).toEqual([]);
    expect(flagsOf('Pursuant to Va. Code § 59.1-577(A)(5), I opt out of targeted advertising.')).toEqual([]);
    expect(flagsOf('My daughter is 34 and helped me write this: please erase my data.')).toEqual([]);
  });

  it('reads a child writing alone, typed without an apostrophe', () => {
    expect(flagsOf('hi im 14 and i want my account gone')).toEqual(['child']);
  });
});
