/**
 * Requests the generated API (@neo4j/graphql 7.6, the latest release) cannot answer: it fails them
 * with an internal error, or answers null or wrong data. Each shape is refused before anything
 * runs, with a 400 that names what is not supported and what to ask instead.
 *
 * Selections (a validation rule, {@link generatedApiRule}):
 * - an alias on a field of a generated connection, edge, page-info or aggregate type (the
 *   translation looks fields up by name, so an aliased one comes back null or with another's value);
 * - a selection of nothing but `__typename` under such a type (no Cypher projection is built for it);
 * - `count { edges }` in the aggregate of a connection to actors (an interface).
 *
 * Filter values (once variables are known, {@link checkGeneratedFilters}):
 * - `null` for a filter object inside `where` (`{ candidates: null }`, `{ title: null }`);
 * - `typename` inside a relationship's `all`/`some`/`none`/`single` filter on actors;
 * - a `DateTime` value that is not an ISO 8601 date-time (the generated filter sends it to Cypher as is).
 */
import {
  GraphQLError,
  Kind,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  visit,
  visitWithTypeInfo,
  TypeInfo,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from "graphql";

/** The names of the types written in the type definitions (nodes, relationship properties, the questions' types). */
export function declaredTypeNames(typeDefs: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const definition of parse(typeDefs).definitions) {
    if ("name" in definition && definition.name) names.add(definition.name.value);
  }
  return names;
}

/**
 * True for an object type @neo4j/graphql generated around the declared ones: connections, edges,
 * page info, aggregates and their selections.
 */
function isGeneratedWrapper(type: GraphQLNamedType | null | undefined, schema: GraphQLSchema, declared: ReadonlySet<string>): boolean {
  if (!type || !isObjectType(type) || declared.has(type.name) || type.name.startsWith("__")) return false;
  return type !== schema.getQueryType() && type !== schema.getMutationType() && type !== schema.getSubscriptionType();
}

/** The node type behind a generated connection type (`edges { node }`), if it has one. */
function connectionNodeType(type: GraphQLNamedType): GraphQLNamedType | undefined {
  if (!isObjectType(type)) return undefined;
  const edges = type.getFields().edges;
  const edge = edges ? getNamedType(edges.type) : undefined;
  const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
  return node ? getNamedType(node.type) : undefined;
}

/**
 * The fields of a selection set, through inline fragments and fragment spreads. Each fragment is
 * read once per document, so fanned-out fragments cost their size, not their expansion.
 */
function fieldsOf(set: SelectionSetNode, context: ValidationContext, memo: Map<string, readonly FieldNode[]>): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...fieldsOf(selection.selectionSet, context, memo));
    else {
      const name = selection.name.value;
      let known = memo.get(name);
      if (!known) {
        memo.set(name, []); // a cycle reads as empty; NoFragmentCyclesRule reports it
        const fragment = context.getFragment(name);
        known = fragment ? fieldsOf(fragment.selectionSet, context, memo) : [];
        memo.set(name, known);
      }
      fields.push(...known);
    }
  }
  return fields;
}

/**
 * A validation rule refusing the selections the generated API cannot answer (see the module
 * comment). The fields of the coalition questions and of the declared types are not concerned.
 *
 * @param declared the names of the declared types, from {@link declaredTypeNames}
 */
export function generatedApiRule(declared: ReadonlySet<string>) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const memo = new Map<string, readonly FieldNode[]>();
    const refuse = (node: FieldNode, message: string) =>
      context.reportError(new GraphQLError(`${message} (not supported by the generated API)`, { nodes: [node], extensions: { code: "UNSUPPORTED_SELECTION" } }));
    return {
      Field(node) {
        const parent = context.getParentType();
        if (!isGeneratedWrapper(parent, schema, declared)) return;
        const where = `${parent!.name}.${node.name.value}`;
        if (node.alias && node.alias.value !== node.name.value) {
          refuse(node, `${where}: an alias ("${node.alias.value}") on a field of a connection, edge, page-info or aggregate type; select the field once, under its own name`);
        }
        if (node.selectionSet && fieldsOf(node.selectionSet, context, memo).every((f) => f.name.value === "__typename")) {
          refuse(node, `${where}: a selection of only __typename under a connection, edge or aggregate; select at least one other field`);
        }
        if (node.name.value === "aggregate" && node.selectionSet) {
          const nodeType = connectionNodeType(parent!);
          if (nodeType && isInterfaceType(nodeType)) {
            const counts = fieldsOf(node.selectionSet, context, memo).filter((f) => f.name.value === "count" && f.selectionSet);
            if (counts.some((c) => fieldsOf(c.selectionSet!, context, memo).some((f) => f.name.value === "edges"))) {
              refuse(node, `${where}: count { edges } on a connection to ${nodeType.name} (an interface); ask for count { nodes } or totalCount`);
            }
          }
        }
      },
    };
  };
}

