export default async function globalTeardown() {
  await globalThis.__coalitionLocalNeo4j?.stop();
}
