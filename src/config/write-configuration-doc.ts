/** `npm run -s docs:config`: writes docs/configuration.md from the settings. */
import { writeFileSync } from "node:fs";
import { configurationDoc } from "./configuration-doc";

writeFileSync(new URL("../../docs/configuration.md", import.meta.url), configurationDoc());
console.log("docs/configuration.md geschreven.");
