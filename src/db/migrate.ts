/**
 * The service's own migration, run at every start: constraints and indexes (`IF NOT EXISTS`), then
 * the reference data (countries, organizations, their posts and members), reloaded only when it
 * changed.
 */
import { createHash } from "node:crypto";
import neo4j from "neo4j-driver";
import type { Database } from "./database.js";
import { CLAIM_RELATIONSHIPS } from "../model/graph-model.js";
import { isIdentifyingAlias, nameKey } from "../model/names.js";
import { countryId, referenceCountries } from "../reference/countries.js";
import { referenceOrganizations } from "../reference/organizations.js";
import { SUMMARY_SCHEMA_STATEMENTS } from "./summary-schema.js";

/**
 * Bumped when the statements below change in a way that needs the reference data reloaded.
 * 2: name keys as `(:NameKey)-[:NAMES|ALSO_NAMES]->(n)` instead of a `keys` list on each node.
 */
const SCHEMA_VERSION = 2;

/** Labels searched by the `entity_search` full-text index, and the properties it covers. */
const SEARCHED_LABELS = ["Person", "Country", "Organization", "Media", "Post"] as const;

const SCHEMA_STATEMENTS: readonly string[] = [
  "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (n:Migration) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT name_key IF NOT EXISTS FOR (k:NameKey) REQUIRE k.key IS UNIQUE",
  "CREATE INDEX actor_name_key IF NOT EXISTS FOR (n:Actor) ON (n.nameKey)",
  "CREATE INDEX post_name_key IF NOT EXISTS FOR (n:Post) ON (n.nameKey)",
  "CREATE INDEX country_code IF NOT EXISTS FOR (n:Country) ON (n.code)",
  "CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)",
  // What the generated API's examples and explorer filter and sort on.
  ...["Person", "Country", "Organization", "Media"].map((label) => `CREATE INDEX ${label.toLowerCase()}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`),
  "CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)",
  "CREATE INDEX post_title IF NOT EXISTS FOR (n:Post) ON (n.title)",
  "CREATE INDEX article_title IF NOT EXISTS FOR (n:Article) ON (n.title)",
  "CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source)",
  "CREATE INDEX article_ingested IF NOT EXISTS FOR (n:Article) ON (n.ingestedAt)",
  "CREATE INDEX article_extractor IF NOT EXISTS FOR (n:Article) ON (n.extractorVersion)",
  `CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:${SEARCHED_LABELS.join("|")}) ON EACH [n.name, n.title, n.aliases]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
  ...CLAIM_RELATIONSHIPS.flatMap((type) => [
    `CREATE CONSTRAINT ${type.toLowerCase()}_claim_id IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.claimId IS UNIQUE`,
    `CREATE INDEX ${type.toLowerCase()}_article IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.articleId)`,
  ]),
  ...["SUPPORTS", "OPPOSES"].map((type) => `CREATE INDEX ${type.toLowerCase()}_post IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.postId)`),
  ...SUMMARY_SCHEMA_STATEMENTS,
];

/**
 * Links node `node` to the NameKeys of `row.keys` (NAMES) and `row.aliasKeys` (ALSO_NAMES). The
 * edges carry no article counts: no retraction may take them back.
 */
const LINK_NAME_KEYS = (node: string, row: string) => `CALL (${node}, ${row}) {
  UNWIND ${row}.keys AS key
  MERGE (k:NameKey {key: key})
  MERGE (k)-[named:NAMES]->(${node})
  REMOVE named.spellings, named.articleCounts
}
CALL (${node}, ${row}) {
  UNWIND ${row}.aliasKeys AS key
  MERGE (k:NameKey {key: key})
  MERGE (k)-[named:ALSO_NAMES]->(${node})
  REMOVE named.spellings, named.articleCounts
}`;

const LOAD_COUNTRIES = `
UNWIND $countries AS c
MERGE (n:Country:Actor {id: c.id})
SET n.name = c.name, n.nameKey = c.nameKey, n.code = c.code, n.iso3 = c.iso3, n.officialName = c.officialName,
    n.demonyms = c.demonyms, n.capitals = c.capitals, n.region = c.region, n.reference = true,
    n.aliases = apoc.coll.toSet(coalesce(n.aliases, []) + c.aliases)
WITH n, c
${LINK_NAME_KEYS("n", "c")}`;

const LOAD_ORGANIZATIONS = `
UNWIND $organizations AS o
MERGE (org:Organization:Actor {id: o.id})
SET org.name = o.name, org.nameKey = o.nameKey, org.reference = true,
    org.aliases = apoc.coll.toSet(coalesce(org.aliases, []) + o.aliases)
