import type { EnglishDraft } from '../entities/draft.ts';
import type { Found } from '../mentions/found.ts';
import type { Reading } from './reading.ts';
import { CLAUSE_BREAK, INVOLVED_BY, INVOLVEMENT_VERB, LISTED, PARTNER_LINK } from '../vocab/verbs.ts';

// Who takes part in a project (INVOLVED_IN): the subject of a verb of taking part ("Sifang is
// building a new project"), those joined to it ("signed an agreement with …"), the agent of a
// passive ("launched by …"), the owner ("the project of Zhongjian …", "Sifang's project").

const PROJECT_OF = /^\s+(?:of|by)\s+(?:the\s+)?$/i;

/** Who takes part in each project the sentence names. */
export function involvement(r: Reading, q: Found, project: EnglishDraft, index: number): void {
  const { text, items } = r;
  const actors = (f: Found | undefined) => (f ? r.draft(f) : undefined);
  const isActor = (d: EnglishDraft | undefined): d is EnglishDraft => d?.type === 'PERSON' || d?.type === 'ORG';
  // The nearest actor before the project with a verb of taking part between them, and those
  // joined to it ("signed an agreement with …", "A and B will build …").
  for (let i = index - 1; i >= 0; i--) {
    const subject = items[i]!;
    const d = actors(subject);
    if (!isActor(d)) continue;
    const gap = text.slice(subject.end, q.start);
    if (CLAUSE_BREAK.test(gap) || !INVOLVEMENT_VERB.test(gap)) break;
    r.relations.add('INVOLVED_IN', d, project, { start: subject.start, end: q.end, sentence: q.sentence });
    for (let j = i - 1, right = subject; j >= 0; j--) {
      const partner = items[j]!;
      const pd = actors(partner);
      if (!isActor(pd)) continue;
      if (!PARTNER_LINK.test(text.slice(partner.end, right.start)) || CLAUSE_BREAK.test(text.slice(partner.end, right.start))) break;
      r.relations.add('INVOLVED_IN', pd, project, { start: partner.start, end: q.end, sentence: q.sentence });
      right = partner;
    }
    break;
  }
  // "… built by State Grid", "… launched by the Ministry of Education, the Ministry of …
  // and …", "the key components project of Zhongjian Precision Machinery".
  const nextActor = items.findIndex((f, i) => i > index && isActor(actors(f)));
  const next = items[nextActor];
  if (next) {
    const gap = text.slice(q.end, next.start);
    const by = INVOLVED_BY.test(gap) && !CLAUSE_BREAK.test(gap) && !items.slice(index + 1, nextActor).some((f) => actors(f)?.type === 'PROJECT');
    if (by || (actors(next)!.type === 'ORG' && PROJECT_OF.test(gap))) {
      r.relations.add('INVOLVED_IN', actors(next)!, project, { start: q.start, end: next.end, sentence: q.sentence });
      for (let j = nextActor + 1, left = next; by && j < items.length; j++) {
        const listed = items[j]!;
        const ld = actors(listed);
        if (!isActor(ld) || !LISTED.test(text.slice(left.end, listed.start))) break;
        r.relations.add('INVOLVED_IN', ld, project, { start: q.start, end: listed.end, sentence: q.sentence });
        left = listed;
      }
    }
  }
  const owner = q.possessor ? r.draft(q.possessor) : undefined;
  if (owner?.type === 'ORG') r.relations.add('INVOLVED_IN', owner, project, { start: q.possessor!.start, end: q.end, sentence: q.sentence });
}
