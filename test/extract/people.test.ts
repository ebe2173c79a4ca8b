import { describe, expect, it } from 'vitest';
import { entity, entitiesOf, extract, relationsOf } from './helpers.ts';

describe('people', () => {
  it('a by-line after ■ gives each reporter the title 记者', () => {
    const page = extract('■记者 周海燕 吴天明\n\n本报讯 昨天，林埭镇举办消防演练。');
    expect(entity(page, 'PERSON', '周海燕')?.attrs.title).toBe('记者');
    expect(entity(page, 'PERSON', '吴天明')?.attrs.title).toBe('记者');
  });

  it('a by-line in brackets after 本报讯 gives each role its own people', () => {
    const page = extract('本报讯（记者 郑美玲 通讯员 韦小东）近日，西集镇开展防汛检查。');
    expect(entity(page, 'PERSON', '郑美玲')?.attrs.title).toBe('记者');
    expect(entity(page, 'PERSON', '韦小东')?.attrs.title).toBe('通讯员');
  });

  it('本报记者 and 实习记者 lines name reporters, and a photo credit names the photographer', () => {
    const page = extract('本报记者 冯雪梅 实习记者 黄一鸣\n\n近日，台湖镇图书馆开馆。\n\n钱东升 摄\n');
    expect(entity(page, 'PERSON', '冯雪梅')?.attrs.title).toBe('记者');
    expect(entity(page, 'PERSON', '黄一鸣')?.attrs.title).toBe('实习记者');
    expect(entity(page, 'PERSON', '钱东升')?.attrs.title).toBe('摄影');
  });

  it('anonymised people (韩女士, 陈某, 郭叔) are not entities', () => {
    const page = extract('居民韩女士说，陈某和郭叔都来帮忙了。村民李大海也参加了活动。');
    const people = entitiesOf(page)
      .filter((e) => e.type === 'PERSON')
      .map((e) => e.name);
    expect(people).toEqual(['李大海']);
  });

  it('names listed with 、 after one title all hold that title', () => {
    const page = extract('宋庄镇、潞城镇负责人参加座谈。区政协副主席孙建华、李春梅、吴立新参加调研。');
    const holders = relationsOf(page)
      .filter((r) => r.type === 'HOLDS_POSITION' && r.attrs.title === '副主席')
      .map((r) => r.from);
    expect(holders).toEqual(['孙建华', '李春梅', '吴立新']);
  });

  it('two titles before one name give two relations, each to its own body', () => {
    const page = extract('宋庄镇、潞城镇负责人参加。区委副书记、区长王立平出席会议。');
    const posts = relationsOf(page)
      .filter((r) => r.from === '王立平')
      .map((r) => [r.to, r.attrs.title]);
    expect(posts).toEqual([
      ['通州区委', '副书记'],
      ['通州区人民政府', '区长'],
    ]);
  });

  it('a title after a company name is held at that company, less its name', () => {
    const page = extract('浙江恒通机械制造有限公司生产部经理杜明辉介绍，新生产线已经投产。');
    const relation = relationsOf(page).find((r) => r.from === '杜明辉');
    expect(relation).toMatchObject({ type: 'HOLDS_POSITION', to: '浙江恒通机械制造有限公司', attrs: { title: '生产部经理' } });
  });

  it('a name after 同志任 and a body holds the title that ends the clause', () => {
    const page = extract('会议宣布罗晓峰同志任青川县人民医院院长。');
    expect(relationsOf(page)).toContainEqual(
      expect.objectContaining({ type: 'HOLDS_POSITION', from: '罗晓峰', to: '青川县人民医院', attrs: { title: '院长' } }),
    );
  });

  it('于 right after a title is the surname Yu', () => {
    const page = extract('青川县永兴集团有限公司董事长于振海出席。');
    expect(entity(page, 'PERSON', '于振海')).toBeDefined();
  });

  it('a name after 、 and a space is still in the list', () => {
    const page = extract('区人大常委会副主任罗晓峰、 柯文宜参加视察。');
    expect(entity(page, 'PERSON', '柯文宜')?.attrs.title).toBe('区人大常委会副主任');
  });

  it('a branch written without its parent body is the branch named in full', () => {
    const page = extract('青川县公安局白龙派出所开展宣传。白龙派出所所长罗晓峰说，宣传将持续。');
    expect(entity(page, 'ORG', '青川县公安局白龙派出所')?.aliases).toContain('白龙派出所');
  });

  it('和 between two officials ends the first one’s title: 县委书记张华和县长李强', () => {
    const page = extract('全县大会召开\n\n本报讯 泸县召开全县工作会议。县委书记张华和县长李强出席会议。\n');
    expect(relationsOf(page)).toContainEqual(expect.objectContaining({ type: 'HOLDS_POSITION', from: '李强', to: '泸县人民政府' }));
    expect(entity(page, 'PLACE', '和县')).toBeUndefined();
  });
});
