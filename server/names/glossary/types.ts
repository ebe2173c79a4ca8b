// The shape of reviewed vocabulary. Each domain file lists Chinese words with their English
// and the role the word plays when a name is put together (see ../segment.ts and ../phrase.ts).

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
  /** A party's committee for an area, written out (民盟浙江省委 → {area} Committee of the China Democratic League). */
  committeeOf?: string;
  /** A word for a committee (委员会): after a party and a place it is that party's committee there. */
  meansCommittee?: boolean;
  /** A company's legal form (有限公司): inside a project's name it says nothing about the project. */
  legalForm?: boolean;
  /** A head whose names take no article: "CPC Committee of China Agricultural University". */
  bare?: boolean;
  /** An administrative level (村, 镇, 区): no other level follows it inside one place. */
  administrative?: boolean;
  /** What the level reads in front of a government head (市 → Municipal, 省 → Provincial). */
  beforeGovernment?: string;
  /** A level whose places are often named with ordinary words (幸福村, 先锋社区), so a word before it is its name. */
  namedByWords?: boolean;
  /** A level whose places are often numbered (东一村, 北二社区), so a direction and a count before it name one place. */
  numbered?: boolean;
  /** A natural feature: after a one-syllable name it is read into the name and said again (太湖 → Taihu Lake). */
  natural?: boolean;
  /** A section of a named place (北区): the place before it is named whole (梨花园北区 → Lihuayuan North Area). */
  section?: boolean;
  /** A word joining two parts (与, 和): never part of a name, whatever stands next to it. */
  conjunction?: boolean;
  /** What a head reads under a body outside government (上市委员会 of an exchange → Listing Committee). */
  outsideGovernment?: string;
  /** How a head reads written before its field: 民族团结促进会 → Association for the Promotion of Ethnic Unity. */
  beforeField?: string;
  /** A unit often named after the person who leads it (崔柳工作室): a personal name before it is written as one. */
  namedAfterPerson?: boolean;
  /** A word English puts before the word in front of it: 罐箱新项目 → new tank container project. */
  movesBefore?: string;
}

/** Entries of one role; an entry may carry its own flags after its English. */
export const terms = (
  role: Role,
  entries: ReadonlyArray<readonly [string, string, Partial<Term>?]>,
  extra: Partial<Term> = {},
): Term[] => entries.map(([zh, en, own]) => ({ zh, en, role, ...extra, ...own }));
