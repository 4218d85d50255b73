import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Runs `npm run cli -- …` as a user would (a process of its own) on the embedded database in
 * `dataDir`, never on a server (DATABASE_URL is removed). Resolves with the exit code and output.
 */
export function cliOn(dataDir: string) {
  return async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    const env: NodeJS.ProcessEnv = { ...process.env, BUURTBOEK_DATA: dataDir };
    delete env.DATABASE_URL;
    try {
      const { stdout, stderr } = await run("npx", ["tsx", "src/cli/main.ts", ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
}
