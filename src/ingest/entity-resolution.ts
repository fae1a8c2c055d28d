/**
 * Which graph node each entity of a document is, through the name-key index.
 *
 * Every identifying name of a node (its name and the aliases that can identify it outside one
 * article) is a `(:NameKey {key})-[:NAMES]->(node)` edge; other aliases ("the Dutch politician")
 * are `ALSO_NAMES` edges, found by the questions' name resolution but never used to merge. `key`
 * is unique, so finding the nodes a name may mean is one index seek per key, whatever the size of
 * the graph.
 *
 * Several documents written in one transaction are resolved in order against the graph and what
 * the earlier documents of the batch added ({@link EntityResolver}), so a batch merges exactly as
 * the same documents written one by one would.
 */
import type { ManagedTransaction, Record as Neo4jRecord } from "neo4j-driver";
import type { EntityInput, EntityType } from "../model/claims-document.js";
import { isIdentifyingAlias, nameKey, slug } from "../model/names.js";
import { countryId, findReferenceCountry } from "../reference/countries.js";

/** A graph node as far as resolution needs it. */
export interface Candidate {
  id: string;
  name: string;
  nameKey: string;
}

interface NodeState extends Candidate {
  type: EntityType;
  aliases: Set<string>;
}

/** What one batch changes on one node: a row of {@link ENTITY_WRITES}. */
export interface EntityWrite {
  id: string;
  type: EntityType;
  /** Name and key when the node is created. */
  createName: string;
  createNameKey: string;
  /** Replace the stored name by this fuller one ("Rutte" -> "Mark Rutte"). */
  rename: boolean;
  name: string;
  nameKey: string;
  addAliases: string[];
  /** New identifying keys (NAMES). */
  keys: string[];
  /** New keys of other aliases (ALSO_NAMES). */
  aliasKeys: string[];
}

const tokenCount = (key: string) => key.split(" ").length;

/** The keys by which an entity may be merged with a node: its name and identifying aliases. */
export function identifyingKeys(entity: Pick<EntityInput, "name" | "type" | "aliases">): string[] {
  const aliases = (entity.aliases ?? []).filter((alias) => isIdentifyingAlias(alias, entity.name, entity.type));
  return [...new Set([entity.name, ...aliases].map(nameKey))].filter((k) => k !== "");
}

/** The keys of the aliases that do not identify the entity (found by questions, never merged on). */
export function otherAliasKeys(entity: Pick<EntityInput, "name" | "type">, aliases: readonly string[], identifying: readonly string[]): string[] {
  const skip = new Set(identifying);
  return [...new Set(aliases.filter((a) => !isIdentifyingAlias(a, entity.name, entity.type)).map(nameKey))].filter((k) => k !== "" && !skip.has(k));
}

/** The id a new node for this entity gets. */
export function baseId(entity: EntityInput): string {
  if (entity.type === "Country") {
    const reference = entity.code ? { code: entity.code } : findReferenceCountry(entity.name) ?? (entity.aliases ?? []).map(findReferenceCountry).find(Boolean);
    if (reference) return countryId(reference.code);
  }
  return `${entity.type.toLowerCase()}:${slug(entity.name)}`;
}

/**
 * Picks the graph node an entity is, among those sharing one of its keys. Two different full
 * names never merge on a shared surname ("Boris Johnson" is not "Lyndon Johnson").
 */
export function chooseCandidate(entity: EntityInput, candidates: readonly Candidate[]): Candidate | undefined {
  const key = nameKey(entity.name);
  const exact = candidates.find((c) => c.nameKey === key);
  if (exact) return exact;
  const compatible = candidates.filter((c) => entity.type !== "Person" || tokenCount(c.nameKey) < 2 || tokenCount(key) < 2);
  return [...compatible].sort((a, b) => a.id.localeCompare(b.id))[0];
}

const NODE_TYPE = "[l IN labels(n) WHERE l IN ['Person', 'Country', 'Organization', 'Media', 'Post']][0]";

