import { describe, expect, it } from 'vitest';
import { englishName } from '../../server/names/index.ts';

const org = (name: string) => englishName({ type: 'ORG', name });

describe('official forms of bodies', () => {
  it('write a Party committee as CPC … Committee', () => {
    expect(org('海淀区委')).toBe('CPC Haidian District Committee');
    expect(org('马驹桥镇党委')).toBe('CPC Majuqiao Town Committee');
    expect(org('杭州市委')).toBe('CPC Hangzhou Municipal Committee');
    expect(org('望京街道党工委')).toBe('CPC Wangjing Street Working Committee');
  });

  it('write a CPPCC committee as CPPCC … Committee', () => {
    expect(org('西城区政协')).toBe('CPPCC Xicheng District Committee');
  });

  it("write a government as … People's Government", () => {
    expect(org('顺义区人民政府')).toBe("Shunyi District People's Government");
  });

  it("write a standing committee of a people's congress in full", () => {
    expect(org('海淀区人大常委会')).toBe("Standing Committee of the Haidian District People's Congress");
  });

  it("write procuratorates and courts as People's Procuratorate and People's Court", () => {
    expect(org('朝阳区人民检察院')).toBe("Chaoyang District People's Procuratorate");
    expect(org('大兴区人民法院')).toBe("Daxing District People's Court");
  });

  it('name a body after its own area only', () => {
    expect(org('北京市朝阳区人民检察院')).toBe("Chaoyang District People's Procuratorate");
  });

  it('write departments of a Party committee as "… Department of the CPC … Committee"', () => {
    expect(org('海淀区委宣传部')).toBe('Publicity Department of the CPC Haidian District Committee');
    expect(org('顺义区委组织部')).toBe('Organization Department of the CPC Shunyi District Committee');
    expect(org('朝阳区委统战部')).toBe('United Front Work Department of the CPC Chaoyang District Committee');
  });

  it('write bureaus with the area, the field and the head in that order', () => {
    expect(org('昌平区民政局')).toBe('Changping District Civil Affairs Bureau');
    expect(org('海淀区卫健委')).toBe('Haidian District Health Commission');
  });

  it('read a city before a government body as "Municipal"', () => {
    expect(org('杭州市公安局')).toBe('Hangzhou Municipal Public Security Bureau');
  });

  it('write a branch as "… Branch of the …"', () => {
    expect(org('温州市生态环境局瓯海分局')).toBe('Ouhai Branch of the Wenzhou Municipal Ecology and Environment Bureau');
  });

  it('write a Party committee of a university without an article', () => {
    expect(org('浙江大学党委')).toBe('CPC Committee of Zhejiang University');
  });

  it('write a school of a university as "School of …, University"', () => {
    expect(org('浙江大学马克思主义学院')).toBe('School of Marxism, Zhejiang University');
  });

  it('write a committee of a body outside government as a Committee', () => {
    expect(org('上海证券交易所上市委员会')).toBe('Listing Committee of the Shanghai Stock Exchange');
    expect(org('杭州市规划委员会')).toBe('Hangzhou Municipal Planning Commission');
  });

  it('write a promotion association before its field', () => {
    expect(org('宁波市科技创新促进会')).toBe('Ningbo Association for the Promotion of Technology Innovation');
  });

  it("write a democratic party's committee as that party's, not the CPC's", () => {
    expect(org('民盟浙江省委')).toBe('Zhejiang Provincial Committee of the China Democratic League');
    expect(org('九三学社杭州市委')).toBe('Hangzhou Municipal Committee of the Jiusan Society');
    expect(org('民建宁波市委会')).toBe('Ningbo Municipal Committee of the China National Democratic Construction Association');
  });

  it('write the full official names of committees and congresses in their usual forms', () => {
    expect(org('中国共产党杭州市委员会')).toBe('CPC Hangzhou Municipal Committee');
    expect(org('中共嘉兴市委')).toBe('CPC Jiaxing Municipal Committee');
    expect(org('中共嘉兴市委组织部')).toBe('Organization Department of the CPC Jiaxing Municipal Committee');
    expect(org('中国人民政治协商会议温州市委员会')).toBe('CPPCC Wenzhou Municipal Committee');
    expect(org('湖州市人民代表大会常务委员会')).toBe("Standing Committee of the Huzhou Municipal People's Congress");
  });

  it('write a joint discipline inspection and supervisory body in full', () => {
    expect(org('余杭区纪委监委')).toBe('CPC Yuhang District Commission for Discipline Inspection and Yuhang District Supervisory Commission');
  });

  it('write tribunals, police and health bodies by their official English', () => {
    expect(org('上城区人民法院湖滨人民法庭')).toBe("Hubin People's Tribunal of the Shangcheng District People's Court");
    expect(org('杭州市公安局交通警察支队')).toBe('Traffic Police Detachment of the Hangzhou Municipal Public Security Bureau');
    expect(org('萧山区疾病预防控制中心')).toBe('Xiaoshan District Center for Disease Control and Prevention');
  });

  it('write a school of medicine though its field ends in 学', () => {
    expect(org('浙江大学医学院')).toBe('School of Medicine, Zhejiang University');
  });

  it("write a studio named after a person with the person's name, family name first", () => {
    expect(org('刘芳工作室')).toBe('Liu Fang Studio');
    expect(org('黄丽萍名师工作室')).toBe('Huang Liping Master Teacher Studio');
    expect(org('余杭区司马文杰劳模创新工作室')).toBe('Yuhang District Sima Wenjie Model Worker Innovation Studio');
  });

  it('keep a studio named by a word or a rarer surname as one brand word', () => {
    expect(org('安心工作室')).toBe('Anxin Studio');
    expect(org('乐享工作室')).toBe('Lexiang Studio');
  });

  it('write national bodies by their official names', () => {
    expect(org('生态环境部')).toBe('Ministry of Ecology and Environment');
    expect(org('生态环境部办公厅')).toBe('General Office of the Ministry of Ecology and Environment');
  });
});

describe('companies', () => {
  it('write the brand as one word and translate the rest', () => {
    expect(org('远景科技集团股份有限公司')).toBe('Yuanjing Technology Group Co., Ltd.');
  });

  it('write the short alias of a company the same way', () => {
    expect(org('远景科技')).toBe('Yuanjing Technology');
  });

  it('split a leading place from the brand', () => {
    expect(org('杭州云帆网络科技有限公司')).toBe('Hangzhou Yunfan Network Technology Co., Ltd.');
  });
});
