/**
 * Bounds on the work one GraphQL operation may ask for, checked once the operation is known and
 * before anything runs: depth, breadth, an estimated cost (list sizes multiplied through the
 * nesting), string argument lengths and negative pagination values.
 *
 * The walk visits every fragment once (its figures are memoised), so its time is linear in the
 * document however the fragments fan out.
 */
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { MAX_ARTICLE_CHARS } from "../extract/article-input.js";

export interface OperationLimits {
  maxCost: number;
  maxDepth: number;
  maxBreadth: number;
  /** Longest string accepted in any argument, except the fields of {@link LONG_STRING_FIELDS}. */
  maxNameLength: number;
}

/** Input fields that take longer text than a name: their own caps. */
export const LONG_STRING_FIELDS: Readonly<Record<string, number>> = {
  text: MAX_ARTICLE_CHARS,
  title: 500,
  url: 2048,
};

/** List size assumed for a list field with no `limit`/`first` and no `@limit` default. */
export const DEFAULT_LIST_SIZE = 10;
/** List size of a generated list field whose type declares no `@limit`. */
const GENERATED_LIST_SIZE = 100;
/** Introspection walks the schema, whose size is fixed: only its depth is bounded. */
const INTROSPECTION_MAX_DEPTH = 16;
const PAGINATION_ARGS = new Set(["limit", "offset", "first"]);

/** The `@limit(default, max)` of each type in the type definitions. */
export type TypeLimits = ReadonlyMap<string, { default?: number; max?: number }>;

/** Reads `@limit(default: …, max: …)` from type definitions written for @neo4j/graphql. */
export function readTypeLimits(typeDefs: string): TypeLimits {
  const limits = new Map<string, { default?: number; max?: number }>();
  const document = parse(typeDefs);
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const directive = definition.directives?.find((d) => d.name.value === "limit");
    if (!directive) continue;
    const entry: { default?: number; max?: number } = {};
    for (const arg of directive.arguments ?? []) {
      if (arg.value.kind === Kind.INT && (arg.name.value === "default" || arg.name.value === "max")) entry[arg.name.value] = Number(arg.value.value);
    }
    limits.set(definition.name.value, entry);
  }
  return limits;
}

interface Figures {
  cost: number;
  depth: number;
  introspectionDepth: number;
  breadth: number;
}

/** A limit that an operation breaks; `code` goes into the error's extensions. */
export class OperationLimitError extends GraphQLError {
  constructor(message: string, code: string) {
    super(message, { extensions: { code, http: { status: 400 } } });
  }
}

