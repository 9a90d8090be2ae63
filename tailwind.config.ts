import type { Config } from "tailwindcss";

// Tailwind v4 reads most settings from CSS (app/globals.css); this file holds the design tokens.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { 50: "#eef6ff", 100: "#d9eaff", 500: "#2f6fed", 600: "#1f57c9", 700: "#1a46a0" },
      },
    },
  },
};

export default config;
