import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Official documents (GB/T 9704-2012): every document that carries a 发文字号
 * gets its running number per issuing organisation and year once, here, and
 * keeps it — a reprint shows the same number.
 */
export class DocumentNumbers1765600000000 implements MigrationInterface {
  name = 'DocumentNumbers1765600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_number (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_key text NOT NULL UNIQUE,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2999),
        seq int NOT NULL CHECK (seq > 0),
        number text NOT NULL,
        issued_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisation_id, year, seq)
      )`);
    await q.query(`COMMENT ON TABLE document_number IS 'The 发文字号 of each official document, allocated once and kept so a reprint carries the same number'`);
    await q.query(`COMMENT ON COLUMN document_number.document_key IS 'Which document: its kind and subject, e.g. WRITTEN_NOTICE:<assessment id> or PUBLIC_NOTICE:<cycle id>'`);
    await q.query(`COMMENT ON COLUMN document_number.organisation_id IS 'The organisation whose issuing organ numbers the document (the cycle''s organisation)'`);
    await q.query(`COMMENT ON COLUMN document_number.year IS 'The year in the 〔〕 of the number: the year of the Beijing day of issue'`);
    await q.query(`COMMENT ON COLUMN document_number.seq IS 'The running number per organisation and year, from 1'`);
    await q.query(`COMMENT ON COLUMN document_number.number IS 'The number as printed, e.g. 东组考〔2026〕3号'`);
    await q.query(`COMMENT ON COLUMN document_number.issued_on IS 'The Beijing day the number was allocated: the document''s 成文日期'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE document_number`);
  }
}
