package vn.hocvuso.identity;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;
import vn.hocvuso.common.Failures;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.Violations;
import vn.hocvuso.security.Role;
import vn.hocvuso.unit.Agency;
import vn.hocvuso.unit.LearnerGroup;
import vn.hocvuso.unit.Unit;

/**
 * Accounts that must exist before anyone can log in: the first administrator of a fresh installation
 * (from HOCVUSO_ADMIN_PHONE / HOCVUSO_ADMIN_PASSWORD) and, for demonstrations only, one account per role.
 * Idempotent: an account whose phone already exists is left as it is.
 */
@ApplicationScoped
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);

    /** The demo cast: one person per role, in Xã Tịnh Khê and the Department of Science and Technology. */
    record DemoAccount(String phone, String fullName, LearnerGroup group, String unitCode, String agencyName,
            Role role, String scopeUnit, String scopeAgency) {
    }

    static final List<DemoAccount> DEMO = List.of(
            new DemoAccount("+84900000001", "Nguyễn Thị Hoa", LearnerGroup.CITIZEN, "21211", null, null, null, null),
            new DemoAccount("+84900000002", "Trần Văn Nam", LearnerGroup.CBCCVC, "21211", null,
                    Role.UNIT_MANAGER, "21211", null),
            new DemoAccount("+84900000003", "Lê Thị Mai", LearnerGroup.CBCCVC, "21025", "Sở Khoa học và Công nghệ",
                    Role.AGENCY_MANAGER, null, "Sở Khoa học và Công nghệ"),
            new DemoAccount("+84900000004", "Phạm Quốc Bảo", LearnerGroup.CBCCVC, "21025", "Sở Khoa học và Công nghệ",
                    Role.ADMIN, null, null));

    private final AuthConfig config;
    private final PasswordHasher hasher;

    public AccountBootstrap(AuthConfig config, PasswordHasher hasher) {
        this.config = config;
        this.hasher = hasher;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) throws Throwable {
        refuseDemoInProduction(config.demo().enabled(), ConfigUtils.getProfiles());
        var admin = config.bootstrap();
        if (admin.adminPhone().isPresent() && admin.adminPassword().isPresent()) {
            bootstrapAdministrator(admin.adminPhone().get(), admin.adminPassword().get());
        }
        if (config.demo().enabled()) {
            String password = config.demo().password().orElseThrow(() -> new IllegalStateException(
                    "Demo accounts are enabled but HOCVUSO_DEMO_PASSWORD is not set"));
            String hash = hasher.hashBlocking(password);
            for (DemoAccount account : DEMO) {
                ensureTolerantly(account, hash, true);
            }
            LOG.infof("Demo accounts ready: %s (one password for all, see .secrets/demo-password)",
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
            throw new IllegalStateException("Demo accounts (HOCVUSO_DEMO=true) are refused under the production profile: "
                    + "they share one known password and one of them is an administrator. Unset HOCVUSO_DEMO, or, "
                    + "for a demonstration on your own machine, start with QUARKUS_PROFILE=prod,demo (as `make run` does).");
        }
    }

    private void bootstrapAdministrator(String rawPhone, String password) throws Throwable {
        String phone = PhoneNumbers.normalize(rawPhone).orElseThrow(() ->
                new IllegalStateException("HOCVUSO_ADMIN_PHONE is not a Vietnamese mobile number: " + rawPhone));
        Violations weak = new Violations();
        PasswordPolicy.check(password, "password", phone, null, null, weak);
        if (!weak.isEmpty()) {
            throw new IllegalStateException("HOCVUSO_ADMIN_PASSWORD is too weak: use 8 to 128 characters, "
                    + "not a common password and not the phone number");
        }
        boolean needed = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createQuery("SELECT count(*) FROM RoleGrant WHERE role = :r", Long.class)
                        .setParameter("r", Role.ADMIN).getSingleResult()
                        .chain(admins -> session.createQuery("SELECT count(*) FROM User WHERE phone = :p", Long.class)
                                .setParameter("p", phone).getSingleResult()
                                .map(taken -> {
                                    if (admins == 0 && taken > 0) {
                                        // Promoting whoever registered this phone first could hand the
                                        // province to a stranger; an existing administrator must grant it.
                                        LOG.errorf("HOCVUSO_ADMIN_PHONE %s already belongs to an account; no "
                                                + "administrator was created. Use another phone number.", rawPhone);
                                    }
                                    return admins == 0 && taken == 0;
                                })))));
        if (needed) {
            ensureTolerantly(new DemoAccount(phone, "Quản trị viên", LearnerGroup.CBCCVC, "21025", null,
                    Role.ADMIN, null, null), hasher.hashBlocking(password), false);
            LOG.infof("Created the first administrator, %s", PhoneNumbers.national(phone));
        }
    }

    /** Another replica starting at the same moment may create the same account first; that is fine. */
    private void ensureTolerantly(DemoAccount account, String hash, boolean resetPassword) throws Throwable {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> ensure(account, hash, resetPassword)));
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
    private Uni<Void> ensure(DemoAccount account, String passwordHash, boolean resetPassword) {
        return Panache.getSession().chain(session -> session
                .createQuery("FROM User WHERE phone = :phone", User.class).setParameter("phone", account.phone())
                .getSingleResultOrNull()
                .chain(existing -> {
                    if (existing != null) {
                        if (resetPassword) {
                            existing.passwordHash = passwordHash;
                        }
                        return Uni.createFrom().voidItem();
                    }
                    return session.find(Unit.class, account.unitCode()).chain(unit -> (account.agencyName() == null
                            ? Uni.createFrom().item((Agency) null)
                            : session.createQuery("FROM Agency WHERE name = :name", Agency.class)
                                    .setParameter("name", account.agencyName()).getSingleResultOrNull())
                            .chain(agency -> {
                                User user = new User();
                                user.id = Ids.newId();
                                user.fullName = account.fullName();
                                user.phone = account.phone();
                                user.passwordHash = passwordHash;
                                user.learnerGroup = account.group();
                                user.unit = unit;
                                user.agency = agency;
                                user.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
                                user.updatedAt = user.createdAt;
                                if (account.role() == null) {
                                    return session.persist(user);
                                }
                                RoleGrant grant = new RoleGrant();
                                grant.id = Ids.newId();
                                grant.userId = user.id;
                                grant.role = account.role();
                                grant.unitCode = account.scopeUnit();
                                grant.agencyId = agency != null && account.scopeAgency() != null ? agency.id : null;
                                grant.grantedAt = user.createdAt;
                                return session.persist(user).chain(session::flush).chain(() -> session.persist(grant));
                            }));
                }));
    }
}
