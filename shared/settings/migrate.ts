import {
  defaultSettings,
  SETTINGS_SCHEMA_VERSION,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from './schema';

/**
 * Upgrades stored settings of any earlier schema version to the current one.
 * Steps are append-only: step N turns version N into N + 1. Values that fail
 * the schema after migrating fall back to their defaults section by section,
 * so one bad field never wipes the consultancy profile.
 */
type RawSettings = Record<string, unknown>;

const steps: Record<number, (old: RawSettings) => RawSettings> = {
  // Version 0 is the shape before settings carried a version: nothing moved.
  0: (old) => ({ ...old, schemaVersion: 1 }),
};

export type MigrationResult = {
  settings: Settings;
  migratedFrom: number | null;
  repairedSections: string[];
};

export function migrateSettings(input: unknown): MigrationResult {
  let raw: RawSettings =
    input && typeof input === 'object' ? { ...(input as RawSettings) } : {};
  const startVersion =
    typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0;
  if (startVersion > SETTINGS_SCHEMA_VERSION) {
    // Written by a newer app: keep what still parses, never downgrade it on
    // disk (the caller decides whether to write back).
    raw = { ...raw, schemaVersion: SETTINGS_SCHEMA_VERSION };
  }
  for (let v = startVersion; v < SETTINGS_SCHEMA_VERSION; v += 1) {
    const step = steps[v];
    if (step) raw = step(raw);
  }
  const repairedSections: string[] = [];
  const merged: RawSettings = { schemaVersion: SETTINGS_SCHEMA_VERSION };
  for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
    if (key === 'schemaVersion') continue;
    const section = settingsSchema.shape[key].safeParse(raw[key]);
    if (section.success) merged[key] = section.data;
    else {
      merged[key] = defaultSettings[key];
      if (raw[key] !== undefined) repairedSections.push(key);
    }
  }
  return {
    settings: settingsSchema.parse(merged),
    migratedFrom:
      startVersion === SETTINGS_SCHEMA_VERSION ? null : startVersion,
    repairedSections,
  };
}

export function applySettingsPatch(
  current: Settings,
  patch: SettingsPatch,
): Settings {
  return settingsSchema.parse({ ...current, ...patch });
}
