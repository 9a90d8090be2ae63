import { createHash } from "node:crypto";
import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startUpstashTestRedis } from "@/tests/helpers/upstash-bridge";

let bridge: Awaited<ReturnType<typeof startUpstashTestRedis>>;

beforeAll(async () => {
  bridge = await startUpstashTestRedis("bridge-token");
});

afterAll(async () => {
  await bridge?.close();
});

function rawPost(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${bridge.url}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${bridge.token}`, "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeEach(async () => {
  await rawPost("/", ["FLUSHALL"]);
});

describe("the REST protocol on the wire", () => {
  it("refuses a missing or wrong token with 401", async () => {
    const missing = await fetch(bridge.url, { method: "POST", body: JSON.stringify(["PING"]) });
    expect(missing.status).toBe(401);
    const wrong = await rawPost("/", ["PING"], { Authorization: "Bearer nope" });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: "Unauthorized" });
  });

  it("answers a single command with {result}", async () => {
    const set = await rawPost("/", ["SET", "greeting", "héllo"]);
    expect(set.status).toBe(200);
    expect(await set.json()).toEqual({ result: "OK" });
    expect(await (await rawPost("/", ["GET", "greeting"])).json()).toEqual({ result: "héllo" });
    expect(await (await rawPost("/", ["GET", "missing"])).json()).toEqual({ result: null });
    expect(await (await rawPost("/", ["INCRBY", "n", 5])).json()).toEqual({ result: 5 });
  });

  it("base64-encodes every string except a top-level OK when asked", async () => {
    const b64 = { "Upstash-Encoding": "base64" };
    expect(await (await rawPost("/", ["SET", "k", "v1"], b64)).json()).toEqual({ result: "OK" });
    expect(await (await rawPost("/", ["GET", "k"], b64)).json()).toEqual({ result: Buffer.from("v1").toString("base64") });
    expect(await (await rawPost("/", ["PING"], b64)).json()).toEqual({ result: Buffer.from("PONG").toString("base64") });
    await rawPost("/", ["RPUSH", "list", "a", "OK"]);
    expect(await (await rawPost("/", ["LRANGE", "list", 0, -1], b64)).json()).toEqual({ result: ["YQ==", "T0s="] });
    expect(await (await rawPost("/", ["LLEN", "list"], b64)).json()).toEqual({ result: 2 });
  });

  it("reports a Redis error as 400 {error}", async () => {
    await rawPost("/", ["SET", "text", "abc"]);
    const response = await rawPost("/", ["INCR", "text"]);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "ERR value is not an integer or out of range" });
    const unknown = await rawPost("/", ["NOSUCHCOMMAND"]);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/^ERR unknown command/);
  });

  it("refuses commands that would break a pooled connection", async () => {
    const response = await rawPost("/", ["SUBSCRIBE", "x"]);
    expect(response.status).toBe(400);
    expect(await (await rawPost("/", ["PING"])).json()).toEqual({ result: "PONG" });
  });

  it("answers a pipeline with one {result} or {error} per command, in order", async () => {
    const response = await rawPost("/pipeline", [["SET", "p", "1"], ["INCR", "p"], ["HSET", "p", "f", "v"], ["GET", "p"]]);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([
      { result: "OK" },
      { result: 2 },
      { error: "WRONGTYPE Operation against a key holding the wrong kind of value" },
      { result: "2" },
    ]);
  });

  it("runs /multi-exec atomically and aborts it on a queueing error", async () => {
    const ok = await rawPost("/multi-exec", [["SET", "t", "1"], ["INCR", "t"], ["GET", "t"]]);
    expect(await ok.json()).toEqual([{ result: "OK" }, { result: 2 }, { result: "2" }]);
    const aborted = await rawPost("/multi-exec", [["SET", "t", "9"], ["NOSUCHCOMMAND"]]);
    expect(aborted.status).toBe(400);
    expect(((await aborted.json()) as { error: string }).error).toMatch(/unknown command/);
    expect(await (await rawPost("/", ["GET", "t"])).json()).toEqual({ result: "2" });
  });

  it("accepts Upstash's path-style commands", async () => {
    await fetch(`${bridge.url}/set/path-key/path%20value`, { method: "POST", headers: { Authorization: `Bearer ${bridge.token}` } });
    expect(await (await rawPost("/", ["GET", "path-key"])).json()).toEqual({ result: "path value" });
  });
});

describe("the real @upstash/redis client through the bridge", () => {
  const client = (): Redis => new Redis({ url: bridge.url, token: bridge.token, retry: false });

  it("round-trips strings, JSON values, numbers and null with base64 responses", async () => {
    const redis = client();
    expect(await redis.set("s", "naïve ☕")).toBe("OK");
    expect(await redis.get("s")).toBe("naïve ☕");
    await redis.set("obj", { a: 1, list: ["x"] });
    expect(await redis.get("obj")).toEqual({ a: 1, list: ["x"] });
    expect(await redis.incr("count")).toBe(1);
    expect(await redis.get("absent")).toBeNull();
    await redis.hset("h", { name: "fathom", n: 3 });
    expect(await redis.hgetall("h")).toEqual({ name: "fathom", n: 3 });
  });

  it("decodes arrays and nested arrays", async () => {
    const redis = client();
    await redis.zadd("z", { score: 1, member: "one" }, { score: 2, member: "two" });
    expect(await redis.zrange("z", 0, -1, { withScores: true })).toEqual(["one", 1, "two", 2]);
    const nested = await redis.eval<[], unknown>("return {1, 'two', {'three', 4}, false}", [], []);
    expect(nested).toEqual([1, "two", ["three", 4], null]);
  });

  it("runs pipelines and transactions", async () => {
    const redis = client();
    const pipelined = await redis.pipeline().set("a", "1").incr("a").get("a").exec();
    expect(pipelined).toEqual(["OK", 2, 2]);
    const transaction = await redis.multi().set("b", "x").append("b", "y").get("b").exec();
    expect(transaction).toEqual(["OK", 2, "xy"]);
  });

  it("surfaces Redis errors as UpstashError", async () => {
    const redis = client();
    await redis.set("text", "abc");
    await expect(redis.incr("text")).rejects.toThrow(/not an integer/);
  });

  it("answers EVALSHA with NOSCRIPT until the script is loaded", async () => {
    const redis = client();
    await redis.scriptFlush();
    const script = "return ARGV[1] .. KEYS[1]";
    await expect(redis.evalsha("0123456789abcdef0123456789abcdef01234567", ["k"], ["v"])).rejects.toThrow(/NOSCRIPT/);
    const sha = await redis.scriptLoad(script);
    expect(await redis.evalsha(sha, ["k"], ["v"])).toBe("vk");
    const cached = redis.createScript<string>("return 'from script'");
    expect(await cached.exec([], [])).toBe("from script");
  });

  it("runs scripts with Upstash-only shebang flags under the client's SHA-1", async () => {
    const redis = client();
    await redis.scriptFlush();
    const script = "#!lua flags=allow-key-locking\nreturn redis.call('INCR', KEYS[1])";
    const cached = redis.createScript<number>(script);
    expect(await cached.exec(["ran"], [])).toBe(1);
    const sha = await redis.scriptLoad(script);
    expect(sha).toBe(createHash("sha1").update(script).digest("hex"));
    expect(await redis.scriptExists(sha)).toEqual([1]);
    expect(await redis.evalsha(sha, ["ran"], [])).toBe(2);
    expect(await redis.pipeline().evalsha(sha, ["ran"], []).exec()).toEqual([3]);
    expect(await redis.multi().evalsha(sha, ["ran"], []).exec()).toEqual([4]);
    await expect(redis.eval("#!lua flags=no-writes\nreturn redis.call('INCR', KEYS[1])", ["ran"], [])).rejects.toThrow(/Write commands are not allowed/);
  });

  it("streams subscribe confirmations and messages, and ends the subscription on unsubscribe", async () => {
    const redis = new Redis({ url: bridge.url, token: bridge.token, retry: false, automaticDeserialization: false });
    const subscriber = redis.subscribe<string>("news:1");
    const counts: number[] = [];
    const messages: { channel: string; message: string }[] = [];
    subscriber.on("subscribe", (count) => counts.push(count));
    subscriber.on("message", (event) => messages.push(event));
    await until(() => counts.length === 1);
    expect(counts).toEqual([1]);

    expect(await redis.publish("news:1", "first, with a comma")).toBe(1);
    expect(await redis.publish("news:2", "other channel")).toBe(0);
    await until(() => messages.length === 1);
    expect(messages).toEqual([{ channel: "news:1", message: "first, with a comma" }]);

    await subscriber.unsubscribe();
    await until(async () => (await redis.publish("news:1", "after")) === 0);
  });

  it("streams pattern messages for psubscribe", async () => {
    const redis = new Redis({ url: bridge.url, token: bridge.token, retry: false, automaticDeserialization: false });
    const subscriber = redis.psubscribe<string>("alerts:*");
    const subscribed: number[] = [];
    const messages: { pattern: string; channel: string; message: string }[] = [];
    subscriber.on("psubscribe", (count) => subscribed.push(count));
    subscriber.on("pmessage", (event) => messages.push(event));
    await until(() => subscribed.length === 1);
    expect(await redis.publish("alerts:7", '{"x":1}')).toBe(1);
    await until(() => messages.length === 1);
    expect(messages).toEqual([{ pattern: "alerts:*", channel: "alerts:7", message: '{"x":1}' }]);
    await subscriber.unsubscribe();
  });
});
