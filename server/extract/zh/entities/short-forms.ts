import type { Draft, EntityTable } from '../../entities.ts';
import { divisionsNamed, divisionsStemmed, namesAt } from '../../../gazetteer/divisions.ts';
import type { ChineseDocument } from '../document.ts';
import type { SentenceMentions } from '../mentions/index.ts';
import { mentionAt } from '../sentence.ts';
import { withoutQuotes as plain } from '../text.ts';
import { orgKey } from './bodies.ts';
import { ORG_ENDINGS, SHORT_ENDINGS } from '../vocab/orgs.ts';
import { PROJECT_HEADS } from '../vocab/projects.ts';

// What a company's name ends in after its brand (四方科技 | 集团股份有限公司).
const COMPANY_FORM = /(?:集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司|集团公司|集团|公司)$/;
const SHORT_COMPANY_FORMS = ['公司', '集团', ''];

/** The places a name starts with (浙江, 北京市通州区), each a gazetteer name or short form. */
function leadingPlaces(name: string): number {
  let at = 0;
  for (;;) {
    let step = 0;
    for (let n = Math.min(6, name.length - at - 2); n >= 2; n--) {
      const part = name.slice(at, at + n);
      if (divisionsNamed(part).some((d) => d.tier <= 3) || divisionsStemmed(part).some((d) => d.tier <= 2)) {
        step = n;
        break;
      }
    }
    if (!step) return at;
    at += step;
  }
}

/** A company's brand: its name without the places in front and the company form behind. */
function brandOf(name: string): string | undefined {
  const form = COMPANY_FORM.exec(name);
  if (!form) return undefined;
  const brand = name.slice(leadingPlaces(name), form.index);
  return brand.length >= 2 && brand.length < name.length ? brand : undefined;
}

const PARK_WORDS = ['化工园区', '工业园区', '产业园区', '工业区', '产业园', '园区', '开发区'];
const PARK_ENDING = new RegExp(`(?:${PARK_WORDS.join('|')})$`);

/**
 * A project's quoted proper part written alone elsewhere (“番茄小镇” for “番茄小镇”设施农业基地)
 * is an alias of it, when only one project of the article has that proper part.
 */
function properNamesAlone(read: readonly SentenceMentions[], entities: EntityTable): void {
  const byProper = new Map<string, Set<string>>();
  for (const { projects } of read) for (const p of projects) if (p.proper) byProper.set(p.proper, (byProper.get(p.proper) ?? new Set()).add(p.name));
  for (const { sentence, projects } of read) {
    for (const [proper, names] of byProper) {
      if (names.size !== 1) continue;
      const quoted = `“${proper}”`;
      for (let at = sentence.text.indexOf(quoted); at >= 0; at = sentence.text.indexOf(quoted, at + 1)) {
        if (projects.some((p) => p.from <= at && p.to > at)) continue;
        const project = entities.find('PROJECT', plain([...names][0]!));
        if (!project) continue;
        entities.alias(project, proper);
        entities.mention(project, mentionAt(sentence, { from: at, to: at + quoted.length }));
      }
    }
  }
}

// A quoted proper part and what follows it (“两新”党建提升工程 → 两新 | 党建提升工程).
const QUOTED_NAME = /^“([^“”]+)”(.*)$/;
const HEADS = [...PROJECT_HEADS].sort((a, b) => b.length - a.length);

/**
 * Two projects with the same quoted proper part and the same head are one project written with
 * and without a qualifier (“两新”党建提升工程 and “两新”党建工程; “之江同心·石榴红”特色品牌 and …品牌).
 */
function sameQuotedName(entities: EntityTable): void {
  const keyOf = (name: string) => {
    const quoted = QUOTED_NAME.exec(name);
    const head = quoted && HEADS.find((h) => quoted[2]!.endsWith(h));
    return quoted && head ? `${quoted[1]}|${head}` : undefined;
  };
  const projects = entities
    .all()
    .filter((d) => d.type === 'PROJECT')
    .sort((a, b) => b.name.length - a.name.length);
  for (const short of projects) {
    const key = keyOf(short.name);
    const longer = key && projects.find((d) => d !== short && d.name.length > short.name.length && keyOf(d.name) === key);
    if (longer && entities.stands(short) && entities.stands(longer)) entities.merge(longer, short);
  }
}

