import { z } from "zod";
import { invalidField } from "@/lib/errors";

// NIST SP 800-63B: length over composition rules, and refuse passwords known to be common.
const COMMON_PASSWORDS = new Set([
  "password", "password1", "password123", "passw0rd", "123456789", "1234567890", "12345678", "qwertyuiop",
  "qwerty123", "iloveyou", "letmein123", "welcome123", "admin12345", "abc1234567", "football1", "monkey1234",
  "dragon1234", "sunshine1", "princess1", "trustno1", "changeme", "changeme123", "11111111", "00000000",
]);

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`)
  .refine((value) => !COMMON_PASSWORDS.has(value.toLowerCase()), "is too common; choose something less guessable")
  .refine((value) => new Set(value).size >= 4, "needs more variety than a few repeated characters");

/** A password that contains the e-mail's local part is among the first an attacker tries. */
export function assertPasswordFitsUser(password: string, email: string, field = "password"): void {
  const localPart = email.split("@")[0] ?? email;
  if (localPart.length >= 3 && password.toLowerCase().includes(localPart.toLowerCase())) {
    throw invalidField(field, "must not contain your e-mail name", "errors.passwordHasEmail");
  }
}
