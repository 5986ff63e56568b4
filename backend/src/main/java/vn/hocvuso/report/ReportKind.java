package vn.hocvuso.report;

import java.time.LocalDate;
import java.util.Set;

/** The documents the report generator makes, the formats each comes in, and how its file is named. */
public enum ReportKind {
    /** The province's notice, ready to sign. */
    NOTICE(Set.of(ReportFormat.DOCX, ReportFormat.PDF), "thong-bao"),
    /** The 96 units' results file: the workbook of {@code GET /api/v1/stats/units/export?format=xlsx}. */
    UNIT_RESULTS(Set.of(ReportFormat.XLSX), "ket-qua-theo-don-vi"),
    /** The agencies' results file: the rows of {@code GET /api/v1/stats/agencies}. */
    AGENCY_RESULTS(Set.of(ReportFormat.XLSX), "ket-qua-theo-co-quan"),
    /** One commune's appendix: its targets against its results, by village and by group. */
    COMMUNE_APPENDIX(Set.of(ReportFormat.DOCX, ReportFormat.XLSX), "phu-luc");

    private final Set<ReportFormat> formats;
    private final String filePrefix;

    ReportKind(Set<ReportFormat> formats, String filePrefix) {
        this.formats = formats;
        this.filePrefix = filePrefix;
    }

    public boolean allows(ReportFormat format) {
        return formats.contains(format);
    }

    /** The formats, for the message that refuses another one ("DOCX, PDF"). */
    String formatNames() {
        return formats.stream()
                .map(Enum::name)
                .sorted()
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    /** {@code thong-bao-2026-11-20.docx}, {@code phu-luc-21211-2026-11-20.xlsx}. */
    String fileName(String unitCode, LocalDate asOf, ReportFormat format) {
        return filePrefix + (unitCode == null ? "" : "-" + unitCode) + "-" + asOf + "." + format.extension();
    }
}
