/**
 * Structured one-line JSON logs. Known secret-bearing keys are redacted before anything is written,
 * so a token that reaches a log call by mistake still never reaches the log.
 */
const SECRET_KEY = /token|secret|password|authorization|cookie|verifier|code$/i;

function redact(value: unknown, depth = 0): unknown {
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, SECRET_KEY.test(key) ? "[redacted]" : redact(item, depth + 1)]));
}

function write(level: "info" | "warn" | "error", message: string, fields: Record<string, unknown>): void {
  const line = JSON.stringify({ level, time: new Date().toISOString(), message, ...(redact(fields) as Record<string, unknown>) });
  if (level === "error") console.error(line);
  else console.log(line);
}

export function logInfo(message: string, fields: Record<string, unknown> = {}): void {
  write("info", message, fields);
}

export function logWarn(message: string, fields: Record<string, unknown> = {}): void {
  write("warn", message, fields);
}

export function logError(message: string, error: unknown, fields: Record<string, unknown> = {}): void {
  const detail = error instanceof Error ? { error: error.name, errorMessage: error.message, stack: error.stack } : { error: String(error) };
  write("error", message, { ...fields, ...detail });
}
