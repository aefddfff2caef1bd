/** Settings for the options page: read once, kept in sync with storage, written through the storage module. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { readSettings, settingsItem, type Settings } from '../storage';

export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
    return settingsItem.watch(() => void readSettings().then(setSettings));
  }, []);
  const update = useCallback(async (change: (current: Settings) => Settings) => {
    const next = change(await readSettings());
    await settingsItem.setValue(next);
    setSettings(next);
  }, []);
  return { settings, update };
}
