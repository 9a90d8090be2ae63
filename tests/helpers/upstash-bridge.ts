/**
 * Upstash's REST protocol in front of a real redis-server, so the real @upstash/redis client (and
 * @upstash/ratelimit on top of it) can be tested offline. Upstash ships its own emulator only as a
 * Docker image; this covers what the client sends: `POST /` (one command), `/pipeline`,
 * `/multi-exec`, the server-sent-event streams behind `subscribe`/`psubscribe`, and Upstash's
 * path-style commands (`/set/key/value`) for poking at it with curl.
 *
 * Manual use: npx tsx tests/helpers/upstash-bridge.ts [--redis-port 6379] [--port 8079] [--token dev]
 * Without --redis-port it starts its own throwaway redis-server.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createNetServer, type AddressInfo } from "node:net";
import { createHash, timingSafeEqual } from "node:crypto";
import { pathToFileURL } from "node:url";
import { RespConnection, type RespReply } from "./resp-connection";

export interface UpstashBridge {
  url: string;
  token: string;
  close(): Promise<void>;
}

export interface RedisServer {
  port: number;
  close(): Promise<void>;
}

export interface UpstashBridgeOptions {
  redisPort: number;
  token: string;
  redisHost?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

/**
 * Commands that would leave a pooled connection in a state the next request does not expect
 * (subscriber mode, an open transaction, another database) are refused, as Upstash refuses them.
 */
const REFUSED_COMMANDS = new Set([
  "subscribe", "psubscribe", "ssubscribe", "unsubscribe", "punsubscribe", "sunsubscribe",
  "monitor", "multi", "exec", "discard", "watch", "unwatch", "select", "quit", "reset", "hello", "sync", "psync",
]);

const MAX_IDLE_CONNECTIONS = 8;

/**
 * Script flags only Upstash understands. @upstash/ratelimit declares `#!lua flags=allow-key-locking`,
 * which redis-server refuses ("Unexpected flag in script shebang"), so the bridge drops them.
 */
const UPSTASH_ONLY_SCRIPT_FLAGS = new Set(["allow-key-locking"]);

class BridgeError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/**
 * With `Upstash-Encoding: base64` the client base64-decodes every string it finds (top level, array
 * items, nested arrays) except a top-level "OK", so everything is encoded except a top-level status
 * "OK". Integers and nulls pass through as JSON numbers and nulls.
 */
function replyToJson(reply: RespReply, base64: boolean, topLevel: boolean): unknown {
  switch (reply.type) {
    case "simple":
      return base64 && !(topLevel && reply.value === "OK") ? Buffer.from(reply.value, "utf8").toString("base64") : reply.value;
    case "bulk":
      if (reply.value === null) return null;
      return base64 ? reply.value.toString("base64") : reply.value.toString("utf8");
    case "integer":
      return reply.value;
    case "error":
      // Only reachable inside arrays (a Lua table holding an error); top-level errors become {error}.
      return base64 ? Buffer.from(reply.message, "utf8").toString("base64") : reply.message;
    case "array":
      return reply.value === null ? null : reply.value.map((item) => replyToJson(item, base64, false));
  }
}

function entryToJson(reply: RespReply, base64: boolean): { result: unknown } | { error: string } {
  return reply.type === "error" ? { error: reply.message } : { result: replyToJson(reply, base64, true) };
}

function sha1(text: string): string {
  return createHash("sha1").update(text, "utf8").digest("hex");
}

/** Rewrites only the shebang line, so Lua error line numbers still match the client's script. */
function stripUpstashScriptFlags(script: string): string {
  const match = /^#!lua flags=([^\n]*)/.exec(script);
  if (!match) return script;
  const kept = (match[1] ?? "").split(",").map((flag) => flag.trim()).filter((flag) => flag && !UPSTASH_ONLY_SCRIPT_FLAGS.has(flag));
  return `${kept.length > 0 ? `#!lua flags=${kept.join(",")}` : "#!lua"}${script.slice(match[0].length)}`;
}

