package vn.hocvuso.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.hocvuso.common.OneLine;
import vn.hocvuso.common.TextLength;
import vn.hocvuso.common.Verbatim;
import vn.hocvuso.security.Role;
import vn.hocvuso.unit.LearnerGroup;
import vn.hocvuso.unit.UnitCode;

/** Request and response bodies of the identity feature. */
public final class IdentityViews {

    private IdentityViews() {}

    /**
     * Validated by {@link AuthService} itself, not before it (see {@link RegistrationRules}), so that one
     * answer names every wrong field and the unknown unit or agency together.
     */
    @RegistrationRules
    public record RegisterRequest(
            @NotNull @OneLine @TextLength(min = 2, max = 100)
            String fullName,

            @OneLine @MobilePhone String phone,
            @OneLine @EmailAddress String email,
            @Verbatim String password,
            @NotNull LearnerGroup learnerGroup,
            @NotBlank @OneLine @UnitCode String unitCode,
            /** Deprecated alias of {@code organisationId}, kept for clients written before organisations. */
            Long agencyId,
            Long organisationId,
            Long villageId,
            @OneLine @TextLength(min = 1, max = 50) String className)
            implements RegistrationRules.Fields {}

    public record LoginRequest(
            @NotBlank @Size(max = 254) String login,
            @NotBlank @Size(max = 128) @Verbatim String password) {}

    public record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {}

    /**
     * A partial update: an absent field is left alone. A class rather than a record, because
     * {@code agencyId} has three states a record cannot tell apart: absent (keep), {@code null} (remove
     * the agency) and a number (set it); the setter records that the field was sent.
     */
    @PasswordChange
    public static final class UpdateProfileRequest {
        @TextLength(min = 2, max = 100)
        private String fullName;

        @UnitCode
        private String unitCode;

        private Long agencyId;
        private boolean agencyIdSent;
        private Long organisationId;
        private boolean organisationIdSent;
        private Long villageId;
        private boolean villageIdSent;

        @TextLength(min = 1, max = 50)
        private String className;

        private boolean classNameSent;
        private String currentPassword;
        private String newPassword;
        private Boolean largeText;

        public String fullName() {
            return fullName;
        }

        public String unitCode() {
            return unitCode;
        }

        /** {@code null} when absent; empty to remove the agency; else the new agency. */
        @SuppressWarnings("OptionalAssignedToNull")
        public Optional<Long> agencyId() {
            return agencyIdSent ? Optional.ofNullable(agencyId) : null;
        }

        /** The same three states for {@code organisationId}, of which {@code agencyId} is the older name. */
        @SuppressWarnings("OptionalAssignedToNull")
        public Optional<Long> organisationId() {
            return organisationIdSent ? Optional.ofNullable(organisationId) : null;
        }

        /** {@code null} when absent; empty to remove the village; else the new village. */
        @SuppressWarnings("OptionalAssignedToNull")
        public Optional<Long> villageId() {
            return villageIdSent ? Optional.ofNullable(villageId) : null;
        }

        /** {@code null} when absent; empty to remove the class; else the new class. */
        @SuppressWarnings("OptionalAssignedToNull")
        public Optional<String> className() {
            return classNameSent ? Optional.ofNullable(className) : null;
        }

        public String currentPassword() {
            return currentPassword;
        }

        public String newPassword() {
            return newPassword;
        }

        @OneLine // on the setter: Jackson reads the property through it, not through the private field
        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        @OneLine
        public void setUnitCode(String unitCode) {
            this.unitCode = unitCode;
        }

        public void setAgencyId(Long agencyId) {
            this.agencyId = agencyId;
            this.agencyIdSent = true;
        }

        public void setOrganisationId(Long organisationId) {
            this.organisationId = organisationId;
            this.organisationIdSent = true;
        }

        public void setVillageId(Long villageId) {
            this.villageId = villageId;
            this.villageIdSent = true;
        }

        @OneLine
        public void setClassName(String className) {
            this.className = className;
            this.classNameSent = true;
        }

        @Verbatim
        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        @Verbatim
        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        /** "Chữ lớn" on the account; {@code null} when absent. */
        public Boolean largeText() {
            return largeText;
        }

        public void setLargeText(Boolean largeText) {
            this.largeText = largeText;
        }
    }

    /** How many sessions an administrator's "log out everywhere" ended. */
    public record SessionsEnded(int endedSessions) {}

    public record TokenResponse(
            String accessToken, String tokenType, long expiresIn, String refreshToken, long refreshExpiresIn) {}

    public record UnitRef(String code, String name, String type) {}

    public record AgencyRef(Long id, String name) {}

    /** A learner's organisation: an agency, a school or an enterprise ({@code kind}). */
    public record OrganisationRef(Long id, String name, String kind) {}

    public record VillageRef(Long id, String name) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoleAssignment(Role role, String unitCode, Long agencyId, String provinceCode) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Profile(
            UUID id,
            String fullName,
            String phone,
            String email,
            LearnerGroup learnerGroup,
            UnitRef unit,
            AgencyRef agency,
            OrganisationRef organisation,
            VillageRef village,
            String className,
            List<RoleAssignment> roles,
            OffsetDateTime createdAt,
            boolean largeText) {

        static Profile of(User user, List<RoleGrant> grants) {
            List<RoleAssignment> roles = new ArrayList<>();
            roles.add(new RoleAssignment(Role.LEARNER, null, null, null));
            grants.forEach(g -> roles.add(new RoleAssignment(g.role(), g.unitCode(), g.agencyId(), g.provinceCode())));
            return new Profile(
                    user.id(),
                    user.fullName(),
                    user.phone(),
                    user.email(),
                    user.learnerGroup(),
                    user.unit(),
                    user.organisation() == null
                            ? null
                            : new AgencyRef(
                                    user.organisation().id(),
                                    user.organisation().name()),
                    user.organisation(),
                    user.village(),
                    user.className(),
                    roles,
                    user.createdAt(),
                    user.largeText());
        }
    }

    @RoleScope
    public record GrantRoleRequest(
            @NotNull Role role,
            @OneLine String unitCode,
            Long agencyId,
            @OneLine String provinceCode) {

        /** A grant that names no province: that of every role but PROVINCE_ADMIN. */
        public GrantRoleRequest(Role role, String unitCode, Long agencyId) {
            this(role, unitCode, agencyId, null);
        }

        /** The unit code, {@code null} when none or blank. */
        String unitCodeOrNull() {
            return unitCode == null || unitCode.isEmpty() ? null : unitCode;
        }

        /** The province's code, {@code null} when none or blank. */
        String provinceCodeOrNull() {
            return provinceCode == null || provinceCode.isEmpty() ? null : provinceCode;
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RoleGrantView(
            UUID id, Role role, String unitCode, Long agencyId, String provinceCode, OffsetDateTime grantedAt) {

        static RoleGrantView of(RoleGrant grant) {
            return new RoleGrantView(
                    grant.id(),
                    grant.role(),
                    grant.unitCode(),
                    grant.agencyId(),
                    grant.provinceCode(),
                    grant.grantedAt());
        }
    }
}
