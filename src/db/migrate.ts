/**
 * The service's own migration, run at every start: constraints and indexes (`IF NOT EXISTS`), then
 * the reference data (countries, organizations, their posts and members), reloaded only when it
 * changed.
 */
import { createHash } from "node:crypto";
import type { Database } from "./database.js";
import { CLAIM_RELATIONSHIPS } from "../model/graph-model.js";
import { isIdentifyingAlias, nameKey } from "../model/names.js";
import { countryId, referenceCountries } from "../reference/countries.js";
import { referenceOrganizations } from "../reference/organizations.js";

/** Bumped when the statements below change in a way that needs the reference data reloaded. */
const SCHEMA_VERSION = 1;

const SCHEMA_STATEMENTS: readonly string[] = [
  "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (n:Migration) REQUIRE n.id IS UNIQUE",
  "CREATE INDEX actor_name_key IF NOT EXISTS FOR (n:Actor) ON (n.nameKey)",
  "CREATE INDEX post_name_key IF NOT EXISTS FOR (n:Post) ON (n.nameKey)",
  "CREATE INDEX country_code IF NOT EXISTS FOR (n:Country) ON (n.code)",
  "CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)",
  "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Person|Country|Organization|Media|Post) ON EACH [n.name, n.aliases, n.title]",
  ...CLAIM_RELATIONSHIPS.flatMap((type) => [
    `CREATE CONSTRAINT ${type.toLowerCase()}_claim_id IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.claimId IS UNIQUE`,
    `CREATE INDEX ${type.toLowerCase()}_article IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.articleId)`,
  ]),
];

const LOAD_COUNTRIES = `
UNWIND $countries AS c
MERGE (n:Country:Actor {id: c.id})
SET n.name = c.name, n.nameKey = c.nameKey, n.code = c.code, n.iso3 = c.iso3, n.officialName = c.officialName,
    n.demonyms = c.demonyms, n.capitals = c.capitals, n.region = c.region, n.reference = true,
    n.aliases = apoc.coll.toSet(coalesce(n.aliases, []) + c.aliases),
    n.keys = apoc.coll.toSet(coalesce(n.keys, []) + c.keys)`;

const LOAD_ORGANIZATIONS = `
UNWIND $organizations AS o
MERGE (org:Organization:Actor {id: o.id})
SET org.name = o.name, org.nameKey = o.nameKey, org.reference = true,
    org.aliases = apoc.coll.toSet(coalesce(org.aliases, []) + o.aliases),
    org.keys = apoc.coll.toSet(coalesce(org.keys, []) + o.keys)
WITH org, o
CALL (org, o) {
  UNWIND o.posts AS p
  MERGE (post:Post {id: p.id})
  SET post.title = p.title, post.nameKey = p.nameKey, post.reference = true,
      post.aliases = apoc.coll.toSet(coalesce(post.aliases, []) + p.aliases),
      post.keys = apoc.coll.toSet(coalesce(post.keys, []) + p.keys)
  MERGE (post)-[:POST_OF]->(org)
}
CALL (org, o) {
  UNWIND o.members AS m
  MATCH (country:Country {id: m.countryId})
  MERGE (country)-[r:MEMBER_OF]->(org)
  SET r.since = date(m.since), r.until = CASE WHEN m.until IS NULL THEN null ELSE date(m.until) END, r.source = 'reference'
}`;

function keysOf(name: string, aliases: readonly string[], type: string): string[] {
  return [...new Set([name, ...aliases.filter((alias) => isIdentifyingAlias(alias, name, type))].map(nameKey))];
}

function referencePayload() {
  const countries = referenceCountries().map((c) => ({
    ...c,
    nameKey: nameKey(c.name),
    keys: keysOf(c.name, [...c.aliases, c.code], "Country"),
  }));
  const organizations = referenceOrganizations().map((o) => ({
    id: o.id,
    name: o.name,
    nameKey: nameKey(o.name),
    aliases: o.aliases,
    keys: keysOf(o.name, o.aliases, "Organization"),
    posts: o.posts.map((p) => ({ ...p, nameKey: nameKey(p.title), keys: keysOf(p.title, p.aliases, "Post") })),
    members: o.members.map((m) => ({ countryId: countryId(m.country), since: m.since, until: m.until ?? null })),
  }));
  return { countries, organizations };
}

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
  for (const statement of SCHEMA_STATEMENTS) {
    await db.write((tx) => tx.run(statement));
  }
  await db.write((tx) => tx.run("CALL db.awaitIndexes(60)"));

  const payload = referencePayload();
  const digest = createHash("sha256").update(JSON.stringify({ SCHEMA_VERSION, payload })).digest("hex");
  const current = await db.read(async (tx) => {
    const result = await tx.run("MATCH (m:Migration {id: 'reference'}) RETURN m.digest AS digest");
    return result.records[0]?.get("digest") as string | undefined;
  });
  const counts = { countries: payload.countries.length, organizations: payload.organizations.length };
  if (current === digest) return { referenceLoaded: false, ...counts };

  await db.write(async (tx) => {
    await tx.run(LOAD_COUNTRIES, { countries: payload.countries });
    await tx.run(LOAD_ORGANIZATIONS, { organizations: payload.organizations });
    await tx.run("MERGE (m:Migration {id: 'reference'}) SET m.digest = $digest, m.at = datetime()", { digest });
  });
  return { referenceLoaded: true, ...counts };
}

/** True when the migration has run on this database (used by the readiness probe). */
export async function isMigrated(db: Database): Promise<boolean> {
  return db.read(async (tx) => {
    const result = await tx.run("MATCH (m:Migration {id: 'reference'}) RETURN count(m) > 0 AS done");
    return result.records[0]?.get("done") === true;
  });
}
