import { describe, expect, it } from 'vitest';
import { entity, entitiesOf, extract, relationsOf } from './helpers.ts';

describe('names written in lists', () => {
  it('names listed before 等企业 are each a company', () => {
    const page = extract('街道将加快推进华宇纺织、明光印染、新丰包装等企业技术改造。');
    const companies = entitiesOf(page)
      .filter((e) => e.type === 'ORG' && e.attrs.kind === 'company')
      .map((e) => e.name);
    expect(companies).toEqual(['华宇纺织', '明光印染', '新丰包装']);
  });

  it('quoted names before 等 and one ending are each a body with the ending written out', () => {
    const page = extract('社区组建了“银发先锋”“小红帽”等志愿服务队。');
    expect(entity(page, 'ORG', '“银发先锋”志愿服务队')?.attrs.kind).toBe('other');
    expect(entity(page, 'ORG', '“小红帽”志愿服务队')).toBeDefined();
  });

  it('names before 被评为 are people', () => {
    const page = extract('此外，我市刘晓燕、孔德明被评为优秀志愿者。');
    const people = entitiesOf(page)
      .filter((e) => e.type === 'PERSON')
      .map((e) => e.name);
    expect(people).toEqual(['刘晓燕', '孔德明']);
  });

  it('a department of a city’s committee is part of that committee', () => {
    const page = extract('杭州市桐庐县委组织部负责人介绍了人才政策。');
    expect(relationsOf(page)).toContainEqual(expect.objectContaining({ type: 'PART_OF', from: '杭州市桐庐县委组织部', to: '桐庐县委' }));
  });
});

describe('where things are', () => {
  it('a company written just after a town is located in that town', () => {
    const page = extract('在西集镇的北京华润五金制品有限公司，工人们正在赶制订单。');
    expect(relationsOf(page)).toContainEqual(expect.objectContaining({ type: 'LOCATED_IN', from: '北京华润五金制品有限公司', to: '西集镇' }));
  });

  it('a government body named with its own area is not given a LOCATED_IN', () => {
    const page = extract('西集镇人民政府组织干部学习。');
    expect(relationsOf(page).filter((r) => r.type === 'LOCATED_IN')).toEqual([]);
  });
});
