// In-page drivers for bench/run.ts, injected into every bench page before its own scripts
// (Playwright addInitScript). Plain JavaScript on purpose: a build step's helpers would not exist here.
(() => {
  /** Resolves after the next frame has been painted: a task queued from requestAnimationFrame. */
  const nextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );

  /**
   * Resolves once frames come at the display's pace again: two frame intervals in a row under
   * 25 ms. Under SwiftShader a frame with thousands of edges is still being drawn on the CPU for
   * hundreds of milliseconds after its requestAnimationFrame, and the next frame waits for it; an
   * interaction timed from such a moment would time the frame before it (a pan's last frame, the
   * previous undo), not its own. Both sides, ours and the baseline, wait alike; at most 20 s.
   */
  const settled = async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const deadline = performance.now() + 20_000;
    let last = await frame();
    let quick = 0;
    while (quick < 2 && performance.now() < deadline) {
      const now = await frame();
      quick = now - last < 25 ? quick + 1 : 0;
      last = now;
    }
  };

  /** Resolves at the element's next `ties-drawn` (NaN after a minute without one). */
  const drawn = (el) =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(Number.NaN), 60_000);
      el.addEventListener(
        'ties-drawn',
        () => {
          clearTimeout(timer);
          resolve(performance.now());
        },
        { once: true },
      );
    });

  /** What each interaction clicks: a layer button, the first actor label, an edge handle; the filter panel's minimum figure. */
  const targets = (root) => ({
    filter: () => root.querySelector('input[name="min"]'),
    layer: () => root.querySelector('button[data-layer="energy"]'),
    focus: () => root.querySelector('.actor-label'),
    // An edge handle; at scale, where there are none, the table row's Evidence button.
    evidence: () =>
      root.querySelector('[part="edge-button"][data-edge-id]') ??
      root.querySelector('.evidence-button'),
  });

  /** Sets an input as a reader's edit does: its value, then a `change` event. */
  const edit = (input, value) => {
    input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };

  /**
   * One interaction on <ties-map>: the time from the click to the next painted frame (controls,
   * legend, table and labels changed) and to `ties-drawn` (the map picture complete); then undone,
   * untimed (unless `undoAfter` is false).
   */
  async function interactOurs(kind, undoAfter = true, value = 0) {
    const el = document.querySelector('ties-map');
    const root = el.shadowRoot;
    const target = targets(root)[kind]();
    await settled();
    await nextPaint();
    const mapDone = drawn(el);
    const t0 = performance.now();
    if (kind === 'filter') edit(target, String(value));
    else target.click();
    await el.updateComplete;
    const work = performance.now() - t0;
    const paint = (await nextPaint()) - t0;
    const map = (await mapDone) - t0;
    if (undoAfter) await undoOurs(kind);
    return { work, paint, map };
  }

  /** Puts back what interactOurs changed (layer on, focus off, card closed); waits for the map. */
  async function undoOurs(kind) {
    const el = document.querySelector('ties-map');
    const root = el.shadowRoot;
    const undone = drawn(el);
    ({
      layer: () => targets(root).layer().click(),
      focus: () =>
        (root.querySelector('.actor-label[aria-pressed="true"]') ?? targets(root).focus()).click(),
      evidence: () => root.querySelector('[part="evidence"] button')?.click(),
      filter: () => edit(targets(root).filter(), ''),
    })[kind]();
    await undone;
    await nextPaint();
  }

  /** The baseline's interaction: a layer filter on the plain MapLibre page, to paint and to idle. */
  async function interactBaseline() {
    const map = window.__map;
    const idle = () => new Promise((resolve) => map.once('idle', () => resolve(performance.now())));
    await settled();
    await nextPaint();
    const mapDone = idle();
    const t0 = performance.now();
    window.__toggleLayer('energy', false);
    const work = performance.now() - t0;
    const paint = (await nextPaint()) - t0;
    const drawn = (await mapDone) - t0;
    const undone = idle();
    window.__toggleLayer('energy', true);
    await undone;
    return { work, paint, map: drawn };
  }

  /**
   * After a double-click zoom, a mouse drag across the map, one move per frame, as MapLibre's drag-pan sees a user's (it
   * listens for mousedown on the map and mousemove on the document). Returns the intervals between
   * animation frames during the drag (at most `frames`, stopping after `limitMs`), and whether the map moved.
   */
  async function panFrames(frames, limitMs = Infinity) {
    const host = document.querySelector('ties-map');
    const scope = host ? host.shadowRoot : document;
    const canvas = scope.querySelector('canvas.maplibregl-canvas');
    const rect = canvas.getBoundingClientRect();
    let x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    const mouse = (type) =>
      canvas.dispatchEvent(
        new MouseEvent(type, {
          bubbles: true,
          composed: true,
          cancelable: true,
          clientX: x,
          clientY: y,
          button: 0,
          buttons: type === 'mouseup' ? 0 : 1,
        }),
      );
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    // A world-wide view cannot pan (MapLibre clamps it without world copies): first zoom in one
    // step with a double click at the centre, MapLibre's own handler, on every page alike.
    canvas.dispatchEvent(
      new MouseEvent('dblclick', {
        bubbles: true,
        composed: true,
        cancelable: true,
        clientX: x,
        clientY: y,
        button: 0,
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The peer pages expose their map; ours keeps it in its renderer (a private field, readable here).
    const map = window.__map ?? host?.mapRenderer?.map;
    const where = () =>
      map ? `${map.getCenter().lng},${map.getCenter().lat},${map.getZoom()}` : '';
    const before = where();
    let moved = false;
    await frame();
    mouse('mousedown');
    const intervals = [];
    let last = await frame();
    const start = last;
    for (let i = 0; i < frames && last - start < limitMs; i++) {
      x += i < frames / 2 ? 4 : -4; // out and back
      mouse('mousemove');
      const now = await frame();
      intervals.push(now - last);
      last = now;
      if (!moved) moved = where() !== before;
    }
    mouse('mouseup');
    return { intervals, moved };
  }

  window.__drivers = { interactOurs, undoOurs, interactBaseline, panFrames };
})();
