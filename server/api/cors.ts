import type { CORSOptions } from 'graphql-yoga';

/**
 * Which pages on other origins may call the API. The UI is served from the API's own origin,
 * and a browser needs no CORS headers for that; only the origins the operator listed in
 * CORS_ORIGINS get them, and any other origin gets none, so its page cannot read the answers.
 *
 * Credentials stay off: the API reads a bearer token the calling page sets itself, never a
 * cookie, so allowing credentials would only let another site's page send the reader's cookies
 * for nothing the API uses. A page that sends the token does so in an Authorization header,
 * which the preflight allows.
 */
export function corsFor(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins);
  return (request: Request): CORSOptions => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type'],
      credentials: false,
      maxAge: 600,
    };
  };
}
