import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

/** Liveness: the process is up and serving. */
export function GET() {
  return NextResponse.json({ status: "ok" });
}
