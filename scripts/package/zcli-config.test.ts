// zcli.apps.config.example.json must answer every parameter, or `zcli apps:server`
// stops to prompt for the missing ones.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the repository's JSON files, read field by field in assertions
const readJson = (file: string): any => JSON.parse(readFileSync(resolve(repo, file), 'utf8'));

interface Parameter {
  name: string;
  type?: string;
  secure?: boolean;
  default?: unknown;
}

describe('zcli.apps.config.example.json', () => {
  const manifestParameters = readJson('manifest.json').parameters as Parameter[];
  const config = readJson('zcli.apps.config.example.json') as { parameters: Record<string, unknown> };

  it('has a value for every manifest parameter and nothing else', () => {
    expect(Object.keys(config.parameters).sort()).toEqual(manifestParameters.map((p) => p.name).sort());
  });

  it("uses each parameter's default and a value of the parameter's type", () => {
    for (const parameter of manifestParameters) {
      const value = config.parameters[parameter.name];
      if (parameter.default !== undefined) expect(value, parameter.name).toEqual(parameter.default);
      if (parameter.type === 'number') expect(typeof value, parameter.name).toBe('number');
      else if (parameter.type === 'checkbox') expect(typeof value, parameter.name).toBe('boolean');
      else expect(typeof value, parameter.name).toBe('string');
    }
  });

  it('holds only a placeholder for secure parameters', () => {
    const secure = manifestParameters.filter((p) => p.secure);
    expect(secure.length).toBeGreaterThan(0);
    for (const parameter of secure) expect(config.parameters[parameter.name]).toMatch(/^replace-with-/);
  });
});
