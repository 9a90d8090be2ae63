export async function register(): Promise<void> {
  // Next also evaluates this file for the edge runtime, where the database layer cannot load.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("@/lib/startup");
  await startServer();
}
