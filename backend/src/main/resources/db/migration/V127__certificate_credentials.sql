-- Certificates as verifiable credentials (issue 14): each certificate's Open Badges 3.0 credential, signed once
-- (VC-JOSE, ES256) and kept as issued, so that a credential handed out before a key rotation stays the same
-- bytes and still verifies against its key's public half, which SigningKeys keeps.

-- Every credential's place in the revocation status lists (Bitstring Status List): index n of the sequence is
-- bit n % 131072 of list n / 131072 + 1. A sequence never hands out a number twice, however many issuances
-- race, so no two credentials share a bit; a number taken by an issuance that lost its race is a gap whose bit
-- stays 0 forever.
CREATE SEQUENCE credential_status_index_seq AS bigint MINVALUE 0 START 0;

CREATE TABLE certificate_credential (
    certificate_id uuid        PRIMARY KEY REFERENCES certificate (id) ON DELETE CASCADE,
    status_list    integer     NOT NULL CHECK (status_list >= 1),
    status_index   integer     NOT NULL CHECK (status_index BETWEEN 0 AND 131071),
    -- The signing key's id (a DID URL, did:web:…#<JWK thumbprint>), as in the JWT's header.
    key_id         text        NOT NULL,
    -- The compact JWS (application/vc+jwt), exactly as issued.
    jwt            text        NOT NULL,
    issued_at      timestamptz NOT NULL,
    CONSTRAINT certificate_credential_status_unique UNIQUE (status_list, status_index)
);

COMMENT ON TABLE certificate_credential IS
    'A certificate''s Open Badges 3.0 credential as issued (VC-JOSE). Its status bit is set while the certificate is revoked.';
