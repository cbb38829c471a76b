// Small helpers for reading parsed JSON (manifest.json, requirements.json) field by field
// and naming what was found in a message.

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as it would appear in the JSON file. */
export const show = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value));

/** The JSON type of a value, for "found ..." in a message. */
export const typeName = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

export const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
