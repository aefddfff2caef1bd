import type { ComponentChildren } from 'preact';
import { safeHttpUrl } from '@/lib/ui/safe-url';

interface Props {
  href: string;
  class?: string;
  children?: ComponentChildren;
}

/** A link out for http(s) URLs only; anything else is shown as plain text. */
export function ExternalLink({ href, class: className, children }: Props) {
  const safe = safeHttpUrl(href);
  if (!safe) return <span class={className}>{children ?? href}</span>;
  return (
    <a class={className} href={safe} target="_blank" rel="noreferrer noopener">
      {children ?? href}
    </a>
  );
}
