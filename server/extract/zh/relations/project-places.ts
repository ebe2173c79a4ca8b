import type { Draft } from '../../entities.ts';
import type { ChineseDocument, ChineseStory } from '../document.ts';
import { STUDY_HEAD } from '../vocab/projects.ts';

const AREA_BODIES = new Set(['government', 'party', 'judicial']);

const LOCAL_LEVELS = new Set(['town', 'subdistrict']);

/**
 * The place a story is set in: the town or subdistrict it names more often than any other and at
 * least as often as its county (a town's news), else its county (the one it names most, or the
 * page's own).
 */
function settingOf(story: ChineseStory): Draft | undefined {
  const county = story.places.county && story.entities.named('PLACE', story.places.county.name);
  const [local, next] = story.entities
    .all()
    .filter((d) => d.type === 'PLACE' && LOCAL_LEVELS.has(String(d.attrs.level)))
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const alone = local && (!next || local.mentions.length > next.mentions.length);
  return alone && local.mentions.length >= (county?.mentions.length ?? 0) ? local : county;
}

/**
 * A project whose story says nowhere where it is lies in the place the story is set in: a
 * county's or a town's news names its own projects. A campaign of study (党史学习教育) is the whole
 * Party's, in no county.
 */
function locateInSetting(story: ChineseStory): void {
  const draft = settingOf(story);
  if (!draft) return;
  const stated = story.relations.stated();
  const located = new Set(stated.filter((r) => r.type === 'LOCATED_IN').map((r) => r.from));
  // A programme the county's own committee or government runs spans the county; the graph knows where that is.
  const areaWide = new Set(stated.filter((r) => r.type === 'INVOLVED_IN' && AREA_BODIES.has(String(r.from.attrs.kind))).map((r) => r.to));
  for (const d of story.entities.all()) {
    if (d.type !== 'PROJECT' || located.has(d) || areaWide.has(d) || d.name.endsWith(STUDY_HEAD) || d.mentions.length === 0) continue;
    const mention = d.mentions[0]!;
    story.relations.add('LOCATED_IN', d, draft, { start: mention.start, end: mention.end, sentence: mention.sentence });
  }
}

/** Adds LOCATED_IN for each story's projects not yet placed: the place the story is set in. */
export function placeProjects(doc: ChineseDocument): ChineseDocument {
  for (const story of doc.stories) locateInSetting(story);
  return doc;
}
