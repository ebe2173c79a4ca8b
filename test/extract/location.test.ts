import { describe, expect, it } from 'vitest';
import type { Page } from '../../server/extract/types.ts';
import { entity, extract, relationsOf } from './helpers.ts';

const located = (page: Page) =>
  relationsOf(page)
    .filter((r) => r.type === 'LOCATED_IN')
    .map((r) => `${r.from} → ${r.to}`);

describe('where projects and bodies are (LOCATED_IN)', () => {
  it('a programme is in the place its clause is about', () => {
    const page = extract('永乐店镇和西集镇参加。于家务回族乡打造“稻香人家”乡村旅游品牌。');
    expect(located(page)).toContain('“稻香人家”乡村旅游品牌 → 于家务回族乡');
  });

  it('a place subject carries to the later clauses of its sentence', () => {
    const page = extract('永乐店镇和西集镇参加。于家务回族乡坚持问题导向，每年开展“绿色家园”宣传活动。');
    expect(located(page)).toContain('“绿色家园”宣传活动 → 于家务回族乡');
  });

  it('a place subject of an earlier sentence does not place a programme', () => {
    const page = extract('永乐店镇和西集镇参加。\n\n于家务回族乡位置优越。要深入落实“绿色家园”行动计划。');
    expect(located(page)).not.toContain('“绿色家园”行动计划 → 于家务回族乡');
  });

  it('a verb of place after a project puts it in the places that follow', () => {
    const page = extract('永乐店镇和西集镇参加。垃圾转运站项目规划在张家湾镇北侧、台湖镇南侧。');
    expect(located(page)).toEqual(expect.arrayContaining(['垃圾转运站项目 → 张家湾镇', '垃圾转运站项目 → 台湖镇']));
  });

  it('a programme run by the district’s committee is not placed in the town a story is about', () => {
    const page = extract('西集镇：推进乡村治理\n\n本报讯 西集镇深入落实区委“清风护航”专项行动部署，永乐店镇也派人参加。');
    expect(located(page).filter((r) => r.startsWith('“清风护航”'))).toEqual([]);
  });

  it('a company in a person’s title is the person’s employer, not placed by the town the title opens with', () => {
    const page = extract('永乐店镇和台湖镇参加。西集镇“科技先锋”工作室成员、北京恒润机械制造有限公司技术经理李明表示。');
    expect(located(page)).not.toContain('北京恒润机械制造有限公司 → 西集镇');
  });

  it('a body whose name opens with a place elsewhere is not placed by the town before it', () => {
    const page = extract('永乐店镇和台湖镇参加。在西集镇的北京华润五金制品有限公司通过上海证券交易所审核。');
    expect(located(page)).toContain('北京华润五金制品有限公司 → 西集镇');
    expect(located(page).filter((r) => r.startsWith('上海证券交易所'))).toEqual([]);
  });

  it('副中心 inside a slogan’s name does not place the programme in the sub-centre', () => {
    const page = extract('永乐店镇和西集镇参加。会议部署“建设副中心”行动计划，推动城市副中心发展。');
    expect(located(page).filter((r) => r.includes('“建设副中心”'))).toEqual([]);
  });

  it('X位于Y puts X in Y', () => {
    const page = extract('永乐店镇和台湖镇参加。西集镇位于城市副中心东部。');
    expect(located(page)).toContain('西集镇 → 北京城市副中心');
  });

  it('a project is in the places its name holds, the nearer of two nested ones', () => {
    const page = extract('日前，通州区与廊坊市北三县协同发展专题培训班开班。通州区、廊坊市及北三县的干部参加，永乐店镇、西集镇也派人参加。');
    expect(located(page)).toEqual(
      expect.arrayContaining(['通州区与廊坊市北三县协同发展专题培训班 → 通州区', '通州区与廊坊市北三县协同发展专题培训班 → 北三县']),
    );
    expect(located(page)).not.toContain('通州区与廊坊市北三县协同发展专题培训班 → 廊坊市');
  });

  it('a place in an earlier item of a list is not where the next item is', () => {
    const page = extract('永乐店镇和台湖镇参加。调研组前往西集镇、京韵乡居民宿参观。');
    expect(located(page)).not.toContain('京韵乡居民宿 → 西集镇');
  });

  it('a park written with another word for park is the park named in full', () => {
    const page = extract('永乐店镇和台湖镇参加。记者走进西集镇马坊工业园区。马坊园区新建了污水处理厂。');
    expect(entity(page, 'PLACE', '马坊工业园区')?.aliases).toContain('马坊园区');
  });

  it('a park written by its kind alone, when the story names one park of that kind, places the project named with it', () => {
    const page = extract('永乐店镇和台湖镇参加。记者走进西集镇马坊化工园区。化工园区停车场项目已开工。');
    expect(located(page)).toContain('化工园区停车场项目 → 马坊化工园区');
  });
});

