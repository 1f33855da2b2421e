import { describe, expect, it } from 'vitest';
import { byScript } from './script-language.js';

describe('byScript', () => {
  it('names Greek, Hebrew, Korean and Thai mail from its script alone', () => {
    expect(byScript('παρακαλώ σβήστε τον λογαριασμό μου')).toBe('el');
    expect(byScript('אבקש לקבל עותק של המידע שלי')).toBe('he');
    expect(byScript('제 계정을 삭제해 주시기 바랍니다.')).toBe('ko');
    expect(byScript('ขอสำเนาข้อมูลของฉันด้วยครับ')).toBe('th');
  });

  it('reads kana with Han characters as Japanese', () => {
    expect(byScript('私のアカウントを削除してください。')).toBe('ja');
  });

  it('leaves Han characters without kana to eld: they may be Chinese or Japanese', () => {
    expect(byScript('请删除我的账户和个人数据。')).toBeNull();
  });

  it('leaves Latin, Cyrillic and mixed-script mail to eld', () => {
    expect(byScript('please delete my account and all my data')).toBeNull();
    expect(byScript('прошу удалить мой аккаунт и все мои данные')).toBeNull();
    expect(byScript('σύμφωνα με το GDPR ζητώ διαγραφή των δεδομένων μου')).toBeNull();
  });

  it('does not decide on a few letters', () => {
    expect(byScript('γεια σας')).toBeNull();
    expect(byScript('12345 !!! ...')).toBeNull();
  });
});
