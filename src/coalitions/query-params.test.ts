import { isDate, isInt } from "neo4j-driver";
import { coerceParam, describeParam, parseIsoDate, type ParamSpec } from "./query-params.js";

const spec = (over: Partial<ParamSpec>): ParamSpec => ({ name: "p", type: "String", optional: false, description: "", ...over });

describe("coerceParam", () => {
  it("parses command-line strings by type", () => {
    const int = coerceParam(spec({ type: "Int" }), "4");
    expect(int.ok && isInt(int.value) && int.value.toNumber()).toBe(4);
    const date = coerceParam(spec({ type: "Date" }), "2024-02-22");
    expect(date.ok && isDate(date.value) && date.value.toString()).toBe("2024-02-22");
    expect(coerceParam(spec({ type: "Boolean" }), "true")).toEqual({ ok: true, value: true });
    expect(coerceParam(spec({ type: "Stance" }), "supports")).toEqual({ ok: true, value: "SUPPORTS" });
    expect(coerceParam(spec({ type: "NameKey" }), "The  United States")).toEqual({ ok: true, value: "united states" });
    expect(coerceParam(spec({ type: "Person" }), " Mark Rutte ")).toEqual({ ok: true, value: "Mark Rutte" });
  });

  it("accepts GraphQL's typed values", () => {
    const int = coerceParam(spec({ type: "Int" }), 3);
    expect(int.ok && isInt(int.value) && int.value.toNumber()).toBe(3);
  });

  it("explains bad values", () => {
    expect(coerceParam(spec({ name: "asOf", type: "Date" }), "2024-02-30")).toEqual({ ok: false, problem: 'asOf (Date): expected a date YYYY-MM-DD, got "2024-02-30"' });
    expect(coerceParam(spec({ name: "n", type: "Int" }), "four")).toEqual({ ok: false, problem: 'n (Int): expected an integer, got "four"' });
    expect(coerceParam(spec({ name: "maxHops", type: "Int", min: 1, max: 6 }), "7")).toEqual({ ok: false, problem: "maxHops must be between 1 and 6, got 7" });
    expect(coerceParam(spec({ name: "s", type: "Stance" }), "maybe")).toEqual({ ok: false, problem: 's (Stance): expected one of SUPPORTS, OPPOSES, got "maybe"' });
  });

  it("passes null through (optional parameters)", () => {
    expect(coerceParam(spec({ type: "Date", optional: true }), undefined)).toEqual({ ok: true, value: null });
  });
});

describe("parseIsoDate", () => {
  it("rejects days that do not exist and other formats", () => {
    expect(parseIsoDate("2024-02-29")?.toString()).toBe("2024-02-29");
    expect(parseIsoDate("2023-02-29")).toBeUndefined();
    expect(parseIsoDate("22/02/2024")).toBeUndefined();
  });

  it("takes the years 1 to 99 as written", () => {
    expect(parseIsoDate("0001-01-01")?.toString()).toBe("0001-01-01");
    expect(parseIsoDate("0099-12-31")?.toString()).toBe("0099-12-31");
  });
});

describe("describeParam", () => {
  it("reads like the header", () => {
    expect(describeParam(spec({ name: "maxHops", type: "Int", optional: true, defaultText: "4", min: 1, max: 6 }))).toBe("maxHops: Int(1..6) = 4");
    expect(describeParam(spec({ name: "asOf", type: "Date", optional: true }))).toBe("asOf: Date?");
  });
});
