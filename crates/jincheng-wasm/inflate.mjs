// A raw DEFLATE (RFC 1951) decoder, for the wasm embedded in pkg/web/wasm.js as base64 of
// its deflated bytes: gzip over that text costs ~0.2 % more than gzip over the .wasm (base64
// of the raw .wasm would cost ~33 %), and no bundler needs to handle an asset. Canonical
// Huffman codes decoded through lookup tables; synchronous, so `initSync()` works
// without arguments too. build-package.mjs bundles it into pkg/web/wasm.js (entries/web/wasm.js).
export function inflate(src, size) {
  const out = new Uint8Array(size);
  let pos = 0, buf = 0, cnt = 0, op = 0;
  const need = (n) => {
    while (cnt < n) {
      buf |= (pos < src.length ? src[pos] : 0) << cnt; // past the end reads zeros; checked below
      pos++;
      cnt += 8;
    }
  };
  const bits = (n) => {
    need(n);
    const v = buf & ((1 << n) - 1);
    buf >>>= n;
    cnt -= n;
    return v;
  };
  // A canonical Huffman code as a lookup table indexed by the next `max` input bits
  // (codes are packed first bit lowest): each entry is symbol << 4 | code length.
  const code = (lengths) => {
    let max = 1;
    for (const l of lengths) if (l > max) max = l;
    const count = new Uint16Array(16), next = new Uint16Array(16), table = new Uint32Array(1 << max);
    for (const l of lengths) count[l]++;
    count[0] = 0;
    for (let l = 1, c = 0; l < 16; l++) next[l] = c = (c + count[l - 1]) << 1;
    lengths.forEach((l, s) => {
      if (!l) return;
      let c = next[l]++, r = 0;
      for (let i = 0; i < l; i++, c >>= 1) r = (r << 1) | (c & 1);
      for (let i = r; i < table.length; i += 1 << l) table[i] = (s << 4) | l;
    });
    return { table, max };
  };
  const decode = (h) => {
    need(h.max);
    const e = h.table[buf & ((1 << h.max) - 1)];
    if (!e) throw new Error('inflate: bad code');
    buf >>>= e & 15;
    cnt -= e & 15;
    return e >>> 4;
  };
  // Base values and extra bits of the length (257..285) and distance (0..29) symbols.
  const lbase = new Uint16Array(29), lext = new Uint8Array(29), dbase = new Uint16Array(30), dext = new Uint8Array(30);
  for (let i = 0, b = 3; i < 28; i++) { lext[i] = i < 8 ? 0 : (i >> 2) - 1; lbase[i] = b; b += 1 << lext[i]; }
  lbase[28] = 258; lext[28] = 0;
  for (let i = 0, b = 1; i < 30; i++) { dext[i] = i < 4 ? 0 : (i >> 1) - 1; dbase[i] = b; b += 1 << dext[i]; }
  const ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
  let last;
  do {
    last = bits(1);
    const type = bits(2);
    if (type === 0) {
      buf = cnt = 0; // a stored block starts at a byte boundary
      const len = src[pos] | (src[pos + 1] << 8);
      pos += 4;
      if (pos + len > src.length) throw new Error('inflate: input ends early');
      out.set(src.subarray(pos, pos + len), op);
      pos += len;
      op += len;
      continue;
    }
    let lit, dist;
    if (type === 1) {
      const l = new Uint8Array(288);
      l.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280);
      lit = code(l);
      dist = code(new Uint8Array(30).fill(5));
    } else if (type === 2) {
      const nlen = bits(5) + 257, ndist = bits(5) + 1, ncode = bits(4) + 4;
      const cl = new Uint8Array(19);
      for (let i = 0; i < ncode; i++) cl[ORDER[i]] = bits(3);
      const clc = code(cl);
      const l = new Uint8Array(nlen + ndist);
      for (let i = 0; i < l.length;) {
        const s = decode(clc);
        if (s < 16) l[i++] = s;
        else {
          const prev = s === 16 ? l[i - 1] : 0;
          let rep = s === 16 ? 3 + bits(2) : s === 17 ? 3 + bits(3) : 11 + bits(7);
          if (i + rep > l.length) throw new Error('inflate: bad lengths');
          while (rep--) l[i++] = prev;
        }
      }
      lit = code(l.subarray(0, nlen));
      dist = code(l.subarray(nlen));
    } else throw new Error('inflate: bad block type');
    // The hot loop, with the bit reader inlined.
    const lt = lit.table, lm = (1 << lit.max) - 1, lmax = lit.max;
    const dt = dist.table, dm = (1 << dist.max) - 1, dmax = dist.max;
    for (;;) {
      while (cnt < lmax) { buf |= (pos < src.length ? src[pos] : 0) << cnt; pos++; cnt += 8; }
      let e = lt[buf & lm];
      if (!e) throw new Error('inflate: bad code');
      buf >>>= e & 15;
      cnt -= e & 15;
      let s = e >>> 4;
      if (s < 256) { out[op++] = s; continue; }
      if (s === 256) break;
      s -= 257;
      const len = lbase[s] + bits(lext[s]);
      while (cnt < dmax) { buf |= (pos < src.length ? src[pos] : 0) << cnt; pos++; cnt += 8; }
      e = dt[buf & dm];
      if (!e) throw new Error('inflate: bad code');
      buf >>>= e & 15;
      cnt -= e & 15;
      const ds = e >>> 4;
      const d = dbase[ds] + bits(dext[ds]);
      if (d > op || op + len > size) throw new Error('inflate: bad distance');
      for (let k = op - d, end = op + len; op < end;) out[op++] = out[k++];
    }
  } while (!last);
  if (pos - (cnt >> 3) > src.length) throw new Error('inflate: input ends early');
  if (op !== size) throw new Error('inflate: wrong size');
  return out;
}
