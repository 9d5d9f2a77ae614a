/**
 * Scrollytelling (`<ties-map story>`, DESIGN.md "Publishing"): the page's `data-ties-scene="ID"`
 * sections select that scene as they cross the middle of the viewport (or of the part of it a
 * sticky map leaves: storyLine). Each story map has its own IntersectionObserver on that line; a
 * section goes to the map its `data-ties-map` names, or to the page's first story map. A step
 * goes through the element's own path (the presenter's: the camera eases, or jumps under reduced
 * motion, and the step is announced politely); the sections are left as they are, plain article
 * text.
 */
import type { ReactiveController } from 'lit';
import type { TiesHost } from '../host.ts';

export interface StoryHost extends TiesHost {
  story: boolean;
  readonly id: string;
}

const stories = new Set<StoryController>();
/** Sections a framework renders after the map (or an article loaded later) are followed too. */
let watcher: MutationObserver | null = null;

function observeSections(): void {
  const sections = document.querySelectorAll<HTMLElement>('[data-ties-scene]');
  for (const story of stories) story.observe(sections);
}

function follow(story: StoryController): void {
  stories.add(story);
  observeSections();
  if (!watcher) {
    watcher = new MutationObserver((records) => {
      if (records.some((r) => r.addedNodes.length > 0)) observeSections();
    });
    watcher.observe(document.documentElement, { childList: true, subtree: true });
  }
}

function unfollow(story: StoryController): void {
  stories.delete(story);
  if (stories.size > 0) return;
  watcher?.disconnect();
  watcher = null;
}

/**
 * The line a section crosses to select its scene (px from the viewport's top): the middle of the
 * viewport, or, where the map sticks over the sections' column (a phone: the map on top, the text
 * scrolling under it), the middle of what the map leaves below it, where the text is read: on the
 * viewport's middle, a section's text would slide under the map while its scene still showed.
 */
export function storyLine(
  host: Element,
  sections: readonly Element[],
  viewportHeight: number,
): number {
  const style = getComputedStyle(host);
  const box = host.getBoundingClientRect();
  const column = sections[0]?.getBoundingClientRect();
  const over =
    (style.position === 'sticky' || style.position === 'fixed') &&
    column !== undefined &&
    box.right > column.left &&
    box.left < column.right;
  const covered = over
    ? Math.min(viewportHeight - 2, (parseFloat(style.top) || 0) + box.height)
    : 0;
  return (covered + viewportHeight) / 2;
}

export class StoryController implements ReactiveController {
  /** The scene of the section at the middle, until the dataset is there to show it. */
  private wanted: string | null = null;
  private following = false;
  private warned = new Set<string>();
  /** This map's own observer: its line depends on where the map sits (storyLine). */
  private observer: IntersectionObserver | null = null;
  private line = -1;
  private readonly watched = new Set<HTMLElement>();
  /** A new size of the map or the viewport can move the line. */
  private readonly resized = new ResizeObserver(() => this.observe(this.watched));
  private readonly onResize = (): void => this.observe(this.watched);

  constructor(
    private readonly host: StoryHost,
    private readonly goTo: (index: number) => void,
  ) {
    host.addController(this);
  }

  /** Follows the sections this map owns, across the line where they select their scene. */
  observe(sections: Iterable<HTMLElement>): void {
    const mine = [...sections].filter((s) => this.owns(s));
    const line = Math.round(storyLine(this.host, mine, window.innerHeight));
    if (line !== this.line || !this.observer) {
      this.observer?.disconnect();
      this.watched.clear();
      this.line = line;
      // A root shrunk to that line: a section intersects it while it spans the line. The root is
      // this document's viewport: without it, a page in an iframe measured against the top page's.
      this.observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries)
            if (entry.isIntersecting) this.reached(entry.target as HTMLElement);
        },
        { root: document, rootMargin: `${-line}px 0px ${line - window.innerHeight}px 0px` },
      );
    }
    for (const section of mine) {
      if (this.watched.has(section)) continue;
      this.watched.add(section);
      this.observer.observe(section);
    }
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stop();
  }

  hostUpdated(): void {
    if (this.host.story !== this.following) this.sync();
    if (this.wanted !== null && this.host.model) this.show(this.wanted);
  }

  /** A section crossed the line. */
  private reached(section: HTMLElement): void {
    const scene = section.dataset['tiesScene'];
    if (!scene) return;
    this.wanted = scene;
    if (this.host.model) this.show(scene);
  }

  private sync(): void {
    if (this.host.story && this.host.isConnected) {
      if (!this.following) {
        this.following = true;
        this.resized.observe(this.host);
        window.addEventListener('resize', this.onResize);
        follow(this);
      }
    } else if (this.following) this.stop();
  }

  private stop(): void {
    this.following = false;
    unfollow(this);
    this.observer?.disconnect();
    this.observer = null;
    this.watched.clear();
    this.resized.disconnect();
    window.removeEventListener('resize', this.onResize);
  }

  private owns(section: HTMLElement): boolean {
    const target = section.dataset['tiesMap'];
    if (target) return target === this.host.id;
    return document.querySelector('ties-map[story]') === this.host;
  }

  private show(scene: string): void {
    this.wanted = null;
    const scenes = this.host.model?.scenes ?? [];
    const index = scenes.findIndex((s) => s.id === scene);
    if (index < 0) {
      if (!this.warned.has(scene))
        console.warn(
          `ties-map: data-ties-scene="${scene}" is not a scene of this dataset; known: ${scenes.map((s) => s.id).join(', ') || 'none'}`,
        );
      this.warned.add(scene);
      return;
    }
    if (this.host.view.step !== scene) this.goTo(index);
  }
}
