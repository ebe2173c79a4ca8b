import { words } from './segmenter.ts';
import { GENERIC_PROJECT_WORDS, GRADING_WORDS, KIND_WORDS, MIN_BEFORE_KIND } from '../vocab/projects.ts';

// A count right before a name makes it a kind (10个省级基本版必建项目, 首个集体经济项目), and so does
// a count right after it (柴火月饼生产基地7家).
const COUNTED_BEFORE = /(?:[0-9一二三四五六七八九十两几]+大?|首)[个项类批]$/;
const COUNTED_AFTER = /^[0-9一二三四五六七八九十两几]+[家个座处]/;
// A level word alone (我县重点工程项目, 市主会场项目) is the story's place.
const LEVEL = /^[省市县区镇乡]$/;
// A phase (园区三期工程) says which part, not which project.
const PHASE = /[一二三四五六七八九十]期$/;
// Building in a place (博鳌建设项目) is what is done there, not a project of its own.
const BUILDING = /建设$/;
// Words of these parts of speech name something of their own: places, people, bodies, brands.
const PROPER_TAG = /^(?:ns|nr|nrt|nt|nz)$/;
const PLACE_TAG = /^(?:ns|nr)$/;
const KINDS = [...KIND_WORDS].sort((a, b) => b.length - a.length);

/** The proper part less the grades in front of it (重大产业链 → 产业链) and a phase behind it. */
function ungraded(proper: string): string {
  let rest = proper;
  for (let grade = GRADING_WORDS.find((w) => rest.startsWith(w)); grade && rest.length > grade.length; grade = GRADING_WORDS.find((w) => rest.startsWith(w))) {
    rest = rest.slice(grade.length);
  }
  return rest.replace(PHASE, '');
}

/**
 * Whether an unquoted name only says what kind of project it is (招商引资项目, 生态化项目, 上海援建项目,
 * 县重点工程项目; 铝型材加工产业项目 is named, 新能源产业项目 is not): it is counted, or what stands
 * before its head, less a level word, grades, phase and building, is a generic word or a kind word
 * with little before it; before a head that says no kind (项目, 工程, 综合体), one common word or
 * a place and a verb.
 */
export function saysOnlyKind(proper: string, head: string, before: string, after: string, headSaysKind: boolean): boolean {
  if (COUNTED_BEFORE.test(before) || COUNTED_AFTER.test(after)) return true;
  let parts = words(proper);
  if (parts.length > 1 && LEVEL.test(parts[0]!.word)) parts = parts.slice(1);
  const rest = ungraded(parts.map((w) => w.word).join(''));
  const place = BUILDING.test(rest) ? rest.replace(BUILDING, '') : undefined;
  if (!rest || GENERIC_PROJECT_WORDS.has(rest) || GENERIC_PROJECT_WORDS.has(rest + head)) return true;
  const kind = KINDS.find((w) => rest.endsWith(w));
  if (kind && rest.length - kind.length < MIN_BEFORE_KIND) return true;
  // A head that says what the facility is (…停车场, …教育基地) leaves one word before it name enough.
  if (headSaysKind) return false;
  if (rest !== proper) parts = words(rest);
  const common = (w: { tag: string }) => !PROPER_TAG.test(w.tag);
  if (place !== undefined && words(place).every((w) => PLACE_TAG.test(w.tag))) return true;
  return (parts.length === 1 && common(parts[0]!)) || (parts.length === 2 && PLACE_TAG.test(parts[0]!.tag) && /^v/.test(parts[1]!.tag));
}
