import { BlockList, isIP } from "node:net";
import type { Context, MiddlewareHandler } from "hono";

/**
 * Who is on the other end of a request, and whether they reached us over TLS: the one place
 * where X-Forwarded-For/Proto/Host are read (issue 18). Those headers are believed only when the
 * peer that connected to us is one of the trusted proxies (BUURTBOEK_TRUST_PROXY); from anyone
 * else they are ignored, so a forged X-Forwarded-For cannot change the address that login
 * throttling and the audit log see. Everything that needs a client address calls clientAddress().
 */

/** The proxies whose forwarded headers are believed: addresses and subnets, IPv4 and IPv6. */
export class TrustedProxies {
  private readonly list = new BlockList();
  /** The entries as given, for the start-up line and the docs. */
  readonly entries: readonly string[];

  constructor(entries: readonly string[]) {
    this.entries = entries;
    for (const entry of entries) {
      const [address, bits] = entry.split("/");
      const family = isIP(address) === 6 ? "ipv6" : "ipv4";
      if (bits === undefined) this.list.addAddress(address, family);
      else this.list.addSubnet(address, Number(bits), family);
    }
  }

  get empty(): boolean {
    return this.entries.length === 0;
  }

  /** Whether this (already normalised) address is one of the trusted ones. */
  has(address: string | undefined): boolean {
    if (!address || this.empty) return false;
    const family = isIP(address);
    if (family === 0) return false;
    return this.list.check(address, family === 6 ? "ipv6" : "ipv4");
  }
}

/** Thrown for a BUURTBOEK_TRUST_PROXY entry that is not an address or subnet. */
export class TrustProxyError extends Error {}

/**
 * Reads BUURTBOEK_TRUST_PROXY: addresses or subnets separated by commas or spaces
 * (`127.0.0.1`, `10.0.0.0/8`, `::1`); `loopback` stands for 127.0.0.0/8 and ::1. Empty: no proxy.
 */
export function parseTrustProxy(value: string | undefined): TrustedProxies {
  const entries: string[] = [];
  for (const raw of (value ?? "").split(/[\s,]+/)) {
    if (!raw) continue;
    if (raw === "loopback") {
      entries.push("127.0.0.0/8", "::1");
      continue;
    }
    const [address, bits, extra] = raw.split("/");
    const family = isIP(address);
    const max = family === 6 ? 128 : 32;
    const bitsOk = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= max);
    if (family === 0 || !bitsOk || extra !== undefined)
      throw new TrustProxyError(
        `Ongeldige BUURTBOEK_TRUST_PROXY: '${raw}' is geen IP-adres of subnet (bijvoorbeeld 127.0.0.1 of 10.0.0.0/8).`,
      );
    entries.push(raw);
  }
  return new TrustedProxies(entries);
}

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) is 10.0.0.1. */
function normalise(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed;
}

/** The address of the peer that opened the TCP connection (undefined in app.request tests without env). */
function peerAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return normalise(env?.incoming?.socket?.remoteAddress);
}

export interface RequestOrigin {
  /** The client's address: the peer, or behind trusted proxies the first untrusted hop. */
  address: string;
  /** Reached over TLS: directly configured so, or a trusted proxy says `X-Forwarded-Proto: https`. */
  https: boolean;
  /** The host the client asked for (X-Forwarded-Host from a trusted proxy, else Host). */
  host: string | undefined;
  /** The peer itself is a trusted proxy. */
  viaTrustedProxy: boolean;
}

/** Unknown peer (an in-process request in a test): never a trusted one. */
export const UNKNOWN_ADDRESS = "unknown";

function lastValue(header: string | undefined): string | undefined {
  const parts = header
    ?.split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  return parts?.length ? parts[parts.length - 1] : undefined;
}

/** Works out the origin of one request; see the module comment. */
export function originOf(c: Context, trust: TrustedProxies, alwaysHttps: boolean): RequestOrigin {
  const peer = peerAddress(c);
  const viaTrustedProxy = trust.has(peer);
  let address = peer ?? UNKNOWN_ADDRESS;
  if (viaTrustedProxy) {
    // Each proxy appends the address it saw: walk from the right, past our own proxies; the first
    // hop that is not one of them is the client. Entries further left are the client's own claims.
    const hops = (c.req.header("x-forwarded-for") ?? "")
      .split(",")
      .map((h) => normalise(h))
      .filter((h): h is string => Boolean(h));
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = hops[i];
      if (isIP(hop) === 0) break; // garbage from further away: keep the last hop we could trust
      address = hop;
      if (!trust.has(hop)) break;
    }
  }
  const forwardedProto = viaTrustedProxy
    ? lastValue(c.req.header("x-forwarded-proto"))?.toLowerCase()
    : undefined;
  const forwardedHost = viaTrustedProxy ? lastValue(c.req.header("x-forwarded-host")) : undefined;
  return {
    address,
    https: alwaysHttps || forwardedProto === "https",
    host: forwardedHost ?? c.req.header("host"),
    viaTrustedProxy,
  };
}

const ORIGIN = "buurtboek.origin";

/** The first middleware: works the origin out once per request, for clientAddress() and isHttps(). */
export function requestOrigin(trust: TrustedProxies, alwaysHttps: boolean): MiddlewareHandler {
  return async (c, next) => {
    c.set(ORIGIN, originOf(c, trust, alwaysHttps));
    await next();
  };
}

function storedOrigin(c: Context): RequestOrigin | undefined {
  return c.get(ORIGIN) as RequestOrigin | undefined;
}

/** The client's real address (behind a trusted proxy: the one it reports). Use this, never a header. */
export function clientAddress(c: Context): string {
  return storedOrigin(c)?.address ?? peerAddress(c) ?? UNKNOWN_ADDRESS;
}

/** Whether the client reached us over TLS: then cookies get `Secure` and HSTS is sent. */
export function isHttps(c: Context): boolean {
  return storedOrigin(c)?.https ?? false;
}

/** The host the client asked for (believing X-Forwarded-Host only from a trusted proxy). */
export function requestHost(c: Context): string | undefined {
  return storedOrigin(c)?.host ?? c.req.header("host");
}
