import { describe, expect, it } from 'vitest';
import { englishName } from '../../server/names/index.ts';

const project = (name: string) => englishName({ type: 'PROJECT', name });

describe('numbers in names', () => {
  it('write a year as the bare number', () => {
    expect(project('2024年西湖区民生实事项目')).toBe("2024 Xihu District People's Livelihood Practical Matters project");
  });

  it('write an edition as an ordinal', () => {
    expect(project('第12届茶文化节')).toBe('12th Tea Culture Festival');
    expect(project('第3届乡村振兴论坛')).toBe('3rd Rural Revitalization Forum');
  });

  it('put a road number after its class', () => {
    expect(project('G60国道改建工程')).toBe('National Highway G60 reconstruction project');
    expect(project('17省道拓宽工程')).toMatch(/^Provincial Highway 17 /);
  });

  it('write a quantity as a hyphenated modifier, multiplying out 万 and 亿', () => {
    expect(project('10万千瓦光伏电站')).toBe('100,000-kW photovoltaic power station');
    expect(project('3.5万吨污水处理厂')).toBe('35,000-ton sewage treatment plant');
    expect(project('2000万吨港口项目')).toMatch(/^20-million-ton /);
  });
});
