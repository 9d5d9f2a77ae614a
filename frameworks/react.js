'use client';
// `<TiesMap>`: <ties-map> as a React component (React 18 and 19, client render and hydration).
// React hydration sets no property and attaches no listener on a custom element
// (facebook/react#35446), and React 18 never does: so the dataset, every other property and the
// `onTies*` handlers go through a ref, in an effect that runs once the element exists in the
// browser. On the server the component renders the bare tag; the element's code is loaded in the
// browser only (a dynamic import the effect starts), so a server render never touches the DOM.
import {
  createElement,
  forwardRef,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
} from 'react';

/** Each property and the value that stands for "not given" (the element's own default). */
const PROPERTIES = {
  src: null,
  data: undefined,
  layers: null,
  focusActor: null,
  asOf: null,
  scene: null,
  renderer: null,
  loading: 'lazy',
  theme: null,
  presenter: false,
  syncUrl: false,
  story: false,
  timeout: Number.NaN,
  maxSize: Number.NaN,
};

/** Handler prop → event name. */
const EVENTS = {
  onTiesReady: 'ties-ready',
  onTiesDrawn: 'ties-drawn',
  onTiesError: 'ties-error',
  onTiesSelect: 'ties-select',
};

// No layout effect on the server (React 18 warns of one there); before paint in the browser.
const useBrowserLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** Loads the element's code (the app has not imported it) and resolves once <ties-map> is defined. */
function loadElement() {
  void import('../dist/ties-map.js');
  return customElements.whenDefined('ties-map');
}

export const TiesMap = forwardRef(function TiesMap(props, ref) {
  const element = useRef(null);
  const latest = useRef(props);
  latest.current = props;
  /** What each property was last set to from props: only a changed prop is set again, so a
   * re-render does not undo what the reader changed on the element (a focus, a scene). */
  const applied = useRef({ ...PROPERTIES });
  useImperativeHandle(ref, () => element.current, []);

  // Properties, set on the upgraded element only: a property set before the upgrade would shadow
  // the element's own accessor. The latest props are read when the element is ready.
  useBrowserLayoutEffect(() => {
    let current = true;
    const apply = () => {
      const el = element.current;
      if (!current || !el) return;
      for (const [name, unset] of Object.entries(PROPERTIES)) {
        const value = latest.current[name] === undefined ? unset : latest.current[name];
        if (Object.is(applied.current[name], value)) continue;
        applied.current[name] = value;
        el[name] = value;
      }
    };
    if (customElements.get('ties-map')) apply();
    else void loadElement().then(apply);
    return () => {
      current = false;
    };
  });

  // One listener per event for the element's life; it calls whichever handler the latest render gave.
  useEffect(() => {
    const el = element.current;
    const listeners = Object.entries(EVENTS).map(([prop, type]) => {
      const listener = (event) => latest.current[prop]?.(event);
      el.addEventListener(type, listener);
      return [type, listener];
    });
    return () => {
      for (const [type, listener] of listeners) el.removeEventListener(type, listener);
    };
  }, []);

  const rest = {};
  for (const [name, value] of Object.entries(props))
    if (!(name in PROPERTIES) && !(name in EVENTS)) rest[name] = value;
  return createElement('ties-map', { ...rest, ref: element });
});
