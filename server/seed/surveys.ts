import type { EntityManager } from 'typeorm';

/**
 * Demo 好差评 ratings of 青禾省's service departments, per quarter of 2025
 * (the five levels), so that the 好差评 table and a survey planned over
 * these departments show believable figures. Surveys belong to a cycle, and
 * the demo has none until one is planned: they are planned in the browser.
 */
const RATINGS: Array<[code: string, quarters: Array<[number, number, number, number, number]>]> = [
  ['QH-D-SCJ', [[1210, 640, 150, 38, 12], [1302, 611, 162, 31, 9], [1188, 702, 140, 44, 16], [1366, 655, 133, 29, 7]]],
  ['QH-D-WJW', [[2104, 980, 301, 92, 33], [2230, 1012, 288, 77, 25], [2011, 1103, 320, 101, 41], [2345, 990, 276, 68, 21]]],
  ['QH-D-JYT', [[860, 410, 95, 22, 6], [902, 388, 101, 19, 5], [845, 430, 99, 27, 9], [930, 402, 88, 15, 4]]],
  ['QH-D-STT', [[512, 260, 70, 18, 7], [540, 251, 66, 15, 5], [498, 280, 73, 21, 8], [566, 247, 61, 12, 3]]],
];

export async function seedServiceRatings(m: EntityManager, ids: ReadonlyMap<string, { id: string }>): Promise<void> {
  const rows = RATINGS.flatMap(([code, quarters]) =>
    quarters.map((q, i) => ({ o: ids.get(code)!.id, p: `2025-Q${i + 1}`, l: q, g: q[0] + q[1] + q[2], b: q[3] + q[4] })),
  );
  await m.query(
    `INSERT INTO service_rating (organisation_id, year, period, very_satisfied, satisfied, basically_satisfied, dissatisfied, very_dissatisfied, good, bad, recorded_at)
     SELECT x.o, 2025, x.p, (x.l->>0)::int, (x.l->>1)::int, (x.l->>2)::int, (x.l->>3)::int, (x.l->>4)::int, x.g, x.b, now()
       FROM jsonb_to_recordset($1::jsonb) AS x(o uuid, p text, l jsonb, g int, b int)`,
    [JSON.stringify(rows)],
  );
}
