import { ConfigError } from "../errors.js";
import { parseEnvironment } from "./environment.js";

describe("parseEnvironment", () => {
  it("defaults to the local Neo4j and port 4000", () => {
    const env = parseEnvironment({});
    expect(env.neo4j).toMatchObject({ kind: "local", port: 7687 });
    expect(env.http).toEqual({ host: "127.0.0.1", port: 4000 });
    expect(env.jwtSecret).toBeUndefined();
  });

  it("uses a remote Neo4j when NEO4J_URI is set, with its credentials", () => {
    const env = parseEnvironment({ NEO4J_URI: "neo4j+s://x.databases.neo4j.io", NEO4J_USERNAME: "neo4j", NEO4J_PASSWORD: "pw", NEO4J_DATABASE: "graph" });
    expect(env.neo4j).toEqual({ kind: "remote", uri: "neo4j+s://x.databases.neo4j.io", username: "neo4j", password: "pw", database: "graph" });
  });

  it("reports every problem at once and guesses no secret", () => {
    let message = "";
    try {
      parseEnvironment({ NEO4J_URI: "http://nope", PORT: "99999", JWT_SECRET: "short" });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/NEO4J_URI: must be a neo4j:\/\//);
    expect(message).toMatch(/PORT:/);
    expect(message).toMatch(/JWT_SECRET: must be at least 32 characters/);
    expect(message).toMatch(/NEO4J_USERNAME and NEO4J_PASSWORD are required/);
  });

  it("plans the questions at start unless told not to, and refuses other words", () => {
    expect(parseEnvironment({}).planQuestionsAtStart).toBe(true);
    expect(parseEnvironment({ PLAN_QUESTIONS_AT_START: "false" }).planQuestionsAtStart).toBe(false);
    expect(() => parseEnvironment({ PLAN_QUESTIONS_AT_START: "no" })).toThrow(/PLAN_QUESTIONS_AT_START/);
  });

  it("treats empty variables as unset", () => {
    expect(parseEnvironment({ NEO4J_URI: "", PORT: "" }).neo4j.kind).toBe("local");
  });
});
