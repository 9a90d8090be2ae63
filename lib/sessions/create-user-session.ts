import { prisma } from "@/lib/db";
import type { ClientInfo } from "./client-info";

/** Called at sign-in; the returned id is carried in the JWT as `sid`. */
export async function createUserSession(userId: string, client: ClientInfo): Promise<string> {
  const row = await prisma().userSession.create({ data: { userId, userAgent: client.userAgent, ip: client.ip, location: client.location }, select: { id: true } });
  return row.id;
}
