/**
 * Scrollytelling (`<ties-map story>`, DESIGN.md "Publishing"): the page's `data-ties-scene="ID"`
 * sections select that scene as they cross the middle of the viewport. One IntersectionObserver
 * serves every story map on the page; a section goes to the map its `data-ties-map` names, or to
 * the page's first story map. A step goes through the element's own path (the presenter's: the
 * camera eases, or jumps under reduced motion, and the step is announced politely); the sections
 * are left as they are, plain article text.
 */
import type { ReactiveController } from 'lit';
import type { TiesHost } from '../host.ts';

export interface StoryHost extends TiesHost {
  story: boolean;
  readonly id: string;
}

const stories = new Set<StoryController>();
let observer: IntersectionObserver | null = null;
/** Sections a framework renders after the map (or an article loaded later) are followed too. */
let watcher: MutationObserver | null = null;

function observeSections(): void {
  // A root shrunk to the viewport's middle line: a section intersects it while it spans the middle.
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      for (const story of stories) story.reached(entry.target as HTMLElement);
    }
  }, { rootMargin: '-50% 0px -50% 0px' });
  // Observing a section twice is a no-op.
  for (const section of document.querySelectorAll('[data-ties-scene]')) observer.observe(section);
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
  observer?.disconnect();
  watcher?.disconnect();
  observer = watcher = null;
}

export class StoryController implements ReactiveController {
  /** The scene of the section at the middle, until the dataset is there to show it. */
  private wanted: string | null = null;
  private following = false;
  private warned = new Set<string>();

  constructor(private readonly host: StoryHost, private readonly goTo: (index: number) => void) {
    host.addController(this);
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

  /** A section crossed the middle of the viewport. */
  reached(section: HTMLElement): void {
    const scene = section.dataset['tiesScene'];
    if (!scene || !this.owns(section)) return;
    this.wanted = scene;
    if (this.host.model) this.show(scene);
  }

  private sync(): void {
    if (this.host.story && this.host.isConnected) {
      if (!this.following) follow(this);
      this.following = true;
    } else if (this.following) this.stop();
  }

  private stop(): void {
    this.following = false;
    unfollow(this);
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
      if (!this.warned.has(scene)) console.warn(`ties-map: data-ties-scene="${scene}" is not a scene of this dataset; known: ${scenes.map((s) => s.id).join(', ') || 'none'}`);
      this.warned.add(scene);
      return;
    }
    if (this.host.view.step !== scene) this.goTo(index);
  }
}
