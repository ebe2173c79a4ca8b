import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createLogger, createYoga, type YogaLogger } from 'graphql-yoga';
import { apiTokensFrom, corsOriginsFrom, PROJECT_ROOT, type ApiToken } from '../config.ts';
import { isGraphUnavailable } from '../graph/availability.ts';
import type { Graph } from '../graph/neo4j.ts';
import type { Context } from './context.ts';
import { corsFor } from './cors.ts';
import { maskServerError } from './errors.ts';
import { MAX_REQUEST_BYTES, queryLimits } from './limits.ts';
import { createLoaders } from './loaders.ts';
import { clearRequestErrors } from './request-errors.ts';
import { resolvers } from './resolvers.ts';
import { stringArgumentLimits } from './string-arguments.ts';

/**
 * Yoga's logger, without a stack trace for each request that found the graph unavailable: the
 * graph logs one line when it goes and one when it is back.
 */
function outageAwareLogger(): YogaLogger {
  const logger = createLogger('info');
  return {
    ...logger,
    error: (...args: unknown[]) =>
      args.some((arg) => isGraphUnavailable((arg as { originalError?: unknown })?.originalError ?? arg)) ? undefined : logger.error(...args),
  };
}

export interface ApiOptions {
  /** The bearer tokens mutations accept (API_TOKEN, API_TOKENS); none turns them off. */
  apiTokens?: readonly ApiToken[];
  /** The other origins whose pages may call the API (CORS_ORIGINS). */
  corsOrigins?: readonly string[];
}

/** The GraphQL endpoint: schema-first from schema.graphql, GraphiQL at the same path. Options default to the environment's settings. */
export function createGraphqlApi(graph: Graph, { apiTokens = apiTokensFrom(), corsOrigins = corsOriginsFrom() }: ApiOptions = {}) {
  const typeDefs = readFileSync(resolve(PROJECT_ROOT, 'schema.graphql'), 'utf8');
  const schema = makeExecutableSchema<Context>({ typeDefs, resolvers });
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'Initiative graph' },
    // GraphiQL from the installed package, not a CDN: it works on a machine without internet.
    renderGraphiQL,
    landingPage: false,
    cors: corsFor(corsOrigins),
    maxRequestBodySize: MAX_REQUEST_BYTES,
    plugins: [...queryLimits(), stringArgumentLimits(), clearRequestErrors()],
    maskedErrors: { maskError: maskServerError },
    logging: outageAwareLogger(),
    context: ({ request }) => ({
      graph,
      loaders: createLoaders(graph),
      batchers: new Map(),
      authorization: request.headers.get('authorization'),
      apiTokens,
    }),
  });
}
