import { describe, expect, it } from 'vitest';
import { classifyAlone, expectFound } from './lexicon-alone.test-support.js';
import { bySpelling } from './spelling-language.js';

// Vietnamese typed without its marks ("không dấu"), as phones and foreign keyboards send it.
const ACCESS =
  'kinh gui quy cong ty, toi la khach hang lau nam. toi de nghi quy cong ty cho biet dang luu giu nhung du lieu ca nhan nao cua toi va gui cho toi mot ban sao. tran trong, minh';
const CONSENT =
  'kinh gui quy cong ty, toi da dang ky nhan ban tin tu lau. nay toi rut lai su dong y cho viec su dung du lieu ca nhan cua toi cho muc dich quang cao. cam on, thu ha';

describe('a language whose lists are not folded, typed without any mark', () => {
  it('is named Vietnamese by its unaccented words', () => {
    expect(bySpelling(ACCESS)?.language).toBe('vi');
    expect(bySpelling('kinh gui quy cong ty, yeu cau xoa tai khoan')?.language).toBe('vi');
  });

  it('reads the Vietnamese lists folded: the copy and the consent withdrawn', () => {
    expectFound('access', ACCESS);
    expectFound('withdraw_consent', CONSENT);
  });

  it('does not read "ban" (you, a copy) as selling where nothing is sold', () => {
    expect(classifyAlone(ACCESS).types).not.toContain('opt_out_sale');
    expect(
      classifyAlone(
        'chao ban, cho minh hoi cong ty dang luu nhung thong tin ca nhan nao cua minh va dung vao viec gi? ban co the gui giup minh mot ban sao duoc khong? cam on ban nhieu.',
      ).types,
    ).not.toContain('opt_out_sale');
  });

  it('still reads a refusal of selling typed without marks', () => {
    expectFound(
      'opt_out_sale',
      'kinh gui quy cong ty, toi song o california va toi yeu cau quy cong ty khong ban du lieu ca nhan cua toi cho ben thu ba, ke ca cac doi tac quang cao. tran trong, bao',
    );
  });

  it('keeps the unfolded list where the mail has its marks ("bạn" is not "bán")', () => {
    expect(
      classifyAlone(
        'chào bạn, cho mình hỏi công ty đang lưu những thông tin cá nhân nào của mình và dùng vào việc gì? bạn có thể gửi giúp mình một bản sao được không? cảm ơn bạn nhiều.',
      ).types,
    ).toEqual(['access']);
  });
});
