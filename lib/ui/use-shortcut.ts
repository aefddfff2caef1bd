import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** The keys the browser has for "Analyze the video you are watching" (the person may have changed them), or null. */
export function useShortcut(): string | null {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((command) => command.name === 'analyze-active-video')?.shortcut || null))
      .catch(() => setShortcut(null));
  }, []);
  return shortcut;
}
