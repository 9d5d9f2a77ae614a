/**
 * `<ties-map>` in React 19 JSX: `import type {} from 'ties-map/react';` once in the app (or list
 * "ties-map/react" in tsconfig's `types`). React 19 sets a prop as a property when the element has
 * it (`data`, `layers`, `focusActor`, …) and adds `onties-*` props as event listeners.
 * Use `focusActor`, not `focus`: React would overwrite the element's `focus()` method.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { TiesMapElement, TiesMapProperties } from '../dist/types/index.js';
import type { TiesMapEventProps } from './events.js';

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
