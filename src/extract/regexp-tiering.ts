/**
 * The extractor runs a few hundred patterns over every sentence of every article. V8 first runs a
 * pattern in its bytecode interpreter and compiles it to machine code only once it has run a while,
 * and garbage collections send long-unused compiled patterns back to the interpreter: with this many
 * patterns a long-running process keeps interpreting a good share of them (the benchmark read about
 * 20% more articles a second with the interpreter step left out). Patterns are therefore compiled on
 * their first run. The setting is process-wide and changes no result, only when a pattern is compiled.
 */
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--no-regexp-tier-up");
