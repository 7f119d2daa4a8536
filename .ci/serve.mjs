#!/usr/bin/env node
// The demo's web server (`npm start`, and the browser tests through tests/chromium.mjs):
// static files from one folder over node:http, each compressible file sent brotli- or
// gzip-compressed as the browser accepts, with its Content-Type (application/wasm for the
// module, so browsers compile it while it downloads), Content-Encoding, Vary, an ETag.
// Files are compressed once, when the server starts (brotli at its best quality), and
// kept in node_modules/.cache/jincheng-serve keyed by content hash, so a restart costs
// only the hashing; a file edited while the server runs is compressed again on its next
// request.
//   node .ci/serve.mjs [folder=www] [--port 8080] [--host 127.0.0.1]
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(root, 'node_modules/.cache/jincheng-serve');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ts': 'text/plain; charset=utf-8',
  '.cts': 'text/plain; charset=utf-8',
  '.mts': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
/** Every type above but the images already compressed. */
const COMPRESSIBLE = new Set(Object.keys(TYPES).filter((ext) => ext !== '.png' && ext !== '.ico'));
/** Below this size compression does not pay for its header. */
const MIN_COMPRESS = 512;

/** The file's bytes with its compressed forms, cached to disk by content hash. */
function encode(path, stat, compress = true) {
  const body = readFileSync(path);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 32);
  const entry = { mtimeMs: stat.mtimeMs, size: stat.size, hash, body, br: null, gzip: null, link: extname(path) === '.html' ? preloadLinks(body.toString('utf8')) : null };
  if (!compress || !COMPRESSIBLE.has(extname(path)) || body.length < MIN_COMPRESS) return entry;
  for (const [kind, pack] of [
    ['br', (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } })],
    ['gzip', (b) => gzipSync(b, { level: 9 })],
  ]) {
    const cached = join(CACHE, `${hash}.${kind}`);
    let bytes;
    try {
      bytes = readFileSync(cached);
    } catch {
      bytes = pack(body);
      try {
        mkdirSync(CACHE, { recursive: true });
        writeFileSync(cached, bytes);
      } catch {
        // A read-only tree: the compressed copy stays in memory only.
      }
    }
    if (bytes.length < body.length) entry[kind] = bytes;
  }
  return entry;
}

/**
 * A page's <link rel=preload|modulepreload> tags as a Link header: the browser starts those
 * downloads when the headers arrive instead of once it has parsed the page's head.
 */
export function preloadLinks(html) {
  const links = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const attr = (name) => tag.match(new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s>])`, 'i'));
    const rel = attr('rel')?.[1];
    const href = attr('href')?.[1];
    if (!href || (rel !== 'preload' && rel !== 'modulepreload') || /^[a-z]+:|^\/\//i.test(href)) continue;
    let link = `<${href}>; rel=${rel}`;
    for (const name of ['as', 'type']) if (attr(name)?.[1]) link += `; ${name}="${attr(name)[1]}"`;
    if (attr('crossorigin')) link += '; crossorigin';
    links.push(link);
  }
  return links.length ? links.join(', ') : null;
}

/** The encoding to send: brotli, then gzip, then none, as Accept-Encoding allows. */
export function chooseEncoding(accept = '') {
  const q = new Map();
  for (const part of accept.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const qv = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(name.trim(), qv ? Number(qv.slice(2)) : 1);
  }
  const ok = (name) => (q.has(name) ? q.get(name) > 0 : q.has('*') && q.get('*') > 0);
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

/** Every file under `dir` (following symlinks), except the Node-only build of the package. */
function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    if (stat.isDirectory()) {
      if (name !== 'node_modules' && !path.endsWith(`${sep}pkg${sep}node`)) yield* walk(path);
    } else if (stat.isFile()) yield [path, stat];
  }
}

/**
 * Serve `folder` on `host:port` (port 0: a free one). Resolves to
 * `{ server, url, close() }` once every file is compressed and the port listens.
 * `compress: false` sends every file as it is (tests/bench/demo-load.mjs measures with it).
 */
export async function serve({ folder = join(root, 'www'), port = 8080, host = '127.0.0.1', log = false, compress = true } = {}) {
  const base = resolve(folder);
  const files = new Map();
  for (const [path, stat] of walk(base)) files.set(path, encode(path, stat, compress));

  function lookup(urlPath) {
    let decoded;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    if (decoded.includes('\0') || decoded.split('/').includes('..')) return null;
    let path = join(base, decoded);
    if (path !== base && !path.startsWith(base + sep)) return null;
    let stat;
    try {
      stat = statSync(path);
      if (stat.isDirectory()) {
        path = join(path, 'index.html');
        stat = statSync(path);
      }
    } catch {
      return null;
    }
    if (!stat.isFile()) return null;
    let entry = files.get(path);
    if (!entry || entry.mtimeMs !== stat.mtimeMs || entry.size !== stat.size) {
      entry = encode(path, stat, compress);
      files.set(path, entry);
    }
    return { path, entry };
  }

  const server = createServer((req, res) => {
    const started = Date.now();
    const done = (status) => { if (log) console.log(`${status} ${req.method} ${req.url} ${Date.now() - started} ms`); };
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
      return done(405);
    }
    const found = lookup(new URL(req.url, 'http://localhost').pathname);
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return done(404);
    }
    const { path, entry } = found;
    const compressible = entry.br || entry.gzip;
    const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : null;
    const body = (encoding && entry[encoding]) || entry.body;
    const sent = body === entry.body ? null : encoding;
    const etag = `"${entry.hash}${sent ? `-${sent}` : ''}"`;
    const headers = {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ETag: etag,
    };
    if (compressible) headers.Vary = 'Accept-Encoding';
    if (entry.link) headers.Link = entry.link;
    if (sent) headers['Content-Encoding'] = sent;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return done(304);
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    return done(200);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const url = `http://${address.address}:${address.port}/`;
  return { server, url, close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); }) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    if (i < 0) return fallback;
    const [value] = args.splice(i, 2).slice(1);
    return value;
  };
  const port = Number(option('--port', '8080'));
  const host = option('--host', '127.0.0.1');
  const folder = resolve(args[0] ?? join(root, 'www'));
  const t0 = Date.now();
  const { url } = await serve({ folder, port, host, log: process.env.SERVE_LOG === '1' });
  console.log(`serve: ${folder} on ${url} (files compressed in ${Date.now() - t0} ms); Ctrl+C stops it`);
}
