// <ties-map> in templates, checked by vue-tsc --strictTemplates.
import type {} from 'ties-map/vue';
