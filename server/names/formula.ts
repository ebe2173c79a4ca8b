import { FORMULA_LINKS, FORMULA_MEASURES, FORMULA_NUMERALS, FORMULA_WORDS, PARALLEL_PREFIXES } from './glossary/formulas.ts';
import { TERMS } from './glossary/index.ts';

// The fixed patterns of political slogans, read where a quoted clause is made of them from end
// to end: numbered formulas (“三大三强” → Three Bigs and Three Strengths, “五老带六小” → Five
// Elders Leading Six Youngsters) and parallel series (“大走访大调研” → Big Visits, Big Research).
// A number or prefix inside other words (三里屯, 四敢争先) is left alone.

interface Unit {
  en: string;
  end: number;
}

/** Every way a formula unit (number, optional measure word, counted word) can start at i. */
function unitsAt(text: string, i: number): Unit[] {
  const numeral = FORMULA_NUMERALS[text[i] ?? ''];
  if (!numeral) return [];
  const starts = [i + 1, ...FORMULA_MEASURES.filter((m) => text.startsWith(m, i + 1)).map((m) => i + 1 + m.length)];
  return starts.flatMap((start) =>
    Object.entries(FORMULA_WORDS)
      .filter(([zh]) => text.startsWith(zh, start))
      .map(([zh, counted]) => ({ en: `${numeral} ${counted}`, end: start + zh.length })),
  );
}

/** Units from i to the end of the clause, each joined to the last by "and" or a linking verb. */
function unitsFrom(text: string, i: number): string | undefined {
  for (const unit of unitsAt(text, i)) {
    if (unit.end === text.length) return unit.en;
    const link = FORMULA_LINKS[text[unit.end] ?? ''];
    const rest = link ? unitsFrom(text, unit.end + 1) : unitsFrom(text, unit.end);
    if (rest) return `${unit.en} ${link ?? 'and'} ${rest}`;
  }
  return undefined;
}

/** 大走访大调研大服务: the same prefix before glossary words, at least twice. */
function parallelOf(clause: string): string | undefined {
  const prefix = clause[0] ?? '';
  const en = PARALLEL_PREFIXES[prefix];
  const parts = clause.split(prefix).slice(1);
  if (!en || parts.length < 2 || !clause.startsWith(prefix)) return undefined;
  const words = parts.map((zh) => TERMS.get(zh)?.en);
  return words.every(Boolean) ? words.map((w) => `${en} ${w}`).join(', ') : undefined;
}

/** The English of a clause that is a slogan pattern from end to end, else undefined. */
export function formulaOf(clause: string): string | undefined {
  return clause ? (unitsFrom(clause, 0) ?? parallelOf(clause)) : undefined;
}
