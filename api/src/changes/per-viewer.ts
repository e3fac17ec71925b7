import {
  Kind,
  TypeInfo,
  print,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * Spread into a field's options to declare that its value depends on who asks (it reads
 * `ctx.viewer`). The live fan-out executes a change once for every subscriber whose selection
 * reaches no such field, and once per viewer otherwise; a field that reads the viewer without
 * this declaration gets an error instead of another viewer's value.
 */
export const perViewer = { extensions: { perViewer: true } } as const;

export interface OperationShape {
  /** The operation and its fragments, printed without the root field's arguments. */
  text: string;
  /** Variables whose values can change the result (those used outside the root field's arguments). */
  resultVariables: readonly string[];
  /** The selection reaches a field declared `perViewer`. */
  perViewer: boolean;
}

const shapes = new WeakMap<OperationDefinitionNode, OperationShape>();

/**
 * What decides a subscription's payload for a given change. The root field's arguments (`after`,
 * `topics`, `entityIds`) only choose which changes arrive, never what one looks like, so two
 * subscribers that differ only there share one execution. Cached per parsed operation: Yoga's
 * parser cache hands the same node to every subscriber of the same query text.
 */
export function operationShape(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): OperationShape {
  const cached = shapes.get(operation);
  if (cached) return cached;

  const root = operation.selectionSet.selections[0];
  const rootArguments = root?.kind === Kind.FIELD ? root.arguments : undefined;
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...Object.values(fragments)] };

  let reachesPerViewer = false;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        if (typeInfo.getFieldDef()?.extensions?.perViewer) reachesPerViewer = true;
      },
    }),
  );

  const resultVariables = new Set<string>();
  const withoutRootArguments = visit(document, {
    Argument(node) {
      if (rootArguments?.includes(node)) return null;
      return undefined;
    },
    Variable(node) {
      resultVariables.add(node.name.value);
    },
    VariableDefinition: () => false,
  });

  const shape: OperationShape = {
    text: print(withoutRootArguments),
    resultVariables: [...resultVariables].sort(),
    perViewer: reachesPerViewer,
  };
  shapes.set(operation, shape);
  return shape;
}
