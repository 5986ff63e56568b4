package vn.hocvuso.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hocvuso.quiz.QuestionDraw.BankQuestion;
import vn.hocvuso.quiz.QuestionDraw.Option;

/**
 * The final test's draw, as properties over many banks: each seed makes a bank (up to six modules of up to
 * eight questions) and a question count, and the draw of that bank must hold for it. A failing seed is in the
 * test's name, so it can be run again alone.
 */
class QuestionDrawTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    /** A bank in module order and how many questions the course asks for. */
    private record Case(List<BankQuestion> bank, Map<UUID, Integer> sizes, int count) {

        static Case of(long seed) {
            Random random = new Random(seed);
            List<BankQuestion> bank = new ArrayList<>();
            Map<UUID, Integer> sizes = new LinkedHashMap<>();
            int modules = 1 + random.nextInt(6);
            for (int m = 0; m < modules; m++) {
                UUID module = new UUID(m + 1, 0);
                int size = 1 + random.nextInt(8);
                sizes.put(module, size);
                for (int q = 0; q < size; q++) {
                    bank.add(new BankQuestion(
                            new UUID(m + 1, q + 1),
                            module,
                            "Chủ đề " + (m + 1),
                            "Câu " + (m + 1) + "." + (q + 1),
                            List.of(
                                    new Option("a", "Một"),
                                    new Option("b", "Hai"),
                                    new Option("c", "Ba"),
                                    new Option("d", "Bốn")),
                            "c"));
                }
            }
            return new Case(List.copyOf(bank), sizes, random.nextInt(bank.size() + 5));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void neverRepeatsAQuestionAndAsksAsManyAsTheBankAllows(long seed) {
        Case c = Case.of(seed);
        List<BankQuestion> drawn = QuestionDraw.draw(c.bank(), c.count(), new Random(seed));
        assertThat(drawn).extracting(BankQuestion::id).doesNotHaveDuplicates();
        assertThat(drawn).hasSize(Math.min(c.count(), c.bank().size()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameSeedDrawsTheSameTest(long seed) {
        Case c = Case.of(seed);
        assertThat(QuestionDraw.draw(c.bank(), c.count(), new Random(seed)))
                .isEqualTo(QuestionDraw.draw(c.bank(), c.count(), new Random(seed)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void spreadsOverTheModulesAsEvenlyAsTheirBanksAllowInModuleOrder(long seed) {
        Case c = Case.of(seed);
        List<BankQuestion> drawn = QuestionDraw.draw(c.bank(), c.count(), new Random(seed));
        Map<UUID, Integer> taken = new LinkedHashMap<>();
        c.sizes().keySet().forEach(module -> taken.put(module, 0));
        drawn.forEach(q -> taken.merge(q.moduleId(), 1, Integer::sum));
        // A module gives at most one question fewer than another, unless it gave all it has.
        taken.forEach((a, fromA) -> taken.forEach((b, fromB) -> {
            if (fromA < fromB - 1) {
                assertThat(fromA)
                        .as("module %s gave %s while %s gave %s", a, fromA, b, fromB)
                        .isEqualTo(c.sizes().get(a));
            }
        }));
        // Grouped by module, in the course's order.
        List<UUID> order = new ArrayList<>(c.sizes().keySet());
        assertThat(drawn).extracting(q -> order.indexOf(q.moduleId())).isSorted();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shufflesEachQuestionsOptionsButChangesNothingElse(long seed) {
        Case c = Case.of(seed);
        Map<UUID, BankQuestion> byId = new LinkedHashMap<>();
        c.bank().forEach(q -> byId.put(q.id(), q));
        for (BankQuestion q : QuestionDraw.draw(c.bank(), c.count(), new Random(seed))) {
            BankQuestion original = byId.get(q.id());
            assertThat(q.options()).containsExactlyInAnyOrderElementsOf(original.options());
            assertThat(q.correctOption()).isEqualTo(original.correctOption());
            assertThat(q.prompt()).isEqualTo(original.prompt());
            assertThat(q.moduleId()).isEqualTo(original.moduleId());
        }
    }

    @Test
    void differentSeedsDrawDifferentTestsFromTheSameBank() {
        List<BankQuestion> bank = LongStream.iterate(1, seed -> seed + 1)
                .mapToObj(Case::of)
                .filter(c -> c.bank().size() >= 12)
                .findFirst()
                .orElseThrow()
                .bank();
        int count = bank.size() / 2;
        long distinct = LongStream.rangeClosed(1, 20)
                .mapToObj(seed -> QuestionDraw.draw(bank, count, new Random(seed)).stream()
                        .map(q -> q.id() + q.options().toString())
                        .toList())
                .distinct()
                .count();
        assertThat(distinct).isGreaterThan(15);
    }

    @Test
    void anEmptyBankOrNoQuestionAskedDrawsNothing() {
        assertThat(QuestionDraw.draw(List.of(), 10, new Random(1))).isEmpty();
        assertThat(QuestionDraw.draw(Case.of(7).bank(), 0, new Random(1))).isEmpty();
    }
}
