import type { DataSource } from 'typeorm';
import { assertSignedIn, type Viewer } from '../auth/policy.js';
import { returnedRows } from '../common/sql.js';

interface Row {
  id: string;
  assessment_id: string | null;
  kind: string;
  payload: object;
  created_at: Date;
  read_at: Date | null;
}

/** A page of the viewer's notifications, newest first, with the unread count. */
export interface NotificationPageShape {
  nodes: Array<{ id: string; assessmentId: string | null; kind: string; payload: object; createdAt: Date; readAt: Date | null }>;
  unread: number;
  endCursor: string | null;
}

/** The viewer's notifications: what happened to their assessments, tasks and cases, and reminders. */
export class NotificationService {
  constructor(private readonly dataSource: DataSource) {}

  /** The viewer's notifications, newest first, `first` at a time after the `after` cursor (a notification id). */
  async mine(viewer: Viewer | null, first: number, after: string | null): Promise<NotificationPageShape> {
    assertSignedIn(viewer);
    const userId = viewer.userId;
    const rows: Row[] = await this.dataSource.query(
      `SELECT id, assessment_id, kind, payload, created_at, read_at FROM notification
        WHERE user_id = $1 AND ($2::bigint IS NULL OR id < $2::bigint) ORDER BY id DESC LIMIT $3`,
      [userId, after, first],
    );
    const [{ unread }] = (await this.dataSource.query(`SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND read_at IS NULL`, [userId])) as [{ unread: number }];
    return {
      nodes: rows.map((r) => ({ id: String(r.id), assessmentId: r.assessment_id, kind: r.kind, payload: r.payload, createdAt: r.created_at, readAt: r.read_at })),
      unread,
      endCursor: rows.length === first ? String(rows.at(-1)!.id) : null,
    };
  }

  /** Marks the viewer's notifications read (all when `ids` is null); returns how many changed. */
  async markRead(viewer: Viewer | null, ids: string[] | null, at: Date): Promise<number> {
    assertSignedIn(viewer);
    const rows = returnedRows<{ id: string }>(await this.dataSource.query(
      `UPDATE notification SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL AND ($3::bigint[] IS NULL OR id = ANY($3::bigint[])) RETURNING id`,
      [viewer.userId, at, ids],
    ));
    return rows.length;
  }
}
