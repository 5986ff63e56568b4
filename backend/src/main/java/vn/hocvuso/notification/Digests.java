package vn.hocvuso.notification;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.hocvuso.common.Messages;
import vn.hocvuso.common.Rows;
import vn.hocvuso.notification.NotificationViews.JobRun;
import vn.hocvuso.stats.FollowUpService;
import vn.hocvuso.stats.StatsService;
import vn.hocvuso.stats.StatsViews.TargetStatus;

/**
 * The weekly digest of each unit manager (per unit) and agency manager (per agency): where the place
 * stands against each of its targets (EACH_UNIT or EACH_AGENCY), the pace per week still needed to reach
 * it by its deadline, the number of people on its follow-up list (not certified) and a link to the list.
 * The figures are the statistics' own (StatsService, from the rollups), the count is one GROUP BY over the
 * managed places (FollowUpService), so the run costs a few queries whatever the number of learners.
 * One digest per manager, place and ISO week (the dedupe key); in-app and e-mail only.
 */
@ApplicationScoped
public class Digests {

    static final String JOB = "manager-digests";
    private static final Logger LOG = Logger.getLogger(Digests.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Pool pool;
    private final NotificationConfig config;
    private final Notifications notifications;
    private final StatsService stats;
    private final FollowUpService followUp;
    private final JobLease lease;
    private final Clock clock;

    public Digests(
            Pool pool,
            NotificationConfig config,
            Notifications notifications,
            StatsService stats,
            FollowUpService followUp,
            JobLease lease,
            Clock clock) {
        this.pool = pool;
        this.config = config;
        this.notifications = notifications;
        this.stats = stats;
        this.followUp = followUp;
        this.lease = lease;
        this.clock = clock;
    }

    @Scheduled(
            identity = JOB,
            cron = "${hocvuso.notifications.digests.cron:0 30 7 ? * MON}",
            timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return JobLease.logged(run(), LOG, "Digests", "a run this week again sends only those not sent");
    }

    /** A manager and one place they manage (a unit or an agency). */
    record Grant(UUID userId, String name, String language, String unitCode, Long agencyId, String place) {}

    /** What a place's digest says, in one language. */
    record Place(List<TargetStatus> targets, Instant asOf) {}

    /** One run now, if no other replica holds it. */
    public Uni<JobRun> run() {
        long started = System.nanoTime();
        OffsetDateTime since = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return lease.run(
                JOB,
                config.reminders().lease(),
                () -> grants().chain(grants -> send(grants))
                        .chain(picked -> pool.preparedQuery("""
                        SELECT count(*) FROM notification WHERE kind = 'MANAGER_DIGEST' AND created_at >= $1
                        """)
                                .execute(Tuple.of(since))
                                .map(rows -> {
                                    long queued = rows.iterator().next().getLong(0);
                                    return new JobRun(
                                            JOB,
                                            true,
                                            picked[0],
                                            picked[1],
                                            queued,
                                            (System.nanoTime() - started) / 1_000_000,
                                            Map.of(Kind.MANAGER_DIGEST.name(), queued));
                                })));
    }

    private Uni<List<Grant>> grants() {
        return pool.query("""
                SELECT g.user_id, u.full_name, coalesce(p.language, 'vi') AS language, g.unit_code, g.agency_id,
                       coalesce(un.name, a.name) AS place
                FROM role_grant g JOIN app_user u ON u.id = g.user_id
                LEFT JOIN notification_preference p ON p.user_id = g.user_id
                LEFT JOIN unit un ON un.code = g.unit_code
                LEFT JOIN agency a ON a.id = g.agency_id
                WHERE g.role IN ('UNIT_MANAGER', 'AGENCY_MANAGER')
                ORDER BY g.unit_code NULLS LAST, g.agency_id, g.user_id
                """)
                .execute()
                .map(rows -> Rows.list(
                        rows,
                        r -> new Grant(
                                r.getUUID("user_id"),
                                r.getString("full_name"),
                                r.getString("language"),
                                r.getString("unit_code"),
                                r.getLong("agency_id"),
                                r.getString("place"))));
    }

    /** Sends the digests; answers {places read, managers picked}. */
    private Uni<long[]> send(List<Grant> grants) {
        Set<String> units = new LinkedHashSet<>();
        Set<Long> agencies = new LinkedHashSet<>();
        grants.forEach(g -> {
            if (g.unitCode() != null) {
                units.add(g.unitCode());
            } else {
                agencies.add(g.agencyId());
            }
        });
        Map<String, Place> unitPlaces = new LinkedHashMap<>();
        Map<Long, Place> agencyPlaces = new LinkedHashMap<>();
        Uni<Void> read = Uni.createFrom().voidItem();
        for (String code : units) {
            read = read.chain(() -> stats.unit(code, 30)
                    .invoke(d -> unitPlaces.put(code, new Place(d.targets(), d.asOf())))
                    .replaceWithVoid());
        }
        for (Long id : agencies) {
            read = read.chain(() -> stats.agency(id, 30)
                    .invoke(d -> agencyPlaces.put(id, new Place(d.targets(), d.asOf())))
                    .replaceWithVoid());
        }
        return read.chain(() -> followUp.notCertifiedByUnit(List.copyOf(units)))
                .chain(unitCounts -> followUp.notCertifiedByAgency(List.copyOf(agencies))
                        .chain(agencyCounts -> {
                            String week = week();
                            String base = config.webBaseUrl().replaceAll("/+$", "");
                            Uni<Void> all = Uni.createFrom().voidItem();
                            for (Grant g : grants) {
                                boolean unit = g.unitCode() != null;
                                Place place = unit ? unitPlaces.get(g.unitCode()) : agencyPlaces.get(g.agencyId());
                                long count = unit
                                        ? unitCounts.getOrDefault(g.unitCode(), 0L)
                                        : agencyCounts.getOrDefault(g.agencyId(), 0L);
                                Locale locale = Locale.forLanguageTag(g.language());
                                Map<String, String> vars = new LinkedHashMap<>();
                                vars.put("name", g.name());
                                vars.put("place", g.place());
                                vars.put("asOf", AS_OF.format(place.asOf().atZone(VIETNAM)));
                                vars.put("targets", targets(place.targets(), locale));
                                vars.put("followUp", number(count, locale));
                                vars.put(
                                        "link",
                                        unit
                                                ? base + "/quan-ly/don-vi/" + g.unitCode() + "/hoc-vien"
                                                : base + "/quan-ly/co-quan/" + g.agencyId());
                                String key = (unit ? "unit:" + g.unitCode() : "agency:" + g.agencyId()) + ":" + week;
                                all = all.chain(() -> pool.withTransaction(
                                        tx -> notifications.toPerson(tx, g.userId(), Kind.MANAGER_DIGEST, vars, key)));
                            }
                            return all.replaceWith(new long[] {units.size() + agencies.size(), grants.size()});
                        }));
    }

    /** The ISO week in Vietnam, e.g. 2026-W48: one digest per manager and place in it. */
    private String week() {
        ZonedDateTime local = clock.instant().atZone(VIETNAM);
        return local.get(IsoFields.WEEK_BASED_YEAR) + "-W" + local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** One line per target, in the manager's language. */
    static String targets(List<TargetStatus> targets, Locale locale) {
        if (targets.isEmpty()) {
            return Messages.get(locale, "digest.noTargets");
        }
        List<String> lines = new ArrayList<>();
        for (TargetStatus t : targets) {
            boolean rate = t.metric().endsWith("_RATE");
            String current = t.current() == null
                    ? "—"
                    : rate ? decimal(t.current(), locale) + "%" : number(t.currentCount(), locale);
            String goal = rate ? decimal(t.value(), locale) + "%" : number((long) Math.ceil(t.value()), locale);
            String remaining = t.remaining() == null ? "—" : number(t.remaining(), locale);
            String perWeek =
                    t.pacePerDayNeeded() == null ? "—" : number((long) Math.ceil(t.pacePerDayNeeded() * 7), locale);
            lines.add(Messages.get(
                    locale,
                    "digest.target." + t.status(),
                    t.name(),
                    current,
                    goal,
                    DATE.format(t.deadline()),
                    remaining,
                    perWeek));
        }
        return String.join("\n", lines);
    }

    private static String number(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale(locale)).format(n);
    }

    private static String decimal(double n, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale(locale));
        f.setMaximumFractionDigits(1);
        return f.format(n);
    }

    private static Locale locale(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi-VN");
    }
}
