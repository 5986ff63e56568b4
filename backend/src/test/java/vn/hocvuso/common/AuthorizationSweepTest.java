package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hocvuso.security.Role;
import vn.hocvuso.testing.ContractOperations;
import vn.hocvuso.testing.ContractOperations.Operation;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.ServiceAccounts;
import vn.hocvuso.testing.SweepIds;
import vn.hocvuso.testing.Tokens;
import vn.hocvuso.testing.WhoMayCall;
import vn.hocvuso.testing.WhoMayCall.Access;
import vn.hocvuso.testing.WhoMayCall.Person;

/**
 * Every operation of the contract, called by everyone: without a token, with a malformed, expired or forged one,
 * or one meant for another service (401); as every person and every service-account scope that {@link WhoMayCall}
 * leaves out (403, before anything is looked up or changed, with the code that says why: {@code insufficient_scope}
 * for a service account without the scope an operation asks for, {@code forbidden} otherwise); and, for reads, as everyone the table lets in, who
 * must get past the door. Requests are built from the contract (its examples, required parameters and media
 * types) with real ids of a learner who passed a test, so that a missing check is not hidden by a 404. Ids the
 * sweep does not make (a role grant, a webhook subscription or delivery, a notification, a roster import, a report) are
 * random: a 403 for them shows the check comes before the lookup.
 */
@QuarkusTest
class AuthorizationSweepTest {

    private static final ContractOperations CONTRACT = ContractOperations.read();
    private static final String UNIT = "21211";
    private static final long AGENCY = 1L;

    /** The callers and ids, made once for the whole sweep (RestAssured knows the server's port only in a test). */
    private static Fixture fixture;

    static Stream<Operation> protectedOperations() {
        return CONTRACT.all().stream().filter(operation -> !operation.anonymousAllowed());
    }

    static Stream<Operation> publicOperations() {
        return CONTRACT.all().stream().filter(Operation::anonymousAllowed);
    }

    @BeforeEach
    void callersAndIds() {
        if (fixture == null) {
            fixture = new Fixture();
        }
    }

    @Test
    void everyOperationHasOneRowThatAgreesWithTheContract() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        CONTRACT.all().forEach(operation -> operations.put(operation.id(), operation));
        assertThat(WhoMayCall.TABLE.keySet())
                .as("operations without a row in WhoMayCall, or rows without an operation")
                .containsExactlyInAnyOrderElementsOf(operations.keySet());

