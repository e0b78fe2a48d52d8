"""The overview's questions in DuckDB SQL, over the read-model tables; `$since` is the first day counted."""

# The columns the questions read, loaded into memory once per read-model version (every line stays on disk).
COLUMNS = {
    "jobs": ("account_id", "status", "created_at", "completed_at", "day", "lines_total"),
    "line_counts": ("account_id", "day", "counted_by", "chapter", "source", "lines", "confidence_sum",
                    "confidence_lines"),
    "ledger": ("key", "account_id", "kind", "amount", "day", "job_id"),
    "purchases": ("id", "package_id"),
    "activities": ("account_id", "day"),
    "accounts": ("id", "email", "role"),
}  # fmt: skip
PACKAGES = "CREATE OR REPLACE TABLE packages (id VARCHAR, price DECIMAL(18, 2), currency VARCHAR)"

JOBS_PER_DAY = """
SELECT day, count(*), count(*) FILTER (WHERE status = 'COMPLETED'), count(*) FILTER (WHERE status = 'FAILED')
FROM jobs WHERE day >= $since GROUP BY day
"""
LINES_PER_DAY = "SELECT day, sum(lines) FROM line_counts WHERE counted_by = 'source' AND day >= $since GROUP BY day"
CREDITS_PER_DAY = """
SELECT day, sum(purchased), sum(consumed) FROM (
    SELECT day, amount AS purchased, 0 AS consumed FROM ledger WHERE kind = 'purchase' AND day >= $since
    UNION ALL SELECT day, 0, consumed FROM settled WHERE day >= $since
) GROUP BY day
"""
# Brokers only, as the accounts table beside it: an administrator's sign-ins and approvals are not use of the service.
ACTIVE_PER_DAY = """
SELECT activity.day, count(DISTINCT activity.account_id) FROM activities AS activity
LEFT JOIN accounts AS account ON account.id = activity.account_id
WHERE activity.day >= $since AND activity.account_id IS NOT NULL AND coalesce(account.role, '') <> 'admin'
GROUP BY activity.day
"""
REVENUE = """
SELECT package.currency, sum(package.price), count(*), sum(entry.amount)
FROM ledger AS entry
JOIN purchases AS purchase ON entry.key = 'purchase:' || purchase.id
JOIN packages AS package ON package.id = purchase.package_id
WHERE entry.kind = 'purchase' AND entry.day >= $since
GROUP BY package.currency ORDER BY package.currency
"""
TOP_CHAPTERS = """
SELECT chapter, sum(lines) AS n FROM line_counts WHERE counted_by = 'chapter' AND day >= $since AND chapter IS NOT NULL
GROUP BY chapter ORDER BY n DESC, chapter LIMIT $top
"""
QUALITY = """
SELECT source, sum(lines), sum(confidence_sum), sum(confidence_lines) FROM line_counts
WHERE counted_by = 'source' AND day >= $since GROUP BY source
"""
SPEED = """
SELECT count(*), quantile_cont(seconds, 0.5), quantile_cont(seconds, 0.95),
       quantile_cont(lines_total / nullif(seconds, 0), 0.5), quantile_cont(lines_total / nullif(seconds, 0), 0.95)
FROM (SELECT lines_total, epoch(completed_at - created_at) AS seconds FROM jobs
      WHERE completed_at IS NOT NULL AND day >= $since)
"""
ACCOUNTS = """
SELECT usage.account_id, account.email, usage.jobs, usage.lines, usage.purchased, usage.consumed, usage.last_job_at
FROM (
    SELECT account_id, sum(jobs) AS jobs, sum(lines) AS lines, sum(purchased) AS purchased,
           sum(consumed) AS consumed, max(last_job_at) AS last_job_at
    FROM (
        SELECT account_id, 1 AS jobs, 0 AS lines, 0 AS purchased, 0 AS consumed, created_at AS last_job_at
        FROM jobs WHERE day >= $since
        UNION ALL SELECT account_id, 0, lines, 0, 0, NULL FROM line_counts WHERE counted_by = 'source' AND day >= $since
        UNION ALL SELECT account_id, 0, 0, amount, 0, NULL FROM ledger WHERE kind = 'purchase' AND day >= $since
        UNION ALL SELECT account_id, 0, 0, 0, consumed, NULL FROM settled WHERE day >= $since
    ) GROUP BY account_id
) AS usage LEFT JOIN accounts AS account ON account.id = usage.account_id
ORDER BY usage.lines DESC, usage.jobs DESC, usage.account_id LIMIT $top
"""
