import cliProgress from "cli-progress";

/** Progress of long work, on stderr (stdout stays for the result). */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  return m >= 60
    ? `${Math.floor(m / 60)}:${String(m % 60).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`
    : `${m}:${String(s % 60).padStart(2, "0")}`;
}

/**
 * A progress bar with rate and time left on a terminal (cli-progress); otherwise (a log, a pipe,
 * cron) one plain line at every tenth, so a log shows it moved without filling up.
 * `unit` names what is counted; `scale` turns counts into shown amounts (bytes → MB).
 */
export function progress(
  label: string,
  opts: { unit: string; scale?: number; stream?: NodeJS.WriteStream } = { unit: "" },
): Progress {
  const stream = opts.stream ?? process.stderr;
  const scale = opts.scale ?? 1;
  const started = Date.now();
  const figures = (done: number, total: number) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / scale / seconds : 0;
    const left = rate > 0 ? (total - done) / scale / rate : Number.NaN;
    const amount = (n: number) => (scale === 1 ? String(n) : (n / scale).toFixed(1));
    return {
      rate: rate.toFixed(rate >= 100 ? 0 : 1),
      left: clock(left),
      done: amount(done),
      all: amount(total),
    };
  };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: `${label} [{bar}] {percentage}% | {shown}/{all} ${opts.unit} | {rate} ${opts.unit}/s | nog {left}`,
        barCompleteChar: "█",
        barIncompleteChar: "░",
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    let started_ = false;
    return {
      update(done, total) {
        const f = figures(done, total);
        const payload = { shown: f.done, all: f.all, rate: f.rate, left: f.left };
        if (!started_) {
          bar.start(total, done, payload);
          started_ = true;
        } else {
          bar.setTotal(total);
          bar.update(done, payload);
        }
      },
      stop() {
        if (started_) bar.stop();
      },
    };
  }
  let shown = -1;
  return {
    update(done, total) {
      const tenth = total > 0 ? Math.floor((done / total) * 10) : 10;
      if (tenth === shown) return;
      shown = tenth;
      const f = figures(done, total);
      stream.write(
        `${label}: ${tenth * 10}% (${f.done}/${f.all} ${opts.unit}, ${f.rate} ${opts.unit}/s, nog ${f.left})\n`,
      );
    },
    stop() {},
  };
}
