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

  it('keep places inside a project name with their level', () => {
    expect(project('双溪村棚改项目')).toBe('Shuangxi Village shantytown renovation project');
  });
});
