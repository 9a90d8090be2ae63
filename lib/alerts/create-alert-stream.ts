/**
 * The server-sent-event stream behind /api/alerts/stream: one per open tab. It subscribes to the
 * user's own channel (so it can only ever carry that user's events), replays alerts created since
 * the browser's Last-Event-ID (a reconnect must not lose what was published while it was away),
 * sends a comment as heartbeat so proxies keep the connection open, and unsubscribes on abort.
 */
import { z } from "zod";
import { defaultEventBus } from "@/lib/redis/event-bus";
import { ALERT_CREATED_EVENT } from "@/lib/alerts/budget-alert";
import { countUnreadAlerts, listAlertsAfter } from "@/lib/alerts/list-alerts";
import { logError } from "@/lib/log";
import { subscribeUserEvents, type EventBus, type Unsubscribe, type UserEvent } from "@/lib/redis/event-bus";

export const HEARTBEAT_MS = 15_000;
/** How long the browser waits before reconnecting after the stream drops. */
const RETRY_MS = 3_000;

const AlertEventData = z.object({ id: z.uuid(), title: z.string(), message: z.string() }).loose();

export interface AlertStreamOptions {
  userId: string;
  signal: AbortSignal;
  lastEventId?: string | null;
  heartbeatMs?: number;
  bus?: EventBus;
}

function frame(event: string, data: unknown, id?: string): string {
  return `${id ? `id: ${id}\n` : ""}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function createAlertStreamResponse(options: AlertStreamOptions): Response {
  const { userId, signal } = options;
  const encoder = new TextEncoder();
  let unsubscribe: Unsubscribe | null = null;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let closed = false;

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string): void => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          void close();
        }
      };
      const close = async (): Promise<void> => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        signal.removeEventListener("abort", onAbort);
        const stop = unsubscribe;
        unsubscribe = null;
        try {
          await stop?.();
        } catch (error) {
          logError("alert stream unsubscribe failed", error, { userId });
        }
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      const onAbort = (): void => void close();
      signal.addEventListener("abort", onAbort);

      // Subscribe before reading the database: an alert committed in between is then either in the
      // replay or in the live feed (possibly both, hence the seen-set), never in neither.
      const seen = new Set<string>();
      let replaying = true;
      const buffered: UserEvent[] = [];
      const forward = (event: UserEvent): void => {
        if (event.type !== ALERT_CREATED_EVENT) {
          send(frame(event.type, event.data ?? null));
          return;
        }
        const parsed = AlertEventData.safeParse(event.data);
        if (!parsed.success || seen.has(parsed.data.id)) return;
        seen.add(parsed.data.id);
        send(frame("alert", parsed.data, parsed.data.id));
      };
      try {
        send(`retry: ${RETRY_MS}\n\n`);
        unsubscribe = await subscribeUserEvents(userId, (event) => (replaying ? buffered.push(event) : forward(event)), options.bus ?? defaultEventBus());
        if (signal.aborted) return void (await close());
        const lastEventId = options.lastEventId && z.uuid().safeParse(options.lastEventId).success ? options.lastEventId : null;
        if (lastEventId) {
          for (const alert of await listAlertsAfter(userId, lastEventId)) {
            forward({ type: ALERT_CREATED_EVENT, data: { ...alert } });
          }
        }
        send(frame("ready", { unread: await countUnreadAlerts(userId) }));
        replaying = false;
        for (const event of buffered.splice(0)) forward(event);
        heartbeat = setInterval(() => send(": heartbeat\n\n"), options.heartbeatMs ?? HEARTBEAT_MS);
      } catch (error) {
        logError("alert stream failed to start", error, { userId });
        await close();
      }
    },
    async cancel() {
      closed = true;
      clearInterval(heartbeat);
      const stop = unsubscribe;
      unsubscribe = null;
      await stop?.().catch((error: unknown) => logError("alert stream unsubscribe failed", error, { userId }));
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
