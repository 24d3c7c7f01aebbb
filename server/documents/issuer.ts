import type { OrganisationKind } from '../../workflows/org/categories.js';

export interface IssuerSource {
  name: string;
  kind: OrganisationKind;
}

export interface Issuer {
  /** The issuing organ as the 版头 and the signature name it, e.g. 中共东江区委员会组织部. */
  organ: string;
  /** The organ's abbreviation in a 发文字号, e.g. 东组考 (its number reads 东组考〔2026〕3号). */
  prefix: string;
}

const AREA_KINDS: ReadonlySet<OrganisationKind> = new Set(['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP']);

/** The name without the organisation's own 中共 (a party body may already be named so). */
const bare = (name: string) => name.replace(/^中共/, '').trim();

/**
 * Who issues an assessment's documents, from the running organisation's kind:
 *
 * - PROVINCE, CITY, COUNTY, TOWNSHIP — the organisation department of its
 *   party committee: 中共<name>委员会组织部 (abbreviation: first character +
 *   组考, e.g. 东江区 → 东组考);
 * - DEPARTMENT — its leading party group: 中共<name>党组 (…党考);
 * - PUBLIC_INSTITUTION, STATE_OWNED_ENTERPRISE, INTERNAL_UNIT — its party
 *   committee: 中共<name>委员会 (…党考).
 */
export function issuerOf(org: IssuerSource): Issuer {
  const name = bare(org.name);
  const first = [...name][0] ?? '';
  if (AREA_KINDS.has(org.kind)) return { organ: `中共${name}委员会组织部`, prefix: `${first}组考` };
  if (org.kind === 'DEPARTMENT') return { organ: `中共${name}党组`, prefix: `${first}党考` };
  return { organ: `中共${name}委员会`, prefix: `${first}党考` };
}

/** A 发文字号: the prefix, the year in 〔〕 and the running number: 东组考〔2026〕3号. */
export function documentNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}〔${year}〕${seq}号`;
}
