import { describe, expect, it } from 'vitest';
import { englishName } from '../../server/names/index.ts';

const person = (name: string) => englishName({ type: 'PERSON', name });

describe('person names', () => {
  it('write the family name first and the given name as one word', () => {
    expect(person('李文博')).toBe('Li Wenbo');
  });

  it('read polyphonic family names as surnames', () => {
    expect(person('曾国强')).toBe('Zeng Guoqiang');
    expect(person('单田芳')).toBe('Shan Tianfang');
    expect(person('解小东')).toBe('Xie Xiaodong');
    expect(person('仇建平')).toBe('Qiu Jianping');
    expect(person('区文杰')).toBe('Ou Wenjie');
  });

  it('keep double surnames together as the family name', () => {
    expect(person('欧阳明')).toBe('Ouyang Ming');
    expect(person('司马文杰')).toBe('Sima Wenjie');
    expect(person('上官飞')).toBe('Shangguan Fei');
  });

  it('put an apostrophe before a given-name syllable that opens with a, o or e', () => {
    expect(person('王欣安')).toBe("Wang Xin'an");
  });

  it('read the surname rule only for persons, so 区长 in an organisation is not "Ou"', () => {
    expect(englishName({ type: 'ORG', name: '区长办公室' })).not.toMatch(/^Ou/);
  });
});
