import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, extract, relationsOf } from './helpers.ts';

describe('places', () => {
  it('a town takes its level, code and parent from the gazetteer', () => {
    const page = extract('川姜镇和十总镇开展河道清理。');
    expect(entity(page, 'PLACE', '川姜镇')?.attrs).toMatchObject({ level: 'town', parent: '通州区', code: '320612120' });
  });

  it('a subdistrict is a subdistrict and a county-level city is a city', () => {
    const page = extract('钟埭街道组织志愿者走进新埭镇，平湖市有关部门参加。');
    expect(entity(page, 'PLACE', '钟埭街道')?.attrs.level).toBe('subdistrict');
    expect(entity(page, 'PLACE', '平湖市')?.attrs).toMatchObject({ level: 'city', parent: '嘉兴市' });
  });

  it('towns of Nantong’s Tongzhou make the page Nantong’s Tongzhou District', () => {
    expect(extract('西亭镇、二甲镇和通州区有关部门参加').home?.code).toBe('320612');
  });

  it('towns of Beijing’s Tongzhou make the page Beijing’s Tongzhou District', () => {
    expect(extract('漷县镇、于家务回族乡和通州区有关部门参加').home?.code).toBe('110112');
  });

  it('通州区 resolves to the Tongzhou the page is about', () => {
    const beijing = extract('西集镇、永乐店镇的村民来到通州区图书馆。');
    const nantong = extract('西亭镇、二甲镇的村民来到通州区图书馆。');
    expect(entity(beijing, 'PLACE', '通州区')?.attrs.parent).toBe('北京市');
    expect(entity(nantong, 'PLACE', '通州区')?.attrs.parent).toBe('南通市');
  });

  it('a short form that runs on into the next word is no place, one that ends inside its full name is', () => {
    const page = extract('村里请来“新乡贤”参与乡村建设，毕节市副市长出席。');
    expect(
      entitiesOf(page)
        .filter((e) => e.type === 'PLACE')
        .map((e) => e.name),
    ).not.toContain('新乡市');
    expect(entity(page, 'PLACE', '毕节市')).toBeDefined();
  });

  it('a village written after its town is in that town', () => {
    const page = extract('潞城镇东刘庄村建起了村史馆。');
    expect(entity(page, 'PLACE', '东刘庄村')?.attrs).toMatchObject({ level: 'village', parent: '潞城镇' });
    expect(relationsOf(page)).toContainEqual(expect.objectContaining({ type: 'LOCATED_IN', from: '东刘庄村', to: '潞城镇' }));
  });

  it('我区 names the page’s home district', () => {
    const page = extract('我区马驹桥镇、台湖镇启动垃圾分类宣传。');
    expect(entity(page, 'PLACE', '通州区')?.aliases).toContain('我区');
  });

  it('a place inside an organisation’s name is not an entity of its own', () => {
    const page = extract('嘉善县人民法院开展普法活动。');
    expect(entity(page, 'PLACE', '嘉善县')).toBeUndefined();
  });

  it('a county’s short form read inside a person’s name does not outvote a city written in full', () => {
    const page = extract('全市大会召开\n\n本报讯 绍兴市召开全市经济工作大会。市委书记白卫东出席并讲话，市长李强主持。\n');
    expect(relationsOf(page)).toContainEqual(expect.objectContaining({ type: 'HOLDS_POSITION', from: '白卫东', to: '绍兴市委' }));
    expect(relationsOf(page)).toContainEqual(expect.objectContaining({ type: 'HOLDS_POSITION', from: '李强', to: '绍兴市人民政府' }));
  });
});