/**
 * Clients call EVALSHA with the SHA-1 of the script they hold, but Redis knows the rewritten script
 * by another SHA-1. The table maps one to the other, so EVALSHA hits once the script was loaded by
 * EVAL or SCRIPT LOAD, and SCRIPT LOAD answers with the SHA-1 the client expects.
 */
class ScriptShaTable {
  private readonly redisShaByClientSha = new Map<string, string>();

  translate(command: string[]): { command: string[]; clientSha?: string } {
    const name = (command[0] ?? "").toLowerCase();
    const sub = (command[1] ?? "").toLowerCase();
    if ((name === "eval" || name === "eval_ro") && command[1] !== undefined) {
      return { command: [command[0] ?? name, this.register(command[1]), ...command.slice(2)] };
    }
    if (name === "script" && sub === "load" && command[2] !== undefined) {
      const clientSha = sha1(command[2]);
      return { command: ["SCRIPT", "LOAD", this.register(command[2])], clientSha };
    }
    if ((name === "evalsha" || name === "evalsha_ro") && command[1] !== undefined) {
      return { command: [command[0] ?? name, this.redisSha(command[1]), ...command.slice(2)] };
    }
    if (name === "script" && sub === "exists") {
      return { command: ["SCRIPT", "EXISTS", ...command.slice(2).map((sha) => this.redisSha(sha))] };
    }
    return { command };
  }

  /** Returns the script Redis should run, remembering its SHA-1 under the client's SHA-1. */
  private register(script: string): string {
    const rewritten = stripUpstashScriptFlags(script);
    if (rewritten !== script) this.redisShaByClientSha.set(sha1(script), sha1(rewritten));
    return rewritten;
  }

  private redisSha(clientSha: string): string {
    return this.redisShaByClientSha.get(clientSha.toLowerCase()) ?? clientSha;
  }
}

function answerWithClientSha(reply: RespReply, clientSha: string | undefined): RespReply {
  return clientSha !== undefined && reply.type === "bulk" ? { type: "bulk", value: Buffer.from(clientSha) } : reply;
}

function parseCommand(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new BridgeError(400, "ERR failed to parse command");
  return value.map((arg: unknown) => {
    if (typeof arg === "string") return arg;
    if (typeof arg === "number" || typeof arg === "boolean") return String(arg);
    // JSON turns an `undefined` argument into null; Redis has no null, so it travels as an empty string.
    if (arg === null) return "";
    throw new BridgeError(400, "ERR failed to parse command: arguments must be strings or numbers");
  });
}

function parseCommandList(value: unknown): string[][] {
  if (!Array.isArray(value) || value.length === 0) throw new BridgeError(400, "ERR failed to parse pipeline request");
  return value.map(parseCommand);
}

function assertAllowed(command: readonly string[]): void {
  const name = (command[0] ?? "").toLowerCase();
  if (REFUSED_COMMANDS.has(name)) throw new BridgeError(400, `ERR Command is not available: '${name}'`);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BridgeError(400, "ERR failed to parse request body as JSON");
  }
}

function tokensMatch(header: string | undefined, token: string): boolean {
  const presented = Buffer.from(header?.startsWith("Bearer ") ? header.slice(7) : "", "utf8");
  const expected = Buffer.from(token, "utf8");
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
  response.end(text);
}

/** SSE frames end at a newline, so a payload spanning lines is sent as one `data:` line per line. */
function sseFrame(data: string): string {
  return `${data.split("\n").map((line) => `data: ${line}`).join("\n")}\n\n`;
}

function bulkText(reply: RespReply | undefined): string {
  if (reply?.type === "bulk" && reply.value) return reply.value.toString("utf8");
  if (reply?.type === "simple") return reply.value;
  if (reply?.type === "integer") return String(reply.value);
  return "";
}

