import { bulkInsert, type Tx } from "./bulk-insert";

/** Appends TransactionEvents in one statement: [id, userId, transactionId, kind, source, actor, before, after, syncRunId, createdAt], before and after as values (not JSON text). */
export async function insertEvents(tx: Tx, events: ReadonlyArray<ReadonlyArray<unknown>>): Promise<void> {
  await bulkInsert(
    tx,
    "TransactionEvent",
    [
      { name: "id", type: "uuid" }, { name: "userId", type: "uuid" }, { name: "transactionId", type: "uuid" }, { name: "kind", type: "enum:TransactionEventKind" },
      { name: "source", type: "enum:ChangeSource" }, { name: "actor", type: "text" }, { name: "before", type: "jsonb" }, { name: "after", type: "jsonb" },
      { name: "syncRunId", type: "uuid" }, { name: "createdAt", type: "timestamp" },
    ],
    events,
  );
}

