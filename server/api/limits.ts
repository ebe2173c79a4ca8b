import { useDepthLimit } from '@envelop/depth-limit';
import type { ASTVisitor, FieldNode, GraphQLError, GraphQLSchema, SelectionSetNode, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_PAGE_BYTES } from '../extract/input.ts';
import { apiError } from './errors.ts';
import { MAX_PAGE } from './paging.ts';

/**
 * The largest request body the API reads: one page of MAX_PAGE_BYTES for ingestPage, with
 * room for its JSON escaping and the query. A larger body is refused with 413 before it is read
 * when it says its length, and as soon as it passes the limit when it does not.
 */
export const MAX_REQUEST_BYTES = MAX_PAGE_BYTES + 2 * 1024 * 1024;
/**
 * The most tokens (names, punctuation, values) a document may have. The UI's largest query has
 * about 150, GraphiQL's introspection about 200; parsing stops at the limit, so a document of
 * megabytes costs no more than one at the limit.
 */
export const MAX_TOKENS = 3000;
/** The most top-level fields an operation may ask for: each is its own round trip to Neo4j. */
export const MAX_ROOT_FIELDS = 20;
/** The longest string argument, in characters, unless STRING_ARGUMENT_LIMITS says otherwise. */
export const MAX_STRING_ARGUMENT = 1000;
/** Limits on particular arguments, keyed `field.argument`. */
export const STRING_ARGUMENT_LIMITS: Record<string, number> = {
  // A name in any script is tens of characters, and Lucene refuses a query of over 1024 clauses.
  'search.query': 200,
  // A page is measured in bytes by the mutation itself (MAX_PAGE_BYTES), within MAX_REQUEST_BYTES.
  'ingestPage.text': Infinity,
};

/** The deepest nesting of fields a query may have (the top-level field is at depth 0). */
export const MAX_DEPTH = 8;
/** The most objects a query may ask for, counting each list as its page size. */
export const MAX_COST = 25_000;
/** The most nodes a subgraph gives out. */
export const MAX_SUBGRAPH_NODES = 5000;
/** The most paths one request may ask for. */
export const MAX_PATHS = 10;
/** Rollup lists are slices of one query's answer, so a page may be larger than elsewhere. */
export const MAX_ROLLUP_PAGE = 500;
// A list with no size argument (evidence, aliases, hops) is counted as this many.
const UNSIZED_LIST = 10;
// A size given as a variable is not known at validation (which yoga caches per document), so it
// counts as the largest the argument allows.
const LARGEST = { first: MAX_PAGE, maxNodes: MAX_SUBGRAPH_NODES } as const;
const LARGEST_BY_FIELD: Record<string, number> = { 'Query.paths': MAX_PATHS, PlaceRollup: MAX_ROLLUP_PAGE };

interface SchemaField {
  type: unknown;
  args: ReadonlyArray<{ name: string; defaultValue: unknown }>;
}
interface CompositeType {
  getFields(): Record<string, SchemaField>;
}

// graphql may load twice under tsx, so types are told apart by shape, not instanceof.
function namedType(type: unknown): unknown {
  let t = type as { ofType?: unknown };
  while (t.ofType) t = t.ofType as { ofType?: unknown };
  return t;
}
const isComposite = (type: unknown): type is CompositeType => typeof (type as CompositeType).getFields === 'function';

function listSize(parent: string, field: FieldNode, definition: SchemaField, inherited: number | undefined): number {
  for (const name of ['first', 'maxNodes'] as const) {
    const given = field.arguments?.find((a) => a.name.value === name);
    if (given?.value.kind === 'IntValue') return Number(given.value.value);
    if (given) return LARGEST_BY_FIELD[`${parent}.${field.name.value}`] ?? LARGEST_BY_FIELD[parent] ?? LARGEST[name];
    const fallback = definition.args.find((a) => a.name === name)?.defaultValue;
    if (typeof fallback === 'number') return fallback;
  }
  return inherited ?? UNSIZED_LIST;
}

/**
 * How many objects a selection fetches when its parent stands for `multiplier` objects. A
 * connection (search, articles) takes `first` but its `edges` list is what grows: the size is
 * handed down as `inherited`.
 */
