package vn.hocvuso.identity;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.hocvuso.common.Failures;
import vn.hocvuso.common.Ids;
import vn.hocvuso.security.Role;
import vn.hocvuso.unit.Agencies;
import vn.hocvuso.unit.Agency;
import vn.hocvuso.unit.LearnerGroup;

/**
 * Accounts that must exist before anyone can log in: the first administrator of a fresh installation
 * (from HOCVUSO_ADMIN_PHONE / HOCVUSO_ADMIN_PASSWORD) and, for demonstrations only, one account per role.
 * Idempotent: an account whose phone already exists is left as it is.
 */
@ApplicationScoped
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);

    /** The demo cast: one person per role, in Xã Tịnh Khê and the Department of Science and Technology. */
    record DemoAccount(
            String phone,
            String fullName,
            LearnerGroup group,
            String unitCode,
            String agencyName,
            Role role,
            String scopeUnit,
            String scopeAgency) {}

    /**
     * A few villages of Xã Tịnh Khê for demonstrations, named so that nobody takes them for the commune's real
     * ones (the shared data has no village list: a unit's managers enter or import their own).
     */
    private static final String DEMO_VILLAGES = """
            INSERT INTO village (unit_code, name, kind)
            SELECT '21211', 'Thôn mẫu ' || n || ' (dữ liệu minh họa)', 'THON' FROM generate_series(1, 4) n
            ON CONFLICT DO NOTHING
            """;

    static final List<DemoAccount> DEMO = List.of(
            new DemoAccount("+84900000001", "Nguyễn Thị Hoa", LearnerGroup.CITIZEN, "21211", null, null, null, null),
            new DemoAccount(
                    "+84900000002",
                    "Trần Văn Nam",
                    LearnerGroup.CBCCVC,
                    "21211",
                    null,
                    Role.UNIT_MANAGER,
                    "21211",
                    null),
            new DemoAccount(
                    "+84900000003",
                    "Lê Thị Mai",
                    LearnerGroup.CBCCVC,
                    "21025",
                    "Sở Khoa học và Công nghệ",
                    Role.AGENCY_MANAGER,
                    null,
                    "Sở Khoa học và Công nghệ"),
            new DemoAccount(
                    "+84900000004",
                    "Phạm Quốc Bảo",
                    LearnerGroup.CBCCVC,
                    "21025",
                    "Sở Khoa học và Công nghệ",
                    Role.ADMIN,
                    null,
                    null));

    private final AuthConfig config;
    private final PasswordHasher hasher;
    private final Users users;
    private final RoleGrants grants;
    private final Agencies agencies;
    private final Pool pool;

    public AccountBootstrap(
            AuthConfig config, PasswordHasher hasher, Users users, RoleGrants grants, Agencies agencies, Pool pool) {
        this.config = config;
        this.hasher = hasher;
        this.users = users;
        this.grants = grants;
        this.agencies = agencies;
        this.pool = pool;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) throws Throwable {
        refuseDemoInProduction(config.demo().enabled(), ConfigUtils.getProfiles());
        var admin = config.bootstrap();
        if (admin.adminPhone().isPresent() && admin.adminPassword().isPresent()) {
            bootstrapAdministrator(
                    admin.adminPhone().get(), admin.adminPassword().get());
        }
        if (config.demo().enabled()) {
            String password = config.demo()
                    .password()
                    .orElseThrow(() -> new IllegalStateException(
                            "Demo accounts are enabled but HOCVUSO_DEMO_PASSWORD is not set"));
            String hash = hasher.hashBlocking(password);
            for (DemoAccount account : DEMO) {
                ensureTolerantly(account, hash, true);
            }
            VertxContextSupport.subscribeAndAwait(
                    () -> pool.preparedQuery(DEMO_VILLAGES).execute().replaceWithVoid());
            LOG.infof(
                    "Demo accounts ready: %s (one password for all, see .secrets/demo-password)",
                    DEMO.stream().map(a -> PhoneNumbers.national(a.phone())).toList());
        }
    }

    /**
     * The demo accounts share one password that `make run` prints, and one of them administers the
     * province: the production profile refuses to start with them. `make run` and the end-to-end tests
     * start the packaged jar with the profiles {@code prod,demo}, which allows them on purpose.
     */
    static void refuseDemoInProduction(boolean demoEnabled, List<String> profiles) {
        if (demoEnabled && profiles.contains("prod") && !profiles.contains("demo")) {
            throw new IllegalStateException(
                    "Demo accounts (HOCVUSO_DEMO=true) are refused under the production profile: "
                            + "they share one known password and one of them is an administrator. Unset HOCVUSO_DEMO, or, "
                            + "for a demonstration on your own machine, start with QUARKUS_PROFILE=prod,demo (as `make run` does).");
        }
    }

    private void bootstrapAdministrator(String rawPhone, String password) throws Throwable {
        String phone = PhoneNumbers.normalize(rawPhone)
                .orElseThrow(() -> new IllegalStateException(
                        "HOCVUSO_ADMIN_PHONE is not a Vietnamese mobile number: " + rawPhone));
        if (PasswordPolicy.problem(password, "password", phone, null, null).isPresent()) {
            throw new IllegalStateException("HOCVUSO_ADMIN_PASSWORD is too weak: use 8 to 128 characters, "
                    + "not a common password and not the phone number");
        }
        boolean needed = VertxContextSupport.subscribeAndAwait(() -> grants.anyAdmin(pool)
                .chain(anyAdmin -> users.phoneTaken(pool, phone).map(taken -> {
                    if (!anyAdmin && taken) {
                        // Promoting whoever registered this phone first could hand the
                        // province to a stranger; an existing administrator must grant it.
                        LOG.errorf(
                                "HOCVUSO_ADMIN_PHONE %s already belongs to an account; no "
                                        + "administrator was created. Use another phone number.",
                                rawPhone);
                    }
                    return !anyAdmin && !taken;
                })));
        if (needed) {
            ensureTolerantly(
                    new DemoAccount(phone, "Quản trị viên", LearnerGroup.CBCCVC, "21025", null, Role.ADMIN, null, null),
                    hasher.hashBlocking(password),
                    false);
            LOG.infof("Created the first administrator, %s", PhoneNumbers.national(phone));
        }
    }

    /** Another replica starting at the same moment may create the same account first; that is fine. */
    private void ensureTolerantly(DemoAccount account, String hash, boolean resetPassword) throws Throwable {
        try {
            VertxContextSupport.subscribeAndAwait(
                    () -> pool.withTransaction(tx -> ensure(tx, account, hash, resetPassword)));
        } catch (Throwable e) {
            if (!Failures.isUniqueViolation(e)) {
                throw e;
            }
        }
    }

    /**
     * Creates the account if its phone is free. With {@code resetPassword} (demo accounts only) an
     * existing account gets the configured password again, so the password `make run` prints is
     * always the one that works, even on a database filled by an earlier run.
     */
    private Uni<Void> ensure(SqlClient tx, DemoAccount account, String passwordHash, boolean resetPassword) {
        return users.findByLogin(tx, account.phone()).chain(existing -> {
            if (existing != null) {
                return !resetPassword
                        ? Uni.createFrom().voidItem()
                        : tx.preparedQuery("UPDATE app_user SET password_hash = $2 WHERE id = $1")
                                .execute(Tuple.of(existing.id(), passwordHash))
                                .replaceWithVoid();
            }
            return (account.agencyName() == null
                            ? Uni.createFrom().item((Agency) null)
                            : agencies.findByName(tx, account.agencyName()))
                    .chain(agency -> {
                        UUID userId = Ids.newId();
                        Uni<Void> user = users.insert(
                                tx,
                                new Users.NewUser(
                                        userId,
                                        account.fullName(),
                                        account.phone(),
                                        null,
                                        passwordHash,
                                        account.group(),
                                        account.unitCode(),
                                        agency == null ? null : agency.id(),
                                        null,
                                        null,
                                        false));
                        if (account.role() == null) {
                            return user;
                        }
                        return user.chain(() -> grants.insert(
                                tx,
                                new RoleGrant(
                                        Ids.newId(),
                                        userId,
                                        account.role(),
                                        account.scopeUnit(),
                                        agency != null && account.scopeAgency() != null ? agency.id() : null,
                                        null,
                                        OffsetDateTime.now(ZoneOffset.UTC),
                                        null)));
                    });
        });
    }
}
