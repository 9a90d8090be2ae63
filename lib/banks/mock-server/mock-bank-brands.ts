import type { PersonaKey } from "@/lib/generator/types";
import type { ProviderId } from "@/lib/banks/provider";

/**
 * How each mock bank presents itself on its own consent page, and which synthetic persona its demo
 * customers belong to. Any username is a customer; the bank's demo password signs them in, and the
 * username picks the seed, so two Fathom users who sign in as different customers see different data.
 */
export interface MockBankBrand {
  id: ProviderId;
  name: string;
  tagline: string;
  /** Hex colours used inline: the consent page must not look like Fathom. */
  colors: { background: string; surface: string; accent: string; accentText: string; text: string };
  logoText: string;
  persona: PersonaKey;
  demoUsername: string;
  demoPassword: string;
}

export const MOCK_BANK_BRANDS: Record<ProviderId, MockBankBrand> = {
  "bank-a": {
    id: "bank-a",
    name: "Harbor Trust Bank",
    tagline: "Serving families since 1887",
    colors: { background: "#0f2748", surface: "#ffffff", accent: "#c9a227", accentText: "#0f2748", text: "#10213a" },
    logoText: "HARBOR TRUST",
    persona: "us",
    demoUsername: "alex.morgan",
    demoPassword: "harbor-demo-2026",
  },
  "bank-b": {
    id: "bank-b",
    name: "Nimbus",
    tagline: "Banking that lives in your pocket",
    colors: { background: "#2e1065", surface: "#faf5ff", accent: "#a855f7", accentText: "#ffffff", text: "#1e1b4b" },
    logoText: "nimbus",
    persona: "us",
    demoUsername: "alex.morgan",
    demoPassword: "nimbus-demo-2026",
  },
  "bank-c": {
    id: "bank-c",
    name: "Kontor Sparkasse",
    tagline: "Online-Banking Classic",
    colors: { background: "#e5e7eb", surface: "#ffffff", accent: "#b91c1c", accentText: "#ffffff", text: "#111827" },
    logoText: "KONTOR SPARKASSE",
    persona: "uk",
    demoUsername: "sam.taylor",
    demoPassword: "kontor-demo-2026",
  },
};
