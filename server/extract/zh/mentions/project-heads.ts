import { BUILT_FACILITY_HEADS, PROJECT_HEADS, UNQUOTED_PROJECT_HEADS } from '../vocab/projects.ts';

// The project heads as the finders try them: longest first, so 共富工坊 is tried before 工坊.
const longestFirst = (list: readonly string[]) => [...new Set(list)].sort((a, b) => b.length - a.length);

/** Heads after a quoted proper part (“红领金夕”攻坚项目). */
export const QUOTED_HEADS = longestFirst(PROJECT_HEADS);
/** Heads that make an unquoted name a project by themselves. */
export const PLAIN_HEADS = longestFirst(UNQUOTED_PROJECT_HEADS);
/** Heads that make an unquoted name a project in a clause about building it. */
export const BUILT_HEADS = longestFirst(BUILT_FACILITY_HEADS);
/** Heads that make a quoted name a project by themselves (“能力提升计划”). */
export const INNER_HEADS = longestFirst([...UNQUOTED_PROJECT_HEADS, '计划', '行动', '工程']);
