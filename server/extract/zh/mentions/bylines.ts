import { isPersonName } from './person-names.ts';

/** A person named in a by-line, with the role the by-line gives (记者, 通讯员 …). */
export interface BylinePerson {
  name: string;
  role: string;
  start: number;
  end: number;
}

// The roles a by-line gives, and the forms they are written in (记 者 is set with a space).
const ROLES: ReadonlyArray<readonly [pattern: string, role: string]> = [
  ['本报记者', '记者'], ['实习记者', '实习记者'], ['特约记者', '记者'], ['记\\s*者', '记者'], ['通讯员', '通讯员'], ['摄影', '摄影'],
];
const ROLE = new RegExp(ROLES.map(([p]) => p).join('|'), 'g');
const roleOf = (written: string) => ROLES.find(([p]) => new RegExp(`^${p}$`).test(written))?.[1] ?? written;
// A name is two to three characters; a two-character name may be set with a space (王 强).
const NAME = /[\u4e00-\u9fff](?: (?=[\u4e00-\u9fff](?:\s|$|[）\)])))?[\u4e00-\u9fff]{1,2}/g;

/**
 * By-line reporters in a span that holds a by-line: 本报讯（记者 张秀秀 施翔宇）, ■记者 李雨婷,
 * 本报记者 柴福娟 实习记者 黄澳, and the photo credit 单多敏 摄. Offsets are into `text`.
 */
export function bylinePeople(text: string, start: number, end: number): BylinePerson[] {
  const people: BylinePerson[] = [];
  const span = text.slice(start, end);
  const roles = [...span.matchAll(ROLE)];
  roles.forEach((role, i) => {
    const from = role.index! + role[0].length;
    const to = roles[i + 1]?.index ?? span.length;
    for (const name of span.slice(from, to).matchAll(NAME)) {
      const written = name[0];
      const plain = written.replace(/\s/g, '');
      if (!isPersonName(plain)) continue;
      const at = start + from + name.index!;
      people.push({ name: plain, role: roleOf(role[0]), start: at, end: at + written.length });
    }
  });
  return people;
}

/** Names in a line of names alone (the author line under a headline: 陈虹雯 戴予颖; 单多敏 摄). */
export function authorLinePeople(text: string, start: number, end: number): BylinePerson[] {
  const line = text.slice(start, end);
  const credit = /^(.*?)\s*摄$/.exec(line);
  const names = (credit ? credit[1]! : line).trim();
  if (!/^[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3})*$/.test(names)) return [];
  const people: BylinePerson[] = [];
  for (const name of names.matchAll(/[\u4e00-\u9fff]{2,3}/g)) {
    if (!isPersonName(name[0])) return [];
    const at = start + line.indexOf(names) + name.index!;
    people.push({ name: name[0], role: credit ? '摄影' : '', start: at, end: at + name[0].length });
  }
  return people;
}
