/**
 * The compact geodata index (id → name, label point, bbox) built by `npm run build:geodata`.
 * Small enough to load with the element, so validation and labels need no geometry.
 */
import placesJson from '../../geodata/places.json';

export interface Place {
  name: string;
  /** [lon, lat], inside the shape. */
  label: [number, number];
  /** [west, south, east, north]; west > east when the shape crosses the antimeridian. */
  bbox: [number, number, number, number];
  /** Large shapes only: grid points well inside the shape (see geodata/build.ts). */
  inner?: [number, number][];
}

export const places = placesJson as unknown as Readonly<Record<string, Place>>;

export const shapeIds: ReadonlySet<string> = new Set(Object.keys(places));