/**
 * Measures `operation` and throws {@link OperationLimitError} for the first limit it breaks.
 *
 * @param variables the request's variables (values of `$name` references)
 */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  limits: OperationLimits,
  typeLimits: TypeLimits,
): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variableDefaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) variableDefaults.set(definition.variable.name.value, definition.defaultValue);
  }
  // Variables are checked once, up front: any string in them is bounded by the longest cap.
  checkVariables(variables, limits);

  const valueOf = (node: ValueNode): unknown => {
    switch (node.kind) {
      case Kind.VARIABLE: {
        const name = node.name.value;
        if (name in variables) return variables[name];
        const fallback = variableDefaults.get(name);
        return fallback ? valueOf(fallback) : undefined;
      }
      case Kind.INT:
      case Kind.FLOAT:
        return Number(node.value);
      case Kind.STRING:
      case Kind.ENUM:
        return node.value;
      case Kind.BOOLEAN:
        return node.value;
      case Kind.NULL:
        return null;
      case Kind.LIST:
        return node.values.map(valueOf);
      case Kind.OBJECT:
        return Object.fromEntries(node.fields.map((f) => [f.name.value, valueOf(f.value)]));
    }
  };

  const checkArguments = (field: FieldNode): Record<string, unknown> => {
    const args: Record<string, unknown> = {};
    for (const arg of field.arguments ?? []) {
      const value = valueOf(arg.value);
      args[arg.name.value] = value;
      checkStrings(value, arg.name.value, `${field.name.value}(${arg.name.value})`, limits.maxNameLength);
      if (PAGINATION_ARGS.has(arg.name.value) && typeof value === "number" && value < 0) {
        throw new OperationLimitError(`${field.name.value}(${arg.name.value}: ${value}): ${arg.name.value} must not be negative`, "BAD_USER_INPUT");
      }
    }
    return args;
  };

  const listSize = (parent: GraphQLCompositeType, definition: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number => {
    const returnType = getNullableType(definition.type);
    const named = getNamedType(definition.type);
    const takesLimit = definition.args.some((a) => a.name === "limit");
    const takesFirst = definition.args.some((a) => a.name === "first");
    if (takesLimit || takesFirst) {
      // Generated fields: the connection field counts its edges, the list field its nodes.
      const target = takesFirst ? nodeTypeOfConnection(named) : named.name;
      const declared = typeLimits.get(target);
      const asked = (takesLimit ? args.limit : args.first) as unknown;
      // Without an argument the field's own default page size applies (the coalition questions declare one).
      const argDefault = definition.args.find((x) => x.name === (takesLimit ? "limit" : "first"))?.defaultValue;
      const fallback = declared?.default ?? (typeof argDefault === "number" ? argDefault : GENERATED_LIST_SIZE);
      const pinned = pinnedSize(args.where);
      const size = typeof asked === "number" && Number.isFinite(asked) ? Math.ceil(asked) : (pinned ?? fallback);
      return Math.max(1, declared?.max !== undefined ? Math.min(size, declared.max) : size);
    }
    if (!isListType(returnType)) return 1;
    // A connection's `edges` were counted on the connection field itself.
    if (definition.name === "edges" && parent.name.endsWith("Connection")) return 1;
    return DEFAULT_LIST_SIZE;
  };

  const memo = new Map<string, Figures>();
  const inProgress = new Set<string>();

  const measure = (set: SelectionSetNode, parent: GraphQLCompositeType): Figures => {
    const figures: Figures = { cost: 0, depth: 0, introspectionDepth: 0, breadth: 0 };
    const add = (inner: Figures) => {
      figures.cost += inner.cost;
      figures.depth = Math.max(figures.depth, inner.depth);
      figures.introspectionDepth = Math.max(figures.introspectionDepth, inner.introspectionDepth);
      figures.breadth += inner.breadth;
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        figures.breadth += 1;
        const args = checkArguments(selection);
        const name = selection.name.value;
        if (name.startsWith("__")) {
          if (selection.selectionSet) {
            const inner = measureIntrospection(selection.selectionSet);
            figures.introspectionDepth = Math.max(figures.introspectionDepth, 1 + inner);
          }
          continue;
        }
        const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
        if (!definition) continue;
        const named = getNamedType(definition.type);
        if (!selection.selectionSet || !isCompositeType(named)) {
          figures.depth = Math.max(figures.depth, 1);
          continue;
        }
        const inner = measure(selection.selectionSet, named);
        checkBreadth(inner.breadth, name);
        figures.cost += listSize(parent, definition, args) * (1 + inner.cost);
        figures.depth = Math.max(figures.depth, 1 + inner.depth);
        figures.introspectionDepth = Math.max(figures.introspectionDepth, inner.introspectionDepth);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? schema.getType(typeName) : parent;
        add(measure(selection.selectionSet, type && isCompositeType(type) ? type : parent));
      } else {
        add(measureFragment(selection.name.value));
      }
    }
    return figures;
  };

  const measureFragment = (name: string): Figures => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return { cost: 0, depth: 0, introspectionDepth: 0, breadth: 0 };
    inProgress.add(name);
    const type = schema.getType(fragment.typeCondition.name.value);
    const figures = type && isCompositeType(type) ? measure(fragment.selectionSet, type) : { cost: 0, depth: 0, introspectionDepth: 0, breadth: 0 };
    inProgress.delete(name);
    memo.set(name, figures);
    return figures;
  };

  // Introspection only needs its depth; the same memo keeps it linear.
  const introspectionMemo = new Map<string, number>();
  const measureIntrospection = (set: SelectionSetNode): number => {
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(deepest, 1 + (selection.selectionSet ? measureIntrospection(selection.selectionSet) : 0));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, measureIntrospection(selection.selectionSet));
      } else {
        const name = selection.name.value;
        let depth = introspectionMemo.get(name);
        if (depth === undefined) {
          const fragment = fragments.get(name);
          introspectionMemo.set(name, 0);
          depth = fragment ? measureIntrospection(fragment.selectionSet) : 0;
          introspectionMemo.set(name, depth);
        }
        deepest = Math.max(deepest, depth);
      }
    }
    return deepest;
  };

  const checkBreadth = (breadth: number, where: string) => {
    if (breadth > limits.maxBreadth) {
      throw new OperationLimitError(
        `The selection of ${where} has ${breadth} fields; at most ${limits.maxBreadth} are allowed (breadth limit)`,
        "QUERY_TOO_COMPLEX",
      );
    }
  };

  const root = operation.operation === "query" ? schema.getQueryType() : operation.operation === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return;
  const figures = measure(operation.selectionSet, root);
  checkBreadth(figures.breadth, operation.operation);
  if (figures.depth > limits.maxDepth) {
    throw new OperationLimitError(`Query is nested ${figures.depth} levels deep; at most ${limits.maxDepth} are allowed (depth limit)`, "QUERY_TOO_COMPLEX");
  }
  if (figures.introspectionDepth > INTROSPECTION_MAX_DEPTH) {
    throw new OperationLimitError(
      `Introspection is nested ${figures.introspectionDepth} levels deep; at most ${INTROSPECTION_MAX_DEPTH} are allowed (depth limit)`,
      "QUERY_TOO_COMPLEX",
    );
  }
  if (figures.cost > limits.maxCost) {
    throw new OperationLimitError(
      `Query cost is estimated at ${formatCost(figures.cost)}; at most ${limits.maxCost} is allowed (cost limit: each list counts its limit or default size, multiplied through the nesting; ask for smaller limits or fewer nested lists)`,
      "QUERY_TOO_COMPLEX",
    );
  }
}

