import { describe, expect, it } from 'vitest';
import { EXPECTED } from './fixtures/expected.ts';
import { fixture } from './helpers.ts';
import { add, precision, recall, scoreArticle, type Counts } from './score.ts';

const NONE: Counts = { expected: 0, found: 0, matched: 0 };
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

describe('scores over the fixtures', () => {
  let entities = NONE,
    relations = NONE;
  for (const [file, expected] of Object.entries(EXPECTED)) {
    const { page } = fixture(file);
    expected.articles.forEach((article, i) => {
      const score = scoreArticle(article, page.articles[i]!);
      entities = add(entities, score.entities);
      relations = add(relations, score.relations);
    });
  }

  it('prints precision and recall of entities and relations', () => {
    console.log(
      `entities: P ${percent(precision(entities))} R ${percent(recall(entities))} (${entities.matched} of ${entities.expected} expected, ${entities.found} found)\n` +
        `relations: P ${percent(precision(relations))} R ${percent(recall(relations))} (${relations.matched} of ${relations.expected} expected, ${relations.found} found)`,
    );
  });

  it('finds entities with precision and recall of at least 0.9', () => {
    expect(precision(entities)).toBeGreaterThanOrEqual(0.9);
    expect(recall(entities)).toBeGreaterThanOrEqual(0.9);
  });

  it('finds relations with precision and recall of at least 0.85', () => {
    expect(precision(relations)).toBeGreaterThanOrEqual(0.85);
    expect(recall(relations)).toBeGreaterThanOrEqual(0.85);
  });
});
