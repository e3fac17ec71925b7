import {
  Kind,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isUnionType,
  print,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
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
  /** Concrete types of the root field whose selection reaches a field declared `perViewer`. */
  perViewerTypes: ReadonlySet<string>;
}

const shapes = new WeakMap<OperationDefinitionNode, OperationShape>();

/**
 * What decides a subscription's payload for a given change. The root field's arguments (`after`,
 * `topics`, `entityIds`) only choose which changes arrive, never what one looks like, so two
 * subscribers that differ only there share one execution. Which fields read the viewer is decided
 * per concrete type: a selection whose `... on MessageChange` reaches a private message still
 * shares one execution of every KeywordSetChange. Cached per parsed operation: Yoga's parser
 * cache hands the same node to every subscriber of the same query text.
 */
export function operationShape(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): OperationShape {
  const cached = shapes.get(operation);
  if (cached) return cached;

  const root = operation.selectionSet.selections[0];
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...Object.values(fragments)] };
  const perViewerTypes = new Set<string>();
  const rootType = schema.getRootType(operation.operation);
  const rootField = root?.kind === Kind.FIELD ? rootType?.getFields()[root.name.value] : undefined;
  const payloadType = rootField && getNamedType(rootField.type);
  if (root?.kind === Kind.FIELD && root.selectionSet && isCompositeType(payloadType)) {
    const concreteTypes = isAbstractType(payloadType) ? schema.getPossibleTypes(payloadType) : [payloadType];
    for (const type of concreteTypes) {
      if (reachesPerViewer(schema, fragments, root.selectionSet, payloadType, type, new Set())) perViewerTypes.add(type.name);
    }
  }

  const rootArguments = root?.kind === Kind.FIELD ? root.arguments : undefined;
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
    perViewerTypes,
  };
  shapes.set(operation, shape);
  return shape;
}

/**
 * Does `selectionSet` on `parentType` reach a `perViewer` field? At the root (`concrete` given),
 * fragments for other concrete types are skipped; deeper down every branch counts.
 */
function reachesPerViewer(
  schema: GraphQLSchema,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  concrete: GraphQLObjectType | undefined,
  seenFragments: Set<string>,
): boolean {
  const applies = (condition: GraphQLCompositeType) =>
    concrete === undefined ||
    condition === concrete ||
    (isAbstractType(condition) && schema.isSubType(condition, concrete));
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (isUnionType(parentType)) continue; // only __typename can be selected on a union
      const field = parentType.getFields()[selection.name.value];
      if (!field) continue; // __typename and introspection
      if (field.extensions?.perViewer) return true;
      const fieldType = getNamedType(field.type);
      if (selection.selectionSet && isCompositeType(fieldType)) {
        if (reachesPerViewer(schema, fragments, selection.selectionSet, fieldType, undefined, seenFragments)) return true;
      }
      continue;
    }
    const typeName = selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition?.name.value : fragments[selection.name.value]?.typeCondition.name.value;
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const seen = `${selection.name.value}${concrete ? ' at the root' : ''}`;
      if (seenFragments.has(seen)) continue;
      seenFragments.add(seen);
    }
    const condition = typeName ? schema.getType(typeName) : parentType;
    if (!isCompositeType(condition) || !applies(condition)) continue;
    const inner = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments[selection.name.value]?.selectionSet;
    if (inner && reachesPerViewer(schema, fragments, inner, condition, concrete, seenFragments)) return true;
  }
  return false;
}