export async function startUpstashBridge(options: UpstashBridgeOptions): Promise<UpstashBridge> {
  const { redisPort, token, redisHost = "127.0.0.1", host = "127.0.0.1" } = options;
  const idle: RespConnection[] = [];
  const streams = new Set<RespConnection>();
  const scripts = new ScriptShaTable();

  // One connection per in-flight request keeps a blocking command or a transaction from stalling others.
  async function withConnection<T>(work: (connection: RespConnection) => Promise<T>): Promise<T> {
    const connection = idle.pop() ?? (await RespConnection.connect(redisPort, redisHost));
    try {
      return await work(connection);
    } finally {
      if (connection.healthy && idle.length < MAX_IDLE_CONNECTIONS) idle.push(connection);
      else connection.close();
    }
  }

  async function runCommands(commands: string[][], base64: boolean): Promise<({ result: unknown } | { error: string })[]> {
    const translated = commands.map((command) => scripts.translate(command));
    const replies = await withConnection((connection) => connection.commands(translated.map((entry) => entry.command)));
    return replies.map((reply, i) => entryToJson(answerWithClientSha(reply, translated[i]?.clientSha), base64));
  }

  async function runTransaction(commands: string[][], base64: boolean): Promise<unknown> {
    const translated = commands.map((command) => scripts.translate(command));
    const queued = translated.map((entry) => entry.command);
    const replies = await withConnection((connection) => connection.commands([["MULTI"], ...queued, ["EXEC"]]));
    const exec = replies[replies.length - 1];
    if (!exec || exec.type === "error") {
      // A command refused while queueing aborts the whole transaction; report that command's error.
      const refused = replies.slice(1, -1).find((reply) => reply.type === "error");
      const message = refused?.type === "error" ? refused.message : exec?.type === "error" ? exec.message : "ERR transaction failed";
      throw new BridgeError(400, message);
    }
    if (exec.type !== "array" || exec.value === null) throw new BridgeError(400, "ERR transaction aborted");
    return exec.value.map((reply, i) => entryToJson(answerWithClientSha(reply, translated[i]?.clientSha), base64));
  }

  async function openStream(request: IncomingMessage, response: ServerResponse, pattern: boolean, channel: string): Promise<void> {
    const connection = await RespConnection.connect(redisPort, redisHost);
    // The client may already have given up while Redis was connecting; its close event is gone then.
    if (response.destroyed) {
      connection.close();
      return;
    }
    streams.add(connection);
    const closeStream = (): void => {
      streams.delete(connection);
      connection.close();
      response.end();
    };
    // The client aborts its fetch to unsubscribe; dropping the Redis connection ends the subscription.
    response.on("close", closeStream);
    connection.onClose(() => {
      streams.delete(connection);
      response.end();
    });
    response.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache", Connection: "keep-alive" });
    response.flushHeaders();
    connection.subscribe([pattern ? "PSUBSCRIBE" : "SUBSCRIBE", channel], (push) => {
      if (push.type !== "array" || push.value === null) return;
      const [kind, ...rest] = push.value.map(bulkText);
      // Same shapes as Upstash: subscribe,<ch>,<count> / message,<ch>,<payload> / pmessage,<pattern>,<ch>,<payload>.
      if (kind && !response.writableEnded) response.write(sseFrame([kind, ...rest].join(",")));
    });
    request.resume();
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!tokensMatch(request.headers.authorization, token)) throw new BridgeError(401, "Unauthorized");
    const base64 = request.headers["upstash-encoding"] === "base64";
    const url = new URL(request.url ?? "/", "http://bridge");
    const segments = url.pathname.split("/").filter(Boolean);
    const [first] = segments;

    // The client joins the channel into the path unencoded, so everything after the prefix is the channel.
    if (first === "subscribe" || first === "psubscribe") {
      const channel = decodeURIComponent(url.pathname.slice(first.length + 2));
      if (!channel) throw new BridgeError(400, "ERR channel is required");
      return openStream(request, response, first === "psubscribe", channel);
    }

    const text = await readBody(request);
    if (first === "pipeline" && segments.length === 1) {
      const commands = parseCommandList(parseJson(text));
      commands.forEach(assertAllowed);
      return sendJson(response, 200, await runCommands(commands, base64));
    }
    if (first === "multi-exec" && segments.length === 1) {
      const commands = parseCommandList(parseJson(text));
      commands.forEach(assertAllowed);
      return sendJson(response, 200, await runTransaction(commands, base64));
    }

    // `POST /` carries the command as a JSON array; otherwise it is in the path (`/set/key/value`),
    // with a request body, if any, as the last argument.
    const command = first === undefined ? parseCommand(parseJson(text)) : segments.map(decodeURIComponent);
    if (first !== undefined && text.length > 0) command.push(text);
    assertAllowed(command);
    const [entry] = await runCommands([command], base64);
    if (!entry || "error" in entry) throw new BridgeError(400, entry?.error ?? "ERR no reply");
    sendJson(response, 200, entry);
  }

  const server = createHttpServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof BridgeError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (response.headersSent) response.end();
      else sendJson(response, status, { error: status === 500 ? `ERR bridge: ${message}` : message });
    });
  });
  server.listen(options.port ?? 0, host);
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host}:${port}`,
    token,
    async close() {
      for (const connection of [...idle.splice(0), ...streams]) connection.close();
      streams.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

async function findFreePort(): Promise<number> {
  const probe = createNetServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function waitForPong(port: number, exited: () => string | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const exitReason = exited();
    if (exitReason !== undefined) throw new Error(exitReason);
    try {
      const connection = await RespConnection.connect(port);
      try {
        const reply = await connection.command(["PING"]);
        if (reply.type === "simple" && reply.value === "PONG") return;
      } finally {
        connection.close();
      }
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer PING within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Spawns a throwaway redis-server (no RDB, no AOF) on a free loopback port and waits until it answers
 * PING. Picking the port and binding it are separate steps, so a lost race is retried on a new port.
 */
export async function startRedisServer(options: { binary?: string; timeoutMs?: number } = {}): Promise<RedisServer> {
  const binary = options.binary ?? "redis-server";
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await findFreePort();
    const child = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let exitReason: string | undefined;
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", (error) => (exitReason = `could not start ${binary}: ${error.message}`));
    child.on("exit", (code, signal) => (exitReason ??= `${binary} exited (${code ?? signal}) before answering PING:\n${output.slice(-2000)}`));
    try {
      await waitForPong(port, () => exitReason, options.timeoutMs ?? 10_000);
    } catch (error) {
      lastError = error;
      if (child.exitCode === null) child.kill("SIGKILL");
      continue;
    }
    return {
      port,
      async close() {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = once(child, "exit");
        child.kill("SIGTERM");
        await exited;
      },
    };
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

/** Starts a redis-server and a bridge in front of it; one call for a test file's beforeAll. */
export async function startUpstashTestRedis(token = "test-token"): Promise<UpstashBridge & { redisPort: number }> {
  const redis = await startRedisServer();
  try {
    const bridge = await startUpstashBridge({ redisPort: redis.port, token });
    return {
      ...bridge,
      redisPort: redis.port,
      async close() {
        await bridge.close();
        await redis.close();
      },
    };
  } catch (error) {
    await redis.close();
    throw error;
  }
}

function readFlag(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

async function main(args: readonly string[]): Promise<void> {
  const redisPortFlag = readFlag(args, "--redis-port");
  const redis = redisPortFlag === undefined ? await startRedisServer() : undefined;
  const redisPort = redis?.port ?? Number(redisPortFlag);
  if (!Number.isInteger(redisPort) || redisPort <= 0) throw new Error(`--redis-port must be a port number, got ${redisPortFlag}`);
  const bridge = await startUpstashBridge({
    redisPort,
    token: readFlag(args, "--token") ?? "dev",
    port: Number(readFlag(args, "--port") ?? 8079),
    host: readFlag(args, "--host") ?? "127.0.0.1",
  });
  console.log(`Upstash bridge on ${bridge.url} -> redis-server 127.0.0.1:${redisPort}${redis ? " (started by the bridge)" : ""}`);
  console.log(`UPSTASH_REDIS_REST_URL=${bridge.url} UPSTASH_REDIS_REST_TOKEN=${bridge.token}`);
  const stop = async (): Promise<void> => {
    await bridge.close();
    await redis?.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
