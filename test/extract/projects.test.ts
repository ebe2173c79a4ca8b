import { describe, expect, it } from 'vitest';
import { parseInvestment } from '../../server/extract/money.ts';
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
});
