// Serves the production build: Next's request handler behind the shared page cache (lib/http/page-cache.ts).
// `npm start` runs this after preparing the database and building; usage: tsx scripts/serve.ts <port>
import { createServer } from "node:http";
import next from "next";
import { env } from "../lib/env";
import { PageCache, registerPageCache } from "../lib/http/page-cache";
import { withPageCache } from "../lib/http/with-page-cache";
import { withTrustedHeaders } from "../lib/http/request-hygiene";
import type { JobRunner } from "../lib/jobs/runner";

async function main() {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
  const { TRUSTED_PROXY_HOPS: trustedHops, HOST: host } = env();
  const app = next({ dev: false, dir: process.cwd(), port });
  await app.prepare();
  const cache = new PageCache();
  registerPageCache(cache);
  const handle = withTrustedHeaders(withPageCache(app.getRequestHandler(), cache), trustedHops);
  const server = createServer((request, response) => {
    // Next answers its own errors with a 500 page; this only guards against one escaping it.
    Promise.resolve(handle(request, response)).catch((error: unknown) => {
      console.error("request failed:", error instanceof Error ? error.message : error);
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
      response.end("Internal Server Error");
    });
  });
  let jobs: Promise<JobRunner | null> = Promise.resolve(null);
  server.listen(port, host, () => {
    console.log(`✓ Ready on ${host}:${port}`);
    // Background jobs share this process's database connection; started once the server is up.
    jobs = import("../lib/jobs/app-runner").then((m) => m.startAppJobRunner()).catch((error: unknown) => {
      console.error("job runner failed to start:", error instanceof Error ? error.message : error);
      return null;
    });
  });
  const stop = () => {
    void jobs.then((runner) => runner?.stop()).catch(() => undefined).finally(() => server.close(() => process.exit(0)));
    setTimeout(() => process.exit(0), 3000).unref(); // keep-alive clients may hold sockets open
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
