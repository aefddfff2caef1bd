/** Reading what a page says about a reel: bounded, text only. Shared by the platform adapters. */

/** The first line of an element's text, at most 200 characters (the background trims it further). */
export function firstLine(element: Element | null): string | undefined {
  const text = element?.textContent?.slice(0, 400).trim().split('\n')[0]?.trim();
  return text ? text.slice(0, 200) : undefined;
}

/** The video's poster, if it has one (the background keeps it only from the platforms' media hosts). */
export function posterOf(container: Element): string | undefined {
  return container.querySelector('video')?.getAttribute('poster') ?? undefined;
}
