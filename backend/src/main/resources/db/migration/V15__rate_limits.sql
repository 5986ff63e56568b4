-- Limits per client address and per account (docs/operations.md, "Limits and lockout"), kept here so
-- that every API replica sees the same counts.
--
-- One row per limited key (e.g. "pdf-address:203.0.113.7"), holding the key's "theoretical arrival
-- time" of the generic cell rate algorithm: a request is allowed while tat - now <= the limit's
-- tolerance, and each allowed request pushes tat one interval further. A row whose tat has passed
-- says nothing a missing row would not say, so the purge simply deletes those.
--
-- UNLOGGED: the state of limits is worth nothing after a crash (it is empty again, as after a purge)
-- and not worth a WAL record for every login failure or PDF download. It is not replicated to standbys
-- either: after a fail-over every limit starts afresh, which is acceptable for a limit.
CREATE UNLOGGED TABLE rate_limit (
    key text        PRIMARY KEY,
    tat timestamptz NOT NULL
) WITH (fillfactor = 70); -- room for HOT updates: every allowed request rewrites its row

-- The lockout table keeps its rows (failures per account and address, see LoginThrottle) for the
-- same short time and has the same value after a crash.
ALTER TABLE login_throttle SET UNLOGGED;
ALTER TABLE login_throttle SET (fillfactor = 70);
