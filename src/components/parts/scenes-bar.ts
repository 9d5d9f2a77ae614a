/** The step control (‹ 2 / 6 › Present) and the current step's caption. */
import { html, nothing, type TemplateResult } from 'lit';
import type { SceneStep } from '../../data/types.ts';
import type { Strings } from '../../text/strings.ts';

export interface ScenesBarOptions {
  steps: readonly SceneStep[];
  /** Index of the current step, or -1. */
  index: number;
  presenter: boolean;
  strings: Strings;
  onGoTo: (index: number) => void;
  onPresent: () => void;
  /** Opens the presenter console window. */
  onConsole: () => void;
  /** Whether the last try to open the console was blocked, or it is open. */
  consoleMessage: 'blocked' | 'opened' | null;
}

export function renderScenesBar(o: ScenesBarOptions): TemplateResult | typeof nothing {
  const { steps, index, strings: s } = o;
  if (steps.length === 0) return nothing;
  const step = steps[index];
  return html`<div class="scenes" part="scenes" role="group" aria-label=${s.scenes}>
      <button type="button" class="prev" aria-label=${s.previousScene} ?disabled=${index <= 0}
        @click=${() => o.onGoTo(Math.max(0, index - 1))}>${s.dir === 'rtl' ? '›' : '‹'}</button>
      <span class="counter" aria-live="off">${index >= 0 ? s.sceneCounter(index + 1, steps.length) : s.sceneCount(steps.length)}</span>
      <button type="button" class="next" aria-label=${s.nextScene} ?disabled=${index >= steps.length - 1}
        @click=${() => o.onGoTo(index + 1)}>${s.dir === 'rtl' ? '‹' : '›'}</button>
      <button type="button" class="present" aria-pressed=${String(o.presenter)}
        @click=${o.onPresent}>${o.presenter ? s.leavePresenter : s.present}</button>
      <button type="button" class="console-button" aria-keyshortcuts="C" @click=${o.onConsole}>${s.presenterConsole}</button>
    </div>
    ${o.consoleMessage === 'blocked' ? html`<p class="console-status" part="console-status" role="alert">${s.consoleBlocked}</p>` : nothing}
    ${
      step
        ? html`<div class="caption" part="caption" data-scene-id=${step.id}>
      <h3 dir="auto">${step.title}</h3>${step.caption ? html`<p dir="auto">${step.caption}</p>` : nothing}</div>`
        : nothing
    }`;
}
