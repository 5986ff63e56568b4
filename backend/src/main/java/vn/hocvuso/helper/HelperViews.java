package vn.hocvuso.helper;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import vn.hocvuso.common.OneLine;
import vn.hocvuso.common.TextLength;
import vn.hocvuso.identity.EmailAddress;
import vn.hocvuso.identity.MobilePhone;
import vn.hocvuso.identity.RegistrationRules;
import vn.hocvuso.unit.LearnerGroup;
import vn.hocvuso.unit.UnitCode;

/** Request and response bodies of assisted access. */
public final class HelperViews {

    private HelperViews() {}

    /** A manager names the person to make a helper by the phone or e-mail of their account. */
    public record GrantHelperRequest(
            @NotBlank @Size(max = 254) String login) {}

    /** A helper of a unit, as its managers see them: no more than the name and a masked phone. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Helper(UUID userId, String fullName, String phone, String unitCode, Instant grantedAt) {}

    /**
     * A person registered by a helper: the registration's fields without a password, and the consent the
     * person gave ({@code consent} ticked, {@code consentText} the statement shown beside the box, kept as shown).
     */
    @RegistrationRules
    public record AssistedRegistrationRequest(
            @NotNull @OneLine @TextLength(min = 2, max = 100)
            String fullName,

            @OneLine @MobilePhone String phone,
            @OneLine @EmailAddress String email,
            @NotNull LearnerGroup learnerGroup,
            @NotBlank @OneLine @UnitCode String unitCode,
            Long agencyId,

            @NotNull(message = "consent_required") @AssertTrue(message = "consent_required")
            Boolean consent,

            @NotNull @OneLine @TextLength(min = 1, max = 2000)
            String consentText)
            implements RegistrationRules.Fields {}

    /** What the helper learns of the account they helped make: its id and name, and where the code went. */
    public record AssistedAccount(UUID id, String fullName, String unitCode, String codeSentTo) {}

    public record AssistedResetRequest(
            @NotBlank @Size(max = 254) String login) {}

    /** Where the code went ({@code PHONE} or {@code EMAIL}); never the code, never the address. */
    public record AssistedReset(String codeSentTo) {}

    /** One thing a helper did, from the audit trail. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record HelperActivity(
            Instant at, String action, UUID helperId, String helperName, UUID personId, String personName) {}
}
