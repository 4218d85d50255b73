/**
 * The desk's offline queue: a registration is first written here (localStorage, the only thing
 * the desk keeps in the browser), then sent with its idempotency key. A short network drop loses
 * nothing, and a retry can never count twice: the server stores one row per key.
 */
import { ApiError, api } from "../../lib/api";
import { onLogout } from "../../lib/session";

export interface QueueItem {
  key: string;
  path: string;
  body: Record<string, unknown>;
  /** What the desk sees while it waits, e.g. "Henk · Inloop". */
  label: string;
  createdAt: number;
}

export interface SentResult {
  item: QueueItem;
  result?: unknown;
  error?: string;
}

const STORAGE = "buurtboek.desk.queue";
const FLUSH_EVERY_MS = 10_000;

type Listener = (pending: QueueItem[], sent: SentResult[]) => void;
const listeners = new Set<Listener>();

function load(): QueueItem[] {
  try {
    const raw = localStorage.getItem(STORAGE);
    return raw ? (JSON.parse(raw) as QueueItem[]) : [];
  } catch {
    return [];
  }
}

function save(items: QueueItem[]) {
  if (items.length === 0) localStorage.removeItem(STORAGE);
  else localStorage.setItem(STORAGE, JSON.stringify(items));
}

function notify(sent: SentResult[] = []) {
  const pending = load();
  for (const l of listeners) l(pending, sent);
}

export function pendingItems(): QueueItem[] {
  return load();
}

export function subscribe(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** A random key; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function newKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function clearQueue() {
  localStorage.removeItem(STORAGE);
  notify();
}

/** Takes a pending item out before it was sent (undo while offline). */
export function dropPending(key: string): boolean {
  const items = load();
  const rest = items.filter((i) => i.key !== key);
  save(rest);
  notify();
  return rest.length < items.length;
}

let flushing: Promise<SentResult[]> | null = null;

/** Sends every pending item in order; stops at the first network failure and tries again later. */
export function flush(): Promise<SentResult[]> {
  flushing ??= (async () => {
    const sent: SentResult[] = [];
    try {
      // Re-read the queue on every turn: items added while sending are sent in the same round.
      for (let item = load()[0]; item; item = load()[0]) {
        try {
          const result = await api(item.path, { method: "POST", body: item.body });
          sent.push({ item, result });
        } catch (err) {
          // No connection: keep it and everything after it, in order.
          if (err instanceof ApiError && (err.status === 0 || err.status >= 500)) break;
          if (err instanceof ApiError && err.status === 401) break;
          sent.push({ item, error: (err as Error).message });
        }
        save(load().filter((i) => i.key !== item.key));
      }
    } finally {
      flushing = null;
    }
    notify(sent);
    return sent;
  })();
  return flushing;
}

/** Queues a registration and tries to send it at once. */
export function enqueue(item: Omit<QueueItem, "createdAt">): Promise<SentResult[]> {
  save([...load(), { ...item, createdAt: Date.now() }]);
  notify();
  return flush();
}

let started = false;
/** Starts flushing on reconnect and on an interval; once per page load. */
export function startQueue() {
  if (started) return;
  started = true;
  window.addEventListener("online", () => void flush());
  setInterval(() => {
    if (load().length > 0) void flush();
  }, FLUSH_EVERY_MS);
  onLogout(() => clearQueue());
}
