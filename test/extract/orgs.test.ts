import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, extract, relationsOf } from './helpers.ts';

describe('organisations', () => {
  it('each organisation gets the kind its name ending gives', () => {
    const page = extract('近日，杭州华信电子科技有限公司、嘉善县人民法院、宁波大学、温州市总商会和桐乡市妇联共同举办公益活动。');
    expect(entity(page, 'ORG', '杭州华信电子科技有限公司')?.attrs.kind).toBe('company');
    expect(entity(page, 'ORG', '嘉善县人民法院')?.attrs.kind).toBe('judicial');
    expect(entity(page, 'ORG', '宁波大学')?.attrs.kind).toBe('education');
    expect(entity(page, 'ORG', '温州市总商会')?.attrs.kind).toBe('association');
    expect(entity(page, 'ORG', '桐乡市妇联')?.attrs.kind).toBe('association');
  });

  it('a Party branch of a company is part of the company', () => {
    const page = extract('杭州华信电子科技有限公司党支部开展主题党日活动。');
    expect(relationsOf(page)).toContainEqual(
      expect.objectContaining({
        type: 'PART_OF',
        from: '杭州华信电子科技有限公司党支部',
        to: '杭州华信电子科技有限公司',
      }),
    );
  });

  it('区委 is written out with the district the page is about', () => {
    const page = extract('永乐店镇和西集镇的干部参加会议。会议传达了区委全会精神。');
    expect(entity(page, 'ORG', '通州区委')?.aliases).toContain('区委');
  });

  it('区检察院 is the district people’s procuratorate, written in full', () => {
    const page = extract('漷县镇联合区检察院开展普法宣传。马驹桥镇也参加了活动。');
    const procuratorate = entity(page, 'ORG', '通州区人民检察院');
    expect(procuratorate?.attrs.kind).toBe('judicial');
    expect(procuratorate?.aliases).toContain('区检察院');
  });

  it('a company’s brand written alone is an alias of its full name', () => {
    const page = extract('浙江恒通机械制造股份有限公司今年扩建厂房。恒通机械制造负责人表示，新厂房年底投用。');
    expect(entity(page, 'ORG', '浙江恒通机械制造股份有限公司')?.aliases).toContain('恒通机械制造');
  });

  it('a department after a committee title belongs to that committee', () => {
    const page = extract('永乐店镇、台湖镇负责人参加。区委常委、宣传部部长赵文华出席。');
    expect(relationsOf(page)).toContainEqual(
      expect.objectContaining({ type: 'HOLDS_POSITION', from: '赵文华', to: '通州区委宣传部', attrs: { title: '部长' } }),
    );
    expect(relationsOf(page)).toContainEqual(expect.objectContaining({ type: 'PART_OF', from: '通州区委宣传部', to: '通州区委' }));
  });

  it('a year dates the event a body is named in; the body’s name starts after it', () => {
    const page = extract('西集镇、永乐店镇参加。学习贯彻党的二十大精神2024年“红色之声”志愿服务队来到村里。');
    expect(
      entitiesOf(page)
        .filter((e) => e.type === 'ORG')
        .map((e) => e.name),
    ).toEqual(['“红色之声”志愿服务队']);
  });

  it('各乡镇党委 is every such committee, not one body', () => {
    const page = extract('西集镇、永乐店镇参加。各乡镇党委负责同志参加会议。');
    expect(entitiesOf(page).filter((e) => e.type === 'ORG')).toEqual([]);
  });

  it('a name opening with a verb is the sentence going on, whatever its ending', () => {
    const page = extract('村里积极招商，同时开办农家民宿、餐厅等新业态。');
    expect(entitiesOf(page).filter((e) => e.type === 'ORG')).toEqual([]);
  });

  it('a body written with its middle left out is the body named in full', () => {
    const page = extract('永乐店镇参加。北京市通州区城市管理委环境卫生服务中心启动检查。通州区环境卫生服务中心派出三个小组。');
    expect(entity(page, 'ORG', '北京市通州区城市管理委环境卫生服务中心')?.aliases).toContain('通州区环境卫生服务中心');
  });

  it('a body whose left-out middle names a place is another body', () => {
    const page = extract('永乐店镇参加。北京市通州区人民检察院落实北京市检察院部署。');
    expect(entity(page, 'ORG', '北京市人民检察院')?.aliases).toEqual(['北京市检察院']);
  });

  it('a project’s name ends a name before 与 (…电站与地方政府合资)', () => {
    const page = extract('道路由抽水蓄能电站与地方政府合资修建。');
    expect(
      entitiesOf(page)
        .filter((e) => e.type === 'ORG')
        .map((e) => e.name),
    ).toEqual([]);
  });

  it('a people’s congress written short is a body, and its standing committee is part of it', () => {
    const page = extract('青川县人大常委会副主任罗晓峰向青川县人大报告工作。');
    expect(entity(page, 'ORG', '青川县人大')?.attrs.kind).toBe('government');
    expect(relationsOf(page)).toContainEqual(expect.objectContaining({ type: 'PART_OF', from: '青川县人大常委会', to: '青川县人大' }));
  });

  it('a body read too far left into the sentence starts at its place', () => {
    const page = extract('会议要求认真落实青川县人大常委会的部署。');
    expect(entity(page, 'ORG', '青川县人大常委会')).toBeDefined();
    expect(entitiesOf(page).some((e) => e.name.startsWith('认真'))).toBe(false);
  });

  it('a committee and its government named together are two bodies', () => {
    const page = extract('青川县委县政府高度重视，大关县委政府也派人参加。');
    const names = entitiesOf(page)
      .filter((e) => e.type === 'ORG')
      .map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['青川县委', '青川县人民政府', '大关县委', '大关县人民政府']));
  });

  it('a place whose name ends in its level keeps it before its committee (泸县县委)', () => {
    const page = extract('泸县县委常委会召开会议。');
    expect(entity(page, 'ORG', '泸县县委')).toBeDefined();
  });

  it('a section named after its bureau is part of it; a delegation is not a section', () => {
    const page = extract('青川县文化旅游局市场管理科科长罗晓峰说，青川县文化旅游局考察组已出发。');
    expect(relationsOf(page)).toContainEqual(expect.objectContaining({ type: 'PART_OF', from: '青川县文化旅游局市场管理科', to: '青川县文化旅游局' }));
    expect(entitiesOf(page).some((e) => e.name.endsWith('考察组'))).toBe(false);
  });

  it('a tribunal is part of the one court its story names', () => {
    const page = extract('青川县人民法院在白龙法庭开庭审理此案。');
    expect(relationsOf(page)).toContainEqual(expect.objectContaining({ type: 'PART_OF', from: '白龙法庭', to: '青川县人民法院' }));
  });

  it('a task group named by its remit alone is every such group; one named by its place is a body', () => {
    const page = extract('移民指挥部完成搬迁，青川县灾后重建指挥部随即成立。');
    const names = entitiesOf(page)
      .filter((e) => e.type === 'ORG')
      .map((e) => e.name);
    expect(names).toEqual(['青川县灾后重建指挥部']);
  });

  it('党中央 is named in full as 中共中央', () => {
    const page = extract('坚决贯彻党中央决策部署。');
    expect(entity(page, 'ORG', '中共中央')?.aliases).toContain('党中央');
  });

  it('places listed by their proper parts and a count share the body written after them, one each', () => {
    const page = extract('白龙镇改造了青岗、石门、柳溪3个社区党群服务中心。');
    const names = entitiesOf(page)
      .filter((e) => e.type === 'ORG')
      .map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['青岗社区党群服务中心', '石门社区党群服务中心', '柳溪社区党群服务中心']));
  });

  it('中共 before a place’s committee is part of its name, and the committee written short is the same body', () => {
    const page = extract('中共青川县委召开全会。会上，青川县委书记罗晓峰讲话。');
    expect(entity(page, 'ORG', '中共青川县委')?.aliases).toContain('青川县委');
  });

  it('a province’s and a city’s bodies of one kind stay two bodies', () => {
    const page = extract('省人大常委会领导来南通市调研\n\n本报讯 江苏省人大常委会主任王明来南通市调研。市委书记、市人大常委会主任李强陪同。\n');
    expect(entity(page, 'ORG', '江苏省人大常委会')?.aliases ?? []).not.toContain('市人大常委会');
    expect(relationsOf(page)).toContainEqual(expect.objectContaining({ type: 'HOLDS_POSITION', from: '李强', to: '南通市人大常委会' }));
  });

  it('和 before a place written in full joins two bodies, each with its own officer', () => {
    const page = extract('会议召开\n\n本报讯 江苏省人大常委会副主任王明和南通市人大常委会主任李强出席会议。\n');
    expect(relationsOf(page)).toContainEqual(expect.objectContaining({ type: 'HOLDS_POSITION', from: '王明', to: '江苏省人大常委会' }));
    expect(relationsOf(page)).toContainEqual(expect.objectContaining({ type: 'HOLDS_POSITION', from: '李强', to: '南通市人大常委会' }));
  });

  it('papers and stations listed before 等…媒体 are media, and kinds of media are not', () => {
    const page = extract(
      '活动举行\n\n本报讯 活动举行。人民政协报、团结报、中国旅游报、江西日报、赣州电视台等20余家媒体应邀参加。报纸、电视、网络等媒体也作了报道。\n',
    );
    const orgs = entitiesOf(page)
      .filter((e) => e.type === 'ORG')
      .map((e) => e.name)
      .sort();
    expect(orgs).toEqual(['中国旅游报', '人民政协报', '团结报', '江西日报', '赣州电视台'].sort());
    expect(entity(page, 'ORG', '团结报')?.attrs.kind).toBe('media');
  });

  it('a democratic party’s central and provincial committees are bodies, and so is the League’s', () => {
    const page = extract('开工典礼举行\n\n本报讯 项目开工典礼在纳雍县举行。民革中央副主席王明宣布开工，民革贵州省委、共青团贵州省委有关负责人出席。\n');
    expect(relationsOf(page)).toContainEqual(expect.objectContaining({ type: 'HOLDS_POSITION', from: '王明', to: '民革中央' }));
    expect(entity(page, 'ORG', '民革贵州省委')?.attrs.kind).toBe('party');
    expect(entity(page, 'ORG', '共青团贵州省委')?.attrs.kind).toBe('association');
  });

  it('a grade and a kind (三级甲等医院, 先进基层检察院) is no body, and a name never opens with 与', () => {
    const page = extract('医院建设推进\n\n本报讯 该院力争创建三级甲等医院，为群众带来了与国家级医院同质化的服务。区检察院获评全省先进基层检察院。\n');
    const orgs = entitiesOf(page)
      .filter((e) => e.type === 'ORG')
      .map((e) => e.name);
    expect(orgs.filter((n) => /医院$|先进/.test(n))).toEqual([]);
  });

  it('a verb right before a place ends the sentence’s run before a hospital’s name', () => {
    const page = extract('医疗联合体成立\n\n本报讯 南京鼓楼医院整体托管泰州市人民医院，双方签约。\n');
    expect(entity(page, 'ORG', '泰州市人民医院')).toBeDefined();
    expect(entitiesOf(page).some((e) => e.name.includes('托管'))).toBe(false);
  });
});