WITH org, o
${LINK_NAME_KEYS("org", "o")}
WITH org, o
CALL (org, o) {
  UNWIND o.posts AS p
  MERGE (post:Post {id: p.id})
  SET post.title = p.title, post.nameKey = p.nameKey, post.reference = true,
      post.aliases = apoc.coll.toSet(coalesce(post.aliases, []) + p.aliases)
  MERGE (post)-[:POST_OF]->(org)
  WITH post, p
  ${LINK_NAME_KEYS("post", "p")}
}
CALL (org, o) {
  UNWIND o.members AS m
  MATCH (country:Country {id: m.countryId})
  MERGE (country)-[r:MEMBER_OF]->(org)
  SET r.since = date(m.since), r.until = CASE WHEN m.until IS NULL THEN null ELSE date(m.until) END, r.source = 'reference'
}`;

function keysOf(name: string, aliases: readonly string[], type: string): string[] {
  return [...new Set([name, ...aliases.filter((alias) => isIdentifyingAlias(alias, name, type))].map(nameKey))].filter((k) => k !== "");
}

function aliasKeysOf(name: string, aliases: readonly string[], type: string): string[] {
  const identifying = new Set(keysOf(name, aliases, type));
  return [...new Set(aliases.map(nameKey))].filter((k) => k !== "" && !identifying.has(k));
}

function referencePayload() {
  const countries = referenceCountries().map((c) => ({
    ...c,
    nameKey: nameKey(c.name),
    keys: keysOf(c.name, [...c.aliases, c.code], "Country"),
    aliasKeys: aliasKeysOf(c.name, [...c.aliases, c.code], "Country"),
  }));
  const organizations = referenceOrganizations().map((o) => ({
    id: o.id,
    name: o.name,
    nameKey: nameKey(o.name),
    aliases: o.aliases,
    keys: keysOf(o.name, o.aliases, "Organization"),
    aliasKeys: aliasKeysOf(o.name, o.aliases, "Organization"),
    posts: o.posts.map((p) => ({
      ...p,
      nameKey: nameKey(p.title),
      keys: keysOf(p.title, p.aliases, "Post"),
      aliasKeys: aliasKeysOf(p.title, p.aliases, "Post"),
    })),
    members: o.members.map((m) => ({ countryId: countryId(m.country), since: m.since, until: m.until ?? null })),
  }));
  return { countries, organizations };
}

/**
 * Graphs written before schema version 2 keep each node's name keys in a `keys` list; this turns
 * them into NameKey edges, a batch at a time, and drops the lists. Returns how many nodes moved.
 */
export async function migrateKeyLists(db: Database, batchSize = 2000): Promise<number> {
  let moved = 0;
  for (const [label, nameProperty] of [["Actor", "name"], ["Post", "title"]] as const) {
    for (;;) {
      const rows = await db.read(async (tx) => {
        const result = await tx.run(
          `MATCH (n:${label}) WHERE n.keys IS NOT NULL
           RETURN n.id AS id, n.${nameProperty} AS name, coalesce(n.aliases, []) AS aliases, n.keys AS keys LIMIT $limit`,
          { limit: neo4j.int(batchSize) },
        );
        return result.records.map((r) => {
          const keys = (r.get("keys") as string[]).filter((k) => k !== "");
          const known = new Set(keys);
          const aliasKeys = [...new Set((r.get("aliases") as string[]).map(nameKey))].filter((k) => k !== "" && !known.has(k));
          return { id: r.get("id") as string, keys, aliasKeys };
        });
      });
      if (rows.length === 0) break;
      await db.write((tx) =>
        tx.run(
          `UNWIND $rows AS row
           MATCH (n:${label} {id: row.id})
           ${LINK_NAME_KEYS("n", "row")}
           REMOVE n.keys`,
          { rows },
        ),
      );
      moved += rows.length;
    }
  }
  return moved;
}

/** Transaction timeout of the migration's statements. */
const MIGRATION_TIMEOUT_MS = 120_000;

export interface MigrationResult {
  /** True when the reference data was (re)loaded, false when it was already current. */
  referenceLoaded: boolean;
  countries: number;
  organizations: number;
}

/**
 * Brings the database to the model the service expects. Safe to run any number of times and from
 * several processes.
 */
export async function migrate(db: Database): Promise<MigrationResult> {
  // Index population and the reference load may outlast a request's transaction timeout.
  const slow = { timeoutMs: MIGRATION_TIMEOUT_MS };
  for (const statement of SCHEMA_STATEMENTS) {
    await db.write((tx) => tx.run(statement), slow);
  }
  await db.write((tx) => tx.run("CALL db.awaitIndexes(60)"), slow);

  const payload = referencePayload();
  const digest = createHash("sha256").update(JSON.stringify({ SCHEMA_VERSION, payload })).digest("hex");
  const current = await db.read(async (tx) => {
    const result = await tx.run("MATCH (m:Migration {id: 'reference'}) RETURN m.digest AS digest");
    return result.records[0]?.get("digest") as string | undefined;
  });
  const counts = { countries: payload.countries.length, organizations: payload.organizations.length };
  if (current === digest) return { referenceLoaded: false, ...counts };

  await migrateKeyLists(db);
  await db.write(async (tx) => {
    await tx.run(LOAD_COUNTRIES, { countries: payload.countries });
    await tx.run(LOAD_ORGANIZATIONS, { organizations: payload.organizations });
    await tx.run("MERGE (m:Migration {id: 'reference'}) SET m.digest = $digest, m.at = datetime()", { digest });
  }, slow);
  return { referenceLoaded: true, ...counts };
}

/** True when the migration has run on this database (used by the readiness probe). */
export async function isMigrated(db: Database): Promise<boolean> {
  return db.read(async (tx) => {
    const result = await tx.run("MATCH (m:Migration {id: 'reference'}) RETURN count(m) > 0 AS done");
    return result.records[0]?.get("done") === true;
  });
}
