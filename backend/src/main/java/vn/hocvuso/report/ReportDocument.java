package vn.hocvuso.report;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.hocvuso.certificate.CertificatePdf;
import vn.hocvuso.province.Province;

/**
 * A document before it is written as DOCX, PDF or XLSX: a title and blocks (headings, paragraphs, tables),
 * from a template filled with the figures. {@code letter} adds the official letterhead and signature block
 * (the notice); an appendix has neither. Table cells are numbers or text: numbers are written as numbers in
 * a workbook and in Vietnamese notation ({@link #text}) in a document. The report's {@code province} dates it
 * and heads its letter.
 */
record ReportDocument(String title, LocalDate made, Province province, boolean letter, List<Block> blocks) {

    sealed interface Block permits Heading, Paragraph, Table {}

    record Heading(String text) implements Block {}

    /** Lines kept together (a blank line in the template separates paragraphs). */
    record Paragraph(List<String> lines) implements Block {}

    /** A table; {@code percent} marks the columns whose numbers are percentages. */
    record Table(String name, List<String> header, List<List<Object>> rows, boolean[] percent) implements Block {}

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** 119.285; 73,8 (a percentage); "" for none. */
    static String number(Number n, boolean percent) {
        if (n == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(VI);
        f.setMaximumFractionDigits(percent ? 1 : 0);
        f.setMinimumFractionDigits(0);
        return f.format(n) + (percent ? "%" : "");
    }

    /** A cell as a document shows it. */
    static String text(Object cell, boolean percent) {
        return cell instanceof Number n ? number(n, percent) : cell == null ? "" : cell.toString();
    }

    /** "Quảng Ngãi, ngày 05 tháng 02 năm 2026": the province's name, as its certificates write it. */
    String dateLine() {
        return CertificatePdf.dateLine(province.name(), made);
    }

    /**
     * The letterhead's left column: the province's people's committee ("UBND TỈNH QUẢNG NGÃI") over the
     * Department. The notice is the Department of Science and Technology's in every province: its number and its
     * filing marks below are that department's (shared/reference, 11/11/2025), whoever issues the certificates.
     */
    List<String> issuer() {
        return List.of("UBND " + province.fullNameUpper(), "SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    }

    /** Who the notice goes to: the province's people's committee among them ("UBND tỉnh (báo cáo)"). */
    List<String> recipients() {
        return List.of(
                "Nơi nhận:",
                "- Như trên;",
                "- UBND " + province.kind() + " (báo cáo);",
                "- Lãnh đạo Sở;",
                "- Lưu: VT, BCVT&CĐS.");
    }

    // The rest of the letterhead and the signature block of the Department's notices (shared/reference, 11/11/2025).
    static final List<String> MOTTO = List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc");
    static final String NUMBER = "Số:        /SKHCN-BCVT&CĐS";
    static final List<String> SIGNER = List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "");
}
