package vn.hocvuso.notification;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hocvuso.common.Violations;

/** Template text: {@code {name}} stands for a variable of the kind. Checked on every edit, filled at sending. */
public final class Templates {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]*)}");

    private Templates() {
    }

    /** The variables a text uses. */
    static Set<String> used(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Unknown variables in either text, and required ones missing from the body, as field violations. */
    static void check(Kind kind, String subject, String body, Violations v) {
        for (String name : used(subject)) {
            if (!kind.variables().contains(name)) {
                v.add("subject", "unknown_variable", name, String.join(", ", kind.variables()));
            }
        }
        Set<String> inBody = used(body);
        for (String name : inBody) {
            if (!kind.variables().contains(name)) {
                v.add("body", "unknown_variable", name, String.join(", ", kind.variables()));
            }
        }
        for (String name : kind.required()) {
            if (!inBody.contains(name)) {
                v.add("body", "missing_variable", name);
            }
        }
    }

    /** The text with each known variable filled in (an unknown one is left as written). */
    static String render(String text, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Example values for a preview. */
    static Map<String, String> samples(Kind kind, String language) {
        boolean en = "en".equals(language);
        return Map.of("code", kind == Kind.PASSWORD_RESET_CODE ? "482913" : "HVS-2026-7K3M9Q",
                "minutes", "10",
                "name", "Nguyễn Thị Hoa",
                "course", en ? "Basic digital skills" : "Kỹ năng số cơ bản",
                "link", "https://hocvuso.quangngai.gov.vn/chung-nhan/HVS-2026-7K3M9Q");
    }
}
