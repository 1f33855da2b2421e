import { describe, expect, it } from 'vitest';
import { matchableText } from './matchable-text.js';

describe('matchableText', () => {
  it('reads the clause marks of Chinese, Japanese, Arabic and Hindi as their ASCII counterparts', () => {
    expect(matchableText('', '请删除我的账户，谢谢。不要保留！')).toBe('请删除我的账户,谢谢.不要保留!');
    expect(matchableText('', 'هل تبيعون بياناتي؟ أرجو الرد، شكرًا')).toBe(
      'هل تبيعون بياناتي? أرجو الرد, شكرًا',
    );
    expect(matchableText('', 'मेरा डेटा हटा दें। धन्यवाद')).toBe('मेरा डेटा हटा दें. धन्यवाद');
  });

  it('reads the Amharic and Armenian sentence marks as their ASCII counterparts', () => {
    expect(matchableText('', 'መረጃ ትሸጣላችሁ፧ መለያዬን ሰርዙ፣ አመሰግናለሁ።')).toBe('መረጃ ትሸጣላችሁ? መለያዬን ሰርዙ, አመሰግናለሁ.');
    expect(matchableText('', 'Ջնջեք իմ հաշիվը։ Շնորհակալություն')).toBe('ջնջեք իմ հաշիվը. շնորհակալություն');
  });

  it('replaces an address glued to Japanese text without swallowing the words around it', () => {
    expect(matchableText('', '今後はnew.mail@example.comに届くよう更新してください')).toBe(
      '今後は[address]に届くよう更新してください',
    );
  });

  it('replaces a link followed by Korean text without swallowing the text', () => {
    expect(matchableText('', 'https://example.com/account에서 삭제가 안 됩니다')).toBe(
      '[link]에서 삭제가 안 됩니다',
    );
  });
});
