import { words } from './segmenter.ts';
import { GENERIC_PROJECT_WORDS, GRADING_WORDS, KIND_WORDS, MIN_BEFORE_KIND } from '../vocab/projects.ts';

// A count right before a name makes it a kind (10个省级基本版必建项目, 首个集体经济项目, 6大类项目).
const COUNTED = /(?:[0-9一二三四五六七八九十两几]+大?|首)[个项类批]$/;
// A level word alone before a grade is the story's place (我县重点工程项目: 县 | 重点工程).
const LEVEL = /^[省市县区镇乡]/;
// A phase (园区三期工程) or building (博鳌建设项目) says which part or what is done, not which project.
const PHASE_OR_BUILDING = /(?:[一二三四五六七八九十]期|建设)$/;
// Words of these parts of speech name something of their own: places, people, bodies, brands.
const PROPER_TAG = /^(?:ns|nr|nrt|nt|nz)$/;
const PLACE_TAG = /^(?:ns|nr)$/;

/** The proper part less the grades in front of it (重大产业链 → 产业链) and a level word before them. */
function ungraded(proper: string): string {
  let rest = proper;
  if (LEVEL.test(rest) && GRADING_WORDS.some((w) => rest.startsWith(w, 1))) rest = rest.slice(1);
  for (let grade = GRADING_WORDS.find((w) => rest.startsWith(w)); grade && rest.length > grade.length; grade = GRADING_WORDS.find((w) => rest.startsWith(w))) {
    rest = rest.slice(grade.length);
  }
  return rest.replace(PHASE_OR_BUILDING, '');
}

/**
 * Whether an unquoted name only says what kind of project it is (招商引资项目, 生态化项目, 上海援建项目,
 * 县重点工程项目; 铝型材加工产业项目 is named, 新能源产业项目 is not): what stands before its head, less
 * grades and phase, is counted, a generic word, or a kind word with little before it; before a head
 * that says no kind (项目, 工程, 综合体), one common word or a place and a verb.
 */
export function saysOnlyKind(proper: string, head: string, before: string, headSaysKind: boolean): boolean {
  if (COUNTED.test(before)) return true;
  const rest = ungraded(proper);
  if (!rest || GENERIC_PROJECT_WORDS.has(rest) || GENERIC_PROJECT_WORDS.has(rest + head)) return true;
  const kind = KIND_WORDS.find((w) => rest.endsWith(w));
  if (kind && rest.length - kind.length < MIN_BEFORE_KIND) return true;
  // A head that says the kind of facility (…教育基地) leaves a single word before it name enough.
  if (headSaysKind) return false;
  const parts = words(rest);
  const common = (w: { tag: string }) => !PROPER_TAG.test(w.tag);
  return (parts.length === 1 && common(parts[0]!)) || (parts.length === 2 && PLACE_TAG.test(parts[0]!.tag) && /^v/.test(parts[1]!.tag));
}
