import type { ArticleEntities } from '../article.ts';
import type { SentenceMentions } from '../mentions/index.ts';

// 总投资5亿元, 投资约4000万元, 计划总投资2.7亿元: an investment as written.
const INVESTMENT = /投资(约|近|超|逾|超过|达)?([0-9]+(?:\.[0-9]+)?)(亿|万)?元/;
const UNIT: Readonly<Record<string, number>> = { 亿: 1e8, 万: 1e4, '': 1 };
const APPROXIMATE = new Set(['约', '近', '超', '逾', '超过']);
// Where a project stands, in the words news reports use.
const STATUS = /(竣工投产|建成投产|投产发电|开工建设|正式启动|全部完成|已完成|在建|竣工|投产|贯通|试点)/;

export interface Money {
  written: string;
  yuan: number;
  approximate: boolean;
}

/** 5亿元 → 500000000; 约4000万元 → 40000000, approximate. */
export function parseInvestment(text: string): Money | undefined {
  const match = INVESTMENT.exec(text);
  if (!match) return undefined;
  const [, hedge = '', amount, unit = ''] = match;
  return {
    written: `${hedge}${amount}${unit}元`,
    yuan: Math.round(Number(amount) * UNIT[unit]!),
    approximate: APPROXIMATE.has(hedge),
  };
}

/**
 * Gives each project the investment and status its sentence states. The project is the one the
 * sentence names, or (该项目, 该电站) the one the article named last.
 */
export function attachMoney(read: readonly SentenceMentions[], entities: ArticleEntities): void {
  let last: string | undefined;
  for (const { sentence, projects } of read) {
    const named = projects[projects.length - 1];
    if (named) last = named.name.replace(/[“”]/g, '');
    const project = last ? entities.find('PROJECT', last) : undefined;
    if (!project) continue;
    const money = parseInvestment(sentence.text);
    if (money && project.attrs.investment === undefined && (named || /该(?:项目|工程|电站|道路)/.test(sentence.text))) {
      project.attrs.investment = money.written;
      project.attrs.investmentYuan = money.yuan;
      if (money.approximate) project.attrs.investmentApproximate = true;
    }
    const status = named ? STATUS.exec(sentence.text) : undefined;
    if (status && project.attrs.status === undefined) project.attrs.status = status[1];
  }
}
