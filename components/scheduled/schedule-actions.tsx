"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "@/components/manual/send-json";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useTranslations } from "next-intl";

/** "Run due now" (idempotent, like the scheduler's tick) and per-schedule delete. */
export function RunDueButton() {
  const t = useTranslations("scheduled");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex items-center gap-3">
      <Button variant="secondary" onClick={async () => {
        setError(null);
        const result = await sendJson<{ created: number }>("/api/scheduled/run", {});
        if (!result.ok) return setError(result.message);
        setMessage(t("runCreated", { count: result.data.created }));
        router.refresh();
      }}>{t("runDue")}</Button>
      {message ? <p role="status" className="text-sm">{message}</p> : null}
      <FormError message={error} />
    </div>
  );
}

export function DeleteScheduleButton({ id, description }: { id: string; description: string }) {
  const t = useTranslations("scheduled");
  const router = useRouter();
  return (
    <Button variant="ghost" aria-label={t("deleteLabel", { description })} onClick={async () => {
      const result = await sendJson(`/api/scheduled/${id}`, undefined, "DELETE");
      if (result.ok) router.refresh();
    }}>{t("delete")}</Button>
  );
}
