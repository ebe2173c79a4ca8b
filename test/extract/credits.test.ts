import { describe, expect, it } from 'vitest';
import { entity, entitiesOf, extract, relationsOf } from './helpers.ts';

// Credits as web pages and newspapers write them; every outlet and person here is invented.
const holds = (page: ReturnType<typeof extract>, person: string) =>
  relationsOf(page)
    .filter((r) => r.type === 'HOLDS_POSITION' && r.from === person)
    .map((r) => `${r.to}:${r.attrs.title}`)
    .sort();

describe('credits', () => {
  it('a reporter named after two outlets joined by · holds the role at both', () => {
    const page = extract('青川报·青川客户端记者 罗晓峰 单一鸣 实习生 欧俊 通讯员 廖小川\n\n近日，青川县举行农民丰收节。');
    expect(holds(page, '罗晓峰')).toEqual(['青川客户端:记者', '青川报:记者']);
    expect(entity(page, 'ORG', '青川报')?.attrs.kind).toBe('media');
    expect(entity(page, 'PERSON', '欧俊')?.attrs.title).toBe('实习生');
    expect(holds(page, '廖小川')).toEqual([]);
  });

  it('an editor holds the title at the source the same line names', () => {
    const page = extract('近日，青川县举行农民丰收节。\n\n来源：青川客户端 编辑：罗晓峰');
    expect(holds(page, '罗晓峰')).toEqual(['青川客户端:编辑']);
  });

  it('an outlet written right after an editor’s name is the editor’s site', () => {
    const page = extract('近日，青川县举行农民丰收节。\n\n责任编辑：罗晓峰青川网');
    expect(holds(page, '罗晓峰')).toEqual(['青川网:责任编辑']);
    expect(entitiesOf(page).some((e) => e.name === '青川网' && e.type === 'PERSON')).toBe(false);
  });

  it('reporters in brackets after an outlet’s 讯 hold their role there; after 本报讯 the paper is unnamed', () => {
    const named = extract('青川网讯（融媒体记者 罗晓峰）近日，青川县举行农民丰收节。');
    expect(holds(named, '罗晓峰')).toEqual(['青川网:融媒体记者']);
    const unnamed = extract('本报讯（记者罗晓峰）近日，青川县举行农民丰收节。');
    expect(entity(unnamed, 'PERSON', '罗晓峰')?.attrs.title).toBe('记者');
    expect(holds(unnamed, '罗晓峰')).toEqual([]);
  });

  it('a wire dateline names the outlet and its reporter', () => {
    const page = extract('青川网成都12月2日电（罗晓峰）12月1日下午，青川县委召开常委会议。');
    expect(entity(page, 'ORG', '青川网')?.attrs.kind).toBe('media');
    expect(entity(page, 'PERSON', '罗晓峰')).toBeDefined();
  });

  it('记者 in running text names nobody', () => {
    const page = extract('村民告诉记者，今年的收成很好。记者们走进田间地头。');
    expect(entitiesOf(page).filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  it('a place inside a document’s title is not a place of the story', () => {
    const page = extract('会议学习了《青川县节约用水条例》，部署了下一步工作。');
    expect(entity(page, 'PLACE', '青川县')).toBeUndefined();
  });
});
