package vn.hocvuso.identity;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.hocvuso.security.Role;

/** A role beyond LEARNER with its scope: one unit, one agency, or (ADMIN) the whole province. */
public record RoleGrant(
        UUID id, UUID userId, Role role, String unitCode, Long agencyId, OffsetDateTime grantedAt, UUID grantedBy) {}
