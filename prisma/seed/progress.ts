// A progress bar with a rate and an ETA on stderr, for long command-line jobs
// (seed:large, bench). Redraws in place on a terminal; prints every 10% otherwise.

export type Progress = { update(done: number): void; finish(note?: string): number };

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

export function progress(label: string, total: number, unit = "items"): Progress {
  const started = Date.now();
  const tty = Boolean(process.stderr.isTTY);
  let lastDraw = 0;
  let lastDecile = -1;
  const line = (done: number) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const width = 28;
    const filled = Math.round(share * width);
    const eta = rate > 0 ? (total - done) / rate : 0;
    return `${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${fmt(done)}/${fmt(total)} ${unit}  ${fmt(rate)}/s  eta ${eta.toFixed(0)}s`;
  };
  return {
    update(done) {
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        process.stderr.write(`\r${line(done)}\x1b[K`);
      } else {
        const decile = Math.floor((done / Math.max(1, total)) * 10);
        if (decile === lastDecile) return;
        lastDecile = decile;
        process.stderr.write(`${line(done)}\n`);
      }
    },
    finish(note) {
      const seconds = (Date.now() - started) / 1000;
      const summary = `${label}: ${fmt(total)} ${unit} in ${seconds.toFixed(1)}s (${fmt(total / Math.max(seconds, 0.001))}/s)${note ? ` ${note}` : ""}`;
      process.stderr.write(tty ? `\r${summary}\x1b[K\n` : `${summary}\n`);
      return seconds;
    },
  };
}
