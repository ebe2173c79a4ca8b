import { describe, expect, it } from 'vitest';
import { parseInvestment } from '../../server/extract/zh/entities/investment.ts';
import type { Page } from '../../server/extract/types.ts';
import { entity, entitiesOf, extract } from './helpers.ts';

const projectNames = (page: Page) =>
  entitiesOf(page)
    .filter((e) => e.type === 'PROJECT')
    .map((e) => e.name);

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
    const names = entitiesOf(page)
      .filter((e) => e.type === 'PROJECT')
      .map((e) => e.name);
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
    expect(
      entitiesOf(page)
        .filter((e) => e.type === 'PROJECT')
        .map((e) => e.name),
    ).toEqual(['“绿色出行”活动']);
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
    expect(
      entitiesOf(page)
        .filter((e) => e.type === 'PROJECT')
        .map((e) => e.name),
    ).toEqual(['“红色驿站”党建品牌']);
  });

  it('X项目 is the project named X with its own head', () => {
    const page = extract('西集镇建设樱桃种植科技小院。樱桃种植项目已吸引专家入驻。');
    expect(entity(page, 'PROJECT', '樱桃种植科技小院')?.aliases).toContain('樱桃种植项目');
  });

  it('a verb by which an official acts on a project is not part of its name', () => {
    const page = extract('县委书记王明宣布项目开工。调研组实地查看项目进展，视察青禾县城乡污水治理一体化项目的运行状况。');
    expect(projectNames(page)).toEqual(['青禾县城乡污水治理一体化项目']);
  });

  it('a preposition of two characters opens no project name', () => {
    const page = extract('随着青禾音乐学院江州项目落户半岛，城区迎来新机遇。');
    expect(projectNames(page)).toEqual(['青禾音乐学院江州项目']);
  });

  it('a verb of building right before the head is part of the name', () => {
    const page = extract('8月7日，青禾县白溪河旅游开发项目开工。');
    expect(projectNames(page)).toEqual(['青禾县白溪河旅游开发项目']);
  });

  it('a bracketed place inside a name is part of it, written as the page writes it', () => {
    const page = extract('签约总投资10亿元的华远门窗生产基地(青禾)项目。');
    expect(projectNames(page)).toEqual(['华远门窗生产基地(青禾)项目']);
  });

  it('a project named only by its kind is no project', () => {
    const page = extract('要加快招商引资项目落地，办好首个集体经济项目，多上生态化项目。我县重点工程项目进展顺利。');
    expect(projectNames(page)).toEqual([]);
  });

  it('a named facility whose head says what it is is a project', () => {
    const page = extract('他返乡创建青禾县白溪蓝莓种植基地，还打造了白溪村助农直播间。');
    expect(projectNames(page)).toEqual(['青禾县白溪蓝莓种植基地', '白溪村助农直播间']);
  });

  it('a park is a project where its clause builds it, and its other mentions are that project', () => {
    const page = extract('青禾县投资8亿元，建设了占地130公顷的白溪蓝莓产业园区。园区位于城东。考察组来到白溪蓝莓产业园区，听取汇报。');
    expect(entity(page, 'PROJECT', '白溪蓝莓产业园区')).toBeDefined();
    expect(entity(page, 'PLACE', '白溪蓝莓产业园区')).toBeUndefined();
  });

  it('a park no clause builds is not a project', () => {
    const page = extract('考察团先后来到青禾县白溪公园、县职业技术学院，听取汇报。');
    expect(projectNames(page)).toEqual([]);
  });

  it('a named event with an edition or a name of its own is a project; a season and a kind are not', () => {
    const page = extract('10月8日，第三届青禾蓝莓文化旅游节开幕。县里正筹办江州国际青少年运动会。村里举办夏夜音乐节。');
    expect(projectNames(page)).toEqual(['第三届青禾蓝莓文化旅游节', '江州国际青少年运动会']);
  });

  it('a study campaign is named by its topic', () => {
    const page = extract('支部在党史学习教育中建立健全青年群体学习教育机制。');
    expect(projectNames(page)).toEqual(['党史学习教育']);
  });

  it('a plan keeps the year it is named with', () => {
    const page = extract('副区长李华通报了2025年青禾新城发展行动方案。');
    expect(projectNames(page)).toEqual(['2025年青禾新城发展行动方案']);
  });

  it('a place written onto a quoted project is part of its name, and the quoted form an alias', () => {
    const page = extract('纪委干部来到清河镇“两岸同心交流中心”项目现场开展监督。');
    expect(entity(page, 'PROJECT', '清河镇“两岸同心交流中心”项目')?.aliases).toContain('“两岸同心交流中心”项目');
  });

  it('each item of a list said to be projects is a project, head or not', () => {
    const page = extract('现场共签约青禾芯片封装、白溪山居民宿、青禾县首饰生产基地等项目12个，总投资30亿元。');
    expect(projectNames(page)).toEqual(['青禾县首饰生产基地', '青禾芯片封装', '白溪山居民宿']);
  });

  it('the items of a list of categories are not projects', () => {
    const page = extract('聚焦基础设施、产业融合和人居环境等6大类项目制定监督清单。');
    expect(projectNames(page)).toEqual([]);
  });

  it('a place word after a noun is part of a project’s name', () => {
    const page = extract('此外，白溪河一河两岸基础设施与商业提升工程同步启动。');
    expect(projectNames(page)).toEqual(['白溪河一河两岸基础设施与商业提升工程']);
  });

  it('a quoted event with its year is a project; a quoted name for a meeting is not', () => {
    const page = extract('项目在“2025年青禾市文化旅游产业发展大会”上发布。小区曾上演一场“吐槽大会”。');
    expect(projectNames(page)).toEqual(['“2025年青禾市文化旅游产业发展大会”']);
  });

  it('a quoted title before a level word names a place’s honour, not a project', () => {
    const page = extract('青禾县被确定为“三个全面”改革试点县。');
    expect(projectNames(page)).toEqual([]);
  });

  it('a project written as another’s quoted proper part alone is that project', () => {
    const page = extract('干部来到清河镇“两岸同心交流中心”项目现场。清单涵盖白溪花茶物流中心、两岸同心交流中心等23个重点项目。');
    expect(projectNames(page)).toEqual(['清河镇“两岸同心交流中心”项目', '白溪花茶物流中心']);
  });

  it('a park that builds something is no project being built', () => {
    const page = extract('此次签约更是白溪产业园打造东部新增长极的决心宣告。');
    expect(projectNames(page)).toEqual([]);
  });

  it('an event name in quotation marks is a name, however short', () => {
    const page = extract('明年春天可以共同举办‘万亩桃花节’了。');
    expect(projectNames(page)).toEqual(['万亩桃花节']);
  });

  it('a base is a project where its name opens with its place or its sentence builds it, not where it describes a kind', () => {
    const page = extract('考察团来到白溪镇红星村蓝莓种植基地。目前，5个村发展杂交水稻制种基地4000亩。这里也是全国最大的高山乌龙茶生产基地。');
    expect(projectNames(page)).toEqual(['白溪镇红星村蓝莓种植基地']);
  });

  it('a sector written after a specific part ends a name; alone it is a kind', () => {
    const page = extract('签约总投资5亿元的铝型材加工产业项目。要引进更多新能源产业项目。');
    expect(projectNames(page)).toEqual(['铝型材加工产业项目']);
  });

  it('a phrase opening a clause before a quoted name, with no verb before it, says what is done to it', () => {
    const page = extract('镇里以党建为抓手，唱响“红色青禾”党建品牌，走出新路子。');
    expect(projectNames(page)).toEqual(['“红色青禾”党建品牌']);
  });

  it('a project named by the start of another’s name and its head is that project', () => {
    const page = extract('白溪中心总部经济项目总投资50亿元。白溪中心项目位于北部新城。');
    expect(entity(page, 'PROJECT', '白溪中心总部经济项目')?.aliases).toContain('白溪中心项目');
    expect(entity(page, 'PROJECT', '白溪中心项目')).toBeUndefined();
  });

  it('an investment after a count of projects is their total, no one project’s', () => {
    const page = extract('现场共签约青禾芯片封装、白溪山居民宿等项目22个，总投资达77.6亿元。');
    expect(
      entitiesOf(page)
        .filter((e) => e.type === 'PROJECT')
        .map((e) => e.attrs.investment),
    ).toEqual([undefined, undefined]);
  });

  it('a head that says what the facility is leaves one word before it name enough', () => {
    const page = extract('为此，青禾镇将建设物流园区停车场作为今年的第一个标志性项目。');
    expect(projectNames(page)).toEqual(['物流园区停车场']);
  });
});
