import { describe, expect, it } from 'vitest';
import { assertNoIdentityIn, identityCluesIn } from './complaint-secrecy.js';

const identity = {
  name: '王小明',
  phone: '138-0013-8000',
  email: 'Wang@Example.cn',
  address: '湖州市吴兴区某路 8 号',
};

describe('identityCluesIn', () => {
  it.each([
    ['经核实，某处室未按期更新目录', []],
    ['举报人王小明反映', ['name']],
    ['请回电 13800138000', ['phone']],
    ['联系 wang@example.CN', ['email']],
    ['住 湖州市吴兴区某路8号', ['address']],
    ['王 小 明，电话１３８００１３８０００', ['name', 'phone']],
    ['王某', []],
  ] as const)('%s → %j', (text, expected) => {
    expect(identityCluesIn(text, identity)).toEqual(expected);
  });

  it('ignores details too short to tell apart from ordinary words, and empty texts', () => {
    expect(identityCluesIn('王', { name: '王' })).toEqual([]);
    expect(identityCluesIn('分机 8000', { phone: '8000' })).toEqual([]);
    expect(identityCluesIn(null, identity)).toEqual([]);
    expect(identityCluesIn('王小明', {})).toEqual([]);
  });
});

describe('assertNoIdentityIn', () => {
  it('passes texts without the identity', () => {
    expect(() =>
      assertNoIdentityIn({ summary: '反映目录更新不及时', replyText: null }, identity),
    ).not.toThrow();
  });

  it('refuses each offending field, naming the kind of detail but never the detail', () => {
    try {
      assertNoIdentityIn({ summary: '王小明反映目录问题', replyText: '已电话 13800138000 告知' }, identity);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'COMPLAINT.IDENTITY_IN_TEXT',
        fields: { summary: ['不得写入投诉举报人的姓名'], replyText: ['不得写入投诉举报人的联系电话'] },
      });
      expect(JSON.stringify(error)).not.toContain('王小明');
      expect((error as Error).message).not.toContain('王小明');
      expect((error as Error).message).not.toContain('13800138000');
    }
  });
});
