import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { PothosValidationError } from '@pothos/core';
import { createComplexityRule } from '@pothos/plugin-complexity';
import {
  GraphQLError,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { PAGE_SIZE } from '../connection.js';

export interface DocumentLimits {
  maxQueryDepth: number;
  maxQueryTokens: number;
  maxQueryCost: number;
  maxPageItems: number;
}

/** graphql-armor words its rejections as syntax errors; a client needs the limit and a code to branch on. */
function limitExceeded(rejection: GraphQLError, limit: number): GraphQLError {
  return new GraphQLError(rejection.message.replace(/^Syntax Error: /, ''), {
    extensions: { code: 'LIMIT_EXCEEDED', limit },
  });
}

/** What an operation's cost depends on besides its text: its variables and which operation runs. */
export interface OperationInputs {
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/**
 * The validation rules that bound what a document can make the server do, for every path that runs
 * one (HTTP, SSE, WebSocket, persisted and trusted documents through Yoga's envelop; webhooks through
 * `checkDocument`). Depth alone is not enough: fragments and aliases multiply work without adding
 * depth, and nested lists multiply it by their lengths. So the cost counts every field the result can
 * hold, fragments expanded (each selection computed once, so a fragment bomb costs the check linear
 * time), a list's selection 10 times (Pothos' complexity estimate). Violations are validation errors
 * with LIMIT_EXCEEDED: the armor default throws out of validation, which no transport can tell from a crash.
 */
export function limitRules(limits: DocumentLimits, inputs: OperationInputs = {}): ValidationRule[] {
  return [depthRule(limits), ...requestRules(limits, inputs)];
}

/** The rules whose verdict depends on the request (its variables, the operation chosen): judged for every request. */
function requestRules(limits: DocumentLimits, inputs: OperationInputs): ValidationRule[] {
  return [costRule(limits.maxQueryCost, inputs), pageItemsRule(limits.maxPageItems, inputs)];
}

/**
 * The items an operation's pages can hold, summed: each page's `first` or `last` (20 when neither),
 * times the items of the pages it is nested in. The cost estimate counts a list as 10 items
 * whatever it asks, so without this 94 aliases of a 100-item page of keyword sets passed as 94
 * pages of 10, and their 2.3 GB answer froze the server. Fragments are counted once each and
 * multiplied where they are spread, so a fragment bomb costs this check linear time.
 */
function pageItemsRule(maxItems: number, inputs: OperationInputs): ValidationRule {
  const variables = inputs.variables ?? {};
  return (context) => {
    const document = context.getDocument();
    const schema = context.getSchema();
    const operation = getOperationAST(document, inputs.operationName);
    const root = operation && schema.getRootType(operation.operation);
    if (!operation || !root) return {};
    const fragments = new Map(document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])));
    const perFragment = new Map<string, number>();
    const pageSize = (field: FieldNode): number => {
      const argument = field.arguments?.find((candidate) => candidate.name.value === 'first') ?? field.arguments?.find((candidate) => candidate.name.value === 'last');
      const value = argument?.value;
      const given = value?.kind === Kind.INT ? Number(value.value) : value?.kind === Kind.VARIABLE ? variables[value.name.value] : undefined;
      return typeof given === 'number' && Number.isFinite(given) ? Math.min(Math.max(given, 1), PAGE_SIZE.maxSize) : PAGE_SIZE.defaultSize;
    };
    /** The items the pages under `selections` hold, per item of the page they are in. */
    const itemsIn = (selections: SelectionSetNode, type: GraphQLNamedType, spreading: Set<string>): number => {
      let items = 0;
      for (const selection of selections.selections) {
        if (selection.kind === Kind.FIELD) {
          const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
          if (!field || !selection.selectionSet) continue;
          const fieldType = getNamedType(field.type);
          const isPage = fieldType.name.endsWith('Connection') && field.args.some((argument) => argument.name === 'first');
          const inner = itemsIn(selection.selectionSet, fieldType, spreading);
          items += isPage ? pageSize(selection) * (1 + inner) : inner;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
          if (condition) items += itemsIn(selection.selectionSet, condition, spreading);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || spreading.has(name)) continue; // unknown or cyclic: graphql's own rules refuse it
          let known = perFragment.get(name);
          if (known === undefined) {
            const condition = schema.getType(fragment.typeCondition.name.value);
            known = condition ? itemsIn(fragment.selectionSet, condition, new Set([...spreading, name])) : 0;
            perFragment.set(name, known);
          }
          items += known;
        }
      }
      return items;
    };
    const items = itemsIn(operation.selectionSet, root, new Set());
    if (items > maxItems) {
      context.reportError(
        new GraphQLError(
          `The document's pages can hold ${items} items, over the limit of ${maxItems} (each page's first or last, 20 when neither, times the pages it is in): ask for smaller pages, or fewer of them`,
          { extensions: { code: 'LIMIT_EXCEEDED', limit: maxItems } },
        ),
      );
    }
    return {};
  };
}