/**
 * A park named in full (洪三工业区, 独山港化工园区) is written again with another word for park
 * (洪三园区), or by its kind alone (化工园区) when it is the story's only park of that kind. Those
 * short forms become mentions of it, inside a longer name (化工园区停车场) as the places that name holds.
 */
function parkShortForms(read: readonly SentenceMentions[], entities: EntityTable): void {
  const parks = entities.all().filter((d) => d.type === 'PLACE' && d.attrs.level === 'zone');
  const shortForms = new Map<string, Draft>();
  for (const park of parks) {
    const ending = PARK_ENDING.exec(park.name);
    if (!ending || ending.index < 2) continue;
    const proper = park.name.slice(0, ending.index);
    for (const other of PARK_WORDS) if (other !== ending[0]) shortForms.set(proper + other, park);
    const kind = ending[0];
    if (kind.length >= 4 && parks.filter((p) => p.name.endsWith(kind)).length === 1) shortForms.set(kind, park);
  }
  for (const m of read) {
    const { sentence } = m;
    for (const [form, park] of shortForms) {
      for (let at = sentence.text.indexOf(form); at >= 0; at = sentence.text.indexOf(form, at + form.length)) {
        const span = { from: at, to: at + form.length };
        if ([...m.places, ...m.inner].some((p) => p.from < span.to && span.from < p.to)) continue;
        const holder = [...m.orgs, ...m.projects].some((n) => n.from <= span.from && n.to >= span.to);
        const candidate = { name: form, ...span, attrs: park.attrs, fullName: park.name };
        (holder ? m.inner : m.places).push(candidate);
        entities.alias(park, form);
        entities.mention(park, mentionAt(sentence, span));
      }
    }
    m.places.sort((a, b) => a.from - b.from);
  }
}

/**
 * 博鳌派出所 for 琼海市公安局博鳌派出所: a branch written without the body it belongs to, where
 * what the full name puts before it is places and a body.
 */
function branchOf(full: string, short: string): boolean {
  const parent = full.slice(leadingPlaces(full), full.length - short.length);
  return parent.length >= 2 && ORG_ENDINGS.some(([e]) => parent.endsWith(e));
}

// A body's short form keeps its owner and its own name and drops what stands between.
const MIN_KEPT_OWNER = 2,
  MIN_KEPT_NAME = 3,
  MIN_LEFT_OUT = 2;

/**
 * 童学工作室 for 童学原创音乐工作室, 通州区垃圾分类事务中心 for 通州区城市管理委垃圾分类事务中心: the
 * short form is the full name with its middle left out. The kept end is three characters or more,
 * so 北京市公安局 (ending in 局 alone) stays apart from 北京市公安局通州分局, and a middle naming a
 * place makes another body.
 */
function middleLeftOut(full: string, short: string): boolean {
  if (full.length - short.length < MIN_LEFT_OUT || !full.endsWith(short.slice(-MIN_KEPT_NAME))) return false;
  for (let head = MIN_KEPT_OWNER; head <= short.length - MIN_KEPT_NAME; head++) {
    if (!full.startsWith(short.slice(0, head)) || !full.endsWith(short.slice(head))) continue;
    // A place in the middle makes another body (北京市检察院 is not 北京市通州区人民检察院).
    const middle = full.slice(head, full.length - (short.length - head));
    return ![...middle].some((_, i) => namesAt(middle, i).some((n) => divisionsNamed(n).length > 0));
  }
  return false;
}

/**
 * Short forms inside one article: a company's brand (四方科技, 景兴纸业公司) and a fixed
 * abbreviation (北交所) are aliases of the full name; a project or body whose name is the end of
 * a longer one's (缙云抽水蓄能电站 in 国网新源浙江缙云抽水蓄能电站), or that one with 项目 added,
 * is that one.
 */