        List<String> disagreements = new ArrayList<>();
        operations.forEach((id, operation) -> {
            Access access = WhoMayCall.TABLE.get(id);
            if (access.isPublic() != operation.anonymousAllowed()) {
                disagreements.add(id + ": public in the table " + access.isPublic() + ", in the contract "
                        + operation.anonymousAllowed());
            }
            if (!access.scopes().equals(operation.scopes())) {
                disagreements.add(
                        id + ": scopes in the table " + access.scopes() + ", in the contract " + operation.scopes());
            }
            if (!access.isPublic() && !operation.statuses().containsAll(Set.of("401", "403"))) {
                disagreements.add(id + ": needs a token but does not declare 401 and 403");
            }
        });
        assertThat(disagreements).isEmpty();
        // A new role is a new kind of caller: the table must say where it may go.
        assertThat(Arrays.stream(Role.values()).map(Role::name).filter(role -> !role.equals("INTEGRATOR")))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Person.values()).map(Person::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protectedOperations")
    void withoutAValidTokenIs401(Operation operation) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("malformed", "not-a-jwt");
        tokens.put("expired", Tokens.expired(fixture.person));
        tokens.put("signed by another key", Tokens.forged(fixture.person));
        tokens.put("meant for another service", Tokens.otherAudience(fixture.person));
        List<String> wrong = new ArrayList<>();
        Response anonymous = call(operation, null);
        if (anonymous.statusCode() != 401
                || !"not_authenticated".equals(anonymous.jsonPath().getString("code"))) {
            wrong.add("no token: " + anonymous.statusCode() + " " + anonymous.asString());
        }
        tokens.forEach((kind, token) -> {
            Response answer = call(operation, token);
            if (answer.statusCode() != 401) {
                wrong.add(kind + ": " + answer.statusCode() + " " + answer.asString());
            }
        });
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protectedOperations")
    void everyoneTheTableLeavesOutIs403(Operation operation) {
        Access access = WhoMayCall.TABLE.get(operation.id());
        List<String> wrong = new ArrayList<>();
        fixture.callers().forEach((caller, token) -> {
            if (!may(access, caller)) {
                Response answer = call(operation, token);
                String code = answer.statusCode() == 403 ? answer.jsonPath().getString("code") : null;
                if (!refusal(access, caller).equals(code)) {
                    wrong.add(caller + ": " + answer.statusCode() + " " + answer.asString());
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** Reads only: a write by an allowed caller would change what other tests see. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("protectedOperations")
    void everyoneTheTableLetsInGetsPastTheDoorOfAReading(Operation operation) {
        if (!operation.reads()) {
            return;
        }
        Access access = WhoMayCall.TABLE.get(operation.id());
        List<String> wrong = new ArrayList<>();
        fixture.callers().forEach((caller, token) -> {
            if (may(access, caller)) {
                Response answer = call(operation, token);
                if (answer.statusCode() == 401 || answer.statusCode() == 403) {
                    wrong.add(caller + ": " + answer.statusCode() + " " + answer.asString());
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicOperations")
    void publicReadsNeedNoTokenAndRefuseABadOneWhereATokenShowsMore(Operation operation) {
        if (operation.reads()) {
            assertThat(call(operation, null).statusCode()).isNotIn(401, 403);
        }
        if (operation.tokenOptional()) {
            // A token that is sent is checked, never silently dropped.
            for (String token : List.of("not-a-jwt", Tokens.expired(fixture.person), Tokens.forged(fixture.person))) {
                assertThat(call(operation, token).statusCode()).isEqualTo(401);
            }
        }
    }

    /**
     * The code of a refusal, as the contract words it: a service account refused where some scope would let it
     * in lacks that scope ({@code insufficient_scope}); anyone else, and a service account where no scope helps
     * (its own account, learning), is {@code forbidden}.
     */
    private static String refusal(Access access, String caller) {
        return caller.startsWith("service ") && !access.scopes().isEmpty() ? "insufficient_scope" : "forbidden";
    }

    private static boolean may(Access access, String caller) {
        return caller.startsWith("service ")
                ? access.scopes().contains(caller.substring("service ".length()))
                : access.people().contains(Person.valueOf(caller));
    }

    private static Response call(Operation operation, String token) {
        RequestSpecification spec = operation.request(token == null ? api() : api(token));
        return spec.request(operation.verb(), operation.filledPath(name -> fixture.value(operation, name)));
    }

    /**
     * A learner of Xã Tịnh Khê who passed a small course, and the ids a request needs. Tokens are signed anew for
     * every call ({@link #callers()}): a sweep on a loaded machine outlasts a token's five minutes.
     */
    private static final class Fixture {
        final UUID person;
        final Map<String, String> ids = new LinkedHashMap<>();
        final String certificate;

        Fixture() {
            Journeys.Ready ready = Journeys.readyForTheTest(Courses.course());
            person = ready.learner().id();
            String learner = ready.token();
            String attempt = Journeys.startTest(learner, ready.enrollment());
            String question = api(learner)
                    .get("/api/v1/quiz-attempts/" + attempt)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("questions[0].questionId");
            Journeys.answerAll(learner, attempt, true);
            certificate = Journeys.submit(learner, attempt);

            String serviceAccount = ServiceAccounts.create(
                            CONTRACT.serviceScopes().toArray(String[]::new))
                    .clientId();

            ids.putAll(SweepIds.of(ready, attempt, question, serviceAccount));
        }

        /**
         * A token for every kind of caller: each role a person holds (for this learner's account, so that "my"
         * endpoints find it; a manager of the learner's unit, of agency 1) and a service account with each scope
         * of the contract.
         */
        Map<String, String> callers() {
            Map<String, String> tokens = new LinkedHashMap<>();
            for (Person kind : Person.values()) {
                if (kind == Person.PROVINCE_ADMIN) {
                    tokens.put(kind.name(), Tokens.provinceAdmin(person, "quang-ngai"));
                    continue;
                }
                tokens.put(
                        kind.name(),
                        Tokens.token(
                                person,
                                Set.copyOf(List.of(Role.LEARNER.name(), kind.name())),
                                kind == Person.UNIT_MANAGER ? List.of(UNIT) : List.of(),
                                kind == Person.AGENCY_MANAGER ? List.of(AGENCY) : List.of()));
            }
            for (String scope : CONTRACT.serviceScopes()) {
                tokens.put("service " + scope, Tokens.integrator(scope, List.of()));
            }
            return tokens;
        }

        /** A path parameter; {@code code} is a certificate's code under /certificates, a unit's elsewhere. */
        String value(Operation operation, String name) {
            return name.equals("code") && operation.path().contains("/certificates/") ? certificate : ids.get(name);
        }
    }
}