function depthRule(limits: DocumentLimits): ValidationRule {
  const report = [(context: unknown, rejection: GraphQLError) => (context as ValidationContext).reportError(limitExceeded(rejection, limits.maxQueryDepth))];
  return maxDepthRule({ n: limits.maxQueryDepth, ignoreIntrospection: true, propagateOnRejection: false, onReject: report });
}

function costRule(maxCost: number, inputs: OperationInputs): ValidationRule {
  const variableValues = inputs.variables ?? {};
  const rule = createComplexityRule({
    context: {},
    variableValues,
    operationName: inputs.operationName,
    validate: ({ complexity }, reportError) => {
      if (complexity > maxCost) {
        reportError(
          new GraphQLError(`The document's cost is ${complexity}, over the limit of ${maxCost} (every field counted, fragments expanded, a list's selection 10 times): select less, or fewer nested lists`, {
            extensions: { code: 'LIMIT_EXCEEDED', limit: maxCost },
          }),
        );
      }
    },
  });
  return (context) => {
    // Variables that do not coerce are refused at execution, naming them (BAD_USER_INPUT); nothing runs, so nothing to bound.
    const operation = getOperationAST(context.getDocument(), inputs.operationName);
    if (!operation || getVariableValues(context.getSchema(), operation.variableDefinitions ?? [], variableValues).errors) return {};
    // Its own refusals (an unknown field, a missing fragment) repeat graphql's rules in other words: only the cost is its to report.
    const costOnly = Object.create(context, {
      reportError: { value: (error: GraphQLError) => void (error instanceof PothosValidationError || context.reportError(error)) },
    }) as ValidationContext;
    return rule(costOnly);
  };
}

/**
 * The limits as Yoga plugins: the rules above at validation; the token count stops the parser, as it must.
 * What does not depend on the request (graphql's rules and the depth limit) is validated once per parsed
 * document (Yoga's parser cache hands every request of the same text the same node) and remembered; the
 * cost, which depends on the variables and the operation chosen, is judged for every request.
 */
export function useOperationLimits(limits: DocumentLimits): Plugin[] {
  const depth = depthRule(limits);
  const remembered = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, readonly GraphQLError[]>>();
  return [
    {
      onValidate({ addValidationRule, setValidationFn, validateFn, context }) {
        addValidationRule(depth);
        // Yoga's HTTP requests carry their `params`; the shared transport core (operation.ts) passes them too.
        const perRequest = requestRules(limits, (context as { params?: OperationInputs }).params ?? {});
        setValidationFn((schema, document, rules, typeInfo, options) => {
          let bySchema = remembered.get(schema);
          if (!bySchema) remembered.set(schema, (bySchema = new WeakMap()));
          const known = bySchema.get(document);
          const errors = known ?? validateFn(schema, document, rules, typeInfo, options);
          if (!known) bySchema.set(document, errors);
          return errors.length > 0 ? errors : validateFn(schema, document, perRequest, typeInfo, options);
        });
      },
    },
    maxTokensPlugin({
      n: limits.maxQueryTokens,
      onReject: [
        (_context, rejection) => {
          throw limitExceeded(rejection, limits.maxQueryTokens);
        },
      ],
    }),
  ];
}

/**
 * A stored document (a webhook's) parsed and validated under the same limits as a request's, when it
 * is saved and again whenever it is loaded to run, so a limit lowered later still applies.
 */
export function checkDocument(schema: GraphQLSchema, text: string, limits: DocumentLimits): DocumentNode | readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(text, { maxTokens: limits.maxQueryTokens });
  } catch (error) {
    const syntax = error instanceof GraphQLError ? error : new GraphQLError(String(error));
    return [/more th[ae]n \d+ tokens/.test(syntax.message) ? limitExceeded(syntax, limits.maxQueryTokens) : syntax];
  }
  const errors = validate(schema, document, [...specifiedRules, ...limitRules(limits)]);
  return errors.length > 0 ? errors : document;
}
