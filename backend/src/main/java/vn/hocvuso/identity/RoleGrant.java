package vn.hocvuso.identity;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.hocvuso.security.Role;

/**
 * A role beyond LEARNER with its scope: one unit, one agency, one province (PROVINCE_ADMIN), or (ADMIN) the whole
 * portal.
 */
public record RoleGrant(
        UUID id,
        UUID userId,
        Role role,
        String unitCode,
        Long agencyId,
        String provinceCode,
        OffsetDateTime grantedAt,
        UUID grantedBy) {}
