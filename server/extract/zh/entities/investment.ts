import type { Investment } from '../../types.ts';

// 总投资5亿元, 投资约4000万元, 计划总投资2.7亿元: an investment as written.
const INVESTMENT = /投资(约|近|超|逾|超过|达)?([0-9]+(?:\.[0-9]+)?)(亿|万)?元/;
const UNIT: Readonly<Record<string, number>> = { 亿: 1e8, 万: 1e4, '': 1 };
const APPROXIMATE = new Set(['约', '近', '超', '逾', '超过']);

/** 5亿元 → 500000000; 约4000万元 → 40000000, approximate. */
export function parseInvestment(text: string): Investment | undefined {
  const match = INVESTMENT.exec(text);
  if (!match) return undefined;
  const [, hedge = '', amount, unit = ''] = match;
  return {
    written: `${hedge}${amount}${unit}元`,
    yuan: Math.round(Number(amount) * UNIT[unit]!),
    approximate: APPROXIMATE.has(hedge),
  };
}
