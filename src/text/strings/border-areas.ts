/**
 * The name of each marked border area, and what each view of borders says of it (docs/borders.md).
 */
import { msg } from '../msg.ts';
import type { Strings } from './shape.ts';

/** Each marked area's name and its status in each worldview. */
export function borderAreas(): Strings['borderAreas'] {
  return {
    crimea: {
      name: msg('Crimea', { id: 'borderAreas.crimea.name' }),
      status: {
        'de-facto': msg(
          'Crimea: drawn as Russia, which annexed it in 2014; the UN General Assembly does not recognise the annexation (Russian-occupied)',
          { id: 'borderAreas.crimea.deFacto' },
        ),
        un: msg('Crimea: drawn as part of Ukraine, Russian-occupied since 2014', {
          id: 'borderAreas.crimea.un',
        }),
      },
    },
    golan: {
      name: msg('Golan Heights', { id: 'borderAreas.golan.name' }),
      status: {
        'de-facto': msg(
          "Golan Heights (ring): Israeli-administered since 1967, annexed in 1981; occupied in the UN's view; no shape of its own in the base map, so drawn within Israel",
          { id: 'borderAreas.golan.deFacto' },
        ),
        un: msg(
          'Golan Heights (ring): part of Syria, Israeli-occupied; no shape of its own in the base map, so still drawn within Israel',
          { id: 'borderAreas.golan.un' },
        ),
      },
    },
    'west-bank': {
      name: msg('West Bank', { id: 'borderAreas.westBank.name' }),
      status: {
        'de-facto': msg('West Bank: Palestinian territory under Israeli occupation since 1967', {
          id: 'borderAreas.westBank.deFacto',
        }),
        un: msg('West Bank: Palestinian territory, Israeli-occupied', {
          id: 'borderAreas.westBank.un',
        }),
      },
    },
    gaza: {
      name: msg('Gaza', { id: 'borderAreas.gaza.name' }),
      status: {
        'de-facto': msg(
          'Gaza: Palestinian territory; its status is disputed (Israel withdrew in 2005; the UN and the ICJ hold it occupied)',
          { id: 'borderAreas.gaza.deFacto' },
        ),
        un: msg('Gaza: Palestinian territory, Israeli-occupied', { id: 'borderAreas.gaza.un' }),
      },
    },
    'northern-cyprus': {
      name: msg('Northern Cyprus', { id: 'borderAreas.northernCyprus.name' }),
      status: {
        'de-facto': msg(
          'Northern Cyprus: Turkish Cypriot administration, recognised only by Türkiye',
          { id: 'borderAreas.northernCyprus.deFacto' },
        ),
        un: msg(
          'Northern Cyprus: part of Cyprus (UN Security Council resolution 541); drawn as its own shape',
          { id: 'borderAreas.northernCyprus.un' },
        ),
      },
    },
    'western-sahara': {
      name: msg('Western Sahara', { id: 'borderAreas.westernSahara.name' }),
      status: {
        'de-facto': msg(
          "Western Sahara: the part east of Morocco's berm, drawn on its own; the part Morocco administers is drawn within Morocco",
          { id: 'borderAreas.westernSahara.deFacto' },
        ),
        un: msg(
          'Western Sahara: a Non-Self-Governing Territory; the part Morocco administers is still drawn within Morocco (no shape separates it)',
          { id: 'borderAreas.westernSahara.un' },
        ),
      },
    },
    abkhazia: {
      name: msg('Abkhazia', { id: 'borderAreas.abkhazia.name' }),
      status: {
        'de-facto': msg(
          'Abkhazia (ring): breakaway region of Georgia, recognised by Russia since 2008; drawn within Georgia',
          { id: 'borderAreas.abkhazia.deFacto' },
        ),
        un: msg('Abkhazia (ring): part of Georgia; drawn within Georgia', {
          id: 'borderAreas.abkhazia.un',
        }),
      },
    },
    'south-ossetia': {
      name: msg('South Ossetia', { id: 'borderAreas.southOssetia.name' }),
      status: {
        'de-facto': msg(
          'South Ossetia (ring): breakaway region of Georgia, recognised by Russia since 2008; drawn within Georgia',
          { id: 'borderAreas.southOssetia.deFacto' },
        ),
        un: msg('South Ossetia (ring): part of Georgia; drawn within Georgia', {
          id: 'borderAreas.southOssetia.un',
        }),
      },
    },
  };
}
