import { env } from "@/lib/env";

/** Plain-text mails only: nothing to render wrongly, nothing remote to load. */
export function passwordResetMail(input: { name: string; token: string; minutes: number }): { subject: string; text: string } {
  const link = new URL(`/reset-password?token=${encodeURIComponent(input.token)}`, env().APP_URL).toString();
  return {
    subject: "Reset your Fathom password",
    text: [
      `Hello ${input.name},`,
      "",
      "Someone (hopefully you) asked to reset the password of your Fathom account. Open this link to choose a new one:",
      "",
      link,
      "",
      `The link works once and expires in ${input.minutes} minutes. If you did not ask for it, ignore this e-mail: your password stays as it is.`,
    ].join("\n"),
  };
}

export function verifyEmailMail(input: { name: string; token: string; hours: number }): { subject: string; text: string } {
  const link = new URL(`/verify-email?token=${encodeURIComponent(input.token)}`, env().APP_URL).toString();
  return {
    subject: "Confirm your e-mail address for Fathom",
    text: [`Hello ${input.name},`, "", "Confirm that this is your e-mail address by opening this link:", "", link, "", `The link works once and expires in ${input.hours} hours.`].join("\n"),
  };
}

/** Finds the first single-use link in a mail body (tests and the outbox page use it). */
export function findMailLink(text: string): string | null {
  return /https?:\/\/\S+/.exec(text)?.[0] ?? null;
}
