import { COUNTS } from './measures.ts';

// Numbered formulas of political language (“三大三强”, “两个维护”, “三进三服务”): each number with
// the plural of what it counts, as the official translations write them (the Two Upholds, the
// Four Consciousnesses), and the prefixes of parallel series. Single characters here count only
// inside such a pattern.
export const FORMULA_NUMERALS: Readonly<Record<string, string>> = {
  一: 'One', ...COUNTS, 百: 'Hundred', 千: 'Thousand',
};

/** Verbs that link two formulas instead of "and" (五老带六小 → Five Elders Leading Six Youngsters). */
export const FORMULA_LINKS: Readonly<Record<string, string>> = { 带: 'Leading', 促: 'Promoting', 帮: 'Helping' };

/** Prefixes of parallel series (大走访大调研 → Big Visits, Big Research). */
export const PARALLEL_PREFIXES: Readonly<Record<string, string>> = { 大: 'Big' };

/** Measure words that may stand between the number and what it counts (两个维护). */
export const FORMULA_MEASURES: readonly string[] = ['个', '项', '大'];

/** What formulas count, in the plural. */
export const FORMULA_WORDS: Readonly<Record<string, string>> = {
  大: 'Bigs',
  强: 'Strengths',
  优: 'Excellences',
  进: 'Entries',
  新: 'New',
  敢: 'Dares',
  老: 'Elders',
  小: 'Youngsters',
  化: 'Modernizations',
  美: 'Beauties',
  服务: 'Services',
  行动: 'Actions',
  代表: 'Represents',
  意识: 'Consciousnesses',
  自信: 'Confidences',
  维护: 'Upholds',
  确立: 'Establishments',
  全面: 'Comprehensives',
  务必: 'Musts',
  工程: 'Projects',
  清单: 'Lists',
  机制: 'Mechanisms',
  提升: 'Improvements',
  攻坚战: 'Tough Battles',
  战略: 'Strategies',
  目标: 'Goals',
  任务: 'Tasks',
  示范: 'Demonstrations',
};
