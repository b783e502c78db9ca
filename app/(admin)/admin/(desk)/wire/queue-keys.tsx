"use client";
// Keyboard shortcuts of the wire queue, for a desk that reads hundreds of
// items a shift: j / k move to the next / previous item, o opens or closes
// it, t takes it as a draft, p takes and publishes, i ignores, / goes to the
// word search. Keys typed into a field are left alone; everything stays
// reachable with Tab and Enter without them.
import { useEffect, useRef } from "react";

const SUMMARIES = "#wire-queue > li > details > summary";

function move(step: 1 | -1) {
  const all = [...document.querySelectorAll<HTMLElement>(SUMMARIES)];
  if (all.length === 0) return;
  const at = all.findIndex((s) => s === document.activeElement || s.parentElement?.contains(document.activeElement));
  const next = all[Math.max(0, Math.min(all.length - 1, at === -1 ? 0 : at + step))];
  next.focus();
  next.scrollIntoView({ block: "nearest" });
}

/** The focused item's button with this text, if the item is open. */
function itemButton(label: string): HTMLButtonElement | null {
  const item = document.activeElement?.closest("#wire-queue > li > details");
  if (!item) return null;
  if (!(item as HTMLDetailsElement).open) (item as HTMLDetailsElement).open = true;
  return [...item.querySelectorAll("button")].find((b) => b.textContent?.trim() === label) ?? null;
}

export function WireQueueKeys() {
  // The hint says data-keys="on" once the keys work (after hydration), for scripts and tests to wait on.
  const hint = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable]")) return;
      const actions: Record<string, () => void> = {
        j: () => move(1),
        k: () => move(-1),
        o: () => {
          const item = document.activeElement?.closest("details");
          if (item) item.open = !item.open;
        },
        t: () => itemButton("Take as draft")?.click(),
        p: () => itemButton("Take and publish")?.click(),
        i: () => itemButton("Ignore")?.click(),
        "/": () => document.querySelector<HTMLInputElement>('#wire-filters input[name="q"]')?.focus(),
      };
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    document.addEventListener("keydown", onKey);
    const shown = hint.current;
    shown?.setAttribute("data-keys", "on");
    return () => {
      document.removeEventListener("keydown", onKey);
      shown?.setAttribute("data-keys", "off");
    };
  }, []);
  return (
    <p ref={hint} data-keys="off" className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
      Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>o</kbd> open, <kbd>t</kbd> take, <kbd>p</kbd> take and publish, <kbd>i</kbd> ignore, <kbd>/</kbd> search
    </p>
  );
}