function formatCost(cost: number): string {
  return cost < 1e15 ? String(Math.round(cost)) : cost.toExponential(2);
}

/** The node type behind a connection type (`edges { node }`), whose `@limit` applies. */
function nodeTypeOfConnection(connection: GraphQLNamedType): string {
  if (!isObjectType(connection)) return connection.name;
  const edges = connection.getFields().edges;
  const edge = edges ? getNamedType(edges.type) : undefined;
  const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
  return node ? getNamedType(node.type).name : connection.name;
}

/** Fields whose equality filter picks out one node (or one per `in` value). */
const KEY_FIELDS = ["id", "name", "title", "code"];

/**
 * The size of a list whose `where` pins a key field (`{ name: { eq: "…" } }`, `{ id: { in: [...] } }`),
 * or undefined when the filter can match any number of nodes.
 */
function pinnedSize(where: unknown): number | undefined {
  if (!where || typeof where !== "object") return undefined;
  for (const key of KEY_FIELDS) {
    const condition = (where as Record<string, unknown>)[key];
    if (!condition || typeof condition !== "object") continue;
    const c = condition as Record<string, unknown>;
    if (typeof c.eq === "string") return 1;
    if (Array.isArray(c.in)) return Math.max(1, c.in.length);
  }
  return undefined;
}

function capFor(key: string, maxNameLength: number): number {
  return LONG_STRING_FIELDS[key] ?? maxNameLength;
}

/** Throws when a string in `value` is longer than its cap, named after the innermost key. */
function checkStrings(value: unknown, key: string, where: string, maxNameLength: number): void {
  if (typeof value === "string") {
    const cap = capFor(key, maxNameLength);
    if (value.length > cap) {
      throw new OperationLimitError(`${where}: a string of ${value.length} characters; at most ${cap} are accepted (string length limit)`, "BAD_USER_INPUT");
    }
  } else if (Array.isArray(value)) {
    for (const item of value) checkStrings(item, key, where, maxNameLength);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) checkStrings(v, k, `${where}.${k}`, maxNameLength);
  }
}

/** Any string in the variables longer than the longest cap is refused before the walk. */
function checkVariables(variables: Readonly<Record<string, unknown>>, limits: OperationLimits): void {
  const longest = Math.max(limits.maxNameLength, ...Object.values(LONG_STRING_FIELDS));
  const visit = (value: unknown, where: string, depth: number): void => {
    if (depth > 64) throw new OperationLimitError(`${where}: variables are nested too deeply`, "BAD_USER_INPUT");
    if (typeof value === "string") {
      if (value.length > longest) {
        throw new OperationLimitError(`${where}: a string of ${value.length} characters; at most ${longest} are accepted (string length limit)`, "BAD_USER_INPUT");
      }
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, where, depth + 1);
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(v, `${where}.${k}`, depth + 1);
    }
  };
  for (const [name, value] of Object.entries(variables)) visit(value, `$${name}`, 0);
}
