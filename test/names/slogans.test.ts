import { describe, expect, it } from 'vitest';
import { englishName } from '../../server/names/index.ts';

const project = (name: string) => englishName({ type: 'PROJECT', name });
const org = (name: string) => englishName({ type: 'ORG', name });

describe('quoted names', () => {
  it('are translated when every word is glossary vocabulary', () => {
    expect(project('“最美家庭”评选活动')).toBe('Most Beautiful Family selection campaign');
    expect(project('“平安护航”专项行动')).toBe('Safe Escort special campaign');
  });

  it('keep places inside a translated slogan', () => {
    expect(project('“十里富春江”品牌')).toBe('Ten-li Fuchun River brand');
  });

  it('stay pinyin, word by word, when a word is not vocabulary', () => {
    expect(project('“银杏之约”活动')).toBe('Yinxing Zhiyue campaign');
  });

  it('stay pinyin when two characters long, since such names are brands', () => {
    expect(project('“春风”计划')).toBe('Chunfeng Plan');
    expect(project('“幸福”品牌')).toBe('Xingfu brand');
  });

  it('write a name with a generic head as pinyin and English', () => {
    expect(project('“筑梦班”培训项目')).toBe('Zhumeng Class training project');
  });

  it('split at commas and middle dots, each clause on its own', () => {
    expect(project('“美丽乡村，幸福未来”品牌')).toBe('Beautiful Countryside, Happy Future brand');
    expect(project('“银杏之约·最美家庭”活动')).toBe('Yinxing Zhiyue · Most Beautiful Family campaign');
  });

  it('never fall back to syllables for a slogan with a comma', () => {
    expect(englishName({ type: 'PROJECT', name: '“携手共进，共创辉煌”主题活动' })).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+, /);
  });

  it('read a quote inside a quote as part of the name, not as a rare script', () => {
    const result = englishName({ type: 'PROJECT', name: '“‘浙’里青春”行动计划' });
    expect(result).toMatch(/^Zheli /);
    expect(result).toMatch(/ action plan$/);
  });

  it('read pinyin words as the phrase divides, joining a last lone character to its name', () => {
    expect(project('“金桂银杏”计划')).toBe('Jingui Yinxing Plan');
    expect(project('白鹤滩水电站')).toBe('Baihetan hydropower station');
  });

  it('read a coined four-character word as two words of two', () => {
    expect(project('“星耀智造”品牌')).toBe('Xingyao Zhizao brand');
  });

  it("split a place's short name from a one-character word run into it", () => {
    expect(project('“美柯桥·向未来”行动')).toMatch(/^Mei Keqiao · /);
    expect(project('“新建德”计划')).toBe('Xin Jiande Plan');
  });

  it('read 同行 in a slogan as "walk together"', () => {
    expect(project('“一路同行”计划')).toBe('Yilu Tongxing Plan');
  });
});

describe('numbered formulas', () => {
  it('write each number with the plural of what it counts, joined by "and"', () => {
    expect(project('“两个维护”主题教育')).toBe('Two Upholds Theme Education');
    expect(project('“三大三强”行动')).toBe('Three Bigs and Three Strengths action');
    expect(project('“五进五服务”活动')).toBe('Five Entries and Five Services campaign');
  });

  it('take a linking verb between two formulas in place of "and"', () => {
    expect(org('“三老带三新”宣讲团')).toBe('Three Elders Leading Three New Lecture Team');
  });

  it('are read in a name quoted as a whole', () => {
    expect(project('“两个维护”')).toBe('Two Upholds campaign');
  });

  it('are read only where the whole clause is formulas', () => {
    expect(project('“四敢争先”行动')).not.toMatch(/Four/);
    expect(englishName({ type: 'PLACE', name: '三里屯村' })).toBe('Sanlitun Village');
  });
});

describe('parallel series', () => {
  it('write each part with the shared prefix in English', () => {
    expect(project('“大比武大练兵”活动')).toBe('Big Skills Contest, Big Training campaign');
  });

  it('need every part to be vocabulary', () => {
    expect(project('“大连大学”活动')).not.toMatch(/Big/);
  });
});

describe('projects named by a slogan alone', () => {
  it('are called a campaign', () => {
    expect(project('“平安护航”')).toBe('Safe Escort campaign');
  });

  it('keep their own head when the quote holds one', () => {
    expect(project('“能力提升计划”')).toBe('Capability Improvement Plan');
  });
});

describe('quoted names of organisations', () => {
  it('follow the same rules', () => {
    expect(org('“最美家庭”志愿服务队')).toBe('Most Beautiful Family Volunteer Service Team');
  });
});
