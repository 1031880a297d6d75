// A throw-away redis-server on a loopback port for the ops tests: nothing saved to disk, killed at will.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { trackChild } from "./children";

export function redisAvailable(): boolean {
  return spawnSync("redis-server", ["--version"]).status === 0;
}

export type RedisProcess = { url: string; kill: () => Promise<void>; start: () => Promise<void>; keys: () => string[] };

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => socket.end(() => resolve(true)));
    socket.once("error", () => resolve(false));
  });

export async function startRedis(port: number): Promise<RedisProcess> {
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: "ignore",
    });
    trackChild(child);
    for (let i = 0; i < 100 && !(await answers(port)); i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  };
  const kill = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGKILL");
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    kill,
    keys: () =>
      spawnSync("redis-cli", ["-p", String(port), "--scan"], { encoding: "utf8" })
        .stdout.split("\n")
        .filter(Boolean),
  };
}