const FIND_BY_KEYS = `
UNWIND $keys AS key
MATCH (:NameKey {key: key})-[:NAMES]->(n)
RETURN key, n.id AS id, ${NODE_TYPE} AS type, coalesce(n.name, n.title) AS name, n.nameKey AS nameKey, coalesce(n.aliases, []) AS aliases`;

const FIND_ACTORS_BY_ID = `
MATCH (n:Actor) WHERE n.id IN $ids
RETURN n.id AS id, ${NODE_TYPE} AS type, n.name AS name, n.nameKey AS nameKey, coalesce(n.aliases, []) AS aliases`;

const FIND_POSTS_BY_ID = `
MATCH (n:Post) WHERE n.id IN $ids
RETURN n.id AS id, 'Post' AS type, n.title AS name, n.nameKey AS nameKey, coalesce(n.aliases, []) AS aliases`;

/**
 * Resolves the entities of a batch of documents, one document after the other, and gathers the
 * node writes the batch needs. Load the graph's side once with {@link EntityResolver.load}.
 */
export class EntityResolver {
  private readonly nodes = new Map<string, NodeState>();
  /** key -> ids of the nodes it NAMES (graph and batch). */
  private readonly named = new Map<string, Set<string>>();
  private readonly writes = new Map<string, EntityWrite>();

  /** Reads every node any of `entities` may resolve to: by identifying key and by own id. */
  async load(tx: ManagedTransaction, entities: readonly EntityInput[]): Promise<void> {
    const keys = [...new Set(entities.flatMap((e) => identifyingKeys(e)))];
    const byKey = keys.length > 0 ? (await tx.run(FIND_BY_KEYS, { keys })).records : [];
    this.add(byKey);
    // Own ids matter only for entities that may not resolve by name: a node may already hold the
    // id (a fixed country, a name spelled apart from its key).
    const ids = [
      ...new Set(
        entities
          .filter((e) => !identifyingKeys(e).some((k) => [...(this.named.get(k) ?? [])].some((id) => this.nodes.get(id)?.type === e.type)) || e.type === "Country")
          .map(baseId),
      ),
    ];
    const postIds = ids.filter((id) => id.startsWith("post:"));
    const actorIds = ids.filter((id) => !id.startsWith("post:"));
    if (actorIds.length > 0) this.add((await tx.run(FIND_ACTORS_BY_ID, { ids: actorIds })).records);
    if (postIds.length > 0) this.add((await tx.run(FIND_POSTS_BY_ID, { ids: postIds })).records);
  }

  private add(records: readonly Neo4jRecord[]): void {
    for (const record of records) {
      const id = record.get("id") as string;
      if (!this.nodes.has(id)) {
        this.nodes.set(id, {
          id,
          type: record.get("type") as EntityType,
          name: record.get("name") as string,
          nameKey: (record.get("nameKey") as string | null) ?? nameKey(record.get("name") as string),
          aliases: new Set(record.get("aliases") as string[]),
        });
      }
      if (record.has("key")) this.keyNames(record.get("key") as string).add(id);
    }
  }

  private keyNames(key: string): Set<string> {
    let ids = this.named.get(key);
    if (!ids) this.named.set(key, (ids = new Set()));
    return ids;
  }

  /**
   * Resolves one document's entities (against the graph and the documents resolved before it) and
   * records what they add to their nodes.
   *
   * @returns the node id of each entity, by the entity's document id
   */
  resolveDocument(entities: readonly EntityInput[]): Map<string, string> {
    // All of a document's entities are resolved against the state before the document, then applied.
    const decisions = entities.map((entity) => {
      const own = baseId(entity);
      const keys = identifyingKeys(entity);
      const seen = new Set<string>();
      const candidates: Candidate[] = [];
      for (const key of keys) {
        for (const id of this.named.get(key) ?? []) {
          const node = this.nodes.get(id);
          if (node && node.type === entity.type && !seen.has(id)) {
            seen.add(id);
            candidates.push({ id: node.id, name: node.name, nameKey: node.nameKey });
          }
        }
      }
      // A country with a known code is that country, whatever other nodes share its names.
      const fixedCountry = own.startsWith("country:") && own.length === "country:XX".length;
      const match = fixedCountry ? undefined : chooseCandidate(entity, candidates);
      const rename = !!match && entity.type === "Person" && tokenCount(nameKey(entity.name)) > tokenCount(match.nameKey);
      return { entity, id: match?.id ?? own, keys, rename };
    });
    const ids = new Map<string, string>();
    for (const { entity, id, keys, rename } of decisions) {
      ids.set(entity.id, id);
      this.apply(entity, id, keys, rename);
    }
    return ids;
  }