const LOGICAL = new Set(["AND", "OR", "NOT"]);
const QUANTIFIERS = new Set(["all", "some", "none", "single"]);
const DEPRECATED_QUANTIFIER = /_(ALL|SOME|NONE|SINGLE)$/;
/** ISO 8601 date or date-time, as Neo4j's `datetime()` reads it. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(0);
  check.setUTCFullYear(year, month - 1, day);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return false;
  return Number(match[4] ?? 0) < 24 && Number(match[5] ?? 0) < 60 && Number(match[6] ?? 0) < 60;
}

function refusal(message: string): GraphQLError {
  return new GraphQLError(`${message} (not supported by the generated API)`, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
}

/**
 * Checks the argument values of the operation's generated fields (variables substituted) and
 * throws a GraphQLError BAD_USER_INPUT (HTTP 400) for the first value the generated API cannot
 * take (see the module comment).
 */
export function checkGeneratedFilters(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Readonly<Record<string, unknown>>): void {
  const defaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue);
  }
  const valueOf = (node: ValueNode): unknown => {
    switch (node.kind) {
      case Kind.VARIABLE: {
        const name = node.name.value;
        if (name in variables) return variables[name];
        const fallback = defaults.get(name);
        return fallback ? valueOf(fallback) : undefined;
      }
      case Kind.INT:
      case Kind.FLOAT:
        return Number(node.value);
      case Kind.STRING:
      case Kind.ENUM:
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

  /**
   * @param inQuantifier inside a relationship's all/some/none/single filter on an interface (kept
   *   through AND/OR/NOT only)
   */
  const check = (value: unknown, type: GraphQLInputType, where: string, inWhere: boolean, inQuantifier: boolean, depth: number): void => {
    if (value === null || value === undefined || depth > 64) return;
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      if (Array.isArray(value)) for (const item of value) check(item, inner.ofType, where, inWhere, inQuantifier, depth + 1);
      else check(value, inner.ofType, where, inWhere, inQuantifier, depth + 1);
      return;
    }
    const named = getNamedType(inner);
    if (named.name === "DateTime" && typeof value === "string" && !isDateTime(value)) {
      throw refusal(`${where}: ${JSON.stringify(value.slice(0, 40))} is not an ISO 8601 date-time (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)`);
    }
    if (!isInputObjectType(named) || typeof value !== "object" || Array.isArray(value)) return;
    const fields = named.getFields();
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[key];
      if (!field) continue;
      const path = `${where}.${key}`;
      const fieldNamed = getNamedType(field.type);
      if (inWhere && item === null && isInputObjectType(fieldNamed) && !LOGICAL.has(key)) {
        throw refusal(`${path}: null for a filter; leave ${key} out instead`);
      }
      if (key === "typename" && inQuantifier) {
        throw refusal(`${path}: typename inside a relationship's all/some/none/single filter on actors; filter the connection instead, e.g. supportedByConnection: { some: { node: { typename: [Country] } } }`);
      }
      const entersQuantifier =
        isInterfaceWhere(fieldNamed, schema) && ((QUANTIFIERS.has(key) && named.name.endsWith("RelationshipFilters")) || DEPRECATED_QUANTIFIER.test(key));
      check(item, field.type, path, inWhere, entersQuantifier || (inQuantifier && LOGICAL.has(key)), depth + 1);
    }
  };

  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        // Only the operation that runs: its variables are the ones known.
        return node === operation ? undefined : false;
      },
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument) return;
        check(valueOf(node.value), argument.type, `${typeInfo.getFieldDef()?.name ?? ""}(${node.name.value})`, node.name.value === "where", false, 0);
      },
    }),
  );
}

/** True for the `…Where` input of an interface (a filter on actors). */
function isInterfaceWhere(type: GraphQLNamedType, schema: GraphQLSchema): boolean {
  if (!isInputObjectType(type) || !type.name.endsWith("Where")) return false;
  const target = schema.getType(type.name.slice(0, -"Where".length));
  return !!target && isInterfaceType(target);
}
