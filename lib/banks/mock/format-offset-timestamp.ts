/** "2024-01-03T07:15:00-05:00" for a UTC instant shown at a fixed offset, the way a bank API in that zone would. */
export function formatOffsetTimestamp(instant: string, utcOffsetMinutes: number): string {
  const local = new Date(Date.parse(instant) + utcOffsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = utcOffsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(utcOffsetMinutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, "0");
  const minutes = String(abs % 60).padStart(2, "0");
  return `${local}${sign}${hours}:${minutes}`;
}
