package vn.hocvuso.testing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who may call each operation of {@code openapi.yaml}: the one table the authorization sweep
 * ({@code vn.hocvuso.common.AuthorizationSweepTest}) derives its 401 and 403 checks from. Every operation has
 * exactly one row, so a new endpoint fails the sweep until someone writes here who may call it.
 *
 * <p>A row names the people (by the role their token carries) and the OAuth scopes of service accounts that may
 * call the operation; every other person and scope is refused with 403. A person is allowed within reach: a
 * unit manager of the unit in the path, an agency manager of the agency in the path (reach inside a role, such
 * as another unit's manager, is each feature's own test). {@link Access#PUBLIC} operations need no token.
 */
public final class WhoMayCall {

    /** A person by the role their token carries (every person is also a LEARNER). */
    public enum Person {
        LEARNER,
        HELPER,
        UNIT_MANAGER,
        AGENCY_MANAGER,
        ADMIN,
        /** A province's administrator (of Quảng Ngãi in the authorization sweep): only what is opened for it. */
        PROVINCE_ADMIN
    }

    /** Who may call one operation. */
    public record Access(boolean isPublic, Set<Person> people, Set<String> scopes) {

        public static final Access PUBLIC = new Access(true, Set.of(), Set.of());

        public static Access people(Person... people) {
            return new Access(false, people.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(people)), Set.of());
        }

        /** Service accounts holding this scope may call it too. */
        public Access orScope(String scope) {
            Set<String> more = new LinkedHashSet<>(scopes);
            more.add(scope);
            return new Access(isPublic, people, Set.copyOf(more));
        }
    }

    private static final Access ANY_PERSON = Access.people(Person.values());
    private static final Access ADMIN = Access.people(Person.ADMIN);
    private static final Access ADMIN_OR_UNIT_MANAGER = Access.people(Person.ADMIN, Person.UNIT_MANAGER);
    private static final Access MANAGERS = Access.people(Person.ADMIN, Person.UNIT_MANAGER, Person.AGENCY_MANAGER);
    /** The figures' readers: the managers, and a province's administrator (within its province). */
    private static final Access FIGURES =
            Access.people(Person.ADMIN, Person.PROVINCE_ADMIN, Person.UNIT_MANAGER, Person.AGENCY_MANAGER);

    public static final Map<String, Access> TABLE = table(
            // unit/
            row(
                    Access.PUBLIC,
                    "listUnits",
                    "getUnit",
                    "listAgencies",
                    "listUnitVillages",
                    "listProvinces",
                    "getProvince"),
            // organisation/: the open organisations are public; the tree is the administrators' (a PROVINCE_ADMIN:
            // its province's organisations)
            row(Access.PUBLIC, "listOrganisations", "getOrganisation"),
            row(
                    Access.people(Person.ADMIN, Person.PROVINCE_ADMIN),
                    "adminListOrganisations",
                    "adminCreateOrganisation",
                    "adminGetOrganisation",
                    "adminUpdateOrganisation",
                    "adminCloseOrganisation",
                    "adminReopenOrganisation",
                    "adminPreviewOrganisationImport",
                    "adminImportOrganisations"),
            // village/: a unit's villages are kept by its managers and its province's administrator; its figures by
            // village are figures
            row(
                    Access.people(Person.ADMIN, Person.PROVINCE_ADMIN, Person.UNIT_MANAGER),
                    "listManagedVillages",
                    "createVillage",
                    "updateVillage",
                    "closeVillage",
                    "reopenVillage"),
            row(
                    Access.people(Person.ADMIN, Person.PROVINCE_ADMIN, Person.UNIT_MANAGER)
                            .orScope("stats:read"),
                    "getUnitVillageStats"),
            row(
                    Access.people(Person.ADMIN, Person.PROVINCE_ADMIN, Person.UNIT_MANAGER),
                    "previewVillageImport",
                    "importVillages"),
            // identity/: signing in is public; one's own account is any person's, never a service account's
            row(
                    Access.PUBLIC,
                    "register",
                    "login",
                    "refreshToken",
                    "logout",
                    "claimAccount",
                    "requestPasswordReset",
                    "confirmPasswordReset",
                    "requestPhoneVerification",
                    "confirmPhoneVerification"),
            row(ANY_PERSON, "getMe", "updateMe"),
            // (a PROVINCE_ADMIN: the people of its province's units, the managers of its units and organisations)
            row(
                    Access.people(Person.ADMIN, Person.PROVINCE_ADMIN),
                    "adminListUsers",
                    "adminListRoleGrants",
                    "adminGrantRole",
                    "adminRevokeRole"),
            row(ADMIN, "adminEndUserSessions"),
            // course/, enrollment/, progress/, quiz/, media/: learning is any person's
            row(Access.PUBLIC, "listCourses", "getCourse", "getMedia"),
            row(
                    ANY_PERSON,
                    "getLesson",
                    "getOfflineLessons",
                    "getLessonAudio",
                    "enroll",
                    "listMyEnrollments",
                    "getEnrollment",
                    "getResumePoint",
                    "reportProgress",
                    "startQuizAttempt",
                    "getQuizAttempt",
                    "saveQuizAnswers",
                    "submitQuizAttempt",
                    "getQuizAttemptReview",
                    "getQuestionAudio",
                    "getQuizStatus",
                    "getModulePractice",
                    "checkPracticeAnswer"),
            row(ADMIN_OR_UNIT_MANAGER, "grantQuizAttempt"),
            row(
                    ADMIN,
                    "adminListCourses",
                    "adminCreateCourse",
                    "adminGetCourse",
                    "adminUpdateCourse",
                    "adminPublishCourse",
                    "adminUnpublishCourse",
                    "adminReorderCourse",
                    "adminCreateModule",
                    "adminUpdateModule",
                    "adminCreateLesson",
                    "adminGetLesson",
                    "adminUpdateLesson",
                    "adminRetireLesson",
                    "adminUploadLessonVideo",
                    "adminUploadLessonCaptions",
                    "adminListQuestions",
                    "adminCreateQuestion",
                    "adminUpdateQuestion",
                    "adminDeactivateQuestion"),
            // certificate/
            row(Access.PUBLIC, "verifyCertificate", "getCertificatePdf"),
            row(ANY_PERSON, "listMyCertificates", "getMyCredential"),
            // credential/: what the issuer publishes and the check are anyone's; any credential for administrators
            row(
                    Access.PUBLIC,
                    "verifyCredential",
                    "getCredentialStatusList",
                    "getCredentialKeys",
                    "getCredentialIssuer",
                    "getDidDocument"),
            row(ADMIN, "adminGetCredential"),
            // path/: the paths are the administrator's; one's own path is any person's
            row(ADMIN, "adminListPaths", "adminGetPath", "adminUpdatePath"),
            row(ANY_PERSON, "getMyPath"),
            row(ADMIN, "adminGetCertificate", "adminRevokeCertificate"),
            // stats/: figures for managers, administrators and readers; personal data for the unit's managers only
            // (a PROVINCE_ADMIN reads the figures of its province's units and organisations; everything else
            // an ADMIN alone may call refuses it)
            row(FIGURES.orScope("stats:read"), "getSummary", "listTargets"),
            // (the caller must see everything: a service account limited to units is refused,
            // ProvinceIsolationSweepTest)
            row(ADMIN.orScope("stats:read"), "listProvinceStats"),
            row(
                    Access.people(Person.ADMIN, Person.PROVINCE_ADMIN, Person.UNIT_MANAGER)
                            .orScope("stats:read"),
                    "listUnitStats",
                    "exportUnitStats",
                    "getUnitStats"),
            row(
                    Access.people(Person.ADMIN, Person.PROVINCE_ADMIN, Person.AGENCY_MANAGER)
                            .orScope("stats:read"),
                    "listAgencyStats",
                    "getAgencyStats",
                    "listOrganisationStats",
                    "getOrganisationStats"),
            row(Access.people(Person.UNIT_MANAGER), "listUnitLearners"),
            row(
                    Access.PUBLIC,
                    "getPublicDashboard",
                    "getDenominatorTemplate",
                    "getVillageTemplate",
                    "getNationalResultsTemplate"),
            // (a PROVINCE_ADMIN: the denominators of its province's places, its province's targets)
            row(
                    Access.people(Person.ADMIN, Person.PROVINCE_ADMIN),
                    "listUnitDenominators",
                    "putUnitDenominators",
                    "listAgencyDenominators",
                    "putAgencyDenominators",
                    "listVillageDenominators",
                    "putVillageDenominators",
                    "createTarget",
                    "updateTarget",
                    "deleteTarget"),
            row(
                    Access.people(Person.ADMIN, Person.PROVINCE_ADMIN).orScope("denominators:write"),
                    "previewDenominatorImport",
                    "importDenominators"),
            // national/
            row(ADMIN.orScope("results:read"), "exportNationalResults"),
            row(ADMIN, "previewNationalResultsImport", "importNationalResults"),
            // integration/, webhook/, roster/
            row(Access.PUBLIC, "issueClientToken", "getRosterTemplate"),
            row(
                    ADMIN,
                    "adminListServiceAccounts",
                    "adminCreateServiceAccount",
                    "adminGetServiceAccount",
                    "adminRevokeServiceAccount",
                    "adminRotateServiceAccountSecret"),
            row(
                    ADMIN.orScope("webhooks:manage"),
                    "listWebhookSubscriptions",
                    "createWebhookSubscription",
                    "getWebhookSubscription",
                    "updateWebhookSubscription",
                    "deleteWebhookSubscription",
                    "listWebhookDeliveries",
                    "replayWebhookDelivery"),
            row(
                    MANAGERS.orScope("rosters:write"),
                    "previewRosterImport",
                    "startRosterImport",
                    "getRosterImport",
                    "resumeRosterImport",
                    "getRosterImportResult"),
            // notification/
            row(
                    ANY_PERSON,
                    "listMyNotifications",
                    "countMyUnreadNotifications",
                    "markNotificationRead",
                    "markAllNotificationsRead",
                    "getNotificationSettings",
                    "updateNotificationSettings",
                    "listNotificationChannels"),
            row(Access.people(Person.UNIT_MANAGER), "previewBulkMessage", "sendBulkMessage"),
            row(MANAGERS, "listNotificationDeliveries"),
            row(
                    ADMIN,
                    "listNotificationTemplates",
                    "updateNotificationTemplate",
                    "previewNotificationTemplate",
                    "runNotificationJob"),
            // helper/: the unit's helpers register and reset; its managers and administrators name the helpers
            row(
                    Access.people(Person.ADMIN, Person.PROVINCE_ADMIN, Person.UNIT_MANAGER),
                    "listUnitHelpers",
                    "grantUnitHelper",
                    "revokeUnitHelper",
                    "listHelperActivity"),
            row(Access.people(Person.HELPER), "registerAssisted", "startAssistedReset"),
            // report/: administrators ask for every kind (a PROVINCE_ADMIN: of its province), unit managers for their
            // unit's appendix; a report is seen by whoever asked for it and its province's administrators (anyone
            // else: 404), so every person gets past the door; the report texts are national (ADMIN)
            row(Access.people(Person.ADMIN, Person.PROVINCE_ADMIN, Person.UNIT_MANAGER), "createReport"),
            row(ANY_PERSON, "listReports", "getReport", "downloadReport", "deleteReport"),
            row(ADMIN, "listReportTemplates", "updateReportTemplate", "resetReportTemplate"));

    private WhoMayCall() {}

    private record Row(Access access, String[] operations) {}

    private static Row row(Access access, String... operations) {
        return new Row(access, operations);
    }

    private static Map<String, Access> table(Row... rows) {
        Map<String, Access> table = new TreeMap<>();
        for (Row row : rows) {
            for (String operation : row.operations()) {
                if (table.put(operation, row.access()) != null) {
                    throw new IllegalStateException(operation + " has two rows in WhoMayCall");
                }
            }
        }
        return Map.copyOf(table);
    }
}
