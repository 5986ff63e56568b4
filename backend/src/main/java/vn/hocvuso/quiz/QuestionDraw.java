package vn.hocvuso.quiz;

import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Row;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.hocvuso.quiz.QuizViews.OptionView;

/**
 * Draws a final test from the bank: {@code count} questions spread as evenly as the bank allows over
 * the modules (in module order, each module's share random), each question's options shuffled.
 */
final class QuestionDraw {

    private static final Random RANDOM = new SecureRandom();

    record Option(String id, String text) {}

    record BankQuestion(
            UUID id, UUID moduleId, String moduleTitle, String prompt, List<Option> options, String correctOption) {

        /** A question as its row in {@code question} has it (id, module_id, prompt, options, correct_option). */
        static BankQuestion of(Row row, String moduleTitle) {
            return new BankQuestion(
                    row.getUUID("id"),
                    row.getUUID("module_id"),
                    moduleTitle,
                    row.getString("prompt"),
                    OptionView.of((JsonArray) row.getValue("options")).stream()
                            .map(o -> new Option(o.id(), o.text()))
                            .toList(),
                    row.getString("correct_option"));
        }
    }

    private QuestionDraw() {}

    /** {@code bank} in module order; returns at most {@code count} questions, grouped by module. */
    static List<BankQuestion> draw(List<BankQuestion> bank, int count) {
        return draw(bank, count, RANDOM);
    }

    static List<BankQuestion> draw(List<BankQuestion> bank, int count, Random random) {
        Map<UUID, Deque<BankQuestion>> byModule = new LinkedHashMap<>();
        for (BankQuestion question : bank) {
            byModule.computeIfAbsent(question.moduleId(), id -> new ArrayDeque<>())
                    .add(question);
        }
        Map<UUID, List<BankQuestion>> shuffled = new LinkedHashMap<>();
        byModule.forEach((module, questions) -> {
            List<BankQuestion> list = new ArrayList<>(questions);
            Collections.shuffle(list, random);
            shuffled.put(module, list);
        });
        // Round robin over the modules, so that a module with a small bank gives what it has and the
        // others make up the rest.
        Map<UUID, List<BankQuestion>> picked = new LinkedHashMap<>();
        shuffled.keySet().forEach(module -> picked.put(module, new ArrayList<>()));
        int taken = 0;
        boolean progress = true;
        while (taken < count && progress) {
            progress = false;
            for (var entry : shuffled.entrySet()) {
                List<BankQuestion> pool = entry.getValue();
                if (taken < count && !pool.isEmpty()) {
                    picked.get(entry.getKey()).add(pool.removeLast());
                    taken++;
                    progress = true;
                }
            }
        }
        List<BankQuestion> result = new ArrayList<>();
        picked.values()
                .forEach(questions -> questions.forEach(q -> {
                    List<Option> options = new ArrayList<>(q.options());
                    Collections.shuffle(options, random);
                    result.add(new BankQuestion(
                            q.id(),
                            q.moduleId(),
                            q.moduleTitle(),
                            q.prompt(),
                            List.copyOf(options),
                            q.correctOption()));
                }));
        return result;
    }
}