function shortFormsOfStory(read: readonly SentenceMentions[], entities: EntityTable): void {
  properNamesAlone(read, entities);
  const all = entities.all();
  for (const company of all.filter((d) => d.type === 'ORG' && d.attrs.kind === 'company')) {
    const brand = brandOf(company.name);
    if (!brand || !entities.stands(company)) continue;
    for (const { sentence } of read) {
      for (let at = sentence.text.indexOf(brand); at >= 0; at = sentence.text.indexOf(brand, at + brand.length)) {
        const start = sentence.offsets[at]!;
        if (company.mentions.some((m) => m.start <= start && m.end > start)) continue;
        const form = SHORT_COMPANY_FORMS.find((f) => sentence.text.startsWith(brand + f, at))!;
        const written = brand + form;
        const other = entities.named('ORG', written);
        if (other && other !== company) entities.merge(company, other);
        entities.alias(company, written);
        entities.mention(company, mentionAt(sentence, { from: at, to: at + written.length }));
      }
    }
  }
  // 化工新材料两创中心作为“筑巢工程”: a quoted name set as what a project is is another name for it.
  for (const { sentence, projects } of read) {
    for (const p of projects) {
      const named = projects.find((q) => q !== p && q.from === p.to + 2 && sentence.text.startsWith('作为', p.to) && q.name.startsWith('“'));
      const a = named && entities.find('PROJECT', plain(p.name)),
        b = named && entities.find('PROJECT', plain(named.name));
      if (a && b && entities.stands(b)) entities.merge(a, b);
    }
  }
  sameQuotedName(entities);
  for (const [short, full] of SHORT_ENDINGS) {
    const abbreviated = entities.named('ORG', short);
    const written = all.find((d) => d.type === 'ORG' && d.name.endsWith(full));
    if (abbreviated && written) entities.merge(written, abbreviated);
  }
  // 洪三园区 is 洪三工业区: parks with the same proper name and another word for park.
  const parks = entities.all().filter((d) => d.type === 'PLACE' && d.attrs.level === 'zone');
  for (const park of parks) {
    const proper = park.name.replace(PARK_ENDING, '');
    const same = parks.find((p) => p !== park && p.name.replace(PARK_ENDING, '') === proper && proper.length >= 2 && proper !== p.name);
    if (same && entities.stands(park) && entities.stands(same)) {
      const [full, short] = same.name.length >= park.name.length ? [same, park] : [park, same];
      entities.merge(full, short);
    }
  }
  parkShortForms(read, entities);
  // 石港政协工委 is 石港镇政协工委: a body named with its town's short form is the one named in full.
  for (const short of entities.all().filter((d) => d.type === 'ORG')) {
    for (let n = Math.min(4, short.name.length - 2); n >= 2; n--) {
      const towns = divisionsStemmed(short.name.slice(0, n)).filter((d) => d.tier >= 3);
      const full = towns
        .map((t) => t.name + short.name.slice(n))
        .map((name) => entities.named('ORG', name))
        .find(Boolean);
      if (full && full !== short && entities.stands(short)) {
        entities.merge(full, short);
        break;
      }
    }
  }
  for (const type of ['PROJECT', 'ORG'] as const) {
    const drafts = entities
      .all()
      .filter((d) => d.type === type)
      .sort((a, b) => plain(b.name).length - plain(a.name).length);
    const keys = new Map(type === 'ORG' ? drafts.map((d) => [d, orgKey(plain(d.name))]) : []);
    for (const short of drafts) {
      const name = plain(short.name);
      // 缙云抽水蓄能电站 is 国网新源浙江缙云抽水蓄能电站; 零碳微单元科技小院项目 is 零碳微单元科技小院.
      const bare = type === 'PROJECT' && name.endsWith('项目') && name.length >= 6 ? name.slice(0, -2) : undefined;
      const longer = drafts.find(
        (d) =>
          d !== short &&
          ((plain(d.name).length > name.length &&
            plain(d.name).endsWith(name) &&
            name.length >= 4 &&
            (type === 'PROJECT' || leadingPlaces(plain(d.name)) === plain(d.name).length - name.length || branchOf(plain(d.name), name))) ||
            (bare !== undefined && plain(d.name).endsWith(bare)) ||
            // 零碳微单元项目 is 零碳微单元科技小院: 项目 stands for the head the full name has.
            (bare !== undefined && plain(d.name).startsWith(bare) && HEADS.includes(plain(d.name).slice(bare.length))) ||
            (type === 'ORG' && middleLeftOut(keys.get(d)!, keys.get(short)!))),
      );
      if (longer && entities.stands(short)) entities.merge(longer, short);
    }
  }
}

/** Folds each story's short forms into the entities they shorten (四方科技 into 四方科技集团股份有限公司). */
export function resolveShortForms(doc: ChineseDocument): ChineseDocument {
  for (const story of doc.stories) shortFormsOfStory(story.mentions, story.entities);
  return doc;
}
