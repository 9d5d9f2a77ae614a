/**
 * Actors' names in the reader's language: the dataset's own (`actors[].names`, already applied by
 * data/dataset-language.ts), else CLDR's name of an ISO 3166-1 country through Intl.DisplayNames,
 * else the dataset's name. English keeps the dataset's names (its authors chose them).
 */
import type { Actor, Dataset } from '../data/types.ts';
import { tagFallbacks } from '../data/lang-tags.ts';
import { ownValue } from '../data/own.ts';
import { M49_NAMES } from '../data/m49-regions.ts';

// ISO 3166-1 alpha-3 → alpha-2, which Intl.DisplayNames names: "ISR" + "IL", one pair per word.
const ALPHA2: ReadonlyMap<string, string> = new Map(
  [
    'ABWAW AFGAF AGOAO AIAAI ALAAX ALBAL ANDAD AREAE ARGAR ARMAM ASMAS ATAAQ ATFTF ATGAG AUSAU AUTAT',
    'AZEAZ BDIBI BELBE BENBJ BFABF BGDBD BGRBG BHRBH BHSBS BIHBA BLMBL BLRBY BLZBZ BMUBM BOLBO BRABR',
    'BRBBB BRNBN BTNBT BWABW CAFCF CANCA CHECH CHLCL CHNCN CIVCI CMRCM CODCD COGCG COKCK COLCO COMKM',
    'CPVCV CRICR CUBCU CUWCW CYMKY CYPCY CZECZ DEUDE DJIDJ DMADM DNKDK DOMDO DZADZ ECUEC EGYEG ERIER',
    'ESHEH ESPES ESTEE ETHET FINFI FJIFJ FLKFK FRAFR FROFO FSMFM GABGA GBRGB GEOGE GGYGG GHAGH GINGN',
    'GMBGM GNBGW GNQGQ GRCGR GRDGD GRLGL GTMGT GUMGU GUYGY HKGHK HMDHM HNDHN HRVHR HTIHT HUNHU IDNID',
    'IMNIM INDIN IOTIO IRLIE IRNIR IRQIQ ISLIS ISRIL ITAIT JAMJM JEYJE JORJO JPNJP KAZKZ KENKE KGZKG',
    'KHMKH KIRKI KNAKN KORKR KWTKW LAOLA LBNLB LBRLR LBYLY LCALC LIELI LKALK LSOLS LTULT LUXLU LVALV',
    'MACMO MAFMF MARMA MCOMC MDAMD MDGMG MDVMV MEXMX MHLMH MKDMK MLIML MLTMT MMRMM MNEME MNGMN MNPMP',
    'MOZMZ MRTMR MSRMS MUSMU MWIMW MYSMY NAMNA NCLNC NERNE NFKNF NGANG NICNI NIUNU NLDNL NORNO NPLNP',
    'NRUNR NZLNZ OMNOM PAKPK PANPA PCNPN PERPE PHLPH PLWPW PNGPG POLPL PRIPR PRKKP PRTPT PRYPY PSEPS',
    'PYFPF QATQA ROURO RUSRU RWARW SAUSA SDNSD SENSN SGPSG SGSGS SHNSH SLBSB SLESL SLVSV SMRSM SOMSO',
    'SPMPM SRBRS SSDSS STPST SURSR SVKSK SVNSI SWESE SWZSZ SXMSX SYCSC SYRSY TCATC TCDTD TGOTG THATH',
    'TJKTJ TKMTM TLSTL TONTO TTOTT TUNTN TURTR TWNTW TZATZ UGAUG UKRUA URYUY USAUS UZBUZ VATVA VCTVC',
    'VENVE VGBVG VIRVI VNMVN VUTVU WLFWF WSMWS XKXXK YEMYE ZAFZA ZMBZM ZWEZW',
  ]
    .join(' ')
    .split(' ')
    .map((pair) => [pair.slice(0, 3), pair.slice(3)] as const),
);

const displayNames = new Map<string, Intl.DisplayNames | null>();

function regionNames(lang: string): Intl.DisplayNames | null {
  let names = displayNames.get(lang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(lang, { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(lang, names);
  }
  return names;
}

/** CLDR's name of the country with ISO 3166-1 alpha-3 `id` in `lang`, if it knows one. */
export function countryName(id: string, lang: string): string | undefined {
  const alpha2 = ALPHA2.get(id);
  if (alpha2 === undefined) return undefined;
  return regionNames(lang)?.of(alpha2) ?? undefined;
}

/** The name of the UN M49 region or sub-region `code` ("145") in `lang`: CLDR's through
 * Intl.DisplayNames where it knows it ("Western Asia", "غرب آسيا"), else M49's English name. */
export function regionName(code: string, lang: string): string {
  let name: string | undefined;
  try {
    name = regionNames(lang)?.of(code) ?? undefined;
  } catch {
    name = undefined;
  }
  return name ?? M49_NAMES[code] ?? code;
}

/** The name a reader of `lang` sees for `actor`. */
export function actorName(actor: Pick<Actor, 'id' | 'name' | 'names'>, lang: string): string {
  const tags = tagFallbacks(lang);
  for (const tag of tags) {
    const own = actor.names ? ownValue(actor.names, tag) : undefined;
    if (own !== undefined) return own;
  }
  if (tags.length === 0 || tags.at(-1) === 'en') return actor.name;
  return countryName(actor.id, lang) ?? actor.name;
}

/**
 * The dataset with each actor named for a reader of `lang` (the same object when nothing changes).
 * Run after datasetInLanguage, which has put the dataset's own names in `name`: an actor whose
 * `names` has `lang` keeps it.
 */
export function namesInLanguage(dataset: Dataset, lang: string): Dataset {
  const tags = tagFallbacks(lang);
  if (tags.length === 0 || tags.at(-1) === 'en') return dataset;
  let changed = false;
  const actors = dataset.actors.map((actor) => {
    if (actor.names && tags.some((tag) => ownValue(actor.names!, tag) !== undefined)) return actor;
    const name = countryName(actor.id, lang);
    if (name === undefined || name === actor.name) return actor;
    changed = true;
    return { ...actor, name };
  });
  return changed ? { ...dataset, actors } : dataset;
}
