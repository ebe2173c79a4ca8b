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
