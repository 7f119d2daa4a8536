// The CLI's worker threads, started before the CLI's own thread loads the library: cli.mjs
// imports this module first, so each worker loads and compiles the wasm while the CLI's
// thread does the same (the start is the largest part of a run that one thread does alone).
// Only for `validate` with a named type, more than one job and JSON Lines files of more than
// one batch; cli.mjs checks the arguments again, posts each worker its setup ({type, options,
// format, quiet}), starts more when batches wait (up to --jobs, itself at most the available
// parallelism) and ends the workers it does not use.
import { statSync } from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';

/** Bytes of whole JSON Lines per batch (one validateMany call; cli.mjs). */
export const BATCH = 1 << 18;

// Each worker's young generation kept small: a batch's report text is built from many short
// strings, and V8 would otherwise grow the new space toward its maximum in each thread
// (200,000 B4 lines, --jobs 2 --quiet: peak RSS 149 -> 124 MiB, the same speed).
export const WORKER_OPTIONS = { workerData: { cli: true }, resourceLimits: { maxYoungGenerationSizeMb: 12 } };

export function defaultJobs() {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length || 1;
}

/** The value of `--name value` or `--name=value` in `argv`, else undefined. */
function option(argv, name) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}`) return argv[i + 1];
    if (argv[i].startsWith(`--${name}=`)) return argv[i].slice(name.length + 3);
  }
  return undefined;
}

/** The threads `--jobs` asks for (its value checked again by cli.mjs), at most the available parallelism. */
export function jobsFor(value) {
  const asked = value === undefined ? defaultJobs() : /^[1-9]\d*$/.test(value) ? Number(value) : 1;
  return Math.min(asked, defaultJobs());
}

/**
 * Workers worth starting at load: none for one job, for `--type auto` or for stdin (cli.mjs
 * starts them when batches come); for files, one per batch their size makes beyond the
 * first, up to jobs - 1 (a 2-line file starts none).
 */
function earlyCount(argv) {
  if (argv[0] !== 'validate') return 0;
  const type = option(argv, 'type');
  if (type === undefined || type === 'auto') return 0;
  const n = jobsFor(option(argv, 'jobs'));
  let bytes = 0;
  for (const a of argv.slice(1)) {
    if (a.startsWith('-') || !/\.(jsonl|ndjson)$/.test(a)) continue;
    try {
      bytes += statSync(a).size;
    } catch {
      // cli.mjs reports it
    }
  }
  return Math.max(0, Math.min(n - 1, Math.ceil(bytes / BATCH) - 1));
}

/** Workers started at load, waiting for their setup. */
export const early = Array.from({ length: earlyCount(process.argv.slice(2)) }, () => new Worker(new URL('./cli-batch.mjs', import.meta.url), WORKER_OPTIONS));
