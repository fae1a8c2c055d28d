import { dateSteps, stepIndexFor, stepLabel, type StanceChange as Change } from "./date-steps";
import { claim, coalition, country, position, side } from "./fixtures";

const whole = coalition({
  supporting: side([
    position(country("US", "United States"), "SUPPORTS", [claim("SUPPORTS", "2024-02-22"), claim("SUPPORTS", "2024-02-21")]),
    position(country("FR", "France"), "SUPPORTS", [claim("SUPPORTS", "2024-03-06")]),
    position(country("GB", "United Kingdom"), "SUPPORTS", [claim("SUPPORTS", null)]),
  ]),
  opposing: side([position(country("HU", "Hungary"), "OPPOSES", [claim("OPPOSES", "2024-03-06")])]),
});

describe("dateSteps", () => {
  it("steps through each day a claim counts from, oldest first, once each, then today", () => {
    expect(dateSteps(whole).map((s) => s.day)).toEqual(["2024-02-21", "2024-02-22", "2024-03-06", null]);
  });

  it("counts a position's first day even when its claims of that day are not among the latest", () => {
    const older = position(country("DE", "Germany"), "SUPPORTS", [claim("SUPPORTS", "2024-04-01")]);
    const steps = dateSteps(coalition({ supporting: side([{ ...older, since: "2024-01-15" }]) }));
    expect(steps.map((s) => s.day)).toEqual(["2024-01-15", "2024-04-01", null]);
  });

  it("marks the days on which a stance changed, adding the day when no other claim falls on it", () => {
    const change: Change = {
      actor: country("HU", "Hungary"),
      from: "SUPPORTS",
      to: "OPPOSES",
      before: claim("SUPPORTS", "2024-01-10"),
      after: claim("OPPOSES", "2024-04-01"),
    };
    const steps = dateSteps(whole, [change]);
    expect(steps.map((s) => s.day)).toEqual(["2024-02-21", "2024-02-22", "2024-03-06", "2024-04-01", null]);
    expect(steps.find((s) => s.day === "2024-04-01")!.changes).toEqual([change]);
    expect(steps.filter((s) => s.changes.length > 0)).toHaveLength(1);
    expect(stepLabel(steps[3])).toBe("2024-04-01, 1 stance change");
  });

  it("has only today when no claim is dated", () => {
    expect(dateSteps(coalition())).toEqual([{ day: null, changes: [] }]);
  });
});

describe("stepIndexFor", () => {
  const steps = dateSteps(whole);
  it("puts a URL's day on its own step, or on the latest step before it", () => {
    expect(stepIndexFor(steps, "2024-02-21")).toBe(0);
    expect(stepIndexFor(steps, "2024-03-01")).toBe(1);
    expect(stepIndexFor(steps, "2025-01-01")).toBe(2);
  });
  it("puts no day on today and a day before every claim on the first step", () => {
    expect(stepIndexFor(steps, null)).toBe(3);
    expect(stepIndexFor(steps, "2020-01-01")).toBe(0);
    expect(stepLabel(steps[3])).toBe("today (everything on record)");
  });
});
