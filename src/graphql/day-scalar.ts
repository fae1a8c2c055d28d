/**
 * `Day`: a calendar day as the string "YYYY-MM-DD". Unlike a Date scalar built on JavaScript
 * dates, it never moves a day with the server's time zone.
 */
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(value: unknown): string {
  const match = typeof value === "string" ? DAY.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // setUTCFullYear, unlike Date.UTC, takes years 0-99 as written (not as 1900-1999).
    const check = new Date(0);
    check.setUTCFullYear(year, month - 1, day);
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day) return value as string;
  }
  throw new GraphQLError(`Day must be a real calendar day written YYYY-MM-DD, got ${JSON.stringify(value)}`, {
    extensions: { code: "BAD_USER_INPUT" },
  });
}

export const DayScalar = new GraphQLScalarType({
  name: "Day",
  description: "A calendar day, YYYY-MM-DD, taken as written.",
  serialize: (value) => String(value),
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined),
});
