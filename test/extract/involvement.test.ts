import { describe, expect, it } from 'vitest';
import type { Page } from '../../server/extract/types.ts';
import { extract, relationsOf } from './helpers.ts';

const involved = (page: Page) =>
  relationsOf(page)
    .filter((r) => r.type === 'INVOLVED_IN')
    .map((r) => `${r.from} → ${r.to}`);

describe('who takes part in a project (INVOLVED_IN)', () => {
  it('the body a clause is about runs the programme the clause names', () => {
    const page = extract('永乐店镇和西集镇参加。西集镇商会积极组织会员企业，开展“暖冬助学”公益活动。');
    expect(involved(page)).toContain('西集镇商会 → “暖冬助学”公益活动');
  });

  it('bodies written right before a programme are its owners, as well as the clause’s subject', () => {
    const page = extract('永乐店镇和西集镇参加。西集镇商会落实通州区农业农村局、通州区水务局“清河净岸”专项行动部署。');
    expect(involved(page)).toEqual(
      expect.arrayContaining(['通州区农业农村局 → “清河净岸”专项行动', '通州区水务局 → “清河净岸”专项行动', '西集镇商会 → “清河净岸”专项行动']),
    );
  });

  it('the agents of a 由 clause run the project the clause goes on to name', () => {
    const page = extract('永乐店镇和西集镇参加。由西集镇商会牵头申报的林下菌菇种植项目已获批复。');
    expect(involved(page)).toEqual(['西集镇商会 → 林下菌菇种植项目']);
  });

  it('the agents of a 由 clause build the project named before it', () => {
    const page = extract('永乐店镇和西集镇参加。滨河湿地公园项目由通州区园林绿化局、通州区水务局共同建设。');
    expect(involved(page)).toEqual(expect.arrayContaining(['通州区园林绿化局 → 滨河湿地公园项目', '通州区水务局 → 滨河湿地公园项目']));
  });

  it('a body after a verb is an object, not the clause’s subject', () => {
    const page = extract('永乐店镇和西集镇参加。永乐店镇邀请北京农学院专家，开展“科技下乡”培训活动。');
    expect(involved(page)).toEqual([]);
  });

  it('a project named after 与 is a partner the subject works with, not one it runs', () => {
    const page = extract('永乐店镇和西集镇参加。西集镇商会开展“爱心送餐”活动，同时与“银龄驿站”项目联动。');
    expect(involved(page)).toEqual(['西集镇商会 → “爱心送餐”活动']);
  });

  it('a campaign named before a prize awarded it; the winner did not run it', () => {
    const page = extract('永乐店镇和西集镇参加。西集镇志愿者协会荣获“文明乡风”志愿服务行动金奖。');
    expect(involved(page)).toEqual([]);
  });

  it('a time clause (自…以来) has the subject of the clause it leads into', () => {
    const page = extract('永乐店镇和西集镇参加。自今年3月开展燃气安全大整治工作以来，通州区应急管理局、通州区城市管理委联合执法。');
    expect(involved(page)).toEqual(expect.arrayContaining(['通州区应急管理局 → 燃气安全大整治', '通州区城市管理委 → 燃气安全大整治']));
  });

  it('a programme written right before another is the frame that one runs in', () => {
    const page = extract('永乐店镇和西集镇参加。西集镇商会将结合“美丽西集”行动计划“绿色骑行”活动，组织会员巡游。');
    expect(involved(page)).toEqual(['西集镇商会 → “绿色骑行”活动']);
  });

  it('a person whose title names a project takes part in it', () => {
    const page = extract('永乐店镇和西集镇参加。西集镇生态农场项目负责人王建国介绍，农场下月开园。');
    expect(involved(page)).toContain('王建国 → 西集镇生态农场项目');
  });

  it('a meeting’s resolutions (会议强调) are the committee’s whose standing committee met', () => {
    const page = extract('区委常委会召开会议\n\n本报讯 昨天，区委常委会召开会议，永乐店镇、西集镇负责人列席。会议强调，要深入开展“清廉护航”专项行动。');
    expect(involved(page)).toContain('通州区委 → “清廉护航”专项行动');
  });

  it('a clause with no subject in a paragraph with none is about the body the headline opens with', () => {
    const page = extract(
      '市交通运输局推进行业党建\n\n本报讯 昨天，林埭镇、钟埭街道的码头企业代表来到市交通运输局座谈。\n\n目前，已建成驿站3个。同时，打造了“畅行平湖”服务品牌。',
    );
    expect(involved(page)).toContain('平湖市交通运输局 → “畅行平湖”服务品牌');
  });

  it('a leader who opens a ceremony and one who chairs it do not take part in the project a later clause names', () => {
    const page = extract('永乐店镇和西集镇参加。县委书记李明出席并致辞，县长王强主持，白溪食品加工项目负责人张华参加。');
    expect(involved(page)).toEqual(['张华 → 白溪食品加工项目']);
  });

  it('a leader who leads a team to inspect a project does not take part in it; the body its name starts with does', () => {
    const page = extract('永乐店镇和西集镇参加。校长李明带领工作组实地查看了白溪学校新校区建设情况。');
    expect(involved(page)).toEqual(['白溪学校 → 白溪学校新校区']);
  });

  it('the bodies that build a project, written before 打造的, are its agents', () => {
    const page = extract('永乐店镇和西集镇参加。白溪未来城创新产业园项目是由江州研究院参与策划，通州区人民政府打造的科技产业综合体。');
    expect(involved(page)).toEqual(expect.arrayContaining(['江州研究院 → 白溪未来城创新产业园项目', '通州区人民政府 → 白溪未来城创新产业园项目']));
  });

  it('the body under whose lead (在…牵头下) a programme runs takes part in it', () => {
    const page = extract('永乐店镇和西集镇参加。在通州区委统战部牵头下，通过实施“百企帮百村”行动，西集镇吸引了3家商会。');
    expect(involved(page)).toContain('通州区委统战部 → “百企帮百村”行动');
  });

  it('a zone a project’s name starts with is where the project is, not who runs it', () => {
    const page = extract('永乐店镇和西集镇参加。白溪县经济开发区冷链物流园项目总投资2.3亿元。');
    expect(involved(page)).toEqual([]);
  });

  it('the body written before the first of a list of facilities runs each of them', () => {
    const page = extract('永乐店镇和西集镇参加。参观了通州区人民检察院检察文化展示馆、未成年人法治教育馆等场所。');
    expect(involved(page)).toEqual(['通州区人民检察院 → 通州区人民检察院检察文化展示馆', '通州区人民检察院 → 未成年人法治教育馆']);
  });

  it('a county that builds a project does so through its government', () => {
    const page = extract('县长王强出席。\n\n通州区投资8亿元，建设了占地130公顷的白溪蓝莓产业园区。');
    expect(involved(page)).toContain('通州区人民政府 → 白溪蓝莓产业园区');
  });

  it('该项目 is the project built that the story named last; the body acting on it takes part', () => {
    const page = extract('永乐店镇和西集镇参加。西集镇新型垃圾中转站启动建设。镇纪委将其列入燃气安全专项整治清单。西集镇人民政府推动该项目全程公开。');
    expect(involved(page)).toContain('西集镇人民政府 → 西集镇新型垃圾中转站');
    expect(involved(page)).not.toContain('西集镇人民政府 → 燃气安全专项整治');
  });

  it('a project referred to as the subject of its clause is what the clause reports on, not what it runs', () => {
    const page = extract('永乐店镇和西集镇参加。通州区人民政府打造了白溪未来城创新产业园项目。该项目将重点建设白溪通用航空产业基地。');
    expect(involved(page)).not.toContain('通州区人民政府 → 白溪通用航空产业基地');
  });

  it('what a visit inspects at a body it went to is that body’s', () => {
    const page = extract('永乐店镇和西集镇参加。视察组前往江州绿源再生能源有限公司，视察西集镇生活垃圾治理一体化项目的运行状况。');
    expect(involved(page)).toContain('江州绿源再生能源有限公司 → 西集镇生活垃圾治理一体化项目');
  });

  it('a park found to be built is that project in the sentences that name it as a place', () => {
    const page = extract('本报讯 青禾未来城创新产业园开工。青禾未来城创新产业园是由江州研究院参与策划，通州区人民政府打造的科技产业综合体。');
    expect(involved(page)).toEqual(expect.arrayContaining(['江州研究院 → 青禾未来城创新产业园', '通州区人民政府 → 青禾未来城创新产业园']));
  });

  it('a person the story is about who founds a project takes part in it', () => {
    const page = extract('永乐店镇和西集镇参加。村民尹大海是菜帮成员之一。如今，他返乡创建通州区青禾源农业基地，写出新篇。');
    expect(involved(page)).toEqual(['尹大海 → 通州区青禾源农业基地']);
  });

  it('bodies written one after another at the start of a project’s name both run it', () => {
    const page = extract('签约仪式上，青川县人民政府成都大学专项合作项目签约。');
    const owners = relationsOf(page)
      .filter((r) => r.type === 'INVOLVED_IN')
      .map((r) => r.from)
      .sort();
    expect(owners).toEqual(['成都大学', '青川县人民政府']);
  });
});
