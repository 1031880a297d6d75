// A real nginx (Debian's package) in front of the app instances, on loopback, in its own prefix dir, running the
// shipped deploy/nginx/academy.conf: only the upstream servers and the listen address are the test's own.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { trackChild } from "./children";

export function nginxAvailable(): boolean {
  return spawnSync("nginx", ["-v"]).status === 0;
}

type NginxOptions = {
  /**
   * Leave out the shipped `location /api/metrics { return 404; }`, so a test can see what the app itself answers
   * to a metrics request that came through a proxy.
   */
  withoutMetricsBlock?: boolean;
};

/** deploy/nginx/academy.conf with the test's upstream ports and listen address; throws if the file's shape moved. */
export function shippedConfig(port: number, upstreamPorts: number[], options: NginxOptions = {}): string {
  let config = readFileSync(path.resolve("deploy/nginx/academy.conf"), "utf8");
  const replace = (pattern: RegExp, by: (match: string, ...groups: string[]) => string) => {
    if (!pattern.test(config)) throw new Error(`deploy/nginx/academy.conf no longer matches ${pattern}`);
    config = config.replace(pattern, by);
  };
  // The shipped upstream names one compose service; keep its parameters (max_fails, fail_timeout) per server.
  replace(/^(\s*)server app:3000([^;]*);/m, (_, indent = "", params = "") =>
    upstreamPorts.map((p) => `${indent}server 127.0.0.1:${p}${params};`).join("\n"),
  );
  replace(/listen 80;/, () => `listen 127.0.0.1:${port};`);
  if (options.withoutMetricsBlock) replace(/^\s*location \/api\/metrics \{[^}]*\}\n/m, () => "");
  return config;
}

export async function startNginx(
  port: number,
  upstreamPorts: number[],
  options: NginxOptions = {},
): Promise<{ stop: () => Promise<void> }> {
  const prefix = mkdtempSync(path.join(tmpdir(), "ba-nginx-"));
  mkdirSync(path.join(prefix, "logs"));
  const config = `
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
${shippedConfig(port, upstreamPorts, options)}
}`;
  writeFileSync(path.join(prefix, "nginx.conf"), config);
  const child: ChildProcess = spawn(
    "nginx",
    ["-p", prefix, "-c", path.join(prefix, "nginx.conf"), "-g", "daemon off;"],
    { stdio: "ignore" },
  );
  trackChild(child);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const up = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      () => true,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGQUIT");
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
