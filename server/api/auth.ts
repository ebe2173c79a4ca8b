import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from './context.ts';
import { apiError } from './errors.ts';

const digest = (value: string) => createHash('sha256').update(value).digest();

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The label of the token the request carries; undefined when it carries none or one the server does not hold. */
export function tokenLabel(context: Context): string | undefined {
  const match = BEARER.exec(context.authorization ?? '');
  if (!match || context.apiTokens.length === 0) return undefined;
  // Compared as digests, so each comparison takes the same time whatever the length or content,
  // and every token is compared, so the time does not say which one came close.
  const presented = digest(match[1]!);
  let label: string | undefined;
  for (const token of context.apiTokens) if (timingSafeEqual(presented, digest(token.token)) && label === undefined) label = token.label;
  return label;
}

/**
 * Refuses a mutation unless the operator set tokens and the request carries one; returns the
 * token's label, which the decision records as who made it.
 */
export function requireToken(context: Context): string {
  if (context.apiTokens.length === 0) {
    throw apiError('UNAUTHENTICATED', 'Mutations are off on this server: the operator has set neither API_TOKEN nor API_TOKENS. Queries still work.', {
      reason: 'MUTATIONS_DISABLED',
    });
  }
  if (!BEARER.test(context.authorization ?? '')) {
    throw apiError('UNAUTHENTICATED', 'This mutation needs the header "Authorization: Bearer <token>" with a token set in API_TOKEN or API_TOKENS.');
  }
  const label = tokenLabel(context);
  if (label === undefined) throw apiError('UNAUTHENTICATED', 'The bearer token is not one set in API_TOKEN or API_TOKENS.');
  return label;
}
