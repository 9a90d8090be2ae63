import type { OutboxMessage } from "@/lib/mail/mail-outbox";
import { Card } from "@/components/ui/card";

const URL_PATTERN = /(https?:\/\/\S+)/g;

/** Mail bodies are plain text; links become anchors, everything else stays text (React escapes it). */
function Body({ text }: { text: string }) {
  return (
    <p className="whitespace-pre-wrap break-words text-sm">
      {text.split(URL_PATTERN).map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} className="font-medium text-brand-600 underline underline-offset-2">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}

export function OutboxList({ messages }: { messages: OutboxMessage[] }) {
  if (messages.length === 0) return <p className="text-sm">The outbox is empty.</p>;
  return (
    <ul className="space-y-4">
      {messages.map((message) => (
        <li key={message.id}>
          <Card>
            <article aria-label={`Mail to ${message.to}: ${message.subject}`} className="space-y-2">
              <h2 className="font-semibold">{message.subject}</h2>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                To {message.to} · {new Date(message.sentAt).toLocaleString("en-US", { timeZone: "UTC" })} UTC
              </p>
              <Body text={message.text} />
            </article>
          </Card>
        </li>
      ))}
    </ul>
  );
}
