/**
 * `ties-map/react`: the `<TiesMap>` component, and typings for the `<ties-map>` tag in React 19 JSX.
 *
 * `<TiesMap data={dataset} onTiesSelect={fn} />` works under client render and under hydration
 * (Next.js, Remix, Astro islands): it sets the properties and listeners through a ref and loads
 * the element's code in the browser. The bare tag works only where React renders on the client:
 * React 19 sets a prop as a property when the element has it (`data`, `layers`, `focusActor`, …)
 * and adds `onties-*` props as event listeners, but hydration does neither (facebook/react#35446).
 * For the tag's typings alone: `import type {} from 'ties-map/react';` once in the app. Use
 * `focusActor`, not `focus`: React would overwrite the element's `focus()` method.
 */
import type {
  DetailedHTMLProps,
  ForwardRefExoticComponent,
  HTMLAttributes,
  RefAttributes,
} from 'react';
import type { TiesMapElement, TiesMapProperties } from '../dist/types/index.js';
import type { TiesMapEventProps, TiesMapHandlerProps } from './events.js';

/** The component's props: the element's properties (`lang` is an attribute), its handlers, and any HTML attribute. */
export type TiesMapProps = Omit<HTMLAttributes<TiesMapElement>, keyof TiesMapProperties> &
  Partial<Omit<TiesMapProperties, 'lang'>> &
  TiesMapHandlerProps & { lang?: string };

/** <ties-map> as a React component; its ref is the element. */
export declare const TiesMap: ForwardRefExoticComponent<
  TiesMapProps & RefAttributes<TiesMapElement>
>;

export type TiesMapJsxProps = DetailedHTMLProps<HTMLAttributes<TiesMapElement>, TiesMapElement> &
  Partial<TiesMapProperties> &
  TiesMapEventProps & {
    /** Attributes without a same-named property. */
    'as-of'?: string;
    'sync-url'?: boolean;
    'max-size'?: number;
    class?: string;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'ties-map': TiesMapJsxProps;
    }
  }
}
