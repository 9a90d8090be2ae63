import type { ChangeSource, TransactionEventKind } from "@/lib/generated/prisma/enums";
import { newRowId } from "@/lib/new-row-id";
import { bulkInsert, type Tx } from "./bulk-insert";

/** Who wrote a set of events, and when: the same for every event of one insert. */
export interface EventWriter {
  userId: string;
  source: ChangeSource;
  actor: string;
  syncRunId: string | null;
  at: Date;
}

/** One event: [transactionId, kind, before, after], before and after as values (not JSON text). */
export type EventRow = readonly [transactionId: string, kind: TransactionEventKind, before: unknown, after: unknown];

/** Appends TransactionEvents in one statement, the writer's fields sent once. */
export async function insertEvents(tx: Tx, writer: EventWriter, events: ReadonlyArray<EventRow>): Promise<void> {
  await bulkInsert(
    tx,
    "TransactionEvent",
    [{ name: "id", type: "uuid" }, { name: "transactionId", type: "uuid" }, { name: "kind", type: "enum:TransactionEventKind" }, { name: "before", type: "jsonb" }, { name: "after", type: "jsonb" }],
    events.map(([transactionId, kind, before, after]) => [newRowId(), transactionId, kind, before, after]),
    [
      { name: "userId", type: "uuid", value: writer.userId }, { name: "source", type: "enum:ChangeSource", value: writer.source },
      { name: "actor", type: "text", value: writer.actor }, { name: "syncRunId", type: "uuid", value: writer.syncRunId }, { name: "createdAt", type: "timestamp", value: writer.at },
    ],
  );
}
