// <ties-map> in templates (vue-tsc --strictTemplates) and .vue imports in TypeScript.
import type {} from 'ties-map/vue';

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
