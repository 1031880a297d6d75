// A real nginx (Debian's package) in front of the app instances, round-robin, on loopback; its own prefix dir.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export function nginxAvailable(): boolean {
  return spawnSync("nginx", ["-v"]).status === 0;
}

export async function startNginx(port: number, upstreamPorts: number[]): Promise<{ stop: () => Promise<void> }> {
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
  upstream academy { ${upstreamPorts.map((p) => `server 127.0.0.1:${p};`).join(" ")} keepalive 8; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://academy;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
    }
  }
}`;
  writeFileSync(path.join(prefix, "nginx.conf"), config);
  const child: ChildProcess = spawn(
    "nginx",
    ["-p", prefix, "-c", path.join(prefix, "nginx.conf"), "-g", "daemon off;"],
    { stdio: "ignore" },
  );
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
