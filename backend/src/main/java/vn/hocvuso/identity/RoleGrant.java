package vn.hocvuso.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.hocvuso.security.Role;

/** A role beyond LEARNER with its scope: one unit, one agency, or (ADMIN) the whole province. */
@Entity
@Table(name = "role_grant")
public class RoleGrant {

    @Id
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "agency_id")
    public Long agencyId;

    @Column(name = "granted_at")
    public OffsetDateTime grantedAt;

    @Column(name = "granted_by")
    public UUID grantedBy;
}
