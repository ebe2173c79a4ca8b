import { describe, expect, it } from 'vitest';
import { languageOf } from '../../server/extract/en/language.ts';
import { EXPECTED } from './fixtures/expected.ts';
import { fixtureText } from './helpers.ts';

describe('languageOf', () => {
  it('reads a Chinese story as Chinese', () => {
    expect(languageOf('区委书记孟景伟主持召开区委常委会扩大会议，研究部署下一阶段重点工作。')).toBe('zh');
  });

  it('keeps a Chinese story that quotes English names Chinese', () => {
    const text = '四方科技集团股份有限公司（Sifang Technology Group Co., Ltd.）与德国Becker Logistics GmbH签约，在兴仁镇建设罐箱新项目，总投资5亿元。';
    expect(languageOf(text)).toBe('zh');
  });

  it('reads an English story with Chinese names in brackets as English', () => {
    const text =
      'Zhou Jianhua (周建华), secretary of the CPC Jinyun County Committee (中共缙云县委), attended the meeting and delivered a speech on the pumped-storage power station.';
    expect(languageOf(text)).toBe('en');
  });

  it('reads every English fixture as English', () => {
    for (const file of Object.keys(EXPECTED)) expect(languageOf(fixtureText(file)), file).toBe('en');
  });

  it('sends text with neither script to the Chinese pipeline, the default', () => {
    expect(languageOf('2024-05-16 | 08:12')).toBe('zh');
  });
});
