package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import vn.hocvuso.certificate.CertificateViews.RevokeRequest;
import vn.hocvuso.course.AdminCourseViews.CreateLessonRequest;
import vn.hocvuso.course.AdminCourseViews.CreateQuestionRequest;
import vn.hocvuso.course.AdminCourseViews.ModuleRequest;
import vn.hocvuso.course.AdminCourseViews.QuestionOption;
import vn.hocvuso.course.AdminCourseViews.UpdateLessonRequest;
import vn.hocvuso.course.LessonKind;
import vn.hocvuso.helper.HelperViews.AssistedRegistrationRequest;
import vn.hocvuso.identity.IdentityViews.GrantRoleRequest;
import vn.hocvuso.identity.IdentityViews.RegisterRequest;
import vn.hocvuso.identity.IdentityViews.UpdateProfileRequest;
import vn.hocvuso.identity.PasswordResets.ResetConfirmation;
import vn.hocvuso.identity.PhoneVerifications.VerificationConfirmation;
import vn.hocvuso.integration.IntegrationConfig;
import vn.hocvuso.integration.ServiceAccountViews.CreateServiceAccountRequest;
import vn.hocvuso.notification.NotificationViews.OptOut;
import vn.hocvuso.notification.NotificationViews.SettingsUpdate;
import vn.hocvuso.notification.NotificationViews.TemplateText;
import vn.hocvuso.organisation.OrganisationViews.SchoolLevel;
import vn.hocvuso.security.Role;
import vn.hocvuso.stats.DenominatorService.UnitDenominatorRequest;
import vn.hocvuso.stats.TargetService.TargetGroup;
import vn.hocvuso.stats.TargetService.TargetMetric;
import vn.hocvuso.stats.TargetService.TargetRequest;
import vn.hocvuso.stats.TargetService.TargetScope;
import vn.hocvuso.unit.LearnerGroup;
import vn.hocvuso.webhook.WebhookUrl;
import vn.hocvuso.webhook.WebhookViews.CreateSubscriptionRequest;
import vn.hocvuso.webhook.WebhookViews.UpdateSubscriptionRequest;

/**
 * Each constraint of ours on valid and wrong values, as a client reads its answer: {@code field code
 * [arguments]}, through {@link FieldViolation#of} like the problem answers. Plain Hibernate Validator, no
 * server.
 */
class ConstraintsTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .constraintValidatorFactory(new Factory())
            .buildValidatorFactory()
            .getValidator();

    /** The violations of {@code bean}, each as "field code [args]". */
    private static Set<String> violations(Object bean, Class<?>... groups) {
        Set<String> found = new TreeSet<>();
        VALIDATOR.validate(bean, groups).forEach(v -> {
            FieldViolation f = FieldViolation.of(v);
            found.add(f.field() + " " + f.code() + (f.args().length == 0 ? "" : " " + Arrays.toString(f.args())));
        });
        return found;
    }

    // --- common ------------------------------------------------------------------------------------------

    @Test
    void textLengthCountsLettersAndCallsABlankRequiredWhenAMinimumIsSet() {
        assertThat(violations(new RevokeRequest("Cấp nhầm người"))).isEmpty();
        assertThat(violations(new RevokeRequest("Sai"))).containsExactly("reason size [5, 500]");
        assertThat(violations(new RevokeRequest("x".repeat(501)))).containsExactly("reason size [5, 500]");
        assertThat(violations(new RevokeRequest(""))).containsExactly("reason required");
        assertThat(violations(new RevokeRequest(null))).containsExactly("reason required");
    }

    @Test
    void oneOfAndNoNullElements() {
        assertThat(violations(new SettingsUpdate("en", List.of()))).isEmpty();
        assertThat(violations(new SettingsUpdate("fr", null))).containsExactly("language format");
        assertThat(violations(new CreateServiceAccountRequest("Sở Nội vụ", null, List.of("stats:read"), null, null)))
                .isEmpty();
        assertThat(violations(new CreateServiceAccountRequest(
                        "Sở Nội vụ",
                        null,
                        List.of("stats:read"),
                        Arrays.asList("21211", null),
                        Arrays.asList(1L, null))))
                .containsExactly("agencyIds required", "unitCodes required");
    }

    @Test
    void aStandardConstraintMayStateItsOwnCodeAndKeepsItsBounds() {
        assertThat(violations(new CreateQuestionRequest(
                        UUID.randomUUID(), "Câu hỏi", List.of(option("a", "Một")), "a", null)))
                .containsExactly("options option_count [2, 6]");
    }

    // --- the features' constraints -----------------------------------------------------------------------

    @Test
    void unitCodeNamesWhatWasSent() {
        UpdateProfileRequest profile = new UpdateProfileRequest();
        profile.setUnitCode("21211");
        assertThat(violations(profile)).isEmpty();
        profile.setUnitCode("2121");
        assertThat(violations(profile)).containsExactly("unitCode unit_not_found [2121]");
    }

    @Test
    void passwordChangeNeedsBothPasswords() {
        UpdateProfileRequest profile = new UpdateProfileRequest();
        assertThat(violations(profile)).isEmpty();
        profile.setNewPassword("Mật-khẩu-mới-2026");
        assertThat(violations(profile)).containsExactly("currentPassword required");
        profile.setCurrentPassword("Hoc-vu-so-2026!");
        assertThat(violations(profile)).isEmpty();
        UpdateProfileRequest onlyCurrent = new UpdateProfileRequest();
        onlyCurrent.setCurrentPassword("Hoc-vu-so-2026!");
        assertThat(violations(onlyCurrent)).containsExactly("newPassword required");
    }

    @Test
    void oneTimeCodeAllowsSpacesBetweenItsSixDigits() {
        assertThat(violations(new ResetConfirmation("0912345678", "482 913", "Mật-khẩu-mới-2026")))
                .isEmpty();
        assertThat(violations(new ResetConfirmation("0912345678", "48291", "Mật-khẩu-mới-2026")))
                .containsExactly("code format");
        assertThat(violations(new ResetConfirmation("0912345678", " ", "Mật-khẩu-mới-2026")))
                .containsExactly("code required");
        assertThat(violations(new VerificationConfirmation("", null)))
                .containsExactly("code required", "phone required");
    }

    @Test
    void registrationRulesAndTheContactsConstraints() {
        String password = "Hoc-vu-so-2026!";
        assertThat(violations(registration("0912 345 678", null, password, null)))
                .isEmpty();
        assertThat(violations(registration(null, "hoa@example.vn", password, null)))
                .isEmpty();
        assertThat(violations(registration("123", "hoa@", password, null)))
                .containsExactly("email invalid_email", "phone invalid_phone");
        assertThat(violations(registration("", "", password, null))).containsExactly("phone phone_or_email_required");
        assertThat(violations(registration("0912345678", null, "0912345678-ab", null)))
                .containsExactly("password password_contains_phone");
        assertThat(violations(registration("0912345678", null, null, 1L)))
                .containsExactly("agencyId organisation_not_for_citizens", "password required");
        assertThat(violations(new RegisterRequest(
                        "Nguyễn Văn An",
                        "0912345678",
                        null,
                        password,
                        LearnerGroup.CITIZEN,
                        "21211",
                        1L,
                        2L,
                        null,
                        "9A")))
                .containsExactly("className class_only_for_students", "organisationId organisation_ambiguous");
        assertThat(violations(new RegisterRequest(" ", null, null, password, null, "", null, null, null, null)))
                .containsExactly(
                        "fullName size [2, 100]",
                        "learnerGroup required",
                        "phone phone_or_email_required",
                        "unitCode required");
        assertThat(violations(new AssistedRegistrationRequest(
                        "Nguyễn Thị Hoa", "0912345678", null, LearnerGroup.CITIZEN, "21211", null, false, "")))
                .containsExactly("consent consent_required", "consentText required");
    }

    @Test
    void roleScopeWantsTheScopeOfTheRoleAndNothingElse() {
        assertThat(violations(new GrantRoleRequest(Role.UNIT_MANAGER, "21211", null)))
                .isEmpty();
        assertThat(violations(new GrantRoleRequest(Role.UNIT_MANAGER, "", 1L)))
                .containsExactly("agencyId not_for_role", "unitCode required");
        assertThat(violations(new GrantRoleRequest(Role.AGENCY_MANAGER, "21211", null)))
                .containsExactly("agencyId required", "unitCode not_for_role");
        assertThat(violations(new GrantRoleRequest(Role.ADMIN, null, null))).isEmpty();
        assertThat(violations(new GrantRoleRequest(Role.LEARNER, null, null))).containsExactly("role invalid_choice");
    }

    @Test
    void aProvinceAdministratorNamesItsProvinceAndNothingElse() {
        assertThat(violations(new GrantRoleRequest(Role.PROVINCE_ADMIN, null, null, "quang-ngai")))
                .isEmpty();
        assertThat(violations(new GrantRoleRequest(Role.PROVINCE_ADMIN, "21211", 1L, "")))
                .containsExactly("agencyId not_for_role", "provinceCode required", "unitCode not_for_role");
        assertThat(violations(new GrantRoleRequest(Role.AGENCY_MANAGER, null, 1L, "quang-ngai")))
                .containsExactly("provinceCode not_for_role");
        assertThat(violations(new GrantRoleRequest(Role.ADMIN, null, null, "quang-ngai")))
                .containsExactly("provinceCode not_for_role");
    }

    @Test
    void targetRulesCheckTheValueAndTheDates() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        assertThat(violations(target(TargetMetric.PARTICIPATION_RATE, "80.5", start, start.plusMonths(6))))
                .isEmpty();
        assertThat(violations(target(TargetMetric.PARTICIPATION_RATE, "0", start, start.plusMonths(6))))
                .containsExactly("value min_exclusive [0]");
        assertThat(violations(target(TargetMetric.PARTICIPATION_RATE, "100.5", start, start.plusMonths(6))))
                .containsExactly("value max [100]");
        assertThat(violations(target(TargetMetric.LEARNER_COUNT, "9999999999", start, start.plusMonths(6))))
                .isEmpty();
        assertThat(violations(target(TargetMetric.CERTIFIED_COUNT, "9223372036854775807", start, start.plusMonths(6))))
                .containsExactly("value max [9999999999]");
        assertThat(violations(target(TargetMetric.LEARNER_COUNT, "1000.125", start, start)))
                .containsExactly("deadline deadline_before_start", "value decimals [2]");
        assertThat(violations(target(TargetMetric.LEARNER_COUNT, "5000", start, start.minusDays(1))))
                .containsExactly("deadline deadline_before_start");
    }

    @Test
    void schoolLevelsAreForStudentsAndARateNeedsItsGroupsHeadcountInTheScope() {
        LocalDate start = LocalDate.of(2025, 7, 1);
        List<SchoolLevel> secondary = List.of(SchoolLevel.LOWER_SECONDARY, SchoolLevel.UPPER_SECONDARY);
        assertThat(violations(new TargetRequest(
                        "Học sinh trung học",
                        TargetGroup.STUDENT,
                        TargetMetric.CERTIFIED_RATE,
                        new BigDecimal("100"),
                        start,
                        start.plusMonths(6),
                        TargetScope.EACH_SCHOOL,
                        secondary)))
                .isEmpty();
        assertThat(violations(new TargetRequest(
                        "Người lao động",
                        TargetGroup.WORKER,
                        TargetMetric.CERTIFIED_RATE,
                        new BigDecimal("80"),
                        start,
                        start.plusMonths(6),
                        TargetScope.EACH_VILLAGE,
                        secondary)))
                .containsExactlyInAnyOrder("schoolLevels school_levels_for_students", "scope no_denominator_for_scope");
        // A count needs no headcount: every scope will do.
        assertThat(violations(new TargetRequest(
                        "Người lao động",
                        TargetGroup.WORKER,
                        TargetMetric.CERTIFIED_COUNT,
                        new BigDecimal("80"),
                        start,
                        start.plusMonths(6),
                        TargetScope.EACH_VILLAGE,
                        null)))
                .isEmpty();
    }

    @Test
    void adultsWithinPopulation() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        assertThat(violations(new UnitDenominatorRequest(from, 1000, 700, 20, false, "Niên giám 2025")))
                .isEmpty();
        assertThat(violations(new UnitDenominatorRequest(from, 1000, 1001, 20, false, "Niên giám 2025")))
                .containsExactly("adultPopulation adults_above_population");
        assertThat(violations(new UnitDenominatorRequest(from, null, 1001, 20, false, "Niên giám 2025")))
                .isEmpty();
    }

    @Test
    void knownScopesNameEachUnknownOne() {
        assertThat(violations(new CreateServiceAccountRequest(
                        "Sở Nội vụ", null, Arrays.asList("stats:read", "root", null), null, null)))
                .containsExactly("scopes unknown_scope [root, null]");
        assertThat(violations(new CreateServiceAccountRequest("Sở Nội vụ", null, List.of(), null, null)))
                .containsExactly("scopes required");
    }

    @Test
    void webhookAddressesAndEvents() {
        assertThat(violations(new CreateSubscriptionRequest(
                        "https://hooks.example.vn/hocvuso", List.of("learner.passed"), null)))
                .isEmpty();
        assertThat(violations(new CreateSubscriptionRequest(
                        "http://hooks.example.vn/hocvuso",
                        List.of("learner.flew", "learner.passed", "learner.ran"),
                        null)))
                .containsExactly("events unknown_event [learner.flew, learner.ran]", "url webhook_url");
        assertThat(violations(new CreateSubscriptionRequest("", List.of(), null)))
                .containsExactly("events required", "url required");
        assertThat(violations(new CreateSubscriptionRequest(null, null, null)))
                .containsExactly("events required", "url required");
        assertThat(violations(new UpdateSubscriptionRequest(null, null, true))).isEmpty();
        assertThat(violations(new UpdateSubscriptionRequest("https://" + "a".repeat(2000) + ".vn", null, null)))
                .containsExactly("url webhook_url");
    }

    @Test
    void mediaUrlsAndLessonRules() {
        assertThat(violations(lesson(LessonKind.VIDEO, "/media/abc.mp4", 90, "https://cdn.example.vn/a.vtt")))
                .isEmpty();
        assertThat(violations(lesson(LessonKind.VIDEO, null, null, null))).containsExactly("videoUrl required");
        assertThat(violations(lesson(LessonKind.VIDEO, "http://cdn.example.vn/a.mp4", null, "//cdn.example.vn/a.vtt")))
                .containsExactly("captionsUrl media_url", "videoUrl media_url");
        assertThat(violations(lesson(LessonKind.TEXT, "/media/abc.mp4", 90, "ftp://x")))
                .containsExactly(
                        "captionsUrl media_url",
                        "videoDurationSeconds not_for_text_lesson",
                        "videoUrl not_for_text_lesson");
        assertThat(violations(lesson(LessonKind.VIDEO, "/" + "a".repeat(2000), null, null)))
                .containsExactly("videoUrl size [1, 2000]");
        // in a change, an empty captionsUrl removes the captions; an empty videoUrl is no address
        assertThat(violations(new UpdateLessonRequest(null, null, null, "", null, "", null)))
                .containsExactly("videoUrl media_url");
    }

    @Test
    void questionRulesWantDistinctOptionsAndAnAnswerAmongThem() {
        UUID module = UUID.randomUUID();
        List<QuestionOption> options = List.of(option("a", "Một"), option("b", "Hai"));
        assertThat(violations(new CreateQuestionRequest(module, "Chọn một", options, "b", null)))
                .isEmpty();
        assertThat(violations(new CreateQuestionRequest(module, "Chọn một", options, "c", null)))
                .containsExactly("correctOption not_an_option");
        assertThat(violations(new CreateQuestionRequest(
                        module, "Chọn một", List.of(option("a", "Một"), option("a", "Hai")), "a", null)))
                .containsExactly("options[1].id duplicate_option");
        assertThat(violations(new CreateQuestionRequest(
                        module, "Chọn một", Arrays.asList(option("A", ""), option("", "Hai"), null), "c", null)))
                .containsExactly(
                        "options[0].id option_id_format",
                        "options[0].text required",
                        "options[1].id required",
                        "options[2] required");
    }

    @Test
    void optOutRulesNameTheWrongPartOfEachOptOut() {
        assertThat(violations(new SettingsUpdate("vi", List.of(new OptOut("REMINDER_NOT_STARTED", "SMS")))))
                .isEmpty();
        assertThat(violations(new SettingsUpdate(
                        "vi",
                        Arrays.asList(
                                new OptOut("REMINDER_NOT_STARTED", "SMS"),
                                new OptOut("NOPE", "SMS"),
                                new OptOut("REMINDER_NOT_STARTED", "PIGEON"),
                                new OptOut("REMINDER_NOT_STARTED", "IN_APP"),
                                null))))
                .containsExactly(
                        "optOuts[1].kind format",
                        "optOuts[2].channel format",
                        "optOuts[3] not_optional [REMINDER_NOT_STARTED, IN_APP]",
                        "optOuts[4] required");
    }

    @Test
    void aRuleOnlyForCreatingHoldsOnlyInItsGroup() {
        assertThat(violations(new ModuleRequest(null, "Mô tả"))).isEmpty();
        assertThat(violations(new ModuleRequest(null, "Mô tả"), OnCreate.class)).containsExactly("title required");
        assertThat(violations(new ModuleRequest("", null))).containsExactly("title required");
    }

    @Test
    void templateTextsHaveASubjectAndABody() {
        assertThat(violations(new TemplateText("Nhắc học", "Chào {name}"))).isEmpty();
        assertThat(violations(new TemplateText("", "x".repeat(2001))))
                .containsExactly("body size [1, 2000]", "subject required");
    }

    private static RegisterRequest registration(String phone, String email, String password, Long agencyId) {
        return new RegisterRequest(
                "Nguyễn Thị Hoa", phone, email, password, LearnerGroup.CITIZEN, "21211", agencyId, null, null, null);
    }

    private static TargetRequest target(TargetMetric metric, String value, LocalDate startsOn, LocalDate deadline) {
        return new TargetRequest(
                "Mục tiêu",
                TargetGroup.ADULTS,
                metric,
                new BigDecimal(value),
                startsOn,
                deadline,
                TargetScope.PROVINCE,
                null);
    }

    private static CreateLessonRequest lesson(LessonKind kind, String videoUrl, Integer seconds, String captionsUrl) {
        return new CreateLessonRequest("Bài một", kind, null, videoUrl, seconds, captionsUrl, null);
    }

    private static QuestionOption option(String id, String text) {
        return new QuestionOption(id, text);
    }

    /** Builds the validators as Hibernate Validator would, and the one that reads a setting with a stub. */
    private static final class Factory implements ConstraintValidatorFactory {
        @Override
        @SuppressWarnings("unchecked")
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
            if (key == WebhookUrl.Check.class) {
                return (T) new WebhookUrl.Check(() -> stub(IntegrationConfig.class));
            }
            try {
                return key.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {}

        /** Settings where http is not allowed for webhooks. */
        @SuppressWarnings("unchecked")
        private static <T> T stub(Class<T> type) {
            return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                if (method.getReturnType() == boolean.class) {
                    return false;
                }
                return method.getReturnType().isInterface() ? stub(method.getReturnType()) : null;
            });
        }
    }
}