describe('places named without a division of their own', () => {
  it('城市副中心 alone is the page’s own city’s sub-centre, written out with the city', () => {
    const page = extract('永乐店镇和西集镇的干部参加。会议要求推动城市副中心高质量发展。');
    const subCentre = entity(page, 'PLACE', '北京城市副中心');
    expect(subCentre?.attrs).toMatchObject({ level: 'zone', parent: '北京市' });
    expect(subCentre?.aliases).toContain('城市副中心');
  });

  it('副中心城市 is a secondary city, not a sub-centre', () => {
    const page = extract('永乐店镇和西集镇的干部参加。他们考察了省域副中心城市的建设。');
    expect(entity(page, 'PLACE', '北京城市副中心')).toBeUndefined();
  });

  it('counties named by direction and count (北三县) are a region of the city written before them', () => {
    const page = extract('永乐店镇和西集镇参加。廊坊市北三县的干部也来了。');
    expect(located(page)).toContain('北三县 → 廊坊市');
  });

  it('an address runs from large to small: the proper name between a district and a road is an area', () => {
    const page = extract('永乐店镇和西集镇参加。执法人员在朝阳区望京阜通东大街附近发现问题。');
    expect(entity(page, 'PLACE', '望京')?.attrs).toMatchObject({ level: 'zone', parent: '朝阳区' });
    expect(entity(page, 'PLACE', '阜通东大街')?.attrs).toMatchObject({ level: 'road', parent: '望京' });
  });

  it('a park’s branch is named by the park, a place and 园', () => {
    const page = extract('青云店镇和采育镇参加。企业入驻中关村科技园大兴园。');
    expect(entity(page, 'PLACE', '中关村科技园大兴园')?.attrs).toMatchObject({ level: 'zone', parent: '大兴区' });
  });

  it('a city written before a community is not its parent', () => {
    const page = extract('川姜镇和十总镇参加。志愿者来到杭州市幸福里社区。');
    expect(entity(page, 'PLACE', '幸福里社区')?.attrs.parent).toBeUndefined();
  });

  it('a project the story does not place is in the county the story is about', () => {
    const page = extract('长子县重点项目建设提速\n\n本报讯 长子县召开推进会。调研组来到星萌冻干食品生产线建设项目现场。长子县将全力保障。');
    expect(located(page)).toContain('星萌冻干食品生产线建设项目 → 长子县');
  });

  it('a project the story does not place is in the town a town’s news is about', () => {
    const page = extract('本报讯 西集镇召开大会。西集镇举办首届樱桃文化旅游节。西集镇还将推进乡村振兴，长子县领导出席。');
    expect(located(page)).toContain('首届樱桃文化旅游节 → 西集镇');
  });

  it('a campaign of study is the whole Party’s, placed in no county', () => {
    const page = extract('本报讯 长子县召开大会，部署党史学习教育。长子县各单位参加。');
    expect(located(page).filter((r) => r.startsWith('党史学习教育'))).toEqual([]);
  });
});
