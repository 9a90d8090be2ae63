/**
 * One way out for mail: SMTP (nodemailer) when SMTP_URL is set, else the development outbox. With
 * neither (a production server without SMTP) the mail is dropped with a warning, never logged in full:
 * it carries single-use links.
 */
import nodemailer, { type Transporter } from "nodemailer";
import { env, mailOutboxEnabled } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logError, logWarn } from "@/lib/log";
import { addToOutbox } from "./mail-outbox";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

let transport: { url: string; transporter: Transporter } | undefined;

function smtpTransport(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

export type MailDelivery = "smtp" | "outbox" | "dropped";

export async function sendMail(message: MailMessage): Promise<MailDelivery> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (SMTP_URL) {
    try {
      await smtpTransport(SMTP_URL).sendMail({ from: MAIL_FROM, to: message.to, subject: message.subject, text: message.text });
      return "smtp";
    } catch (error) {
      logError("mail delivery failed", error, { subject: message.subject });
      throw new AppError("unavailable", "We could not send the e-mail right now. Please try again in a few minutes.", { text: { key: "errors.mailUnavailable" } });
    }
  }
  if (mailOutboxEnabled()) {
    addToOutbox(message);
    return "outbox";
  }
  logWarn("mail dropped: SMTP_URL is not set", { subject: message.subject });
  return "dropped";
}
