import { describe, expect, it } from 'vitest';
import { parseInvestment } from '../../server/extract/zh/entities/investment.ts';
import { entity, entitiesOf, extract } from './helpers.ts';

describe('projects and money', () => {
  it('5亿元 is 500000000 yuan', () => {
    expect(parseInvestment('该项目总投资5亿元')).toEqual({ written: '5亿元', yuan: 500000000, approximate: false });
  });

  it('约4000万元 is 40000000 yuan and approximate', () => {
    expect(parseInvestment('总投资约4000万元')).toEqual({ written: '约4000万元', yuan: 40000000, approximate: true });
  });

  it('a project named with a strong head takes the investment its sentence states', () => {
    const page = extract('川姜镇家纺物流园仓储中心建设项目总投资2.5亿元，目前主体已完工。');
    const project = entity(page, 'PROJECT', '川姜镇家纺物流园仓储中心建设项目');
    expect(project?.attrs).toMatchObject({ investment: '2.5亿元', investmentYuan: 250000000 });
  });

  it('该项目 in the next sentence refers to the project named before', () => {
    const page = extract('十总镇启动智能农机装备制造项目。该项目投资约8000万元。');
    expect(entity(page, 'PROJECT', '智能农机装备制造项目')?.attrs).toMatchObject({ investmentYuan: 80000000, investmentApproximate: true });
  });

  it('quoted names sharing one head are each a project with the head written out', () => {
    const page = extract('镇里实施“领航”“护苗”计划，效果明显。');
    const names = entitiesOf(page).filter((e) => e.type === 'PROJECT').map((e) => e.name);
    expect(names).toEqual(['“领航”计划', '“护苗”计划']);
  });

  it('national strategies and slogans are not projects', () => {
    const page = extract('要坚持“高质量发展”，落实“乡村振兴”战略，推进“双碳”行动。');
    expect(entitiesOf(page).filter((e) => e.type === 'PROJECT')).toEqual([]);
  });

  it('a programme’s theme of studying a Party congress is part of its name', () => {
    const page = extract('区委宣传部举办学习贯彻党的二十大精神主题征文评选活动，西集镇、永乐店镇参加。');
    expect(entity(page, 'PROJECT', '学习贯彻党的二十大精神主题征文评选活动')).toBeDefined();
  });

  it('a name inside book-title marks is a document’s, not a project', () => {
    const page = extract('镇里印发《西集镇“清洁家园”专项行动方案》。');
    expect(entitiesOf(page).filter((e) => e.type === 'PROJECT')).toEqual([]);
  });

  it('a quoted manner (“…式”) names no programme', () => {
    const page = extract('镇里推出“菜单式”培训活动。');
    expect(entitiesOf(page).filter((e) => e.type === 'PROJECT')).toEqual([]);
  });

  it('a quoted name, a dash and a description ending in a head is the name with that head', () => {
    const page = extract('镇团委开展“绿色出行”——低碳骑行宣传活动。');
    expect(entitiesOf(page).filter((e) => e.type === 'PROJECT').map((e) => e.name)).toEqual(['“绿色出行”活动']);
  });

  it('a quoted name right after a verb of running a programme is one, head or not', () => {
    const page = extract('西集镇推行“邻里帮”，居民纷纷响应。');
    expect(entity(page, 'PROJECT', '“邻里帮”')).toBeDefined();
  });

  it('national campaigns are not a local body’s projects', () => {
    const page = extract('镇里结合“村庄清洁行动”“厕所革命”开展整治。');
    expect(entitiesOf(page).filter((e) => e.type === 'PROJECT')).toEqual([]);
  });

  it('a verb before a kind of project acts on it: the run is no name', () => {
    const page = extract('园区通过规范化管理专用停车场，减少违停。');
    expect(entitiesOf(page).filter((e) => e.type === 'PROJECT')).toEqual([]);
  });

  it('a 百日攻坚 campaign with its own subject matter is a project', () => {
    const page = extract('街道推动燃气安全百日攻坚取得实效。');
    expect(entity(page, 'PROJECT', '燃气安全百日攻坚')).toBeDefined();
  });

  it('one quoted name with one head is one project, with or without a qualifier', () => {
    const page = extract('镇里打造“红色驿站”党建品牌。“红色驿站”品牌已覆盖各村。');
    expect(entitiesOf(page).filter((e) => e.type === 'PROJECT').map((e) => e.name)).toEqual(['“红色驿站”党建品牌']);
  });

  it('X项目 is the project named X with its own head', () => {
    const page = extract('西集镇建设樱桃种植科技小院。樱桃种植项目已吸引专家入驻。');
    expect(entity(page, 'PROJECT', '樱桃种植科技小院')?.aliases).toContain('樱桃种植项目');
  });
});
