// The server (scripts/serve.ts) and Next's bundle each load the app's modules: a module-level value would exist
// twice. What must be one per process (the logger, the lifecycle record, the catalogue memo, …) is kept on
// globalThis under a registered symbol, made on first use.
export function processWide<T>(name: string, create: () => T): T {
  const holder = globalThis as { [key: symbol]: T | undefined };
  return (holder[Symbol.for(`backend-academy.${name}`)] ??= create());
}
