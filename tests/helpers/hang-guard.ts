/**
 * The timeout of tests that feed hostile input (megabyte strings, backtracking regexes) to pure code.
 * It is a hang guard, not a speed target (those are benchmarks): the inputs finish in milliseconds, and
 * the superlinear work they guard against would run for minutes on any machine, however loaded.
 */
export const HANG_GUARD_MS = 30_000;
