// The TypeScript declarations in pkg/ have the real object shapes (not `any`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

test('pkg/ declarations type-check a strict usage file', () => {
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '--noEmit', '--strict', '--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler', `${root}tests/types/usage.ts`], { stdio: 'inherit' });
});

test('no exported function takes or returns any', () => {
  const dts = readFileSync(`${root}pkg/web/jincheng.d.ts`, 'utf8');
  const exported = dts.split('\n').filter((l) => l.startsWith('export function'));
  assert.ok(exported.length >= 9);
  for (const line of exported) assert.doesNotMatch(line, /\bany\b/, line);
});

test('validateMany and parseHolidayNotice declarations type-check', () => {
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '--noEmit', '--strict', '--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler', `${root}tests/types/notice-many.ts`], { stdio: 'inherit' });
});
