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
 *
 * Each name edge written by ingestion records which spellings give it and how many stored articles
 * give each (`spellings`, `articleCounts`, parallel lists), and each article records what it gave
 * (`Article.givenNames`, see {@link GivenName}), so that a retraction takes back exactly what no
 * other stored article still gives (`given-names.ts`). An edge without `spellings` was not counted
 * (reference data, or a graph written before the counts): it is never removed, nor are the aliases
 * it names, and nothing is counted on it.
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

/** The two kinds of name edge: identifying (merged on) and other aliases (found, never merged on). */
export type NameEdge = "NAMES" | "ALSO_NAMES";

/**
 * The names one article gives one node under one key: the spellings (its name, its aliases) of the
 * article's entities that resolved to the node. An article's list of them (on the edges that
 * count spellings) is what its retraction takes back.
 */
export interface GivenName {
  node: string;
  kind: NameEdge;
  key: string;
  spellings: string[];
}

/** One key a batch gives one node: its spellings, each with the number of the batch's articles giving it. */
export interface KeyGift {
  key: string;
  spellings: string[];
  counts: number[];
}

/** A batch's spellings for a counted NAMES edge already in the graph, found by its element id. */
export interface EdgeGift {
  rel: string;
  spellings: string[];
  counts: number[];
}

/** What one batch changes on one node: a row of {@link entityWriteQuery}. */
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
  /** Identifying keys the batch's articles give (NAMES). */
  keys: KeyGift[];
  /** Keys of other aliases the batch's articles give (ALSO_NAMES). */
  aliasKeys: KeyGift[];
}

/** One name edge a batch writes: a row of {@link nameEdgeWriteQuery}. */
export interface NameEdgeWrite extends KeyGift {
  /** The named node's id. */
  id: string;
}

/**
 * The name, key and aliases a node gets when the batch creates it: what the writes of
 * {@link nodeWriteQuery}'s `ON MATCH` would make of a node just created with `createName` and no
 * aliases (aliases in first-given order, without repeats; a rename keeps the first name as one).
 */
export function createdState(write: Pick<EntityWrite, "createName" | "createNameKey" | "rename" | "name" | "nameKey" | "addAliases">): { name: string; nameKey: string; aliases: string[] } {
  const aliases = [...new Set(write.addAliases.filter((a) => a !== write.createName))];
  if (write.rename && write.name !== write.createName) {
    if (!aliases.includes(write.createName)) aliases.push(write.createName);
    return { name: write.name, nameKey: write.nameKey, aliases };
  }
  return { name: write.createName, nameKey: write.createNameKey, aliases };
}

/** Spelling -> how many of the batch's articles give it. */
type SpellingCounts = Map<string, number>;

/** An {@link EntityWrite} being gathered: spellings by `kind \0 key`. */
type PendingWrite = Omit<EntityWrite, "keys" | "aliasKeys"> & { gifts: Map<string, SpellingCounts> };

function addSpellings(into: SpellingCounts, spellings: readonly string[]): void {
  for (const spelling of spellings) into.set(spelling, (into.get(spelling) ?? 0) + 1);
}

const countLists = (counts: SpellingCounts) => ({ spellings: [...counts.keys()], counts: [...counts.values()] });

/** The node ids of a document's entities and the names the document gives them. */
export interface ResolvedDocument {
  /** Node id by the entity's document id. */
  ids: Map<string, string>;
  names: GivenName[];
}

const tokenCount = (key: string) => key.split(" ").length;

/** The keys by which an entity may be merged with a node: its name and identifying aliases. */
export function identifyingKeys(entity: Pick<EntityInput, "name" | "type" | "aliases">): string[] {
  const aliases = (entity.aliases ?? []).filter((alias) => isIdentifyingAlias(alias, entity.name, entity.type));
  return [...new Set([entity.name, ...aliases].map(nameKey))].filter((k) => k !== "");
}

/**
 * The names an entity gives its node: each spelling (name and aliases) under its key, on a NAMES
 * edge when the key identifies the entity, else on an ALSO_NAMES edge.
 */