  private apply(entity: EntityInput, id: string, keys: readonly string[], rename: boolean): void {
    let node = this.nodes.get(id);
    if (node && node.type !== entity.type) {
      throw new Error(`the ${entity.type} "${entity.name}" would take the id ${id}, which a ${node.type} holds`);
    }
    let write = this.writes.get(id);
    if (!node) {
      node = { id, type: entity.type, name: entity.name, nameKey: nameKey(entity.name), aliases: new Set() };
      this.nodes.set(id, node);
      write = { id, type: entity.type, createName: node.name, createNameKey: node.nameKey, rename: false, name: node.name, nameKey: node.nameKey, addAliases: [], keys: [], aliasKeys: [] };
      this.writes.set(id, write);
    }
    const ensureWrite = () =>
      (write ??= (() => {
        const w: EntityWrite = { id, type: node!.type, createName: node!.name, createNameKey: node!.nameKey, rename: false, name: node!.name, nameKey: node!.nameKey, addAliases: [], keys: [], aliasKeys: [] };
        this.writes.set(id, w);
        return w;
      })());
    const added: string[] = [];
    for (const alias of entity.aliases ?? []) {
      if (alias !== node.name && !node.aliases.has(alias)) {
        node.aliases.add(alias);
        added.push(alias);
      }
    }
    if (added.length > 0) {
      const w = ensureWrite();
      w.addAliases.push(...added);
      w.aliasKeys.push(...otherAliasKeys(entity, added, keys));
    }
    for (const key of keys) {
      const names = this.keyNames(key);
      if (!names.has(id)) {
        names.add(id);
        ensureWrite().keys.push(key);
      }
    }
    if (rename) {
      const w = ensureWrite();
      // The write turns the stored name into an alias itself; a name given earlier in the same
      // batch never reaches the graph, so it is kept as an alias here.
      if (w.rename) w.addAliases.push(node.name);
      node.aliases.add(node.name);
      node.name = entity.name;
      node.nameKey = nameKey(entity.name);
      w.rename = true;
      w.name = node.name;
      w.nameKey = node.nameKey;
    }
  }

  /** The node writes gathered so far, by entity type. */
  pendingWrites(): EntityWrite[] {
    return [...this.writes.values()].map((w) => ({ ...w, aliasKeys: [...new Set(w.aliasKeys)].filter((k) => !w.keys.includes(k)) }));
  }
}

/**
 * One query per entity type: create or update the nodes of a batch and their name keys. Rows
 * come from {@link EntityResolver.pendingWrites}.
 */
export function entityWriteQuery(labels: readonly string[], nameProperty: "name" | "title"): string {
  return `
UNWIND $rows AS e
MERGE (n:${labels.join(":")} {id: e.id})
ON CREATE SET n.${nameProperty} = e.createName, n.nameKey = e.createNameKey, n.aliases = []
WITH n, e
CALL (n, e) {
  WITH n, e WHERE size(e.addAliases) > 0
  SET n.aliases = apoc.coll.toSet(coalesce(n.aliases, []) + [a IN e.addAliases WHERE a <> n.${nameProperty}])
}
CALL (n, e) {
  WITH n, e WHERE e.rename AND n.${nameProperty} <> e.name
  SET n.aliases = apoc.coll.toSet(coalesce(n.aliases, []) + [n.${nameProperty}]), n.${nameProperty} = e.name, n.nameKey = e.nameKey
}
CALL (n, e) {
  UNWIND e.keys AS key
  MERGE (k:NameKey {key: key})
  MERGE (k)-[:NAMES]->(n)
}
CALL (n, e) {
  UNWIND e.aliasKeys AS key
  MERGE (k:NameKey {key: key})
  MERGE (k)-[:ALSO_NAMES]->(n)
}`;
}
