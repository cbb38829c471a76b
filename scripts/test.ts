/**
 * `npm test`: type-check, lint, build the package, then every Vitest suite (unit, stand-in,
 * end-to-end in Chromium) in one run, ending with one plain line "N passed, N failed".
 * The type-check, the lint (`npm run lint`: ESLint and Prettier) and the build count as one check each.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests?: number;
  testResults: { name: string; status: string; message?: string; assertionResults: unknown[] }[];
}

const extraArgs = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

function step(name: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  if (ok) passed += 1;
  else {
    failed += 1;
    console.error(`✖ ${name} failed`);
  }
  return ok;
}

step('type-check', 'npx', ['tsc', '--noEmit']);
step('lint', 'npm', ['run', '--silent', 'lint']);
const built = step('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);

const dir = mkdtempSync(join(tmpdir(), 'seat-review-test-'));
const report = join(dir, 'vitest.json');
const projects = built ? [] : ['--project', 'unit', '--project', 'node'];
console.log(`\n▶ vitest${built ? '' : ' (end-to-end skipped: the build failed)'}`);
spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...projects, ...extraArgs], {
  stdio: 'inherit',
  env: process.env,
});
try {
  const json = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped += json.numPendingTests + (json.numTodoTests ?? 0);
  // A file that fails to load runs no test: count it as a failure, not as nothing.
  for (const file of json.testResults) {
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      failed += 1;
      console.error(`✖ ${file.name} did not run: ${file.message ?? 'failed to load'}`);
    }
  }
} catch {
  failed += 1;
  console.error('✖ vitest wrote no report');
}
rmSync(dir, { recursive: true, force: true });

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