export function givenNames(entity: Pick<EntityInput, "name" | "type" | "aliases">, node: string): GivenName[] {
  const identifying = new Set(identifyingKeys(entity));
  const byEdge = new Map<string, GivenName>();
  for (const spelling of [entity.name, ...(entity.aliases ?? [])]) {
    const key = nameKey(spelling);
    if (key === "") continue;
    const kind: NameEdge = identifying.has(key) ? "NAMES" : "ALSO_NAMES";
    const id = `${kind}\u0000${key}`;
    const given = byEdge.get(id);
    if (!given) byEdge.set(id, { node, kind, key, spellings: [spelling] });
    else if (!given.spellings.includes(spelling)) given.spellings.push(spelling);
  }
  return [...byEdge.values()];
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

const FIND_BY_KEYS = `UNWIND $keys AS key
MATCH (:NameKey {key: key})-[r:NAMES]->(n)
RETURN key, n.id AS id, ${NODE_TYPE} AS type, coalesce(n.name, n.title) AS name, n.nameKey AS nameKey, coalesce(n.aliases, []) AS aliases,
  CASE WHEN r.spellings IS NULL THEN null ELSE elementId(r) END AS counted`;

const FIND_ACTORS_BY_ID = `MATCH (n:Actor) WHERE n.id IN $ids
RETURN n.id AS id, ${NODE_TYPE} AS type, n.name AS name, n.nameKey AS nameKey, coalesce(n.aliases, []) AS aliases`;

const FIND_POSTS_BY_ID = `MATCH (n:Post) WHERE n.id IN $ids
RETURN n.id AS id, 'Post' AS type, n.title AS name, n.nameKey AS nameKey, coalesce(n.aliases, []) AS aliases`;

/**
 * Resolves the entities of a batch of documents, one document after the other, and gathers the
 * node writes the batch needs. Load the graph's side once with {@link EntityResolver.load}.
 */
export class EntityResolver {
  private readonly nodes = new Map<string, NodeState>();
  /** key -> ids of the nodes it NAMES (graph and batch). */
  private readonly named = new Map<string, Set<string>>();
  private readonly writes = new Map<string, PendingWrite>();
  /**
   * `key \0 id` -> the NAMES edge the graph holds: its element id when it counts spellings, null
   * when it does not (then nothing may ever take it back, and there is nothing to count).
   */
  private readonly graphEdges = new Map<string, string | null>();
  /** Spellings counted on NAMES edges the graph holds, by element id. */
  private readonly edgeGifts = new Map<string, SpellingCounts>();

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
      if (record.has("key")) {
        this.keyNames(record.get("key") as string).add(id);
        this.graphEdges.set(`${record.get("key") as string}\u0000${id}`, record.get("counted") as string | null);
      }
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
   * @returns the node id of each entity, and the names the document gives the nodes
   */
  resolveDocument(entities: readonly EntityInput[]): ResolvedDocument {
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
    // One document gives a node each name once, however many of its entities resolved to the node.
    const names = new Map<string, GivenName>();
    for (const { entity, id, keys, rename } of decisions) {
      ids.set(entity.id, id);
      this.apply(entity, id, keys, rename);
      for (const given of givenNames(entity, id)) {
        const edge = `${id}\u0000${given.kind}\u0000${given.key}`;
        const known = names.get(edge);
        if (!known) names.set(edge, given);
        else for (const spelling of given.spellings) if (!known.spellings.includes(spelling)) known.spellings.push(spelling);
      }
    }
    const counted: GivenName[] = [];
    for (const given of names.values()) {
      const inGraph = given.kind === "NAMES" ? this.graphEdges.get(`${given.key}\u0000${given.node}`) : undefined;
      // An edge that does not count spellings stays as it is, and there is nothing to take back.
      if (inGraph === null) continue;
      counted.push(given);
      if (inGraph !== undefined) {
        // A counted edge the graph holds is written through its element id: no node or key to merge.
        let spellings = this.edgeGifts.get(inGraph);
        if (!spellings) this.edgeGifts.set(inGraph, (spellings = new Map()));
        addSpellings(spellings, given.spellings);
        continue;
      }
      const gifts = this.writeFor(given.node).gifts;
      const edge = `${given.kind}\u0000${given.key}`;
      let spellings = gifts.get(edge);
      if (!spellings) gifts.set(edge, (spellings = new Map()));
      addSpellings(spellings, given.spellings);
    }
    return { ids, names: counted };
  }

  /** The pending write of a known node, started when the batch first changes or names it. */
  private writeFor(id: string): PendingWrite {
    let write = this.writes.get(id);
    if (!write) {
      const node = this.nodes.get(id)!;
      write = { id, type: node.type, createName: node.name, createNameKey: node.nameKey, rename: false, name: node.name, nameKey: node.nameKey, addAliases: [], gifts: new Map() };
      this.writes.set(id, write);
    }
    return write;
  }

  private apply(entity: EntityInput, id: string, keys: readonly string[], rename: boolean): void {
    let node = this.nodes.get(id);
    if (node && node.type !== entity.type) {
      throw new Error(`the ${entity.type} "${entity.name}" would take the id ${id}, which a ${node.type} holds`);
    }
    if (!node) {
      node = { id, type: entity.type, name: entity.name, nameKey: nameKey(entity.name), aliases: new Set() };
      this.nodes.set(id, node);
      this.writeFor(id);
    }
    for (const alias of entity.aliases ?? []) {
      // An alias of white space only names nothing: no key could count it, so it is not stored.
      if (alias !== node.name && !node.aliases.has(alias) && nameKey(alias) !== "") {
        node.aliases.add(alias);
        this.writeFor(id).addAliases.push(alias);
      }
    }
    for (const key of keys) this.keyNames(key).add(id);
    if (rename) {
      const write = this.writeFor(id);
      // The write turns the stored name into an alias itself; a name given earlier in the same
      // batch never reaches the graph, so it is kept as an alias here.
      if (write.rename) write.addAliases.push(node.name);
      node.aliases.add(node.name);
      node.name = entity.name;
      node.nameKey = nameKey(entity.name);
      write.rename = true;
      write.name = node.name;
      write.nameKey = node.nameKey;
    }
  }

  /** The node writes gathered so far: every node the batch created or changed, or named through a new edge. */
  pendingWrites(): EntityWrite[] {
    return [...this.writes.values()].map(({ gifts, ...write }) => {
      const keys: KeyGift[] = [];
      const aliasKeys: KeyGift[] = [];
      for (const [edge, spellings] of gifts) {
        const [kind, key] = edge.split("\u0000") as [NameEdge, string];
        (kind === "NAMES" ? keys : aliasKeys).push({ key, ...countLists(spellings) });
      }
      return { ...write, keys, aliasKeys };
    });
  }

  /**
   * The name edges the batch writes, by kind and by whether the node is a post: rows of
   * {@link nameEdgeWriteQuery}, one per edge, with its spellings counted.
   */
  pendingNameEdges(): { kind: NameEdge; post: boolean; rows: NameEdgeWrite[] }[] {
    const groups = new Map<string, { kind: NameEdge; post: boolean; rows: NameEdgeWrite[] }>();
    for (const write of this.pendingWrites()) {
      for (const [kind, gifts] of [["NAMES", write.keys], ["ALSO_NAMES", write.aliasKeys]] as const) {
        for (const gift of gifts) {
          const post = write.type === "Post";
          const group = `${kind}\u0000${post}`;
          if (!groups.has(group)) groups.set(group, { kind, post, rows: [] });
          groups.get(group)!.rows.push({ id: write.id, ...gift });
        }
      }
    }
    return [...groups.values()];
  }

  /** The spellings gathered so far for counted NAMES edges the graph holds: rows of {@link COUNT_GRAPH_EDGES}. */
  pendingEdgeCounts(): EdgeGift[] {
    return [...this.edgeGifts].map(([rel, spellings]) => ({ rel, ...countLists(spellings) }));
  }
}

/**
 * Adds a batch's spellings to the counts of one name edge `r` (`g`: {@link KeyGift} or
 * {@link EdgeGift}). An edge without counts stays without: what gave it is unknown, so nothing may
 * ever take it back. The first SET reads the edge it writes, so Neo4j locks the edge before
 * reading it (no count lost between concurrent writers); the spellings list is written only when
 * it grows.
 */
const COUNT_SPELLINGS = `
  WITH r, g WHERE r.spellings IS NOT NULL
  SET r.articleCounts = [i IN range(0, size(r.spellings) - 1) |
      reduce(c = r.articleCounts[i], j IN range(0, size(g.spellings) - 1) | c + CASE WHEN g.spellings[j] = r.spellings[i] THEN toInteger(g.counts[j]) ELSE 0 END)]
    + [j IN range(0, size(g.spellings) - 1) WHERE NOT g.spellings[j] IN r.spellings | toInteger(g.counts[j])]
  WITH r, [s IN g.spellings WHERE NOT s IN r.spellings] AS added
  FOREACH (_ IN CASE WHEN size(added) > 0 THEN [1] ELSE [] END | SET r.spellings = r.spellings + added)`;

/** Counts a batch's spellings on NAMES edges the graph holds; rows from {@link EntityResolver.pendingEdgeCounts}. */
export const COUNT_GRAPH_EDGES = `UNWIND $rows AS g
MATCH ()-[r:NAMES]->() WHERE elementId(r) = g.rel${COUNT_SPELLINGS}`;


/**
 * One query per entity type: creates the nodes of a batch (`e.created`: name and aliases as
 * {@link createdState} makes them) or, for nodes the graph holds, adds the aliases and takes the
 * fuller name. Rows come from {@link EntityResolver.pendingWrites}. Every property is computed
 * before any is written, so the order of the SET items does not matter.
 */
export function nodeWriteQuery(labels: readonly string[], nameProperty: "name" | "title"): string {
  const renamed = `(e.rename AND n.${nameProperty} <> e.name)`;
  return `UNWIND $rows AS e
MERGE (n:${labels.join(":")} {id: e.id})
ON CREATE SET n.${nameProperty} = e.created.name, n.nameKey = e.created.nameKey, n.aliases = e.created.aliases
ON MATCH SET n.aliases = CASE WHEN size(e.addAliases) > 0 OR ${renamed}
      THEN apoc.coll.toSet(coalesce(n.aliases, []) + [a IN e.addAliases WHERE a <> n.${nameProperty}] + CASE WHEN ${renamed} THEN [n.${nameProperty}] ELSE [] END)
      ELSE n.aliases END,
  n.nameKey = CASE WHEN ${renamed} THEN e.nameKey ELSE n.nameKey END,
  n.${nameProperty} = CASE WHEN ${renamed} THEN e.name ELSE n.${nameProperty} END`;
}

/**
 * Writes name edges of one kind to actors (or posts), rows from
 * {@link EntityResolver.pendingNameEdges}: a new edge gets the batch's spellings and counts; an
 * edge already there adds them to its counts (one without counts stays without: what gave it is
 * unknown, so nothing may ever take it back). MERGE locks both ends, so concurrent writers of one
 * edge take turns and no count is lost.
 */
export function nameEdgeWriteQuery(kind: NameEdge, post: boolean): string {
  return `UNWIND $rows AS g
MATCH (n:${post ? "Post" : "Actor"} {id: g.id})
MERGE (k:NameKey {key: g.key})
MERGE (k)-[r:${kind}]->(n)
ON CREATE SET r.spellings = g.spellings, r.articleCounts = [c IN g.counts | toInteger(c)]
ON MATCH SET r.articleCounts = CASE WHEN r.spellings IS NULL THEN r.articleCounts ELSE
      [i IN range(0, size(r.spellings) - 1) |
        reduce(c = r.articleCounts[i], j IN range(0, size(g.spellings) - 1) | c + CASE WHEN g.spellings[j] = r.spellings[i] THEN toInteger(g.counts[j]) ELSE 0 END)]
      + [j IN range(0, size(g.spellings) - 1) WHERE NOT g.spellings[j] IN r.spellings | toInteger(g.counts[j])] END,
  r.spellings = CASE WHEN r.spellings IS NULL THEN null ELSE r.spellings + [s IN g.spellings WHERE NOT s IN r.spellings] END`;
}
