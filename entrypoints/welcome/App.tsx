import { WorkspaceConnection } from '@/components/WorkspaceConnection';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sumeAppUrl } from '@/lib/api/app-links';
import { useAccount } from '@/lib/ui/use-account';

/** The keys the browser has for "Analyze the reel on this tab" (the person may have changed them). */
function useShortcut(): string | null {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((command) => command.name === 'analyze-active-video')?.shortcut || null))
      .catch(() => setShortcut(null));
  }, []);
  return shortcut;
}

const TRY_ON = [
  { href: 'https://www.tiktok.com/foryou', label: 'Try it on TikTok' },
  { href: 'https://www.instagram.com/reels/', label: 'Try it on Instagram Reels' },
];

/**
 * The first page after installing: what Sume Capture does, where to get a key, connecting, then
 * the way to the first capture. The API address is under "Advanced" in the form.
 */
export function App() {
  const { view, setView, failure } = useAccount({ refreshOnOpen: false });
  const shortcut = useShortcut();
  const connected = Boolean(view?.hasKey && view.state?.account && !view.state.error);
  const step = (n: number, done: boolean) => (
    <span class={`welcome__num${done ? ' welcome__num--done' : ''}`} aria-hidden="true">
      {done ? '✓' : n}
    </span>
  );
  return (
    <main class="options welcome">
      <header class="options__header">
        <img src="/icon/96.png" alt="" />
        <div>
          <h1>Welcome to Sume Capture</h1>
          <p class="sc-muted">Send the TikTok videos and Instagram Reels you scroll past to Sume’s Reference Analysis in one click.</p>
        </div>
      </header>

      <ol class="welcome__steps">
        <li class="welcome__step">
          {step(1, connected)}
          <div>
            <h2>Get an API key from Sume</h2>
            <p class="sc-muted">In Sume, open Settings → API keys and create a key for Sume Capture. Copy it: Sume shows it once.</p>
            <a class="sc-button" href={sumeAppUrl('api_keys', view?.baseUrl)} target="_blank" rel="noopener noreferrer" data-testid="welcome-get-key">
              Open API keys in Sume
            </a>
          </div>
        </li>
        <li class="welcome__step">
          {step(2, connected)}
          <div>
            <h2>Connect your workspace</h2>
            <WorkspaceConnection view={view} setView={setView} failure={Boolean(failure)} />
          </div>
        </li>
        <li class="welcome__step" data-testid="welcome-try">
          {step(3, false)}
          <div>
            <h2>Capture your first reel</h2>
            <p class="sc-muted">
              Every video gets a Sume button. Click it, or use the toolbar button, the right-click menu
              {shortcut ? (
                <>
                  {' '}
                  or <kbd data-testid="welcome-shortcut">{shortcut}</kbd>
                </>
              ) : (
                ' or a keyboard shortcut (set one in your browser’s extension shortcuts)'
              )}
              . Sume asks before spending credits, and tells you when the analysis is ready.
            </p>
            <div class="actions">
              {TRY_ON.map(({ href, label }, index) => (
                <a key={href} class={`sc-button${connected && index === 0 ? ' sc-button--primary' : ''}`} href={href} target="_blank" rel="noopener noreferrer">
                  {label}
                </a>
              ))}
            </div>
            {!connected && <p class="sc-muted welcome__later">Connect first, then try it: without a key the button can only ask you to connect.</p>}
          </div>
        </li>
      </ol>
    </main>
  );
}
