#!/usr/bin/env node
import { runCli } from "./run";

runCli(process.argv.slice(2)).then(
  (code) => {
    // The server keeps running; every other command ends here.
    if (code !== -1) process.exit(code);
  },
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
