import {
  getOperationAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type SelectionSetNode,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError } from './errors.ts';
import { MAX_STRING_ARGUMENT, STRING_ARGUMENT_LIMITS } from './limits.ts';

type Variables = Record<string, unknown>;

/** Every string a JSON value holds, in lists too. */
function* stringsOf(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsOf(item);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* stringsOf(item);
}

/** Every string an argument passes, written in the document or given as a variable. */
function* argumentStrings(value: ValueNode, variables: Variables, definitions: Map<string, VariableDefinitionNode>): Generator<string> {
  if (value.kind === 'StringValue') yield value.value;
  else if (value.kind === 'ListValue') for (const item of value.values) yield* argumentStrings(item, variables, definitions);
  else if (value.kind === 'ObjectValue') for (const field of value.fields) yield* argumentStrings(field.value, variables, definitions);
  else if (value.kind === 'Variable') {
    const name = value.name.value;
    if (name in variables) yield* stringsOf(variables[name]);
    else {
      const fallback = definitions.get(name)?.defaultValue;
      if (fallback) yield* argumentStrings(fallback, {}, new Map());
    }
  }
}

/**
 * The first argument of the operation that passes a string over its limit, as an error naming
 * the argument and the limit; null when every string is within its limit.
 */
export function longStringArgument(document: DocumentNode, operationName: string | null | undefined, variables: Variables): GraphQLError | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
  const definitions = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d]));
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): GraphQLError | null => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        for (const argument of selection.arguments ?? []) {
          const key = `${selection.name.value}.${argument.name.value}`;
          const limit = STRING_ARGUMENT_LIMITS[key] ?? MAX_STRING_ARGUMENT;
          for (const text of argumentStrings(argument.value, variables, definitions)) {
            if (text.length > limit) {
              return apiError(
                'BAD_USER_INPUT',
                `The argument ${argument.name.value} of ${selection.name.value} is ${text.length} characters long; the limit is ${limit}. Shorten it.`,
                { argument: key, length: text.length, maxLength: limit },
              ) as unknown as GraphQLError;
            }
          }
        }
        const inside = visit(selection.selectionSet);
        if (inside) return inside;
      } else if (selection.kind === 'InlineFragment') {
        const inside = visit(selection.selectionSet);
        if (inside) return inside;
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const inside = visit(fragments.get(selection.name.value)?.selectionSet);
        if (inside) return inside;
      }
    }
    return null;
  };
  return visit(operation.selectionSet);
}

/**
 * Refuses, before any resolver runs, an operation passing a string longer than its argument
 * allows (MAX_STRING_ARGUMENT, or STRING_ARGUMENT_LIMITS). Checked at execution, not
 * validation: variables are known only then, and validation is cached per document.
 */
export function stringArgumentLimits(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refusal = longStringArgument(args.document, args.operationName, (args.variableValues ?? {}) as Variables);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
  };
}
