import { settings } from "../config/load";
import type { Settings } from "../config/settings";
import type { TrustedProxies } from "./client-address";

/**
 * The settings of running behind a reverse proxy (issue 18), from the settings module
 * (src/config/settings.ts; see docs/configuration.md and docs/deploy.md).
 */
export interface DeploymentSettings {
  /** HOST: the address to listen on. 0.0.0.0 (every interface) so a tablet on the room's wifi reaches a laptop demo; 127.0.0.1 behind a proxy on the same host. */
  host: string;
  /** BUURTBOEK_TRUST_PROXY: the proxies whose X-Forwarded-* headers are believed. */
  trustProxy: TrustedProxies;
  /** BUURTBOEK_SECURE_COOKIES=1 (deprecated; the settings module logs that): treat every request as TLS. */
  alwaysHttps: boolean;
  /** Lines for the start-up log (what is trusted). */
  notes: string[];
}

export function deploymentSettings(
  s: Pick<Settings, "HOST" | "BUURTBOEK_TRUST_PROXY" | "BUURTBOEK_SECURE_COOKIES"> = settings(),
): DeploymentSettings {
  const trustProxy = s.BUURTBOEK_TRUST_PROXY;
  const notes = trustProxy.empty ? [] : [`Vertrouwde proxy: ${trustProxy.entries.join(", ")}`];
  return { host: s.HOST, trustProxy, alwaysHttps: s.BUURTBOEK_SECURE_COOKIES, notes };
}
