import { createHash } from 'node:crypto';

/**
 * Deterministic reference-analysis results: the same URL always yields the same analysis,
 * different URLs yield visibly different ones, so tests and screenshots are stable.
 */

const HOOKS = [
  'Stop scrolling if you still fold your laundry like this',
  'I tested the viral 5-minute breakfast so you do not have to',
  'Three things nobody tells you before you buy a standing desk',
  'POV: your skincare routine finally works',
  'This one trick doubled my sourdough rise',
  'Why is nobody talking about this budgeting app?',
];
const SUBJECTS = ['a home-organisation tip', 'a quick recipe', 'a product review', 'a skincare routine', 'a baking hack', 'a finance app demo'];
const SHOTS = ['close_up', 'medium', 'wide', 'over_the_shoulder', 'screen_recording', 'b_roll'];
const SCENES = [
  'Creator speaks to camera in a bright kitchen',
  'Hands demonstrate the product on a countertop',
  'Split screen compares before and after',
  'Text overlay lists the key steps',
  'Slow-motion reveal of the final result',
  'Creator reacts with a thumbs up',
];
const CTAS = [
  { text: 'Follow for part 2', type: 'follow' },
  { text: 'Link in bio', type: 'link_in_bio' },
  { text: 'Comment "GUIDE" and I will send it', type: 'comment' },
  { text: 'Save this for later', type: 'save' },
];
const FORMATS = ['talking_head', 'voiceover_broll', 'tutorial', 'before_after', 'listicle'];
const AUDIO = [
  { type: 'original', track: 'Original sound' },
  { type: 'licensed_music', track: 'Lo-fi Morning Beat' },
  { type: 'trending_sound', track: 'Upbeat Trend Remix' },
];

/** A tiny seeded picker: byte i of the URL's hash chooses item i. */
function picker(url: string) {
  const bytes = createHash('sha256').update(url).digest();
  return {
    int: (i: number, max: number): number => (bytes[i % bytes.length] ?? 0) % max,
    pick<T>(i: number, items: readonly T[]): T {
      const item = items[(bytes[i % bytes.length] ?? 0) % items.length];
      if (item === undefined) throw new Error('empty word bank');
      return item;
    },
  };
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function referenceResultFor(url: string) {
  const p = picker(url);
  const platform = url.includes('instagram.com') ? 'instagram' : 'tiktok';
  const duration = 15 + p.int(0, 46);
  const sceneCount = 3 + p.int(1, 4);
  const sceneLength = duration / sceneCount;
  const hookText = p.pick(2, HOOKS);
  const hookEnd = round1(Math.min(3, sceneLength));
  const scenes = Array.from({ length: sceneCount }, (_, i) => ({
    start_seconds: round1(i * sceneLength),
    end_seconds: round1((i + 1) * sceneLength),
    description: p.pick(10 + i, SCENES),
    shot_type: p.pick(20 + i, SHOTS),
  }));
  const transcript = scenes.map((scene, i) => ({
    start_seconds: scene.start_seconds,
    end_seconds: scene.end_seconds,
    text: i === 0 ? hookText : `Step ${i}: ${scene.description.toLowerCase()}.`,
  }));
  const cta = p.pick(3, CTAS);
  const subject = p.pick(4, SUBJECTS);
  return {
    summary: `A ${Math.round(duration)}-second ${platform} video about ${subject}, opening with a direct hook and ending on a "${cta.text}" call to action.`,
    hook: { text: hookText, start_seconds: 0, end_seconds: hookEnd },
    scenes,
    transcript,
    on_screen_text: [
      { start_seconds: 0, text: hookText.toUpperCase() },
      { start_seconds: round1(duration - 3), text: cta.text },
    ],
    cta,
    format: p.pick(5, FORMATS),
    pacing: { cuts_per_minute: round1((sceneCount / duration) * 60) },
    audio: p.pick(6, AUDIO),
    // Extra fields beyond the documented ones: clients must tolerate them.
    duration_seconds: duration,
    platform,
    source_url: url,
  };
}
