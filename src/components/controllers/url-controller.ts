/**
 * Shareable state (`sync-url`): the view goes into the location hash, keyed by the element's id,
 * and comes back from it on load and on back/forward. Only what differs from the view the
 * attributes gave goes into the hash, so a hash without this map's keys (another map's link, a
 * page's own) leaves it as authored. A value cleared where the attributes set one is written
 * empty; "all layers" is written as the list of every layer.
 */
import type { ReactiveController } from 'lit';
import { spell, UNSPELLED as NONE, type SpelledView } from '../../state/reduce.ts';
import type { TiesHost } from '../host.ts';
import { readUrlView, writeUrlView } from '../internal/url-state.ts';

export class UrlController implements ReactiveController {
  /** The view the attributes gave before the URL was first read. */
  private authored: SpelledView | null = null;
  private readonly onPopState = (): void => this.restore();

  constructor(private readonly host: TiesHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('hashchange', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('hashchange', this.onPopState);
  }

  /** Sets the view from the hash (on load, and on back/forward). */
  restore(): void {
    const host = this.host;
    if (!host.syncUrl || !host.id || !host.model) return;
    this.authored ??= spell(host.view);
    host.dispatch({
      type: 'restore-url',
      hash: readUrlView(location.hash, host.id),
      authored: this.authored,
    });
  }

  /** Writes the view into the hash (a new history entry) when it differs from what is there. */
  write(): void {
    const host = this.host;
    if (!host.syncUrl || !host.id || !host.model) return;
    const authored = this.authored ?? NONE;
    const current = spell(host.view);
    const view = { ...NONE };
    for (const key of Object.keys(view) as (keyof SpelledView)[]) {
      const value = current[key];
      if (value === authored[key]) continue;
      if (key === 'layers' && value === null)
        view.layers = host.model.layers.map((l) => l.id).join(' ');
      else view[key] = value ?? '';
    }
    const hash = writeUrlView(location.hash, host.id, view);
    if (hash !== location.hash && !(hash === '' && location.hash === '')) {
      history.pushState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }
  }
}
