import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

// A page of two stories in the usual layout: headline block, by-line, 本报讯 opening, body.
const PAGE = `永乐店镇举办农民丰收节活动

瓜果飘香庆丰收

本报讯（记者 王建国）昨天，永乐店镇在镇文化广场举办农民丰收节。全镇二十个村的农户带来了自家种植的西瓜、葡萄和玉米。

活动现场还设置了农技咨询台，为农户解答种植难题。

奋进新时代 建功新征程
马驹桥镇为企业送政策上门

本报讯（通讯员 李晓红）近日，马驹桥镇组织服务专员走访辖区企业，为企业送去最新的扶持政策。
`;

describe('stories and headlines', () => {
  it('a page splits into one story per headline block and 本报讯 opening', () => {
    const page = extract(PAGE);
    expect(page.articles.map((a) => a.title)).toEqual(['永乐店镇举办农民丰收节活动', '马驹桥镇为企业送政策上门']);
  });

  it('a subtitle set below the headline is kept apart from the title', () => {
    const [first] = extract(PAGE).articles;
    expect(first!.subtitle).toBe('瓜果飘香庆丰收');
  });

  it('a slogan in two halves above the headline is its kicker', () => {
    const second = extract(PAGE).articles[1]!;
    expect(second.kicker).toBe('奋进新时代 建功新征程');
    expect(second.title).toBe('马驹桥镇为企业送政策上门');
  });

  it('each story spans its own text and no other story’s', () => {
    const [first, second] = extract(PAGE).articles;
    expect(PAGE.slice(first!.start, first!.end)).toContain('农技咨询台');
    expect(PAGE.slice(first!.start, first!.end)).not.toContain('服务专员');
    expect(PAGE.slice(second!.start, second!.end)).toContain('服务专员');
  });

  it('a headline set below its story (narrow-column layout) goes with the story it echoes', () => {
    const page = extract(`■记者 赵小兰

本报讯 近日，新埭镇启动农村道路提升工程，计划
年内完成十条村道的拓宽改造，方便群众出行。

新埭镇启动农村道路提升
■记者 孙立群

本报讯 昨天，广陈镇举行农产品展销会，来自各村的
合作社展出了大米、蜂蜜等特色产品。

广陈镇举行农产品展销会
`);
    expect(page.articles.map((a) => a.title)).toEqual(['新埭镇启动农村道路提升', '广陈镇举行农产品展销会']);
  });

  it('a line broken mid-sentence is read as one sentence with page offsets', () => {
    const text = '本报讯 近日，新埭镇启动农村道路提升工程，计划\n年内完成十条村道的拓宽改造。';
    const page = extract(text);
    const town = page.articles.flatMap((a) => a.entities).find((e) => e.name === '新埭镇')!;
    const sentence = town.mentions[0]!.sentence;
    expect(sentence.text).toContain('计划年内完成');
    expect(text.slice(town.mentions[0]!.start, town.mentions[0]!.end)).toBe('新埭镇');
  });

  it('a single article without page furniture is one untitled story', () => {
    const page = extract('近日，潞城镇党委书记刘长江到辖区企业调研。他指出，要为企业发展创造良好环境。');
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.title).toBe('');
    expect(page.articles[0]!.entities.some((e) => e.name === '刘长江')).toBe(true);
  });

  it('a single sentence is read as a story of one sentence', () => {
    const page = extract('区政协主席陈国华出席会议。');
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.entities.map((e) => e.name)).toContain('陈国华');
  });
});
