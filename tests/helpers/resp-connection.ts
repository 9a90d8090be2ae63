/**
 * A minimal RESP2 client over node:net, enough for the Upstash bridge to talk to a real redis-server
 * without adding a Redis driver dependency. Replies are kept as tagged values so the bridge can tell a
 * status reply ("+OK") from a bulk string that happens to read "OK", and bulk strings stay bytes.
 */
import { connect, type Socket } from "node:net";

export type RespReply =
  | { type: "simple"; value: string }
  | { type: "error"; message: string }
  | { type: "integer"; value: number }
  | { type: "bulk"; value: Buffer | null }
  | { type: "array"; value: RespReply[] | null };

export type RespArgument = string | Buffer;

const CRLF = Buffer.from("\r\n");

export function encodeCommand(args: readonly RespArgument[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
  for (const arg of args) {
    const bytes = typeof arg === "string" ? Buffer.from(arg, "utf8") : arg;
    parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, CRLF);
  }
  return Buffer.concat(parts);
}

/** Parses one reply starting at `offset`; undefined when the buffer does not yet hold all of it. */
export function parseReply(buffer: Buffer, offset: number): { reply: RespReply; next: number } | undefined {
  const lineEnd = buffer.indexOf(CRLF, offset);
  if (lineEnd === -1) return undefined;
  const prefix = String.fromCharCode(buffer[offset] ?? 0);
  const line = buffer.toString("utf8", offset + 1, lineEnd);
  const afterLine = lineEnd + 2;
  switch (prefix) {
    case "+":
      return { reply: { type: "simple", value: line }, next: afterLine };
    case "-":
      return { reply: { type: "error", message: line }, next: afterLine };
    case ":":
      return { reply: { type: "integer", value: Number(line) }, next: afterLine };
    case "$": {
      const length = Number(line);
      if (length < 0) return { reply: { type: "bulk", value: null }, next: afterLine };
      if (buffer.length < afterLine + length + 2) return undefined;
      // Copy so the reply does not pin the connection's whole receive buffer.
      const value = Buffer.from(buffer.subarray(afterLine, afterLine + length));
      return { reply: { type: "bulk", value }, next: afterLine + length + 2 };
    }
    case "*": {
      const count = Number(line);
      if (count < 0) return { reply: { type: "array", value: null }, next: afterLine };
      const items: RespReply[] = [];
      let next = afterLine;
      for (let i = 0; i < count; i += 1) {
        const item = parseReply(buffer, next);
        if (!item) return undefined;
        items.push(item.reply);
        next = item.next;
      }
      return { reply: { type: "array", value: items }, next };
    }
    default:
      throw new Error(`RESP protocol error: unexpected type byte ${JSON.stringify(prefix)}`);
  }
}

interface Pending {
  resolve(reply: RespReply): void;
  reject(error: Error): void;
}

export class RespConnection {
  private received: Buffer = Buffer.alloc(0);
  private readonly pending: Pending[] = [];
  private pushHandler: ((reply: RespReply) => void) | undefined;
  private failure: Error | undefined;

  private constructor(private readonly socket: Socket) {
    socket.on("data", (chunk: Buffer) => this.receive(chunk));
    socket.on("error", (error) => this.fail(error));
    socket.on("close", () => this.fail(new Error("Redis connection closed")));
  }

  static connect(port: number, host = "127.0.0.1"): Promise<RespConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host });
      socket.setNoDelay(true);
      socket.once("connect", () => {
        socket.removeListener("error", reject);
        resolve(new RespConnection(socket));
      });
      socket.once("error", reject);
    });
  }

  get healthy(): boolean {
    return this.failure === undefined && this.pushHandler === undefined && this.pending.length === 0;
  }

  /** Sends one command and resolves with its reply; error replies resolve too (as `type: "error"`). */
  command(args: readonly RespArgument[]): Promise<RespReply> {
    return this.commands([args]).then((replies) => replies[0] ?? { type: "error", message: "ERR no reply" });
  }

  /**
   * Writes all commands in one go, so nothing else on this connection can interleave (MULTI…EXEC relies
   * on that), and resolves with their replies in order.
   */
  commands(list: readonly (readonly RespArgument[])[]): Promise<RespReply[]> {
    if (this.failure) return Promise.reject(this.failure);
    const replies = list.map(
      () => new Promise<RespReply>((resolve, reject) => this.pending.push({ resolve, reject })),
    );
    this.socket.write(Buffer.concat(list.map(encodeCommand)));
    return Promise.all(replies);
  }

  /**
   * Switches to subscriber mode: every reply from now on (subscribe confirmations and messages) goes
   * to the handler, since in that mode Redis sends pushes rather than one reply per command.
   */
  subscribe(command: readonly RespArgument[], onPush: (reply: RespReply) => void): void {
    this.pushHandler = onPush;
    this.socket.write(encodeCommand(command));
  }

  onClose(listener: () => void): void {
    this.socket.once("close", listener);
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.received = this.received.length === 0 ? chunk : Buffer.concat([this.received, chunk]);
    let offset = 0;
    for (;;) {
      let parsed: ReturnType<typeof parseReply>;
      try {
        parsed = parseReply(this.received, offset);
      } catch (error) {
        this.fail(error instanceof Error ? error : new Error(String(error)));
        this.socket.destroy();
        return;
      }
      if (!parsed) break;
      offset = parsed.next;
      const waiter = this.pending.shift();
      if (waiter) waiter.resolve(parsed.reply);
      else this.pushHandler?.(parsed.reply);
    }
    this.received = this.received.subarray(offset);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.pending.splice(0)) waiter.reject(error);
  }
}
