import { describe, expect, it } from 'vitest';
import { extractPage } from '../../server/extract/index.ts';
import { EXPECTED } from './fixtures/expected.ts';
import { fixture, relation, relationsOf } from './helpers.ts';

describe('relations', () => {
  it('seats a district Party secretary on the CPC district committee', () => {
    const { page } = fixture('wire-tongzhou-projects.txt');
    expect(relation(page, 'HOLDS_POSITION', 'Meng Jingwei', 'CPC Tongzhou District Committee')?.attrs.title).toBe('Party secretary');
  });

  it('gives a deputy Party secretary and district head a post in each body', () => {
    const { page } = fixture('wire-tongzhou-projects.txt');
    expect(relation(page, 'HOLDS_POSITION', 'Zheng Hao', 'CPC Tongzhou District Committee')?.attrs.title).toBe('deputy Party secretary');
    expect(relation(page, 'HOLDS_POSITION', 'Zheng Hao', "Tongzhou District People's Government")?.attrs.title).toBe('district head');
  });

  it('reads "the county Party committee" and "county magistrate" as the county\'s bodies', () => {
    const { page } = fixture('release-jinyun-conference.txt');
    expect(relation(page, 'HOLDS_POSITION', 'Ye Xiaofeng', 'CPC Jinyun County Committee')?.attrs.title).toBe('deputy secretary');
    expect(relation(page, 'HOLDS_POSITION', 'Ye Xiaofeng', "Jinyun County People's Government")?.attrs.title).toBe('county magistrate');
  });

  it('reads a post at a company through "the company" and its possessive', () => {
    expect(
      relation(fixture('wire-jinyun-station.txt').page, 'HOLDS_POSITION', 'Li Ming', 'State Grid Xinyuan Zhejiang Jinyun Pumped Storage Co., Ltd.')?.attrs
        .title,
    ).toBe('general manager');
    expect(
      relation(fixture('release-xingren-projects.txt').page, 'HOLDS_POSITION', 'Huang Liang', 'Zhongjian Precision Machinery Co., Ltd.')?.attrs.title,
    ).toBe('workshop director');
  });

  it('reads a title written before the name, and a mayor into the government', () => {
    const page = extractPage('Tongzhou District Party Secretary Meng Jingwei met Lishui Mayor Wang Lin on Monday.');
    expect(relation(page, 'HOLDS_POSITION', 'Meng Jingwei', 'CPC Tongzhou District Committee')?.attrs.title).toBe('Party Secretary');
    expect(relation(page, 'HOLDS_POSITION', 'Wang Lin', "Lishui Municipal People's Government")?.attrs.title).toBe('Mayor');
  });

  it('puts a place written with its parent in it, through "east China\'s"', () => {
    const { page } = fixture('wire-jinyun-station.txt');
    expect(relation(page, 'LOCATED_IN', 'Jinyun County', 'Lishui City')).toBeDefined();
    expect(relation(page, 'LOCATED_IN', 'Lishui City', 'Zhejiang Province')).toBeDefined();
  });

  it('puts a town in the district the gazetteer puts it in, when the article names both', () => {
    const { page } = fixture('wire-tongzhou-projects.txt');
    expect(relation(page, 'LOCATED_IN', 'Lucheng Town', 'Tongzhou District')).toBeDefined();
  });

  it('puts a Hamburg-based company in Hamburg and a company based in the town in the town', () => {
    expect(relation(fixture('feature-canal-logistics.txt').page, 'LOCATED_IN', 'Becker Logistics GmbH', 'Hamburg')).toBeDefined();
    expect(relation(fixture('release-xingren-projects.txt').page, 'LOCATED_IN', 'Sifang Technology Group Co., Ltd.', 'Xingren Town')).toBeDefined();
  });

  it('involves who builds a project, and the partner it signs with', () => {
    const { page } = fixture('wire-jiangsu-two-stories.txt');
    expect(relation(page, 'INVOLVED_IN', 'Nordwind Energy A/S', 'blade factory')).toBeDefined();
    expect(relation(page, 'INVOLVED_IN', "Hai'an municipal government", 'blade factory')).toBeDefined();
  });

  it('involves "the company that built and runs the station"', () => {
    const { page } = fixture('wire-jinyun-station.txt');
    expect(relation(page, 'INVOLVED_IN', 'State Grid Xinyuan Zhejiang Jinyun Pumped Storage Co., Ltd.', 'Jinyun pumped-storage power station')).toBeDefined();
  });

  it('involves each body a programme is launched by', () => {
    const { page } = fixture('feature-lucheng-courtyards.txt');
    for (const body of ['Ministry of Education', 'Ministry of Agriculture and Rural Affairs', 'China Association for Science and Technology']) {
      expect(relation(page, 'INVOLVED_IN', body, 'zero-carbon micro-unit science and technology courtyard'), body).toBeDefined();
    }
  });

  it('makes a body named inside another part of it, and a subsidiary part of its parent', () => {
    const page = extractPage(
      'The Organization Department of the CPC Tongzhou District Committee met. Sifang Technology Co., Ltd., a subsidiary of Sifang Holdings Group, attended.',
    );
    expect(relation(page, 'PART_OF', 'Organization Department of the CPC Tongzhou District Committee', 'CPC Tongzhou District Committee')).toBeDefined();
    expect(relation(page, 'PART_OF', 'Sifang Technology Co., Ltd.', 'Sifang Holdings Group')).toBeDefined();
  });

  it('does not involve an official who only speaks about a project', () => {
    const { page } = fixture('release-jinyun-conference.txt');
    expect(relation(page, 'INVOLVED_IN', 'Zhou Jianhua', 'Jinyun pumped-storage power station')).toBeUndefined();
  });

  it('carries evidence inside its sentence for every relation', () => {
    for (const file of Object.keys(EXPECTED)) {
      const { text, page } = fixture(file);
      for (const r of relationsOf(page)) {
        expect(r.evidence.length, `${file}: ${r.from} → ${r.to}`).toBeGreaterThan(0);
        for (const e of r.evidence) {
          expect(text.slice(e.sentence.start, e.sentence.end)).toBe(e.sentence.text);
          expect(e.start >= e.sentence.start && e.end <= e.sentence.end && e.start < e.end).toBe(true);
        }
      }
    }
  });

  it('relates only entities of its own article', () => {
    for (const file of Object.keys(EXPECTED)) {
      for (const article of fixture(file).page.articles) {
        const names = new Set(article.entities.map((e) => e.name));
        for (const r of article.relations) expect(names.has(r.from) && names.has(r.to), `${r.from} → ${r.to}`).toBe(true);
      }
    }
  });
});
