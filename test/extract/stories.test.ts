import { describe, expect, it } from 'vitest';
import { runStages } from '../../server/extract/pipeline.ts';
import { chineseDocument } from '../../server/extract/zh/document.ts';
import { CHINESE_STAGES } from '../../server/extract/zh/index.ts';
import { extract } from './helpers.ts';

/** The sentences the page stages read in a page, as text. */
function splitFor(text: string): string[] {
  const upToSentences = CHINESE_STAGES.slice(0, CHINESE_STAGES.findIndex((s) => s.name === 'sentences') + 1);
  return runStages(chineseDocument(text), upToSentences).stories.flatMap((s) => s.sentences.map((x) => x.text));
}

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

describe('headlines of web articles', () => {
  it('a headline followed by its date and source is the title', () => {
    const page = extract(`青禾镇召开秋季防火工作部署会
2024-10-08 09:30 来源：青禾镇人民政府
10月8日，青禾镇召开秋季防火工作部署会，镇党委书记林向东出席会议并讲话。
`);
    expect(page.articles.map((a) => a.title)).toEqual(['青禾镇召开秋季防火工作部署会']);
  });

  it('a first line set straight above a much longer text line is the headline', () => {
    const page = extract(`白沙乡开展冬季义诊活动
12月3日，白沙乡卫生院组织医生走进各村开展义诊，为村民免费测量血压、血糖，并发放冬季保健手册。
`);
    expect(page.articles[0]!.title).toBe('白沙乡开展冬季义诊活动');
  });

  it('a short first line of a narrow column, as long as the next, stays text', () => {
    const page = extract(`近日青禾镇组织党员干部走进田间
帮助农户抢收晚稻并送去农技资料。
`);
    expect(page.articles[0]!.title).toBe('');
  });

  it('a bracketed column tag before the headline is its kicker', () => {
    const page = extract(`【乡镇动态】白沙乡开展冬季义诊活动
2024-12-03
12月3日，白沙乡卫生院组织医生走进各村开展义诊，为村民免费测量血压。
`);
    expect(page.articles[0]!.title).toBe('白沙乡开展冬季义诊活动');
    expect(page.articles[0]!.kicker).toBe('【乡镇动态】');
  });

  it('a column tag before a bar is the kicker, and the line is no navigation bar', () => {
    const page = extract(`两会特稿 | 白沙乡开展冬季义诊
2024-12-03 来源：云溪融媒
12月3日，白沙乡卫生院组织医生走进各村开展义诊，为村民免费测量血压。
`);
    expect(page.articles[0]!.title).toBe('白沙乡开展冬季义诊');
    expect(page.articles[0]!.kicker).toBe('两会特稿');
  });

  it('a headline ending like a site name is still the headline', () => {
    const page = extract(`织密防汛安全网
2024-06-01 来源：云溪融媒
6月1日，青禾镇组织干部群众排查河道隐患，加固堤防二十余处。
`);
    expect(page.articles[0]!.title).toBe('织密防汛安全网');
  });

  it('a subtitle after a dash is kept apart from the title', () => {
    const page = extract(`走出致富路——白沙乡发展特色种植纪实
2024-12-03 来源：云溪融媒
近年来，白沙乡因地制宜发展特色种植，村民收入逐年增加。
`);
    expect(page.articles[0]!.title).toBe('走出致富路');
    expect(page.articles[0]!.subtitle).toBe('白沙乡发展特色种植纪实');
  });

  it('the original headline in the metadata titles a story set without one, less its lead-in', () => {
    const page = extract(`近日，县长王立新到白沙乡调研冬季安全生产工作。他强调，要压实责任，消除隐患。
原标题：县长王立新到白沙乡调研时强调 压实责任抓好冬季安全生产
`);
    expect(page.articles[0]!.title).toBe('压实责任抓好冬季安全生产');
    expect(page.articles[0]!.kicker).toBe('县长王立新到白沙乡调研时强调');
  });

  it('a headline printed again under the metadata is not a second story', () => {
    const page = extract(`白沙乡开展冬季义诊活动
2024-12-03 10:20 字号：大 中 小

白沙乡开展冬季义诊活动

本网讯（通讯员 周小燕）12月3日，白沙乡卫生院组织医生走进各村开展义诊。
`);
    expect(page.articles.map((a) => a.title)).toEqual(['白沙乡开展冬季义诊活动']);
  });

  it('the print edition’s headline block set again above the text continues the story', () => {
    const page = extract(`白沙乡卫生院：开展冬季义诊活动
2024-12-03 10:20 来源：云溪日报

冬季送健康、白沙乡卫生院：
开展冬季义诊活动

云溪日报记者 周小燕

12月3日，白沙乡卫生院组织医生走进各村开展义诊，为村民免费测量血压。
`);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.title).toBe('白沙乡卫生院：开展冬季义诊活动');
  });

  it('a metadata label and its value on the next line are read as one line', () => {
    const text = `白沙乡开展冬季义诊活动
来源：
云溪日报
12月3日，白沙乡卫生院组织医生走进各村开展义诊，为村民免费测量血压。
`;
    expect(splitFor(text).find((s) => s.startsWith('来源'))).toBe('来源：云溪日报');
  });

  it('a labelled title that heads a story is its headline, not a sentence of its text', () => {
    const text = `近日，县长王立新到白沙乡调研冬季安全生产工作，要求压实责任，消除隐患。
原标题：王立新到白沙乡调研冬季安全生产
`;
    expect(extract(text).articles[0]!.title).toBe('王立新到白沙乡调研冬季安全生产');
    expect(splitFor(text).some((s) => s.includes('原标题'))).toBe(false);
  });

  it('words cut short after a titled story are its text, not a second headline', () => {
    const page = extract(`白沙乡开展冬季义诊活动

12月3日，白沙乡卫生院组织医生走进各村开展义诊，为村民免费测量血压。

义诊活动将持续
`);
    expect(page.articles.map((a) => a.title)).toEqual(['白沙乡开展冬季义诊活动']);
    expect(page.articles[0]!.subtitle).toBeUndefined();
  });

  it('a by-line under the text it signs opens no story of its own', () => {
    const page = extract(`白沙乡开展冬季义诊活动

12月3日，白沙乡卫生院组织医生走进各村开展义诊，为村民免费测量血压。

记者：周小燕 李文
`);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['周小燕', '李文']));
  });
});
