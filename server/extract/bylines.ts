import type { Sentence } from './types.ts';

/** A person named in a by-line, with the role the by-line gives (记者, 通讯员 …). */
export interface BylinePerson {
  name: string;
  role: string;
  start: number;
  end: number;
  sentence: Sentence;
}

// 本报讯（记者 张秀秀 施翔宇）, （通讯员 王倚剑）, ■记者 柴福娟: a role word, then names of two to
// three characters separated by spaces or 、, inside brackets or after ■ / 本报讯.
const BYLINE = /(?:[（(]|■\s*|本报讯\s*)((?:(?:实习记者|记者|通讯员|摄影)\s*(?:[\u4e00-\u9fff]{2,3}(?:[\s、]+|(?=[）)\s]|$)))+)+)/g;
const ROLES = '实习记者|记者|通讯员|摄影';
// Names are two or three characters that are not themselves a role word (记者 冯维静 通讯员 袁堂明).
const NAME = `(?!(?:${ROLES}))[\\u4e00-\\u9fff]{2,3}`;
const ROLE_AND_NAMES = new RegExp(`(${ROLES})\\s*((?:${NAME}(?:[\\s、]+|$))+)`, 'g');

/** Finds by-line reporters in one sentence (a by-line is always within one line). */
export function bylinePeople(sentence: Sentence): BylinePerson[] {
  const people: BylinePerson[] = [];
  for (const byline of sentence.text.matchAll(BYLINE)) {
    const group = byline[1]!;
    const groupStart = (byline.index ?? 0) + byline[0].length - group.length;
    for (const part of group.matchAll(ROLE_AND_NAMES)) {
      const role = part[1]!;
      const namesStart = groupStart + (part.index ?? 0) + part[0].length - part[2]!.length;
      for (const name of part[2]!.matchAll(new RegExp(NAME, 'g'))) {
        const start = sentence.start + namesStart + (name.index ?? 0);
        people.push({ name: name[0], role, start, end: start + name[0].length, sentence });
      }
    }
  }
  return people;
}
