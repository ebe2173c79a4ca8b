import { describe, expect, it } from 'vitest';
import { displayName, englishName, renderName, searchKeys } from '../../server/names/index.ts';

describe('display names', () => {
  it('use the shortest alias that still identifies the entity', () => {
    const company = { type: 'ORG' as const, name: '远景科技集团股份有限公司', aliases: ['远景科技'] };
    expect(displayName(company)).toBe('Yuanjing Technology');
    expect(englishName(company)).toBe('Yuanjing Technology Group Co., Ltd.');
  });

  it('skip aliases that only make sense inside the article', () => {
    expect(displayName({ type: 'PLACE', name: '海淀区', aliases: ['我区', '海淀'] })).toBe('Haidian');
    expect(displayName({ type: 'ORG', name: '海淀区人民检察院', aliases: ['区检察院'] })).toBe("Haidian District People's Procuratorate");
  });
});

describe('fallback', () => {
  it('is not marked for names the rules can write', () => {
    expect(renderName({ type: 'PLACE', name: '望京街道' })).toEqual({ en: 'Wangjing Street', fallback: false });
  });

  it('marks a name in another script and still gives plain pinyin', () => {
    const result = renderName({ type: 'ORG', name: 'さくら中心' });
    expect(result.fallback).toBe(true);
    expect(result.en).toBe('Zhong Xin');
  });

  it('never returns an empty string, even with nothing to romanise', () => {
    const result = renderName({ type: 'ORG', name: 'ア' });
    expect(result.fallback).toBe(true);
    expect(result.en).not.toBe('');
  });
});

describe('search keys', () => {
  it('let a person be found by English, lower case, joined pinyin or Chinese', () => {
    const keys = searchKeys({ type: 'PERSON', name: '李文博', aliases: [] });
    expect(keys).toEqual(expect.arrayContaining(['li wenbo', 'liwenbo', '李文博']));
  });

  it('cover every alias, in English and toneless pinyin', () => {
    const keys = searchKeys({ type: 'ORG', name: '远景科技集团股份有限公司', aliases: ['远景科技'] });
    expect(keys).toEqual(expect.arrayContaining(['yuanjing technology', 'yuan jing ke ji', 'yuanjingkeji']));
  });

  it('are all lower-cased', () => {
    const keys = searchKeys({ type: 'PLACE', name: '海淀区', aliases: ['海淀'] });
    expect(keys.every((k) => k === k.toLowerCase())).toBe(true);
  });
});
