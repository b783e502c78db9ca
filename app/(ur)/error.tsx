"use client";
// The Urdu edition's error boundary (see app/(site)/error.tsx): the page failed,
// most often because the database is out of reach for a moment.
export default function UrduError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-3xl py-8">
      <h1 className="font-serif text-4xl font-bold">یہ صفحہ عارضی طور پر دستیاب نہیں</h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
        ہم ابھی یہ صفحہ نہیں کھول سکے۔ یہ ایک منٹ میں واپس آ جانا چاہیے: براہِ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔ صفحۂ اول اور مینو کے شعبے شاید اب بھی دستیاب ہوں۔
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="rounded-full bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-600">
          دوبارہ کوشش کریں
        </button>
        <a href="/ur" className="rounded-full border border-zinc-300 px-5 py-2 font-semibold dark:border-zinc-700">
          صفحۂ اول
        </a>
      </div>
      {error.digest && (
        <p className="mt-6 text-xs text-zinc-600 dark:text-zinc-400">
          حوالہ: <span dir="ltr">{error.digest}</span>
        </p>
      )}
    </div>
  );
}
