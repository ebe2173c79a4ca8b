import { describe, expect, it } from 'vitest';
import { extractPage } from '../../server/extract/index.ts';
import { personKey } from '../../server/extract/en/index.ts';
import { EXPECTED } from './fixtures/expected.ts';
import { entitiesOf, entity, fixture } from './helpers.ts';

describe('offsets', () => {
  it('point every mention and its sentence at the input text', () => {
    for (const file of Object.keys(EXPECTED)) {
      const { text, page } = fixture(file);
      for (const e of entitiesOf(page)) {
        for (const m of e.mentions) {
          expect(text.slice(m.start, m.end), `${file}: ${e.name}`).toBe(m.text);
          expect(text.slice(m.sentence.start, m.sentence.end)).toBe(m.sentence.text);
          expect(m.start >= m.sentence.start && m.end <= m.sentence.end).toBe(true);
        }
      }
    }
  });

  it('give every written entity at least one mention', () => {
    const { page } = fixture('feature-canal-logistics.txt');
    for (const e of entitiesOf(page).filter((e) => e.name !== 'CPC Tongzhou District Committee')) expect(e.mentions.length, e.name).toBeGreaterThan(0);
  });
});

describe('places', () => {
  it("reads Beijing's Tongzhou District as Beijing's, with its code and parent", () => {
    const { page } = fixture('wire-tongzhou-projects.txt');
    expect(entity(page, 'PLACE', 'Tongzhou District')?.attrs).toMatchObject({ level: 'district', code: '110112', parent: 'Beijing' });
    expect(entity(page, 'PLACE', 'Beijing')?.attrs).toMatchObject({ level: 'province', code: '11' });
  });

  it("reads Nantong's Tongzhou District as Nantong's, and settles a town with five namesakes by it", () => {
    const { page } = fixture('release-xingren-projects.txt');
    expect(entity(page, 'PLACE', 'Tongzhou District')?.attrs.code).toBe('320612');
    expect(entity(page, 'PLACE', 'Xingren Town')?.attrs).toMatchObject({ level: 'town', code: '320612117', parent: 'Tongzhou District' });
  });

  it('settles Tongzhou District by a parent written after a comma', () => {
    const { page } = fixture('wire-jiangsu-two-stories.txt');
    expect(entity(page.articles[0]!, 'PLACE', 'Tongzhou District')?.attrs.code).toBe('320612');
  });

  it('leaves a place without a code when the article does not say which one it is', () => {
    const page = extractPage('Officials in Tongzhou District opened a new library on Monday.');
    expect(entity(page, 'PLACE', 'Tongzhou District')?.attrs.code).toBeUndefined();
  });

  it("settles a town by the county named in a body's name", () => {
    const { page } = fixture('release-jinyun-conference.txt');
    expect(entity(page, 'PLACE', 'Dayang Town')?.attrs.code).toBe('331122105');
  });

  it('makes a province written alone the same place as written in full', () => {
    const { page } = fixture('wire-jinyun-station.txt');
    expect(entity(page, 'PLACE', 'Zhejiang Province')?.aliases).toContain('Zhejiang');
  });

  it("reads a level word in lower case (Xinhua's style) as the same division", () => {
    const page = extractPage('Farmers in Jinyun county, Lishui City, grow tea.');
    expect(entity(page, 'PLACE', 'Jinyun county')).toMatchObject({ en: 'Jinyun County', attrs: { code: '331122', parent: 'Lishui City' } });
  });

  it('gives a city written alone its level in English and a place abroad no code', () => {
    const { page } = fixture('feature-canal-logistics.txt');
    expect(entity(page, 'PLACE', 'Hamburg')?.attrs.code).toBeUndefined();
    expect(entity(fixture('release-jinyun-conference.txt').page, 'PLACE', 'Lishui')).toMatchObject({
      en: 'Lishui City',
      attrs: { level: 'city', code: '3311' },
    });
  });

  it('keeps a place named only inside a body out of the places', () => {
    const page = extractPage('The CPC Jinyun County Committee met on Monday.');
    expect(entity(page, 'PLACE', 'Jinyun County')).toBeUndefined();
  });
});

