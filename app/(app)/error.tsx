"use client";

import { PageError } from "@/components/ui/page-states";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError what="thisPage" digest={error.digest} reset={reset} />;
}
