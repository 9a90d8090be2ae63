import { z } from "zod";
import { bankViewAt } from "@/lib/generator/bank-view-at";
import type { GeneratedDataset, MockBankId } from "@/lib/generator/types";
import * as bankA from "./bank-a";
import * as bankB from "./bank-b";
import * as bankC from "./bank-c";
import { decideFault, decideRecordCorruptions, type FaultConfig } from "./decide-fault";
import { MockBankInputError } from "./encode-cursor";
import { listingVersion } from "./listing-version";

export const MockBankRequestInput = z.object({
  bank: z.enum(["bank-a", "bank-b", "bank-c"]),
  resource: z.enum(["accounts", "transactions"]),
  /**
   * Raw query string values: cursor, count, page, since, accountId, and (BankA and BankC transactions)
   * unless_version: the listing version of the client's last complete read; a first page asked with the
   * current version answers "not modified" with no rows. Every BankA/BankC page carries that version.
   */
  query: z.record(z.string(), z.string()).default({}),
});
export type MockBankRequest = z.input<typeof MockBankRequestInput>;

export interface MockBankResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
  /** The route handler sleeps this long before answering (latency fault). */
  delayMs: number;
}

export interface MockBankContext {
  /** The simulated bank clock: which instant of the dataset's timeline to serve. */
  instant: string;
  faults: FaultConfig;
  /** Seeded source in [0, 1); the caller owns its state so a whole test run replays exactly. */
  random: () => number;
}

/** How far a continuation page's view jumps ahead when mutateDuringPaging is on. */
const PAGING_MUTATION_MS = 12 * 3_600_000;

const JSON_TYPE = "application/json";
const XML_TYPE = "application/xml; charset=ISO-8859-1";

function errorResponse(bank: MockBankId, status: number, code: string, message: string, delayMs: number, extra: Record<string, string> = {}): MockBankResponse {
  if (bank === "bank-c") {
    return { status, headers: { "content-type": XML_TYPE, ...extra }, body: bankC.encodeLatin1(`<?xml version="1.0" encoding="ISO-8859-1"?>\n<Error><Code>${code}</Code><Text>${bankC.escapeXml(message)}</Text></Error>\n`), delayMs };
  }
  return { status, headers: { "content-type": JSON_TYPE, ...extra }, body: JSON.stringify({ error: { code, message } }), delayMs };
}

function readInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new MockBankInputError(`${name} must be a positive integer`);
  return Number(value);
}

/**
 * Every page of one sync asks for the same bank at the same instant: building the view walks the whole
 * dataset, so the last few views per dataset are kept (datasets are never mutated after generation).
 */
const VIEWS_PER_DATASET = 6;
const viewCache = new WeakMap<GeneratedDataset, Map<string, ReturnType<typeof bankViewAt>>>();

function cachedBankViewAt(dataset: GeneratedDataset, instant: string, bank: MockBankId): ReturnType<typeof bankViewAt> {
  let views = viewCache.get(dataset);
  if (!views) viewCache.set(dataset, (views = new Map()));
  const key = `${bank}\u001f${instant}`;
  let view = views.get(key);
  if (!view) {
    view = bankViewAt(dataset, instant, { bankId: bank });
    if (views.size >= VIEWS_PER_DATASET) views.delete(views.keys().next().value as string);
    views.set(key, view);
  }
  return view;
}

/**
 * Everything a /api/mock-banks/<bank>/<resource> route does, minus the I/O: fault decision, the bank's
 * view at the simulated instant (only that bank's accounts), rendering, and record corruption.
 */
export function handleMockBankRequest(dataset: GeneratedDataset, rawRequest: MockBankRequest, context: MockBankContext): MockBankResponse {
  const request = MockBankRequestInput.parse(rawRequest);
  const { bank, resource, query } = request;
  const fault = decideFault(context.faults, context.random);
  if (fault.kind === "rate_limited") {
    return errorResponse(bank, 429, "rate_limited", "Too many requests", fault.latencyMs, { "retry-after": String(fault.retryAfterSeconds) });
  }
  if (fault.kind === "server_error") return errorResponse(bank, fault.status, "upstream_unavailable", "Service temporarily unavailable", fault.latencyMs);

  try {
    const continuation = Boolean(query.cursor) || (readInt(query.page, "page") ?? 1) > 1;
    const instant =
      continuation && context.faults.mutateDuringPaging ? new Date(Date.parse(context.instant) + PAGING_MUTATION_MS).toISOString() : context.instant;
    const view = cachedBankViewAt(dataset, instant, bank);
    const count = readInt(query.count, "count");
    const corruptions = decideRecordCorruptions(context.faults, context.random, count ?? 100);
    const accountId = query.accountId;
    const versioning = resource === "transactions" && bank !== "bank-b" ? { version: listingVersion(view, accountId), unlessVersion: query.unless_version } : {};

    if (bank === "bank-c") {
      const body =
        resource === "accounts"
          ? bankC.renderAccounts(view)
          : bankC.renderTransactionsPage(view, { page: readInt(query.page, "page"), count, since: query.since, accountId, corruptions, ...versioning });
      return { status: 200, headers: { "content-type": XML_TYPE }, body, delayMs: fault.latencyMs };
    }
    const renderer = bank === "bank-a" ? bankA : bankB;
    const payload =
      resource === "accounts"
        ? renderer.renderAccounts(view)
        : bank === "bank-a"
          ? bankA.renderTransactionsPage(view, { cursor: query.cursor ?? null, count, accountId, corruptions, ...versioning })
          : bankB.renderTransactionsPage(view, { cursor: query.cursor ?? null, count, accountId, corruptions });
    return { status: 200, headers: { "content-type": JSON_TYPE }, body: JSON.stringify(payload), delayMs: fault.latencyMs };
  } catch (error) {
    if (error instanceof MockBankInputError) return errorResponse(bank, 400, "invalid_request", error.message, fault.latencyMs);
    throw error;
  }
}
