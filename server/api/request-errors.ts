import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import { MAX_PAGE_BYTES } from '../extract/input.ts';
import { MAX_REQUEST_BYTES } from './limits.ts';

const EXAMPLE_BODY = '{"query": "query ($id: ID!) { entity(id: $id) { name } }", "variables": {"id": "…"}}';
// The parser's own words say where the JSON broke; its quote of the body is cut so a large
// body is not sent back.
const MAX_DETAIL = 160;

/** What yoga says about a request it could not read, in words a client developer can act on. */
function clearer(error: GraphQLError): string | null {
  const { code, originalError } = error.extensions as { code?: string; originalError?: { message?: string } };
  if (code === 'REQUEST_ENTITY_TOO_LARGE') {
    return `The request body is over ${MAX_REQUEST_BYTES / 1048576} MB, the most this server reads. Send a smaller request; a page for ingestPage may be at most ${MAX_PAGE_BYTES / 1048576} MB.`;
  }
  if (code === 'BAD_REQUEST' && error.message === 'POST body sent invalid JSON.') {
    const detail = originalError?.message ? ` (${originalError.message.slice(0, MAX_DETAIL)})` : '';
    return `The request body is not valid JSON${detail}. Send a JSON object such as ${EXAMPLE_BODY} with content-type application/json.`;
  }
  if (code === 'BAD_REQUEST' && error.message.startsWith('POST body is expected to be object')) {
    return `The request body is JSON but not an object. Send a JSON object such as ${EXAMPLE_BODY}.`;
  }
  if (code === 'BAD_REQUEST' && error.message === 'Batching is not supported.') {
    return 'The request body is a list of operations; this server runs one operation per request. Send each as its own request.';
  }
  return null;
}

/**
 * Rewrites yoga's refusals of a request it could not read (too large, not JSON, a batch) so
 * they say what to send instead. The code and the HTTP status stay yoga's.
 */
export function clearRequestErrors(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length || 'data' in result) return;
      const errors = result.errors.map((error) => {
        const message = clearer(error as GraphQLError);
        if (!message) return error;
        // A request yoga could not read gets its status whatever the client accepts (yoga would
        // answer 200 to an application/json client once the parser's error is left out).
        const { code, http } = (error as GraphQLError).extensions;
        return createGraphQLError(message, { extensions: { code, http: { status: http?.status } } });
      });
      setResult({ ...result, errors });
    },
  };
}
