/** One delivery's result in words: "delivered (HTTP 200)", "failed: HTTP 503 after 4 attempts", "failed: the connection was refused". */
export function describeOutcome(outcome: { ok: boolean; status: number | null; attempts: number; error: string | null }): string {
  const tries = outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : "";
  if (outcome.ok) return `delivered (HTTP ${outcome.status})${tries}`;
  if (outcome.status !== null) return `failed: HTTP ${outcome.status}${tries}`;
  return `failed: ${outcome.error ?? "no answer"}${tries}`;
}
