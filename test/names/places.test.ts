import { describe, expect, it } from 'vitest';
import { englishName } from '../../server/names/index.ts';

const place = (name: string) => englishName({ type: 'PLACE', name });

describe('place names', () => {
  it('write the proper part as one word and the level in English', () => {
    expect(place('望京街道')).toBe('Wangjing Street');
    expect(place('马驹桥镇')).toBe('Majuqiao Town');
    expect(place('大王庄村')).toBe('Dawangzhuang Village');
    expect(place('海淀区')).toBe('Haidian District');
    expect(place('桐庐县')).toBe('Tonglu County');
    expect(place('溪口乡')).toBe('Xikou Township');
  });

  it('use the standard readings of polyphonic place names', () => {
    expect(place('六安市')).toBe("Lu'an City");
    expect(place('乐清市')).toBe('Yueqing City');
    expect(place('蚌埠市')).toBe('Bengbu City');
    expect(place('单县')).toBe('Shan County');
    expect(place('番禺区')).toBe('Panyu District');
  });

  it('put an apostrophe where a syllable opening with a, o or e follows another', () => {
    expect(place('西安市')).toBe("Xi'an City");
    expect(place('长安街道')).toBe("Chang'an Street");
  });

  it('let the four municipalities stand alone', () => {
    expect(place('上海市')).toBe('Shanghai');
    expect(place('天津')).toBe('Tianjin');
    expect(place('重庆市')).toBe('Chongqing');
  });

  it('name provinces and autonomous regions by their official titles', () => {
    expect(place('浙江省')).toBe('Zhejiang Province');
    expect(place('内蒙古自治区')).toBe('Inner Mongolia Autonomous Region');
    expect(place('陕西')).toBe('Shaanxi Province');
  });

  it('write roads with their direction', () => {
    expect(place('中关村东路')).toBe('Zhongguancun East Road');
  });

  it('read 都 in a name as du', () => {
    expect(place('花都社区')).toBe('Huadu Community');
  });

  it("take an ordinary word before a grassroots level as the place's name", () => {
    expect(place('先锋村')).toBe('Xianfeng Village');
    expect(place('幸福里社区')).toBe('Xingfuli Community');
    expect(place('西溪街道先锋村')).toBe('Xixi Street Xianfeng Village');
  });

  it('write a section after the whole name of its place', () => {
    expect(place('桃花园南区')).toBe('Taohuayuan South Area');
  });

  it('read a one-character level into a one-syllable name, saying a natural feature again', () => {
    expect(place('汉江')).toBe('Hanjiang River');
    expect(englishName({ type: 'PROJECT', name: '石港码头改造项目' })).toBe('Shigang Wharf renovation project');
  });

  it('name the regions of national strategies in their official English', () => {
    expect(place('长三角')).toBe('Yangtze River Delta');
  });

  it('write a group named by direction and count as the count, the direction and the level in the plural', () => {
    expect(place('南四县')).toBe('Four Southern Counties');
    expect(place('西北五省')).toBe('Five Northwestern Provinces');
    expect(englishName({ type: 'PROJECT', name: '保定市南三县协同发展项目' })).toMatch(/^Baoding Three Southern Counties /);
  });

  it('keep the glossary reading of a group whose direction is idiomatic', () => {
    expect(place('东三省')).toBe('Three Northeastern Provinces');
  });

  it('read a numbered village or community as one place, not a group', () => {
    expect(place('东一村')).toBe('Dongyi Village');
    expect(place('北二社区')).toBe("Bei'er Community");
  });

  it('keep the residential generic 家园 in pinyin after its name', () => {
    expect(place('龙湖家园')).toBe('Longhu Jiayuan');
    expect(place('幸福家园社区')).toBe('Xingfu Jiayuan Community');
  });

  it('do not read a level inside a proper name (石港镇 is not "Shi Port Town")', () => {
    expect(place('石港镇')).toBe('Shigang Town');
    expect(place('周村村')).toBe('Zhoucun Village');
  });
});
