import type { PoolStats } from '../db/database.js';
import type { DatabaseFigures } from '../db/ops-metrics.js';

/** The buckets of the request-duration histogram, in seconds. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

interface RouteSeries {
  readonly method: string;
  readonly route: string;
  readonly statuses: Map<number, number>;
  readonly buckets: number[];
  sum: number;
  count: number;
}

/**
 * Request counts and durations per route pattern (never a path with an id in it, a query or a user), kept in
 * memory per instance, in the Prometheus text format (version 0.0.4). Prometheus adds up the instances.
 */
export class RequestMetrics {
  private readonly series = new Map<string, RouteSeries>();

  observe(method: string, route: string | undefined, status: number, seconds: number): void {
    const pattern = route ?? 'unmatched';
    const key = `${method} ${pattern}`;
    let s = this.series.get(key);
    if (!s) {
      s = { method, route: pattern, statuses: new Map(), buckets: BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.series.set(key, s);
    }
    s.statuses.set(status, (s.statuses.get(status) ?? 0) + 1);
    BUCKETS.forEach((le, i) => {
      if (seconds <= le) (s as RouteSeries).buckets[i] = ((s as RouteSeries).buckets[i] ?? 0) + 1;
    });
    s.sum += seconds;
    s.count += 1;
  }

  render(db: DatabaseFigures, pool: PoolStats | null): string {
    const out: string[] = [];
    const sorted = [...this.series.values()].sort((a, b) =>
      a.route === b.route ? a.method.localeCompare(b.method) : a.route.localeCompare(b.route),
    );
    out.push('# HELP duiden_http_requests_total Requests answered, per route pattern and status.');
    out.push('# TYPE duiden_http_requests_total counter');
    for (const s of sorted) {
      for (const [status, n] of [...s.statuses].sort((a, b) => a[0] - b[0])) {
        out.push(`duiden_http_requests_total{${labels(s)},status="${status}"} ${n}`);
      }
    }
    out.push('# HELP duiden_http_request_duration_seconds Time to answer, per route pattern.');
    out.push('# TYPE duiden_http_request_duration_seconds histogram');
    for (const s of sorted) {
      BUCKETS.forEach((le, i) => {
        out.push(`duiden_http_request_duration_seconds_bucket{${labels(s)},le="${le}"} ${s.buckets[i] ?? 0}`);
      });
      out.push(`duiden_http_request_duration_seconds_bucket{${labels(s)},le="+Inf"} ${s.count}`);
      out.push(`duiden_http_request_duration_seconds_sum{${labels(s)}} ${round(s.sum)}`);
      out.push(`duiden_http_request_duration_seconds_count{${labels(s)}} ${s.count}`);
    }
    if (pool) {
      out.push('# HELP duiden_db_pool_connections Connections of the database pool, by state.');
      out.push('# TYPE duiden_db_pool_connections gauge');
      out.push(`duiden_db_pool_connections{state="total"} ${pool.total}`);
      out.push(`duiden_db_pool_connections{state="idle"} ${pool.idle}`);
      out.push(`duiden_db_pool_connections{state="waiting"} ${pool.waiting}`);
      out.push(`duiden_db_pool_connections{state="max"} ${pool.max}`);
    }
    gauge(out, 'duiden_outbox_pending', 'Mails waiting in an outbox, per outbox.', [
      ['{outbox="meldpunt"}', db.meldpuntOutboxPending],
      ['{outbox="overleg"}', db.meetingOutboxPending],
    ]);
    gauge(out, 'duiden_access_log_unsealed_entries', 'Access-log entries not yet sealed.', [
      ['', db.accessLogUnsealed],
    ]);
    gauge(
      out,
      'duiden_access_log_unsealed_age_seconds',
      'Age of the oldest access-log entry not yet sealed.',
      [['', db.accessLogUnsealedAgeSeconds]],
    );
    if (db.retentionLastRunAt !== null) {
      gauge(out, 'duiden_retention_last_run_timestamp_seconds', 'When the last retention run finished.', [
        ['', db.retentionLastRunAt],
      ]);
    }
    gauge(out, 'duiden_retention_deleted_last_day', 'Records deleted by retention in the last 24 hours.', [
      ['', db.retentionDeletedLastDay],
    ]);
    return `${out.join('\n')}\n`;
  }
}

function labels(s: RouteSeries): string {
  return `method="${s.method}",route="${labelValue(s.route)}"`;
}

function labelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function gauge(
  out: string[],
  name: string,
  help: string,
  values: ReadonlyArray<readonly [string, number]>,
): void {
  out.push(`# HELP ${name} ${help}`);
  out.push(`# TYPE ${name} gauge`);
  for (const [l, v] of values) out.push(`${name}${l} ${v}`);
}
