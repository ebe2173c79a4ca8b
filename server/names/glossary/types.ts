// The shape of reviewed vocabulary. Each domain file lists Chinese words with their English
// and the role the word plays when a name is put together (see ../compose.ts).

/**
 * - `word`: translated where it stands (科技 Technology).
 * - `level`: a place level written after the place's proper part (镇 Town, 街道 Street).
 * - `head`: the head of an institution; a unit named after it belongs to it (局 Bureau).
 * - `unit`: a sub-unit written "unit of the parent" when it follows a head (办公厅 General Office).
 */
export type Role = 'word' | 'level' | 'head' | 'unit';

export interface Term {
  zh: string;
  en: string;
  role: Role;
  /** Government vocabulary: a city in front of a government head and its fields reads "Municipal" (北京市公安局). */
  government?: boolean;
  /** A level such as 市 that names drop in front of other words (平湖市职业中专 → Pinghu …). */
  droppedBeforeWords?: boolean;
  /** A head whose names take no article: "CPC Committee of China Agricultural University". */
  bare?: boolean;
  /** An administrative level (村, 镇, 区): no other level follows it inside one place. */
  administrative?: boolean;
  /** What the level reads in front of a government head (市 → Municipal, 省 → Provincial). */
  beforeGovernment?: string;
}

export const terms = (role: Role, pairs: ReadonlyArray<readonly [string, string]>, extra: Partial<Term> = {}): Term[] =>
  pairs.map(([zh, en]) => ({ zh, en, role, ...extra }));
