import type { CurrentUser } from "@/lib/auth/current-user";
import { notFound } from "@/lib/errors";

/** Admin surfaces answer a plain user exactly like a route that does not exist: no hint that they are there. */
export function assertAdmin(user: Pick<CurrentUser, "role">): void {
  if (user.role !== "admin") throw notFound("Page");
}
