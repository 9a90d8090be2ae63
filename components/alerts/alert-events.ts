/** Browser-side signal between the alert centre page and the header badge in the same tab. */
export const UNREAD_CHANGED_EVENT = "fathom:alerts-unread";

export function announceUnreadCount(unread: number): void {
  window.dispatchEvent(new CustomEvent<number>(UNREAD_CHANGED_EVENT, { detail: unread }));
}
