package vn.hocvuso.notification;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hocvuso.common.Texts;
import vn.hocvuso.common.Violations;

/** Template text: {@code {name}} stands for a variable of the kind. Checked on every edit, filled at sending. */
public final class Templates {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]*)}");

    private Templates() {}

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
        return Texts.fill(VARIABLE, text, values);
    }

    /** Example values for a preview. */
    static Map<String, String> samples(Kind kind, String language) {
        boolean en = "en".equals(language);
        Map<String, String> values = new HashMap<>();
        values.put("code", kind == Kind.PASSWORD_RESET_CODE ? "482913" : "HVS-2026-7K3M9Q");
        values.put("minutes", "10");
        values.put("name", "Nguyễn Thị Hoa");
        values.put("course", en ? "Basic digital skills" : "Kỹ năng số cơ bản");
        values.put("days", "7");
        values.put("lessonsLeft", "3");
        values.put("unit", "Xã Tịnh Khê");
        values.put("place", "Xã Tịnh Khê");
        values.put("asOf", "08:00 30/11/2026");
        values.put("followUp", "1.284");
        values.put(
                "targets",
                en
                        ? "- At least 80% of adults take the course: 61.2% (due 31/12/2026; about 410 people a week needed)"
                        : "- Ít nhất 80% người trưởng thành tham gia học: 61,2% (hạn 31/12/2026; cần khoảng 410 người mỗi tuần)");
        values.put(
                "link",
                switch (kind) {
                    case CERTIFICATE_ISSUED -> "https://hocvuso.quangngai.gov.vn/chung-nhan/HVS-2026-7K3M9Q";
                    case MANAGER_DIGEST -> "https://hocvuso.quangngai.gov.vn/quan-ly/don-vi/21025/hoc-vien";
                    default -> "https://hocvuso.quangngai.gov.vn/khoa-hoc/0195a6b0-0000-7000-8000-000000000001";
                });
        return values;
    }
}
