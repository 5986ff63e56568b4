-- Provinces as data (issue 15), the first step of tenancy: a unit belongs to a province, and what a province
-- shows of itself (its name, the committee and department named on its certificates, its hotline, its colour)
-- is a row, not code. Organisations, villages, learners and everything counted hang off units, so each row of
-- theirs has its province through its unit.
--
-- The key is a slug of the name ('quang-ngai'): it reads in URLs and logs, and it is ours. The statistics
-- office's two-digit province code is a column of its own, left empty until it is taken from the official list
-- (the 34 provinces' codes after 1 July 2025 were not checked here, and a guessed code would be worse than none).
CREATE TABLE province (
    code               text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    gso_code           varchar(2) UNIQUE CHECK (gso_code ~ '^[0-9]{2}$'),
    -- 'Quảng Ngãi'; with its kind ('tỉnh' or 'thành phố') it is 'tỉnh Quảng Ngãi'.
    name               text    NOT NULL UNIQUE CHECK (name <> ''),
    kind               text    NOT NULL DEFAULT 'tỉnh' CHECK (kind IN ('tỉnh', 'thành phố')),
    -- The two lines at the head of a certificate and its signature: the people's committee above the
    -- department that issues the province's certificates.
    committee_name     text    NOT NULL CHECK (committee_name <> ''),
    issuer_name        text    NOT NULL CHECK (issuer_name <> ''),
    hotline            text    CHECK (hotline ~ '^[0-9 .]{3,20}$'),
    primary_color      text    NOT NULL DEFAULT '#0b4f8a' CHECK (primary_color ~ '^#[0-9a-f]{6}$'),
    -- A province made up for tests and demonstrations (issue 15's isolation proofs); never a real one.
    synthetic          boolean NOT NULL DEFAULT false,
    created_at         timestamptz NOT NULL DEFAULT now()
);

INSERT INTO province (code, name, committee_name, issuer_name)
VALUES ('quang-ngai', 'Quảng Ngãi', 'Ủy ban nhân dân tỉnh Quảng Ngãi', 'Sở Khoa học và Công nghệ');

-- Every unit of today is Quảng Ngãi's (V2). The default only fills the existing rows: a unit added later names
-- its province.
ALTER TABLE unit ADD COLUMN province_code text NOT NULL DEFAULT 'quang-ngai' REFERENCES province (code);
ALTER TABLE unit ALTER COLUMN province_code DROP DEFAULT;
CREATE INDEX unit_province_code_idx ON unit (province_code);
