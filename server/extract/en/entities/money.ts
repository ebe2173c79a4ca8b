import type { Investment } from '../../types.ts';
import type { EnglishDraft } from './draft.ts';
import type { Found } from '../mentions/found.ts';

// Investment as news English writes it: "5 billion yuan", "500 million yuan (about 69 million
// U.S. dollars)", "RMB 1.2 billion", "5 bln yuan". A sum is a project's investment only where
// the sentence says it is invested or spent ("a total investment of", "will cost"), so revenue
// and output figures stay out.
const SCALE: Readonly<Record<string, number>> = { trillion: 1e12, billion: 1e9, bln: 1e9, million: 1e6, mln: 1e6, thousand: 1e3, '': 1 };
const HEDGE = '(about|around|approximately|roughly|nearly|almost|over|more than|some|up to)';
const AMOUNT = new RegExp(
  `(?:${HEDGE}\\s+)?(?:(?:RMB|CNY|¥)\\s*)?(\\d+(?:[.,]\\d+)*)\\s*(trillion|billion|bln|million|mln|thousand)?\\s*(?:yuan|RMB|CNY)?(?:\\s*\\((?:about|around|approximately|roughly|or|some)\\s+[^)]{1,40}\\))?`,
  'gi',
);
const CURRENCY = /\byuan\b|\bRMB\b|\bCNY\b|¥/;
const APPROXIMATE = new Set(['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'over', 'more than', 'some', 'up to']);
// What a sum must follow, within a few words, to be an investment.
const INVESTMENT_CUE = /\b(?:invest(?:ment|ments|ed|s|ing)?|cost(?:s|ing)?|worth|budget(?:ed)?|fund(?:ing|ed)?|financ(?:ing|ed))\b(?:\s+\S+){0,5}\s*$/i;
const STATUS =
  /\b(under construction|went into (?:full )?operation|put into (?:full )?operation|began (?:operating|operation)|entered (?:full )?operation|broke ground|started construction|was completed|completed construction|in trial operation|fully operational)\b/i;

/** An investment written in a sentence, and where. */
interface Money extends Investment {
  start: number;
}

/** The investments written in a sentence, with where each is. */
export function investmentsIn(sentenceText: string): Money[] {
  const found: Money[] = [];
  for (const m of sentenceText.matchAll(AMOUNT)) {
    const [written, hedge, amount, scale = ''] = m;
    if (!CURRENCY.test(written) || !INVESTMENT_CUE.test(sentenceText.slice(0, m.index!))) continue;
    found.push({
      written: written.trim(),
      yuan: Math.round(Number(amount!.replace(/,/g, '')) * SCALE[scale.toLowerCase()]!),
      approximate: hedge !== undefined && APPROXIMATE.has(hedge.toLowerCase()),
      start: m.index!,
    });
  }
  return found;
}

/**
 * Gives a project the investment and status its sentence states: the project the sentence
 * names nearest the sum ("With a total investment of 10.3 billion yuan, the station …").
 */
export function attachMoney(sentence: readonly Found[], draftOf: (f: Found) => EnglishDraft | undefined): void {
  const projects = sentence.filter((f) => draftOf(f)?.type === 'PROJECT');
  const first = sentence[0];
  if (projects.length === 0 || !first) return;
  const text = first.sentence.text,
    offset = first.sentence.start;
  for (const money of investmentsIn(text)) {
    const at = offset + money.start;
    const nearest = projects.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a));
    const project = draftOf(nearest)!;
    if (project.attrs.investment !== undefined) continue;
    project.attrs.investment = money.written;
    project.attrs.investmentYuan = money.yuan;
    if (money.approximate) project.attrs.investmentApproximate = true;
  }
  const status = STATUS.exec(text);
  const subject = draftOf(projects[0]!)!;
  if (status && subject.attrs.status === undefined) subject.attrs.status = status[1];
}
