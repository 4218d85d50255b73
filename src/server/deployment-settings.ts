import { parseTrustProxy, type TrustedProxies } from "./client-address";

/**
 * The settings of running behind a reverse proxy (issue 18), read in one place so they can move
 * into the settings module as a whole. See docs/configuration.md and docs/deploy.md.
 */
export interface DeploymentSettings {
  /** HOST: the address to listen on. 0.0.0.0 (every interface) so a tablet on the room's wifi reaches a laptop demo; 127.0.0.1 behind a proxy on the same host. */
  host: string;
  /** BUURTBOEK_TRUST_PROXY: the proxies whose X-Forwarded-* headers are believed. */
  trustProxy: TrustedProxies;
  /** BUURTBOEK_SECURE_COOKIES=1 (deprecated): treat every request as TLS. */
  alwaysHttps: boolean;
  /** Lines for the start-up log (a deprecation, what is trusted). */
  notes: string[];
}

export function deploymentSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): DeploymentSettings {
  const trustProxy = parseTrustProxy(env.BUURTBOEK_TRUST_PROXY);
  const notes: string[] = [];
  const alwaysHttps = env.BUURTBOEK_SECURE_COOKIES === "1";
  if (env.BUURTBOEK_SECURE_COOKIES !== undefined)
    notes.push(
      "BUURTBOEK_SECURE_COOKIES is verouderd: zet BUURTBOEK_TRUST_PROXY op het adres van de proxy (bijvoorbeeld 127.0.0.1); dan volgt Secure uit X-Forwarded-Proto.",
    );
  if (!trustProxy.empty) notes.push(`Vertrouwde proxy: ${trustProxy.entries.join(", ")}`);
  return { host: env.HOST || "0.0.0.0", trustProxy, alwaysHttps, notes };
}
