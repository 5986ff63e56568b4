package vn.hocvuso.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.hocvuso.common.OneLine;
import vn.hocvuso.common.TextLength;
import vn.hocvuso.province.Province;

/** The JSON shapes of the reports API (schemas of the same names in openapi.yaml). */
public final class ReportViews {

    private ReportViews() {}

    /**
     * {@code POST /api/v1/reports}: what to make, and of which province (null: the deployment's home province, a
     * commune's own for its appendix). The rules between fields are {@link ReportService}'s.
     */
    public record ReportRequest(
            @NotNull ReportKind kind,
            @NotNull ReportFormat format,
            @NotNull LocalDate asOf,
            LocalDate compareTo,

            @Pattern(regexp = "[0-9]{5}", message = "format")
            String unitCode,

            @Pattern(regexp = Province.KEY, message = "format")
            String province) {}

    public record Report(
            UUID id,
            ReportKind kind,
            ReportFormat format,
            LocalDate asOf,
            LocalDate compareTo,
            String province,
            String unitCode,
            String unitName,
            String status,
            int progress,
            String step,
            String requestedBy,
            Instant createdAt,
            Instant finishedAt,
            String fileName,
            Long sizeBytes,
            String error) {}

    public record Placeholder(String name, String description, boolean table) {}

    public record ReportTemplate(
            ReportKind kind,
            String title,
            String body,
            List<Placeholder> placeholders,
            boolean custom,
            Instant updatedAt,
            String updatedBy) {}

    public record ReportTemplateUpdate(
            @NotNull @OneLine @TextLength(min = 1, max = 300)
            String title,

            @NotNull @TextLength(min = 1, max = 20000) String body) {}
}
