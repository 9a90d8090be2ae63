import { ProviderError } from "@/lib/banks/provider";
import { AppError } from "@/lib/errors";

/** What a failed run says on the connection page: plain words, never a stack trace or a token. */
export function describeSyncError(error: unknown): string {
  if (error instanceof ProviderError) {
    const failure = error.failure;
    switch (failure.kind) {
      case "reauth_required":
        return "The bank needs you to sign in again before it shares new transactions.";
      case "rate_limited":
        return `The bank asked us to slow down (retry after ${Math.ceil(failure.retryAfterMs / 1000)} s); we will try again at the next sync.`;
      case "unavailable":
        return `The bank is not answering right now (HTTP ${failure.status}); we will try again at the next sync.`;
      case "data_changed":
        return "The bank kept changing the data while we read it; we will try again at the next sync.";
      case "bad_response":
        return `The bank sent a response we could not read (${failure.message.slice(0, 160)}).`;
    }
  }
  if (error instanceof AppError) return error.message;
  return "Something went wrong on our side while syncing; we will try again at the next sync.";
}
