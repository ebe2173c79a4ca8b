import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import { PROJECT_ROOT } from '../config.ts';
import type { Graph } from '../graph/neo4j.ts';
import { createLoaders } from './loaders.ts';
import { resolvers, type Context } from './resolvers.ts';

/** The GraphQL endpoint: schema-first from schema.graphql, GraphiQL at the same path. */
export function createGraphqlApi(graph: Graph) {
  const typeDefs = readFileSync(resolve(PROJECT_ROOT, 'schema.graphql'), 'utf8');
  const schema = makeExecutableSchema<Context>({ typeDefs, resolvers });
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'Initiative graph' },
    // GraphiQL from the installed package, not a CDN: it works on a machine without internet.
    renderGraphiQL,
    landingPage: false,
    context: () => ({ graph, loaders: createLoaders(graph), batchers: new Map() }),
  });
}
