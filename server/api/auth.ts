import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from './context.ts';
import { apiError } from './errors.ts';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Refuses a mutation unless the operator set a token and the request carries it. */
export function requireToken(context: Context): void {
  if (!context.apiToken) {
    throw apiError('UNAUTHENTICATED', 'Mutations are off on this server: the operator has not set API_TOKEN. Queries still work.', {
      reason: 'MUTATIONS_DISABLED',
    });
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(context.authorization ?? '');
  if (!match) {
    throw apiError('UNAUTHENTICATED', 'This mutation needs the header "Authorization: Bearer <token>" with the token set in API_TOKEN.');
  }
  // Compared as digests, so the comparison takes the same time whatever the length or content.
  if (!timingSafeEqual(digest(match[1]!), digest(context.apiToken))) {
    throw apiError('UNAUTHENTICATED', 'The bearer token is not the one set in API_TOKEN.');
  }
}
