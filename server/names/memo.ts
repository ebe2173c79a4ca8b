// Naming is pure: the same name always gets the same English, the same pinyin. News names the
// same districts, bodies and officials page after page, so answers are kept. The cap bounds
// memory in a long-running server, where new names never stop coming.
const DEFAULT_LIMIT = 100_000;

/** `fn` with its answers kept by `keyOf`, forgetting all of them when `limit` are held. */
export function memoise<A extends unknown[], R>(fn: (...args: A) => R, keyOf: (...args: A) => string, limit = DEFAULT_LIMIT): (...args: A) => R {
  const kept = new Map<string, R>();
  return (...args: A): R => {
    const key = keyOf(...args);
    if (kept.has(key)) return kept.get(key) as R;
    if (kept.size >= limit) kept.clear();
    const answer = fn(...args);
    kept.set(key, answer);
    return answer;
  };
}