function selectionCost(
  context: ValidationContext,
  schema: GraphQLSchema,
  set: SelectionSetNode | undefined,
  parent: unknown,
  multiplier: number,
  depth: number,
  inherited?: number,
): number {
  // Fragment cycles are reported by graphql's own rule; this bound keeps us from looping on one.
  if (!set || depth > 32) return 0;
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === 'Field') {
      if (selection.name.value.startsWith('__') || !isComposite(parent)) continue;
      const definition = parent.getFields()[selection.name.value];
      const type = definition && namedType(definition.type);
      if (!definition || !isComposite(type)) continue;
      const isList = String(definition.type).includes('[');
      const size = listSize(String(parent), selection, definition, inherited);
      const objects = multiplier * (isList ? size : 1);
      cost +=
        objects +
        selectionCost(
          context,
          schema,
          selection.selectionSet,
          type,
          objects,
          depth + 1,
          !isList && definition.args.some((a) => a.name === 'first') ? size : undefined,
        );
    } else {
      const fragment = selection.kind === 'FragmentSpread' ? context.getFragment(selection.name.value) : selection;
      const condition = fragment?.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
      cost += selectionCost(context, schema, fragment?.selectionSet, condition, multiplier, depth + 1, inherited);
    }
  }
  return cost;
}

/** A validation rule refusing operations that would fetch more than MAX_COST objects. */
export function costLimitRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
      const cost = selectionCost(context, schema, operation.selectionSet, root, 1, 0);
      if (cost > MAX_COST) {
        context.reportError(
          apiError(
            'QUERY_TOO_COMPLEX',
            `This query could fetch ${cost} objects; the limit is ${MAX_COST}. Ask for smaller pages (first, maxNodes) or nest fewer lists.`,
            { cost, maxCost: MAX_COST },
          ) as unknown as GraphQLError,
        );
      }
    },
  };
}

/** A validation rule refusing operations with more than MAX_ROOT_FIELDS top-level fields. */
export function rootFieldLimitRule(context: ValidationContext): ASTVisitor {
  const countFields = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    let count = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') count += selection.name.value.startsWith('__') ? 0 : 1;
      else if (selection.kind === 'InlineFragment') count += countFields(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        count += countFields(context.getFragment(selection.name.value)?.selectionSet, seen);
      }
    }
    return count;
  };
  return {
    OperationDefinition(operation) {
      const fields = countFields(operation.selectionSet, new Set());
      if (fields > MAX_ROOT_FIELDS) {
        context.reportError(
          apiError('QUERY_TOO_COMPLEX', `This operation asks for ${fields} top-level fields; the limit is ${MAX_ROOT_FIELDS}. Send them in several requests.`, {
            rootFields: fields,
            maxRootFields: MAX_ROOT_FIELDS,
          }) as unknown as GraphQLError,
        );
      }
    },
  };
}

// graphql 16 words it "more that N tokens"; a later version may fix the typo.
const isTokenLimitError = (error: unknown) => /Document contains more th(?:at|an) \d+ tokens/.test((error as Error).message ?? '');

const isDepthError = (error: { message?: string }) => /exceeds maximum operation depth/.test(error.message ?? '');

/** Size, depth, width and cost limits on a document, each refusal coded QUERY_TOO_COMPLEX. */
export function queryLimits(): Plugin[] {
  return [
    {
      onParse({ parseFn, setParseFn }) {
        setParseFn((source, options) => {
          try {
            return parseFn(source, { ...options, maxTokens: MAX_TOKENS });
          } catch (error) {
            if (!isTokenLimitError(error)) throw error;
            throw apiError(
              'QUERY_TOO_COMPLEX',
              `This document is over the limit of ${MAX_TOKENS} tokens (names, punctuation and values). Split it into several requests.`,
              { maxTokens: MAX_TOKENS },
            );
          }
        });
      },
    },
    useDepthLimit({ maxDepth: MAX_DEPTH }) as Plugin,
    {
      onValidate({ addValidationRule }) {
        addValidationRule(rootFieldLimitRule);
        addValidationRule(costLimitRule);
        // @envelop/depth-limit's errors carry no code; give them ours and say what to do.
        return ({ result, setResult }) => {
          if (!result.some(isDepthError)) return;
          setResult(
            result.map((error: Error) => {
              if (!isDepthError(error)) return error;
              const name = /^'(.+)' exceeds/.exec(error.message)?.[1];
              return apiError(
                'QUERY_TOO_COMPLEX',
                `The operation${name ? ` ${name}` : ''} nests fields more than ${MAX_DEPTH} levels below the top-level field. Split it into several queries.`,
                { maxDepth: MAX_DEPTH },
              );
            }),
          );
        };
      },
    },
  ];
}
