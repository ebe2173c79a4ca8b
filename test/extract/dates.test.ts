import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('dates', () => {
  it('the page’s date comes from its dateline', () => {
    expect(extract('2024年6月3日 星期一\n\n本报讯 近日，台湖镇召开会议。').date).toBe('2024-06-03');
  });

  it('a dateline under a long page menu is still the page’s date', () => {
    const menu = [
      '首页',
      '政务公开',
      '乡镇动态',
      '专题报道',
      '互动交流',
      '办事服务',
      '数据发布',
      '政策解读',
      '图片新闻',
      '视频新闻',
      '领导之窗',
      '机构设置',
    ].join('\n');
    expect(extract(`${menu}\n2024年6月3日 星期一\n台湖镇召开会议\n\n本报讯 近日，台湖镇召开会议。`).date).toBe('2024-06-03');
  });

  it('a long metadata line under the headline gives the page’s date', () => {
    expect(
      extract('台湖镇召开会议\n发布时间：2024-06-03 09:30 来源：台湖镇人民政府 作者：周小燕 阅读次数：1234\n近日，台湖镇召开会议，研究部署夏季防汛工作。').date,
    ).toBe('2024-06-03');
  });

  it('a page without a dateline has no date', () => {
    expect(extract('近日，台湖镇召开会议。').date).toBeUndefined();
  });

  it('relative dates are kept with the sentence they are read in', () => {
    const text = '本报讯 昨天上午，台湖镇召开会议。5月15日，会议精神传达到各村。';
    const dates = extract(text).articles[0]!.dates!;
    const yesterday = dates.find((d) => d.text === '昨天')!;
    expect(yesterday.relative).toBe(true);
    expect(yesterday.sentence.text).toBe('本报讯 昨天上午，台湖镇召开会议。');
    expect(text.slice(yesterday.start, yesterday.end)).toBe('昨天');
    expect(dates.find((d) => d.text === '5月15日')?.sentence.text).toBe('5月15日，会议精神传达到各村。');
  });
});
