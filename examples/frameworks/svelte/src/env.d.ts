// <ties-map> in Svelte markup (svelte-check).
import type {} from 'ties-map/svelte';
