/**
 * The audience side of the presenter console: "Presenter console" (or `C` in presenter mode) opens
 * a second window running `<ties-console>`; this controller answers it over the map's channel
 * (console-channel.ts): the dataset when it says hello, the step and open edge after every update,
 * and it follows the console's steps and opened edges. Nothing of the notes is drawn here.
 */
import type { ReactiveController } from 'lit';
import type { TiesHost } from '../host.ts';
import type { Strings } from '../../text/strings.ts';
import { trustedWorkerUrl } from '../../render/worker-policy.ts';
import {
  CONSOLE_HASH,
  consoleChannelName,
  getConsoleModule,
  type ConsoleMessage,
} from '../internal/console-channel.ts';

const FEATURES = 'popup,width=1280,height=800';

export interface ConsoleHooks {
  goTo(index: number): void;
  openEdge(edge: string): void;
  closeEdge(): void;
  /** The dataset as given (untranslated: the console translates it as the map does) and its language. */
  source(): { json: string; lang: string } | null;
}

export class ConsoleController implements ReactiveController {
  private channel: BroadcastChannel | null = null;
  private sent = '';
  /** A sentence for the scene bar: the pop-up was blocked, or the console is open. */
  message: 'blocked' | 'opened' | null = null;

  private readonly onKey = (event: KeyboardEvent): void => {
    if (
      !this.host.presenter ||
      event.defaultPrevented ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey
    )
      return;
    if (event.key === 'c' || event.key === 'C') {
      event.preventDefault();
      this.open();
    }
  };

  constructor(
    private readonly host: TiesHost,
    private readonly hooks: ConsoleHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKey);
    this.post({ kind: 'bye' });
    this.channel?.close();
    this.channel = null;
  }

  hostUpdated(): void {
    this.sendState();
  }

  private get key(): string {
    return consoleChannelName(this.host.id);
  }

  private listen(): BroadcastChannel {
    if (this.channel) return this.channel;
    const channel = new BroadcastChannel(this.key);
    channel.onmessage = (event: MessageEvent<ConsoleMessage>) => this.receive(event.data);
    this.channel = channel;
    return channel;
  }

  private post(message: ConsoleMessage): void {
    this.channel?.postMessage(message);
  }

  private index(): number {
    const steps = this.host.model?.scenes ?? [];
    return steps.findIndex((s) => s.id === this.host.view.step);
  }

  private sendState(force = false): void {
    if (!this.channel) return;
    const state = {
      kind: 'state' as const,
      index: this.index(),
      openEdge: this.host.view.openEdge,
    };
    const text = JSON.stringify(state);
    if (!force && text === this.sent) return;
    this.sent = text;
    this.post(state);
  }

  private receive(message: ConsoleMessage): void {
    if (typeof message !== 'object' || message === null) return;
    if (message.kind === 'hello') {
      const source = this.hooks.source();
      if (source) this.post({ kind: 'dataset', ...source });
      this.sendState(true);
    } else if (message.kind === 'go') {
      if (message.index !== this.index()) this.hooks.goTo(message.index);
    } else if (message.kind === 'open-edge') {
      if (message.edge === this.host.view.openEdge) return;
      if (message.edge === null) this.hooks.closeEdge();
      else this.hooks.openEdge(message.edge);
    }
  }

  /** Opens (or brings forward) the console window; says so when the browser blocks it. */
  open(): Window | null {
    this.listen();
    const name = `ties-console-${this.host.id || 'ties-map'}`;
    const module = getConsoleModule();
    const inlined =
      module === undefined ||
      document.querySelector('meta[name="ties-console"][content="same-page"]') !== null;
    let win: Window | null;
    try {
      win = inlined
        ? window.open(
            `${location.href.split('#')[0]}#${CONSOLE_HASH}=${encodeURIComponent(this.host.id)}`,
            name,
            FEATURES,
          )
        : window.open('', name, FEATURES);
    } catch {
      win = null;
    }
    if (!win) {
      this.message = 'blocked';
      this.host.requestUpdate();
      return null;
    }
    if (!inlined && !win.document.querySelector('ties-console'))
      writeConsolePage(
        win,
        module,
        this.host.id,
        this.host.strings,
        this.host.model?.title ?? '',
        document.documentElement.lang,
      );
    this.message = 'opened';
    this.host.requestUpdate();
    win.focus();
    return win;
  }
}

/**
 * The console window's page, built in its initial blank document with DOM calls (no
 * `document.write`, no inline script, so a page with a strict CSP and Trusted Types allows it):
 * the package entry loaded by URL (through the element's Trusted Types policy) and one
 * `<ties-console>`.
 */
function writeConsolePage(
  win: Window,
  module: string,
  id: string,
  strings: Strings,
  title: string,
  lang: string,
): void {
  const doc = win.document;
  doc.documentElement.lang = lang || 'en';
  doc.title = strings.consoleTitle(title);
  doc.body.style.margin = '0';
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = trustedWorkerUrl(module);
  // A script that cannot load leaves a sentence, not a blank window.
  script.addEventListener('error', () => {
    const message = doc.createElement('p');
    message.setAttribute('role', 'alert');
    message.style.cssText = 'font: 18px/1.5 system-ui, sans-serif; margin: 2rem;';
    message.textContent = strings.consoleScriptFailed(module);
    doc.body.replaceChildren(message);
  });
  doc.head.append(script);
  const element = doc.createElement('ties-console');
  element.setAttribute('channel', id);
  doc.body.append(element);
}
