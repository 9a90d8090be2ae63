import { countUnreadAlerts } from "@/lib/alerts/list-alerts";
import { findCurrentUser } from "@/lib/auth/current-user";
import { AlertStreamHost } from "./alert-stream-host";

/** The header's alert link with the unread count from the database (what a closed tab missed), plus the toast host. */
export async function AlertCentreLink() {
  const user = await findCurrentUser();
  if (!user) return null;
  return <AlertStreamHost initialUnread={await countUnreadAlerts(user.id)} />;
}