describe('persons', () => {
  it('resolves "Meng" and "Mr. Meng" to Meng Jingwei, and "Becker" to Thomas Becker', () => {
    const { page } = fixture('feature-canal-logistics.txt');
    expect(entity(page, 'PERSON', 'Meng Jingwei')?.aliases).toEqual(expect.arrayContaining(['Meng', 'Mr. Meng']));
    expect(entity(page, 'PERSON', 'Thomas Becker')?.aliases).toContain('Becker');
  });

  it('keeps a Chinese name given in brackets as an alias', () => {
    const { page } = fixture('release-jinyun-conference.txt');
    expect(entity(page, 'PERSON', 'Zhou Jianhua')?.aliases).toContain('周建华');
  });

  it('keeps the title as written', () => {
    const { page } = fixture('wire-tongzhou-projects.txt');
    expect(entity(page, 'PERSON', 'Zheng Hao')?.attrs.title).toBe('deputy Party secretary of Tongzhou District and district head');
  });

  it('reads a by-line in capitals as a person, with the English name in name case', () => {
    const { page } = fixture('feature-lucheng-courtyards.txt');
    expect(entity(page, 'PERSON', 'ZHANG XIUXIU')?.en).toBe('Zhang Xiuxiu');
  });

  it('finds the person the research note says compromise misses', () => {
    const page = extractPage('Pan Jiahua of the Chinese Academy of Social Sciences spoke in Beijing.');
    expect(entitiesOf(page).map((e) => [e.type, e.name])).toEqual([
      ['PERSON', 'Pan Jiahua'],
      ['ORG', 'Chinese Academy of Social Sciences'],
      ['PLACE', 'Beijing'],
    ]);
  });

  it('keys a name for comparison without case, tone marks or apostrophes', () => {
    expect(personKey('Meng Jingwei')).toBe('meng jingwei');
    expect(personKey('  Méng  Jǐngwěi ')).toBe('meng jingwei');
    expect(personKey("Xi'an Li")).toBe('xian li');
  });
});

describe('organisations', () => {
  it('writes a body a title implies in its official form', () => {
    const { page } = fixture('wire-tongzhou-projects.txt');
    expect(entity(page, 'ORG', 'CPC Tongzhou District Committee')).toMatchObject({ en: 'CPC Tongzhou District Committee', attrs: { kind: 'party' } });
  });

  it("names a city's government in lower case by its official English", () => {
    const { page } = fixture('wire-jiangsu-two-stories.txt');
    expect(entity(page, 'ORG', "Hai'an municipal government")).toMatchObject({ en: "Hai'an Municipal People's Government", attrs: { kind: 'government' } });
  });

  it("makes a company's short name an alias of its full name", () => {
    const { page } = fixture('release-xingren-projects.txt');
    expect(entity(page, 'ORG', 'Sifang Technology Group Co., Ltd.')).toMatchObject({ aliases: ['Sifang Technology'], attrs: { kind: 'company' } });
  });

  it('resolves "the company" to the company named last when two fit', () => {
    const { page } = fixture('release-xingren-projects.txt');
    expect(entity(page, 'ORG', 'Zhongjian Precision Machinery Co., Ltd.')?.aliases).toContain('the company');
    expect(entity(page, 'ORG', 'Sifang Technology Group Co., Ltd.')?.aliases).not.toContain('the company');
  });

  it('reads a foreign company with its legal form', () => {
    const { page } = fixture('wire-jiangsu-two-stories.txt');
    expect(entity(page, 'ORG', 'Nordwind Energy A/S')?.attrs.kind).toBe('company');
  });
});

describe('projects', () => {
  it('takes the investment as written and in yuan, not the revenue', () => {
    const { page } = fixture('wire-jinyun-station.txt');
    expect(entity(page, 'PROJECT', 'Jinyun pumped-storage power station')?.attrs).toMatchObject({
      investment: '10.3 billion yuan (about 1.42 billion U.S. dollars)',
      investmentYuan: 10_300_000_000,
    });
  });

  it('gives "the project" in a quotation the project named before it', () => {
    const { page } = fixture('release-xingren-projects.txt');
    expect(entity(page, 'PROJECT', 'new tank container project')?.attrs).toMatchObject({ investment: '500 million yuan', investmentYuan: 500_000_000 });
  });

  it('makes "the station" and a shorter name the same project', () => {
    const { page } = fixture('release-jinyun-conference.txt');
    expect(entity(page, 'PROJECT', 'Jinyun pumped-storage power station')?.aliases).toEqual(expect.arrayContaining(['pumped-storage station', 'the station']));
  });

  it('does not take a description for a project', () => {
    const page = extractPage('The station is the largest clean energy project in Lishui, and the town plans to strengthen its manufacturing base.');
    expect(entitiesOf(page).filter((e) => e.type === 'PROJECT')).toEqual([]);
  });

  it('leaves a sum for many projects to none of them', () => {
    const { page } = fixture('wire-tongzhou-projects.txt');
    for (const e of entitiesOf(page).filter((e) => e.type === 'PROJECT')) expect(e.attrs.investment).toBeUndefined();
  });
});
