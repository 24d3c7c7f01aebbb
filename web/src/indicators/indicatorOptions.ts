import { formFromTree } from './schemeForm';

export interface IndicatorOption {
  scheme: string;
  code: string;
  /** The indicator's name with its code and unit, for a picker. */
  label: string;
}

/** The indicators of the scheme versions a cycle pinned, in scheme and tree order, each once per scheme. */
export function indicatorOptions(versions: ReadonlyArray<{ id: string; name: string; tree: unknown }>): IndicatorOption[] {
  return versions.flatMap((v) =>
    formFromTree(v.tree).dimensions.flatMap((d) =>
      d.indicators.filter((i) => i.code).map((i) => ({ scheme: v.id, code: i.code, label: `${i.name || i.code}（${i.code}${i.unit ? `，${i.unit}` : ''}）· ${v.name}` })),
    ),
  );
}
