/** Sends JSON to one of our routes; a failure comes back as the server's own message (it names the field). */
export async function sendJson<T>(url: string, body: unknown, method = "POST"): Promise<{ ok: true; data: T } | { ok: false; message: string }> {
  try {
    const response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (response.status === 204) return { ok: true, data: undefined as T };
    const json = (await response.json()) as T & { error?: { message: string } };
    if (!response.ok) return { ok: false, message: json.error?.message ?? `Request failed (${response.status})` };
    return { ok: true, data: json };
  } catch {
    return { ok: false, message: "Could not reach the server; check your connection and try again." };
  }
}
