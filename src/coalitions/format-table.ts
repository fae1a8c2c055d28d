/**
 * Query rows as a text table for the command line: one column per returned field, nested values
 * (actors, evidence, lists of claims) shortened to what a reader scans for. `--json` gives the
 * rows whole.
 */
import Table from "cli-table3";
import type { Row } from "./cypher-runner.js";

const MAX_COLUMN = 42;
const MAX_TEXT = 80;
const MAX_ITEMS = 6;

type Plain = Record<string, unknown>;

const isMap = (value: unknown): value is Plain => typeof value === "object" && value !== null && !Array.isArray(value);

function shorten(text: string, max = MAX_TEXT): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** One value as cell text. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_ITEMS).map(formatCell);
    if (value.length > MAX_ITEMS) shown.push(`… ${value.length - MAX_ITEMS} more`);
    return shown.join("\n");
  }
  if (!isMap(value)) return String(value);
  // An actor or a post: its name is enough.
  if (typeof value.id === "string" && (typeof value.name === "string" || typeof value.title === "string")) {
    return String(value.name ?? value.title);
  }
  // Evidence: the words, then when and where.
  if (typeof value.evidence === "string" && isMap(value.article)) {
    return `“${shorten(value.evidence)}” (${[value.date, value.article.source].filter(Boolean).join(", ")})`;
  }
  // A stance claim, or a claim and who made it.
  if (isMap(value.evidence) && (typeof value.stance === "string" || typeof value.kind === "string")) {
    const who = isMap(value.via) ? ` via ${formatCell(value.via)}` : isMap(value.from) ? ` by ${formatCell(value.from)}` : "";
    return `${value.stance ?? value.kind}${who}: ${formatCell(value.evidence)}`;
  }
  // A position in a coalition, or a candidate two actors share.
  if (isMap(value.actor) || isMap(value.candidate)) {
    const who = formatCell(value.actor ?? value.candidate);
    const stance = value.stance ?? [value.aStance, value.bStance].filter(Boolean).join("/");
    return stance ? `${who} (${stance})` : who;
  }
  // A path edge.
  if (typeof value.kind === "string" && isMap(value.from) && isMap(value.to)) {
    return `${formatCell(value.from)} -[${value.kind}]-> ${formatCell(value.to)}`;
  }
  return Object.entries(value)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${formatCell(v)}`)
    .join("; ");
}

function width(text: string): number {
  return Math.max(...text.split("\n").map((line) => line.length), 0);
}

/** Renders rows as a table; columns in the order the query returns them. */
export function formatTable(rows: readonly Row[]): string {
  if (rows.length === 0) return "(no rows)";
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cells = rows.map((row) => columns.map((c) => formatCell(row[c])));
  const colWidths = columns.map((c, i) => Math.min(MAX_COLUMN, Math.max(c.length, ...cells.map((r) => width(r[i]!)))) + 2);
  const table = new Table({ head: columns, colWidths, wordWrap: true, style: { head: [], border: [] } });
  table.push(...cells);
  return table.toString();
}

const isRef = (value: unknown) => isMap(value) && typeof value.id === "string" && (typeof value.name === "string" || typeof value.title === "string");
/** A list of answers (holders, positions, quotations...), not of names. */
const isItemList = (value: unknown): value is Plain[] => Array.isArray(value) && value.length > 0 && value.every((v) => isMap(v) && !isRef(v));
/** A page inside an answer: `{ totalCount, <items>, pageInfo }`. */
const pageItems = (value: unknown): [string, Plain[]] | undefined =>
  isMap(value) ? (Object.entries(value).find(([, v]) => isItemList(v) || (Array.isArray(v) && "totalCount" in value)) as [string, Plain[]] | undefined) : undefined;

/** Columns of an answer's items in reading order (Neo4j maps have none); others follow, `cursor` last. */
const ITEM_COLUMNS = ["candidate", "actor", "speaker", "stance", "aStance", "bStance", "from", "to", "first", "last", "since", "claimCount", "aClaimCount", "bClaimCount", "vias", "via", "role", "quote", "before", "after", "evidence", "latestClaims", "aClaims", "bClaims"];

function inReadingOrder(item: Plain): Plain {
  const rank = (key: string) => (key === "cursor" ? 1000 : ITEM_COLUMNS.includes(key) ? ITEM_COLUMNS.indexOf(key) : 500);
  return Object.fromEntries(Object.entries(item).sort(([a], [b]) => rank(a) - rank(b)));
}

function describePage(name: string, items: readonly Plain[], totalCount: unknown, pageInfo: unknown): string {
  const total = typeof totalCount === "number" ? ` of ${totalCount}` : "";
  // The coalition's sides page with their own parameters (supportingAfter, opposingAfter).
  const param = name === "supporting" || name === "opposing" ? `${name}After` : "after";
  const next = isMap(pageInfo) && pageInfo.hasNextPage === true ? `; next page: --param ${param}="${String(pageInfo.endCursor)}"` : "";
  return `${name}: ${items.length}${total}${next}`;
}

/**
 * A query's answer for the command line. Rows as a table; a single row that holds pages (holders,
 * positions, quotations...) as its plain fields, then one table per page.
 */
export function formatAnswer(rows: readonly Row[]): string {
  if (rows.length !== 1) return formatTable(rows);
  const row = rows[0]!;
  const sections: string[] = [];
  const plain: Row = {};
  for (const [key, value] of Object.entries(row)) {
    const page = pageItems(value);
    if (isItemList(value)) {
      sections.push(`${describePage(key, value, row.totalCount, row.pageInfo)}\n${formatTable(value.map(inReadingOrder))}`);
    } else if (page && isMap(value)) {
      const [, items] = page;
      sections.push(`${describePage(key, items, value.totalCount, value.pageInfo)}\n${items.length > 0 ? formatTable(items.map(inReadingOrder)) : "(none)"}`);
    } else {
      plain[key] = value;
    }
  }
  if (sections.length === 0) return formatTable(rows);
  return [formatTable([plain]), ...sections].join("\n");
}
