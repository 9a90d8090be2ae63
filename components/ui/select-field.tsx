import { useId, type SelectHTMLAttributes } from "react";

/** A labelled select with its hint and error wired to aria attributes, like TextField. */
export function SelectField({ label, hint, error, options, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { label: string; hint?: string; error?: string; options: readonly { value: string; label: string }[] }) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700 dark:text-slate-200">
        {label}
      </label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-2 focus:outline-brand-500 dark:border-slate-700 dark:bg-slate-900"
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="text-xs text-red-700 dark:text-red-400">{error}</p> : null}
    </div>
  );
}
