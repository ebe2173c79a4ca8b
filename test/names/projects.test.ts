import { describe, expect, it } from 'vitest';
import { englishName } from '../../server/names/index.ts';

const project = (name: string) => englishName({ type: 'PROJECT', name });

describe('project names', () => {
  it('write proper parts in pinyin and common words in English', () => {
    expect(project('桐庐抽水蓄能电站')).toBe('Tonglu pumped-storage station');
    expect(project('白鹤滩水电站')).toBe('Baihetan hydropower station');
  });

  it('write a quoted name in pinyin before its head', () => {
    expect(project('“春风”计划')).toBe('Chunfeng Plan');
    expect(project('“红帆”党建品牌')).toBe('Hongfan Party-building brand');
  });

  it('put "new" before the word it qualifies', () => {
    expect(project('远景科技集团股份有限公司电池新项目')).toBe('Yuanjing Technology Group new Battery project');
  });

  it('join two parts with "and"', () => {
    expect(project('上城区与拱墅区一体化发展论坛')).toBe('Shangcheng District and Gongshu District Integrated Development Forum');
    expect(project('污水和沼气利用项目')).toBe('sewage and biogas utilization project');
  });

  it('leave 和 inside a proper name alone', () => {
    expect(englishName({ type: 'PLACE', name: '安和村' })).toBe('Anhe Village');
  });

  it('read a county seat section as such, not as the county and a proper part', () => {
    expect(project('桐庐县城段提升工程')).toBe('Tonglu county seat section improvement project');
  });

  it("drop a company's legal form but keep a university", () => {
    expect(project('浙江大学实验室建设项目')).toBe('Zhejiang University Laboratory construction project');
  });

  it('translate farm produce and the fixed phrases of Party study campaigns', () => {
    expect(project('草莓小镇')).toBe('Strawberry Town');
    expect(project('学习贯彻党的二十大精神宣讲活动')).toBe(
      'Studying and Implementing the Guiding Principles of the 20th CPC National Congress Lecture campaign',
    );
  });

  it('keep places inside a project name with their level', () => {
    expect(project('双溪村棚改项目')).toBe('Shuangxi Village shantytown renovation project');
  });
});
