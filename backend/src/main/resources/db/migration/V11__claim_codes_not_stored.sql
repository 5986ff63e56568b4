-- Claim codes of imported accounts were kept in plain text for the uploader's result file. The result
-- file now derives them again (vn.hocvuso.roster.ClaimCodes, keyed outside the database) and the
-- database keeps only their SHA-256 (account_claim.code_hash). The plain copies go; codes already handed
-- out keep working through their hashes, but older result files no longer show them.
DROP INDEX IF EXISTS roster_import_row_user_idx;
ALTER TABLE roster_import_row DROP COLUMN claim_code;

-- Expired codes open nothing; they are deleted from now on (AccountClaims.clearExpired).
DELETE FROM account_claim WHERE expires_at < now();
